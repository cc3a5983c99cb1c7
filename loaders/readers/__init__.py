"""Document readers, one module per format, registered by short name.

`read_path` and `read_bytes` pick the reader (media type, extension, then content) and return a
`graph.model.Document` whose cleaned `text` every evidence span points into. Bad input raises a
`councilgraph.errors.DocumentError` subclass carrying the file name and the reason."""

from loaders.readers import html, markdown, pdf, text
from loaders.readers.reading import choose_reader, read_bytes, read_path
from loaders.readers.registry import extensions, get, names, register
from loaders.readers.source import Reader, Source

register("pdf", pdf.READER)
register("html", html.READER)
register("markdown", markdown.READER)
register("text", text.READER)

__all__ = [
    "Reader",
    "Source",
    "choose_reader",
    "extensions",
    "get",
    "names",
    "read_bytes",
    "read_path",
    "register",
]
