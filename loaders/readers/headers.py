"""The `SOURCE: <url>` / `DATE: <yyyy-mm-dd or unknown>` lines that open corpus text files."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from loaders.readers.dates import parse_date

_HEADER_LINE = re.compile(r"[ \t]*(SOURCE|URL|DATE|TITLE)[ \t]*:[ \t]*(.*?)[ \t]*(?:\n|$)", re.I)


@dataclass(frozen=True, slots=True)
class Header:
    url: str | None = None
    date: date | None = None
    title: str | None = None


def split_header(text: str) -> tuple[Header, str]:
    """The header fields and the text after the header (and the blank line that ends it)."""
    fields: dict[str, str] = {}
    pos = 0
    while match := _HEADER_LINE.match(text, pos):
        fields[match.group(1).upper()] = match.group(2)
        pos = match.end()
    if not fields:
        return Header(), text
    url = fields.get("SOURCE") or fields.get("URL") or ""
    header = Header(
        url=url if re.match(r"https?://", url) else None,
        date=parse_date(fields.get("DATE", "")),
        title=fields.get("TITLE") or None,
    )
    return header, text[pos:]
