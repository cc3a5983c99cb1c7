"""Hostile documents and malformed bodies for POST /v1/documents, each with the answers it may
get: a binary file is 422, an archive 415 (nothing opens it, so a zip bomb never unpacks), a
body over the limit 413; a Latin-1 letter or a page of 100,000 nested divs is still a document
(201, or 200 when the same text came before)."""

from __future__ import annotations

import gzip
import io
import json
import random
import tarfile
import zipfile
from typing import Any

from bad_input_probe import Attempt
from fpdf import FPDF

CREATED = frozenset({200, 201})
REFUSED = frozenset({422})
TOO_LARGE = frozenset({413})
UNSUPPORTED = frozenset({415})
TEXT = b"Melton Borough Council and Rushcliffe Borough Council agreed to share services."
PLAIN, HTML, XHTML, PDF = "text/plain", "text/html", "application/xhtml+xml", "application/pdf"
OCTETS, JSON = "application/octet-stream", "application/json"
DOCUMENTS = "/v1/documents"


def pdf(text: str | None) -> bytes:
    """A one-page PDF with `text` as its text layer; None draws a shape instead, as a scan."""
    document = FPDF()
    document.add_page()
    if text is None:
        document.rect(20, 20, 100, 60, style="F")
    else:
        document.set_font("helvetica", size=11)
        document.multi_cell(0, 5, text)
    return bytes(document.output())


def html(body: bytes) -> bytes:
    return b"<html><body>" + body + b"</body></html>"


def _zip(data: bytes, method: int) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", method) as archive:
        archive.writestr("minutes.txt", data)
    return buffer.getvalue()


def _tar(data: bytes) -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as archive:
        member = tarfile.TarInfo("minutes.txt")
        member.size = len(data)
        archive.addfile(member, io.BytesIO(data))
    return buffer.getvalue()


# ten entities each ten times the one before: 10^9 "l"s if a parser expanded them
_ENTITIES = (b'<!ENTITY l%d "%s">' % (n, b"&l%d;" % (n - 1) * 10 if n else b"l") for n in range(10))
_LAUGHS = b"<!DOCTYPE html [" + b"".join(_ENTITIES) + b"]>"
_XXE = b'<?xml version="1.0"?><!DOCTYPE html [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
_BINARY = bytes(range(256)) * 64
_BOMB = _zip(bytes(50_000_000), zipfile.ZIP_DEFLATED)  # 50 MB of zeros in about 50 kB


