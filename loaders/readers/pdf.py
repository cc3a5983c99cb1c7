"""PDF documents through pypdf's text layer; `Document.page_starts` keeps each page's offset
so evidence can cite a page. A PDF with no text layer (a scan) is refused, not read as empty."""

from __future__ import annotations

import io
from datetime import date

from pypdf import PdfReader

from councilgraph.errors import DocumentError, NoTextLayer
from graph.model import Document
from loaders.readers.cleaning import clean_text
from loaders.readers.dates import date_in_text
from loaders.readers.document import make_document
from loaders.readers.source import Reader, Source

_PAGE_BREAK = "\n\n"
# titles that name the authoring tool's file, not the document
_TOOL_TITLE_PREFIXES = ("microsoft word -", "untitled", "document")


def read_pdf(source: Source) -> Document:
    pdf = _open(source)
    pages = _page_texts(pdf, source.name)
    if not any(page.strip() for page in pages):
        raise NoTextLayer(
            source.name, f"none of its {len(pages)} pages has a text layer (a scan? it needs OCR)"
        )
    text, starts = _join_pages([clean_text(page) for page in pages])
    return make_document(
        source.name,
        text,
        "pdf",
        title=_metadata_title(pdf),
        day=date_in_text(text) or _creation_date(pdf),
        page_starts=starts,
    )


def _open(source: Source) -> PdfReader:
    # pypdf raises many exception types on damaged files; any of them means "unreadable"
    try:
        pdf = PdfReader(io.BytesIO(source.data))
        if pdf.is_encrypted and not pdf.decrypt(""):
            raise DocumentError(source.name, "the PDF is encrypted with a password")
        if not pdf.pages:
            raise DocumentError(source.name, "the PDF has no pages")
        return pdf
    except DocumentError:
        raise
    except Exception as e:  # noqa: BLE001 - third-party parser on untrusted bytes
        raise DocumentError(source.name, f"unreadable PDF: {e}") from e


def _page_texts(pdf: PdfReader, name: str) -> list[str]:
    try:
        return [page.extract_text() or "" for page in pdf.pages]
    except Exception as e:  # noqa: BLE001 - third-party parser on untrusted bytes
        raise DocumentError(name, f"cannot extract the PDF's text: {e}") from e


def _join_pages(pages: list[str]) -> tuple[str, list[int]]:
    parts: list[str] = []
    starts: list[int] = []
    length = 0
    for page in pages:
        if page and parts:
            parts.append(_PAGE_BREAK)
            length += len(_PAGE_BREAK)
        starts.append(length)
        parts.append(page)
        length += len(page)
    return "".join(parts), starts


def _metadata_title(pdf: PdfReader) -> str | None:
    try:
        title = (pdf.metadata.title if pdf.metadata else None) or ""
    except Exception:  # noqa: BLE001 - a damaged info dictionary only costs the title
        return None
    title = " ".join(str(title).split())
    return title if title and not title.lower().startswith(_TOOL_TITLE_PREFIXES) else None


def _creation_date(pdf: PdfReader) -> date | None:
    try:
        created = pdf.metadata.creation_date if pdf.metadata else None
    except Exception:  # noqa: BLE001 - a malformed date string only costs the date
        return None
    return created.date() if created else None


READER = Reader(
    name="pdf",
    read=read_pdf,
    media_types=("application/pdf",),
    extensions=(".pdf",),
    sniff=lambda head: head.lstrip().startswith("%PDF-"),
)
