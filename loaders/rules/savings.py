"""Savings a text attributes to an arrangement: "savings could reach £2.1m per year",
"save a total of £9.8m over eight years", "a combined saving of £250,000"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from graph.model import Evidence, Saving

_SAVING_WORD = re.compile(r"\bsav(?:e|es|ed|ing|ings)\b", re.IGNORECASE)
_AMOUNT = re.compile(
    r"£\s?(?P<number>\d[\d,]*(?:\.\d+)?)\s?(?P<unit>bn|billion|m|million|k|thousand)?\b"
    r"(?P<period>[^.;£]{0,40}?\b(?:per\s+(?:year|annum)|a\s+year|each\s+year|annually"
    r"|over\s+(?:\w+|\d+)\s+years|in\s+\d{4}(?:/\s?\d{2,4})?|by\s+\d{4}))?",
    re.IGNORECASE,
)
_UNITS = {"bn": 1e9, "billion": 1e9, "m": 1e6, "million": 1e6, "k": 1e3, "thousand": 1e3}
_PERIOD = re.compile(
    r"per\s+(?:year|annum)|a\s+year|each\s+year|annually|over\s+(?:\w+|\d+)\s+years"
    r"|in\s+\d{4}(?:/\s?\d{2,4})?|by\s+\d{4}",
    re.IGNORECASE,
)


def savings_in(text: str, evidence: Evidence) -> Iterator[Saving]:
    """Each amount in a sentence that talks of saving, with its period when stated."""
    if "£" not in text or not _SAVING_WORD.search(text):
        return
    for match in _AMOUNT.finditer(text):
        amount = float(match.group("number").replace(",", ""))
        unit = (match.group("unit") or "").lower()
        amount *= _UNITS.get(unit, 1.0)
        period = match.group("period")
        found = _PERIOD.search(period) if period else None
        yield Saving(amount, " ".join(found.group().split()) if found else None, evidence)
