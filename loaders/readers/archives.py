"""Archives and compressed files, known by their magic bytes whatever they are called.

No reader opens them: a small archive can unpack to gigabytes (a zip bomb), and one upload
should be one document. Without this check, a zip sent as application/octet-stream or named
.txt reached the text reader and was refused as "binary" (422) rather than as a format
nobody reads (415)."""

from __future__ import annotations

_SIGNATURES = (
    (b"PK\x03\x04", "zip"),
    (b"PK\x05\x06", "zip"),  # an empty archive
    (b"PK\x07\x08", "zip"),  # a spanned one
    (b"\x1f\x8b", "gzip"),
    (b"\xfd7zXZ\x00", "xz"),
    (b"\x28\xb5\x2f\xfd", "zstd"),
    (b"7z\xbc\xaf\x27\x1c", "7z"),
    (b"Rar!\x1a\x07", "rar"),
)
_TAR_MAGIC_AT = 257


def archive_kind(data: bytes) -> str | None:
    """'zip', 'gzip', 'tar'... when `data` opens as an archive or compressed stream does."""
    for signature, kind in _SIGNATURES:
        if data.startswith(signature):
            return kind
    # "BZh" alone could open a text; the block magic after the level digit cannot
    if data[:3] == b"BZh" and data[4:10] == b"1AY&SY":
        return "bzip2"
    if data[_TAR_MAGIC_AT : _TAR_MAGIC_AT + 5] == b"ustar":
        return "tar"
    return None
