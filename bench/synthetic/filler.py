"""Renders ordinary council business (budgets, planning, petitions...) for the publisher."""

from __future__ import annotations

from datetime import timedelta

from bench.synthetic.document import Document
from bench.synthetic.templates_filler import APOLOGIES, DECLARATIONS, PREVIOUS, TOPICS
from bench.synthetic.textforms import Slot, join, long_date, money, render
from bench.synthetic.vocabulary import WARDS


def slots(doc: Document) -> dict[str, Slot]:
    rng = doc.rng
    return {
        "quarter": str(rng.randint(1, 3)),
        "amount": lambda: money(rng, 100_000, 4_000_000),
        "small": lambda: money(rng, 5_000, 95_000),
        "percent": lambda: f"{rng.uniform(1, 9):.1f}",
        "count": lambda: f"{rng.randint(40, 9000):,}",
        "few": lambda: str(rng.randint(6, 60)),
        "ward": rng.choice(WARDS),
        "year": str(doc.day.year),
        "next_year": str(doc.day.year + 1),
        "councillor": lambda: councillor(doc),
        "absent": lambda: join([councillor(doc, absent=True) for _ in range(rng.randint(2, 3))]),
        "apology": lambda: councillor(doc, absent=True),
        "declarer": lambda: councillor(doc),
        "previous": lambda: long_date(doc.day - timedelta(days=rng.randint(21, 60))),
    }


def councillor(doc: Document, absent: bool = False) -> str:
    """A councillor of the publishing council, by the name form the document uses; one not yet
    named when `absent` (apologies come from members who are not in the room)."""
    code = doc.publisher
    names = doc.world.posts.councillors(code) if code else ()
    if absent:
        names = tuple(n for n in names if not doc.named_person(n))
    if not names:
        return "a member"
    return doc.person(doc.rng.choice(names), "councillor", code)


def item(doc: Document, topic: dict) -> tuple[str, list[str], list[str]]:
    """An agenda item: title, one to three paragraphs, one or two resolutions."""
    values = slots(doc)
    body = topic["body"]
    count = doc.rng.randint(1, len(body))
    paragraphs = [render(t, values) for t in body[:count]]
    resolved = [render(t, values) for t in topic["resolved"]]
    return render(topic["title"], values), paragraphs, resolved


def topics(doc: Document, count: int) -> list[dict]:
    return doc.rng.sample(TOPICS, count)


def press_line(doc: Document) -> str:
    topic = doc.rng.choice(TOPICS)
    values = slots(doc)
    values["councillor"] = "a councillor"
    return render(topic["press"], values)


def opening(doc: Document) -> list[tuple[str, str]]:
    """Apologies, declarations of interest and the previous minutes."""
    values = slots(doc)
    return [
        ("APOLOGIES FOR ABSENCE", render(doc.rng.choice(APOLOGIES), values)),
        ("DECLARATIONS OF INTEREST", render(doc.rng.choice(DECLARATIONS), values)),
        ("MINUTES OF THE PREVIOUS MEETING", render(doc.rng.choice(PREVIOUS), values)),
    ]