def uploads(limit: int) -> list[tuple[str, str, bytes, str, frozenset[int]]]:
    """(label, file name, bytes, media type, statuses allowed) for a server whose
    max_document_bytes is `limit`, at least 2 MiB so the nested pages are within it."""
    whole, broken = pdf(TEXT.decode()), TEXT + b" \xff\xfe\xc3\x28 \xe2\x82"
    deep, wide = b"<div>" * 100_000 + TEXT, b'<p class="' + b"x" * 10**6 + b'">' + TEXT
    return [
        ("binary bytes", "data.bin", _BINARY, OCTETS, REFUSED),
        ("seeded random bytes", "noise.txt", random.Random(7).randbytes(65536), PLAIN, REFUSED),
        ("NUL-laden text", "nul.txt", TEXT.replace(b" ", b"\x00"), PLAIN, REFUSED),
        ("invalid UTF-8 amid text", "mixed.txt", broken, PLAIN, CREATED),
        ("Latin-1 text", "latin1.txt", TEXT + " Café, £5.".encode("latin-1"), PLAIN, CREATED),
        ("UTF-16 without a BOM", "utf16.txt", TEXT.decode().encode("utf-16-le"), PLAIN, REFUSED),
        ("invalid UTF-8 after a BOM", "bom.txt", b"\xef\xbb\xbf" + TEXT + b"\xff", PLAIN, REFUSED),
        ("empty file", "empty.txt", b"", PLAIN, REFUSED),
        ("only whitespace", "blank.txt", b" \n\t\r\n " * 100, PLAIN, REFUSED),
        ("one byte over the size limit", "big.txt", b"a" * (limit + 1), PLAIN, TOO_LARGE),
        ("100,000 nested divs", "deep.html", html(deep), HTML, CREATED),
        (
            "40,000 unclosed tables",
            "open.html",
            html(b"<table><tr><td>" * 40_000 + TEXT),
            HTML,
            CREATED,
        ),
        ("a 1 MB attribute", "attribute.html", html(wide), HTML, CREATED),
        ("billion laughs", "laughs.html", _LAUGHS + html(TEXT + b"&l9;"), HTML, CREATED),
        ("external entity (XXE)", "xxe.xhtml", _XXE + html(TEXT + b" &x;"), XHTML, CREATED),
        ("binary declared as HTML", "page.html", _BINARY, HTML, REFUSED),
        ("PDF without a text layer", "scan.pdf", pdf(None), PDF, REFUSED),
        ("truncated PDF", "cut.pdf", whole[: len(whole) // 3], PDF, REFUSED),
        ("PDF header then junk", "junk.pdf", b"%PDF-1.7\n" + _BINARY, PDF, REFUSED),
        ("HTML declared as PDF", "page.pdf", html(TEXT), PDF, REFUSED),
        ("zip bomb", "bomb.zip", _BOMB, "application/zip", UNSUPPORTED),
        ("zip bomb as octet-stream", "bomb.bin", _BOMB, OCTETS, UNSUPPORTED),
        (
            "stored zip named .txt",
            "minutes.txt",
            _zip(TEXT, zipfile.ZIP_STORED),
            PLAIN,
            UNSUPPORTED,
        ),
        ("gzip of text", "minutes.txt.gz", gzip.compress(TEXT * 1000), OCTETS, UNSUPPORTED),
        ("tar of text", "minutes.tar", _tar(TEXT), "application/x-tar", UNSUPPORTED),
        ("an image", "photo.png", b"\x89PNG\r\n\x1a\n" + bytes(200), "image/png", UNSUPPORTED),
        ("a program", "setup.exe", b"MZ" + bytes(300), "application/x-msdownload", UNSUPPORTED),
        ("garbage media type", "notes", TEXT, "\x01/\x02", UNSUPPORTED),
    ]


def upload_attempts(limit: int, auth: dict[str, str]) -> list[Attempt]:
    attempts = []
    for label, name, data, media_type, expect in uploads(limit):
        options = {"files": {"file": (name, data, media_type)}, "headers": auth}
        attempts.append(Attempt("documents", label, expect, "POST", DOCUMENTS, options))
    return attempts


def body_attempts(limit: int, auth: dict[str, str]) -> list[Attempt]:
    """Bodies of the wrong kind or shape for POST /v1/documents."""
    text = TEXT.decode()

    def sent(body: bytes, kind: str | None = JSON) -> dict[str, Any]:
        return {"content": body, "headers": {**auth, "Content-Type": kind} if kind else auth}

    def posted(**options: Any) -> dict[str, Any]:
        return {**options, "headers": auth}

    form, cut = "multipart/form-data", b'--X\r\nContent-Disposition: form-data; name="file"\r\n\r\n'
    fields, huge = dict.fromkeys(map(str, range(1000)), "x"), "a" * (limit + 10**5)
    shapes: list[tuple[str, frozenset[int], dict[str, Any]]] = [
        ("no Content-Type", UNSUPPORTED, sent(TEXT, None)),
        ("text/plain body", UNSUPPORTED, sent(TEXT, PLAIN)),
        ("urlencoded form", UNSUPPORTED, posted(data={"text": text})),
        ("XML body", UNSUPPORTED, sent(b"<text>x</text>", "application/xml")),
        ("multipart without a file part", REFUSED, posted(data={"a": "x"}, files={"f": TEXT})),
        ("multipart without a boundary", REFUSED, sent(TEXT, form)),
        ("multipart cut off", REFUSED, sent(cut + TEXT, f"{form}; boundary=X")),
        ("multipart, two files", REFUSED, posted(files=[("file", TEXT), ("file", TEXT)])),
        ("multipart, 1,000 fields", REFUSED, posted(data=fields, files={"file": TEXT})),
        ("JSON list", REFUSED, posted(json=[text])),
        ("JSON string", REFUSED, posted(json=text)),
        ("JSON text null", REFUSED, posted(json={"text": None})),
        ("JSON text a number", REFUSED, posted(json={"text": 5})),
        ("JSON cut off", REFUSED, sent(b'{"text": "Melton')),
        ("JSON, invalid UTF-8", REFUSED, sent(b'{"text": "\xff\xfe"}')),
        ("JSON, a lone surrogate", REFUSED, sent(b'{"text": "a \\ud800 b"}')),
        ("JSON text with NULs", REFUSED, posted(json={"text": text.replace(" ", "\x00")})),
        ("JSON unknown field", REFUSED, posted(json={"text": text, "$where": "1"})),
        ("JSON 100 kB title", REFUSED, posted(json={"text": text, "title": "t" * 100_000})),
        ("JSON file: url", REFUSED, posted(json={"text": text, "url": "file:///etc/passwd"})),
        ("JSON bad date", REFUSED, posted(json={"text": text, "date": "99999-01-01"})),
        ("JSON 100,000 nested arrays", REFUSED, sent(b'{"text":' + b"[" * 10**5 + b"]" * 10**5)),
        ("JSON 50,000 nested objects", REFUSED, sent(b'{"text":"x","title":' + b'{"a":' * 50_000)),
        ("JSON over the size limit", TOO_LARGE, sent(json.dumps({"text": huge}).encode())),
    ]
    return [
        Attempt("request bodies", label, expect, "POST", DOCUMENTS, options)
        for label, expect, options in shapes
    ]
