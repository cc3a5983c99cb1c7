"""The reader registry and the choice of reader: media type, extension, then content."""

import pytest

from councilgraph.errors import DocumentTooLarge, UnsupportedFormat
from graph.model import Document
from loaders import readers
from loaders.readers import Reader, Source, choose_reader, read_bytes

HTML = b"<html><body><p>The council agreed.</p></body></html>"


def test_built_in_readers_are_registered_by_short_name():
    assert {"text", "html", "pdf", "markdown"} <= set(readers.names())
    assert readers.get("html").name == "html"


def test_unknown_reader_name_is_a_typed_error():
    with pytest.raises(UnsupportedFormat) as caught:
        readers.get("docx")
    assert caught.value.name == "docx" and "markdown" in caught.value.reason


@pytest.mark.parametrize(
    ("data", "name", "media_type", "expected"),
    [
        (HTML, "page", "text/html; charset=utf-8", "html"),
        (b"The council agreed.", "notes.md", None, "markdown"),
        (HTML, "page.html", None, "html"),
        (HTML, "page.txt", None, "html"),
        (HTML, "page", "text/plain", "html"),
        (b"**RESOLVED** that the plan be agreed.", "minutes.txt", None, "markdown"),
        (b"The council agreed.", "notes", None, "text"),
        (b"The council agreed.", "notes.csv", "text/csv", "text"),
    ],
)
def test_reader_choice(data: bytes, name: str, media_type: str | None, expected: str):
    assert choose_reader(data, name, media_type).name == expected


def test_unsupported_media_type_is_refused():
    with pytest.raises(UnsupportedFormat) as caught:
        read_bytes(b"PK\x03\x04", "report.docx", media_type="application/msword")
    assert caught.value.name == "report.docx"


def test_a_registered_reader_is_used_for_its_extension():
    def read_shout(source: Source) -> Document:
        text = source.data.decode().upper()
        return Document(id="fixed", name=source.name, text=text, format="shout")

    readers.register("shout", Reader(name="shout", read=read_shout, extensions=(".shout",)))
    try:
        assert read_bytes(b"quiet words", "a.shout").text == "QUIET WORDS"
    finally:
        readers.registry._READERS.pop("shout")


def test_size_limit_applies_to_every_format():
    with pytest.raises(DocumentTooLarge):
        read_bytes(HTML, "page.html", max_bytes=10)
