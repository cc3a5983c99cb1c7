"""Reading a document from a path or from uploaded bytes: size limit, choice of reader."""

from __future__ import annotations

import dataclasses
from pathlib import Path, PurePath

from councilgraph.errors import DocumentError, DocumentTooLarge, UnsupportedFormat
from councilgraph.settings import get_settings
from graph.model import Document
from loaders.readers import registry
from loaders.readers.archives import archive_kind
from loaders.readers.headers import split_header
from loaders.readers.source import Reader, Source

# these say "some text" without saying which kind, so the content decides
_GENERIC_MEDIA_TYPES = frozenset({"text/plain", "application/octet-stream"})
_GENERIC_EXTENSIONS = frozenset({"", ".txt", ".text"})
_SNIFF_BYTES = 4096


def read_path(path: Path, *, max_bytes: int | None = None) -> Document:
    """Read the document at `path`; `max_bytes` defaults to the `max_document_bytes` setting.
    The size is checked before the file is read, so an oversized file costs nothing."""
    limit = _limit(max_bytes)
    try:
        size = path.stat().st_size
        if size > limit:
            raise DocumentTooLarge(path.name, f"{size} bytes is over the limit of {limit} bytes")
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except OSError as e:
        raise DocumentError(path.name, f"cannot read the file: {e.strerror or e}") from e
    return read_bytes(data, path.name, max_bytes=limit)


def read_bytes(
    data: bytes,
    name: str,
    *,
    media_type: str | None = None,
    max_bytes: int | None = None,
    url: str | None = None,
) -> Document:
    """Read an uploaded document; `url`, when given, overrides any the document states."""
    limit = _limit(max_bytes)
    if len(data) > limit:
        raise DocumentTooLarge(name, f"{len(data)} bytes is over the limit of {limit} bytes")
    document = choose_reader(data, name, media_type).read(Source(name=name, data=data))
    return dataclasses.replace(document, url=url) if url else document


def choose_reader(data: bytes, name: str, media_type: str | None = None) -> Reader:
    """By media type, then file extension; generic ones (text/plain, .txt) by content.
    An archive is refused whatever it is called (loaders/readers/archives.py)."""
    archive = archive_kind(data)
    if archive:
        raise UnsupportedFormat(
            name, f"a {archive} archive: archives are not opened; send each document on its own"
        )
    head = data[:_SNIFF_BYTES].decode("utf-8", errors="ignore")
    if head.lstrip().startswith("%PDF-"):
        return registry.get("pdf")
    kind = (media_type or "").split(";")[0].strip().lower()
    if kind and kind not in _GENERIC_MEDIA_TYPES:
        return _by_media_type(kind, name)
    extension = PurePath(name).suffix.lower()
    if extension not in _GENERIC_EXTENSIONS:
        for reader in registry.readers():
            if extension in reader.extensions:
                return reader
    return sniff(head)


def sniff(head: str) -> Reader:
    """The first reader whose sniffer recognises the start of the text, else plain text."""
    _, body = split_header(head)
    for reader in registry.readers():
        if reader.sniff is not None and reader.sniff(body):
            return reader
    return registry.get("text")


def _by_media_type(kind: str, name: str) -> Reader:
    for reader in registry.readers():
        if kind in reader.media_types:
            return reader
    if kind.startswith("text/"):
        return registry.get("text")
    raise UnsupportedFormat(name, f"no reader for media type {kind!r}")


def _limit(max_bytes: int | None) -> int:
    return get_settings().max_document_bytes if max_bytes is None else max_bytes
