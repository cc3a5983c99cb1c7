"""Small, distinct press items written for the fault and load tests, naming real councils.

Each item says two current English councils agreed to share a chief executive or to work
together, dated and numbered by its index, so every item has its own text (and so its own
document id) and the same seed always writes the same items.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

from loaders.register_reader import Register

_DAY = date(2025, 6, 1)
_SHARED_CEO = (
    "{a} and {b} have agreed to share a chief executive from {start}. Both councils "
    "approved the arrangement at meetings this week (item {n})."
)
_PARTNERSHIP = (
    "{a} and {b} will work together on waste collection from {start}, councillors agreed "
    "(item {n})."
)


_FILLER = (
    "The committee noted report {n}.{k} on budget monitoring and agreed its recommendations. "
    "Members asked officers to circulate the figures for quarter {q} before the next meeting."
)


def press_items(register: Register, count: int, seed: int, filler: int = 0) -> list[str]:
    """`count` distinct press items about pairs of councils current on 1 June 2025, each
    followed by `filler` paragraphs of routine business that name no council (reading a long
    document takes longer, as real minutes do)."""
    pick = random.Random(seed)
    councils = sorted(
        (c for c in register.active(_DAY) if c.type == "non_metropolitan_district"),
        key=lambda c: c.code,
    )
    items = []
    for n in range(count):
        a, b = pick.sample(councils, 2)
        start = (_DAY + timedelta(days=n % 365)).strftime("%-d %B %Y")
        template = _SHARED_CEO if n % 2 == 0 else _PARTNERSHIP
        body = template.format(a=a.name, b=b.name, start=start, n=f"{seed}-{n}")
        routine = "".join(
            "\n" + _FILLER.format(n=n, k=k, q=k % 4 + 1) + "\n" for k in range(filler)
        )
        items.append(f"Council news {seed}-{n}\n\nPublished {start}\n\n{body}\n{routine}")
    return items


def write_items(folder: Path, items: list[str]) -> list[Path]:
    """The items as numbered .txt files in `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n, text in enumerate(items):
        path = folder / f"item-{n:05d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths
