"""Start dates of arrangements, as precise as the text: "from 1st April 2011" -> 2011-04-01,
"finalised in July 2020" -> 2020-07, "since 2009" -> 2009."""

from __future__ import annotations

import re

from loaders.rules.cues import holds_any

_MONTHS = (
    "january february march april may june july august september october november december"
).split()
_MONTH = "|".join(m.capitalize() for m in _MONTHS)
_DAY = r"\d{1,2}"
_ORDINAL = r"(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d\d"
_START_CUE = (
    r"(?:from|since|with\s+effect\s+from|effect\s+(?:from|on)|started?\s+(?:in|on)|began\s+in"
    r"|commenc\w*\s+(?:in|on)|set\s+up\s+in|formed\s+in|established\s+in|launched\s+in"
    r"|finalised\s+in|finalized\s+in|created\s+in|signed\s+in|in\s+place\s+(?:from|by))"
)
_DATE = (
    rf"(?:(?P<d1>{_DAY}){_ORDINAL}\s+(?P<m1>{_MONTH}),?\s+(?P<y1>{_YEAR})"
    rf"|(?P<m2>{_MONTH})\s+(?P<d2>{_DAY}){_ORDINAL},?\s+(?P<y2>{_YEAR})"
    rf"|(?P<m3>{_MONTH}),?\s+(?P<y3>{_YEAR})|(?P<y4>{_YEAR}))"
)
_STARTS = re.compile(rf"\b{_START_CUE}\s+(?:the\s+)?{_DATE}\b", re.IGNORECASE)


_START_WORDS = ("from", "since", "effect", "start", "began", "commenc", "set up", "formed",
                "established", "launched", "finali", "created", "signed", "in place")  # fmt: skip


_YEAR_DIGITS = re.compile(r"(?:19|20)\d\d")


def start_date(text: str, lower: str) -> str | None:
    """The ISO date (possibly partial) at which the sentence says something starts."""
    if not _YEAR_DIGITS.search(text) or not holds_any(lower, _START_WORDS):
        return None
    match = _STARTS.search(text)
    return iso(match) if match else None


def iso(match: re.Match[str]) -> str:
    for i in "1234":
        year = match.group(f"y{i}")
        if year:
            month = match.group(f"m{i}") if i != "4" else None
            day = match.group(f"d{i}") if i in "12" else None
            break
    if not month:
        return year
    number = _MONTHS.index(month.lower()) + 1
    return f"{year}-{number:02d}-{int(day):02d}" if day else f"{year}-{number:02d}"
