"""Archives are refused as an unsupported format (415 over HTTP) whatever their name or
declared media type, before any reader could unpack or misread them."""

import bz2
import gzip
import io
import lzma
import tarfile
import zipfile

import pytest

from councilgraph.errors import UnsupportedFormat
from loaders.readers import read_bytes
from loaders.readers.archives import archive_kind

TEXT = b"Melton Borough Council and Rushcliffe Borough Council agreed to share a chief executive."


def _zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("minutes.txt", TEXT)  # stored: the text sits in it unchanged
    return buffer.getvalue()


def _tar() -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as archive:
        member = tarfile.TarInfo("minutes.txt")
        member.size = len(TEXT)
        archive.addfile(member, io.BytesIO(TEXT))
    return buffer.getvalue()


ARCHIVES = {
    "zip": _zip(),
    "gzip": gzip.compress(TEXT),
    "bzip2": bz2.compress(TEXT),
    "xz": lzma.compress(TEXT),
    "tar": _tar(),
}


@pytest.mark.parametrize("kind", ARCHIVES)
@pytest.mark.parametrize(
    ("name", "media_type"),
    [("upload", "application/octet-stream"), ("minutes.txt", "text/plain"), ("page.html", None)],
)
def test_an_archive_is_an_unsupported_format_whatever_it_is_called(
    kind: str, name: str, media_type: str | None
) -> None:
    with pytest.raises(UnsupportedFormat) as caught:
        read_bytes(ARCHIVES[kind], name, media_type=media_type)
    assert caught.value.name == name and f"a {kind} archive" in caught.value.reason


@pytest.mark.parametrize(
    "text", [TEXT, b"BZh, the letters, open this note.", b"PK and MR met on Tuesday."]
)
def test_text_is_not_taken_for_an_archive(text: bytes) -> None:
    assert archive_kind(text) is None
    assert read_bytes(text, "note.txt").format == "text"
