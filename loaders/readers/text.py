"""Plain text, including corpus files that open with `SOURCE:` and `DATE:` lines."""

from __future__ import annotations

from graph.model import Document
from loaders.readers.cleaning import clean_text
from loaders.readers.decoding import decode
from loaders.readers.document import make_document
from loaders.readers.headers import split_header
from loaders.readers.source import Reader, Source


def read_text(source: Source) -> Document:
    header, body = split_header(decode(source.data, source.name))
    return make_document(
        source.name,
        clean_text(body),
        "text",
        title=header.title,
        url=header.url,
        day=header.date,
    )


READER = Reader(
    name="text",
    read=read_text,
    media_types=("text/plain",),
    extensions=(".txt", ".text"),
)
