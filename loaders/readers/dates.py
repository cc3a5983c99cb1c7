"""Dates in metadata ("2017-03-31T09:00:00Z", "31 March 2017") and in the text itself
("Council held on 1st March 2011", "Published 12 June 2012", a dateline "31 March, 2017 - By")."""

from __future__ import annotations

import re
from datetime import date

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sept", "sep"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_MONTH = "(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
_DATE = (
    rf"(?:{_WEEKDAY}(?P<d1>{_DAY})\s+(?:of\s+)?(?P<m1>{_MONTH}),?\s+(?P<y1>\d{{4}})"
    rf"|{_WEEKDAY}(?P<m2>{_MONTH})\s+(?P<d2>{_DAY}),?\s+(?P<y2>\d{{4}})"
    r"|(?P<y3>\d{4})-(?P<m3>\d\d)-(?P<d3>\d\d)"
    r"|(?P<d4>\d{1,2})/(?P<m4>\d{1,2})/(?P<y4>\d{4}))"
)
_ANY_DATE = re.compile(_DATE, re.IGNORECASE)
# a date the text gives as the document's own: after a publication or meeting cue, or opening
# a line (a dateline or byline); other dates in the text are about events, not the document
_DOCUMENT_DATE = re.compile(
    r"(?:\b(?:published|posted|updated|issued|dated|held on|meeting on|date of meeting|date)"
    rf"\b[:\s]*(?:on\s+)?|^[ ]*){_DATE}",
    re.IGNORECASE | re.MULTILINE,
)
_HEAD_CHARS = 3000


def parse_date(value: str) -> date | None:
    """The date at the start of a metadata value, or None when there is none (or "unknown")."""
    match = _ANY_DATE.match(value.strip())
    return _to_date(match) if match else None


def date_in_text(text: str) -> date | None:
    """The document's own date as stated near its start, if it states one."""
    for match in _DOCUMENT_DATE.finditer(text, 0, _HEAD_CHARS):
        found = _to_date(match)
        if found is not None:
            return found
    return None


def _to_date(match: re.Match[str]) -> date | None:
    for i in "1234":
        if match.group(f"y{i}"):
            year, month, day = match.group(f"y{i}", f"m{i}", f"d{i}")
            break
    month_number = int(month) if month.isdigit() else _MONTHS[month.rstrip(".").lower()]
    try:
        return date(int(year), month_number, int(re.match(r"\d+", day).group()))
    except ValueError:  # 31 February and the like
        return None
