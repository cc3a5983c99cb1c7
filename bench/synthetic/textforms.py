"""Small text helpers: dates in the forms councils and newspapers write them, lists, money,
slugs, and `render`, which fills a template's slots lazily and in reading order (a council's
first mention must be the one that defines its abbreviation, and a slot a template does not use
must not record a fact)."""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Sequence
from datetime import date
from string import Formatter

MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

Slot = str | Callable[[], str]
_FIELDS: dict[str, tuple[str, ...]] = {}


def fields(template: str) -> tuple[str, ...]:
    """The slot names of `template`, in reading order, each once."""
    found = _FIELDS.get(template)
    if found is None:
        names = (name for _, name, _, _ in Formatter().parse(template) if name)
        found = _FIELDS[template] = tuple(dict.fromkeys(names))
    return found


def render(template: str, slots: dict[str, Slot]) -> str:
    """Fill `template`, calling each used slot once in reading order; first letter upper case."""
    values = {}
    for name in fields(template):
        value = slots[name]
        values[name] = value() if callable(value) else value
    text = template.format_map(values)
    return text[:1].upper() + text[1:]


def join(items: Sequence[str], rng: random.Random | None = None) -> str:
    """ "A", "A and B", "A, B and C" (sometimes with the Oxford comma)."""
    if len(items) <= 1:
        return "".join(items)
    comma = "," if rng is not None and len(items) > 2 and rng.random() < 0.2 else ""
    return ", ".join(items[:-1]) + f"{comma} and {items[-1]}"


def ordinal(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }"


def long_date(day: date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def meeting_date(day: date, rng: random.Random) -> str:
    """A meeting date as minutes head it: "Wednesday, 12 March 2014", "12th March 2014"."""
    weekday = WEEKDAYS[day.weekday()]
    month = MONTHS[day.month - 1]
    return rng.choice(
        (
            f"{weekday}, {day.day} {month} {day.year}",
            f"{weekday} {ordinal(day.day)} {month}, {day.year}",
            f"{day.day} {month} {day.year}",
            f"{weekday} {day.day} {month} {day.year}",
        )
    )


def stated_date(day: date, rng: random.Random) -> tuple[str, str]:
    """A date as a text states it, with the ISO value (as precise as the text) it stands for."""
    roll = rng.random()
    if roll < 0.55:
        text = (
            long_date(day)
            if rng.random() < 0.8
            else f"{ordinal(day.day)} {MONTHS[day.month - 1]} {day.year}"
        )
        return text, day.isoformat()
    if roll < 0.85:
        return f"{MONTHS[day.month - 1]} {day.year}", day.isoformat()[:7]
    return str(day.year), str(day.year)


def money(rng: random.Random, low: int, high: int) -> str:
    """An amount in pounds as documents write it: "£240,000", "£1.3m", "£85k"."""
    amount = rng.randrange(low, high, 5000)
    if amount >= 1_000_000:
        return f"£{amount / 1_000_000:.1f}m"
    return f"£{amount:,}" if rng.random() < 0.8 else f"£{amount // 1000}k"


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]
