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
# (spelt out in each case: sre scans a case-sensitive alternation faster than IGNORECASE)
_CUED_DATE = re.compile(
    r"\b(?:[Pp]ublished|[Pp]osted|[Uu]pdated|[Ii]ssued|[Dd]ated|[Hh]eld on|[Mm]eeting on"
    r"|[Dd]ate of meeting|[Dd]ate|PUBLISHED|POSTED|UPDATED|DATED|DATE)"
    rf"\b[:\s]*(?:on\s+)?(?i:{_DATE})",
)
_HEAD_CHARS = 1500


def parse_date(value: str) -> date | None:
    """The date at the start of a metadata value, or None when there is none (or "unknown")."""
    match = _ANY_DATE.match(value.strip())
    return _to_date(match) if match else None


def date_in_text(text: str) -> date | None:
    """The document's own date as stated near its start, if it states one."""
    head = text[:_HEAD_CHARS]
    candidates = [(m.start(), m) for m in _CUED_DATE.finditer(head)] + _line_start_dates(head)
    for _, match in sorted(candidates, key=lambda candidate: candidate[0]):
        if (found := _to_date(match)) is not None:
            return found
    return None


def _line_start_dates(head: str) -> list[tuple[int, re.Match[str]]]:
    dates = []
    offset = 0
    for line in head.split("\n"):
        if match := _ANY_DATE.match(line, len(line) - len(line.lstrip(" "))):
            dates.append((offset, match))
        offset += len(line) + 1
    return dates


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
