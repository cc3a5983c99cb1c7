"""Bytes to text: byte-order marks, UTF-8, text mixing UTF-8 with stray Windows-1252 bytes,
then charset-normalizer's guess for legacy encodings (Latin-1, Windows-1252...)."""

from __future__ import annotations

import codecs

import charset_normalizer

from councilgraph.errors import BinaryDocument, EmptyDocument, UndecodableDocument

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_SAMPLE = 8192
# bytes that never occur in text: C0 controls other than tab, newlines, form feed, escape
_CONTROL = bytes(set(range(32)) - {9, 10, 12, 13, 27}) + b"\x7f"
_HIGH_BYTES = bytes(range(0x80, 0x100))
_CP1252_FALLBACK = "councilgraph-cp1252"


def _cp1252_byte(byte: int) -> str:
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:  # the five bytes cp1252 leaves undefined
        return chr(byte)


def _decode_bad_bytes_as_cp1252(error: UnicodeError) -> tuple[str, int]:
    assert isinstance(error, UnicodeDecodeError)
    bad = error.object[error.start : error.end]
    return "".join(_cp1252_byte(b) for b in bad), error.end


codecs.register_error(_CP1252_FALLBACK, _decode_bad_bytes_as_cp1252)


def decode(data: bytes, name: str) -> str:
    """The text of `data`; typed errors for empty, binary and undecodable input."""
    if not data.strip():
        raise EmptyDocument(
            name, "the file is empty" if not data else "the file is only whitespace"
        )
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _decode_with_bom(data, codec, name)
    if looks_binary(data[:_SAMPLE]):
        raise BinaryDocument(name, "binary content (NUL or control bytes), not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    return _mostly_utf8(data) or _mostly_ascii(data) or _guess_encoding(data, name)


def looks_binary(sample: bytes) -> bool:
    if b"\x00" in sample:
        return True
    controls = len(sample) - len(sample.translate(None, _CONTROL))
    return controls > len(sample) * 0.02


def _decode_with_bom(data: bytes, codec: str, name: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as e:
        raise UndecodableDocument(name, f"invalid {codec} after its byte-order mark: {e}") from e


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 text with a few stray Windows-1252 bytes (pasted quotes, a pound sign) is common;
    decoding the whole file as cp1252 would garble every valid UTF-8 sequence instead."""
    lenient = data.decode("utf-8", errors="replace")
    bad = lenient.count("\ufffd")
    non_ascii = len(lenient) - len(lenient.encode("ascii", errors="ignore"))
    if non_ascii - bad < max(bad, 1):
        return None
    return data.decode("utf-8", errors=_CP1252_FALLBACK)


def _mostly_ascii(data: bytes) -> str | None:
    """English text with a few legacy accented letters or quotes is Windows-1252 (or Latin-1,
    its subset) far more often than anything a statistical guess on so few bytes would pick."""
    high = len(data) - len(data.translate(None, _HIGH_BYTES))
    if high > len(data) * 0.1:
        return None
    return data.decode("cp1252", errors=_CP1252_FALLBACK)


def _guess_encoding(data: bytes, name: str) -> str:
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise UndecodableDocument(name, "not valid UTF-8 and no other text encoding fits")
    return str(best)
