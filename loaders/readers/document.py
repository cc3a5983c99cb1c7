"""Building the `Document` every reader returns: content id, title and date fallbacks."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from datetime import date

from councilgraph.errors import EmptyDocument
from graph.model import Document
from loaders.readers.dates import date_in_text

_TITLE_MAX = 200
_WORD = re.compile(r"[^\W\d_]{2,}")


def document_id(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def make_document(
    name: str,
    text: str,
    format: str,
    *,
    title: str | None = None,
    url: str | None = None,
    day: date | None = None,
    page_starts: Sequence[int] = (),
) -> Document:
    """A document from cleaned `text`; refuses text with no words in it."""
    if not _WORD.search(text):
        raise EmptyDocument(name, "no text left after reading")
    return Document(
        id=document_id(text),
        name=name,
        text=text,
        format=format,
        title=title or guess_title(text),
        url=url,
        date=day or date_in_text(text),
        page_starts=tuple(page_starts),
    )


def guess_title(text: str) -> str | None:
    """The first line, when it reads like a headline: short, several words, no end stop."""
    first = text.lstrip().split("\n", 1)[0].strip()
    if not first or len(first) > _TITLE_MAX or first[0] in "•-(":
        return None
    if first.endswith((".", ":", ";", ",")) or len(_WORD.findall(first)) < 2:
        return None
    return first
