"""People speaking or acting in a document: a leader or chief executive quoted with the council
they lead, an opposition leader, a cabinet member, a combined authority's mayor, and people with
no council post (a reporter, an MP) who must not become facts."""

from __future__ import annotations

from bench.synthetic.document import Document
from bench.synthetic.posts import random_name
from bench.synthetic.textforms import render
from bench.synthetic.vocabulary import CABINET_PORTFOLIOS

TITLES = ("Cllr", "Councillor")

LEADER = (
    '{title} {name}, leader of {council}, said: "{quote}"',
    '"{quote}" said {title} {name}, leader of {council}.',
    '{council} leader {title} {name} said: "{quote}"',
    '{title} {name}, who leads {council}, said: "{quote}"',
    'Speaking after the meeting, {title} {name}, the leader of {council}, said: "{quote}"',
    '{title} {name}, leader of {council}, added: "{quote}"',
)
DEPUTY = (
    '{title} {name}, deputy leader of {council}, said: "{quote}"',
    '"{quote}" said {council} deputy leader {title} {name}.',
)
OPPOSITION = (
    'But {title} {name}, leader of the opposition on {council}, said: "{quote}"',
    '{title} {name}, who leads the main opposition group on {council}, said: "{quote}"',
    'The opposition leader on {council}, {title} {name}, was less convinced. "{quote}"',
)
CHIEF_EXECUTIVE = (
    '{name}, chief executive of {council}, said: "{quote}"',
    '"{quote}" said {name}, the chief executive of {council}.',
    '{council_possessive} chief executive, {name}, said: "{quote}"',
)
CABINET_MEMBER = (
    '{title} {name}, cabinet member for {portfolio} at {council}, said: "{quote}"',
    '{title} {name}, {council} portfolio holder for {portfolio}, said: "{quote}"',
)
MAYOR = (
    '{name}, Mayor of the {council}, said: "{quote}"',
    'The {council} mayor, {name}, said: "{quote}"',
)
ROLE_LINES = {
    "leader": LEADER,
    "deputy_leader": DEPUTY,
    "opposition_leader": OPPOSITION,
    "chief_executive": CHIEF_EXECUTIVE,
    "councillor": CABINET_MEMBER,
    "mayor": MAYOR,
}


def says(doc: Document, code: str, role: str, quote: str) -> str | None:
    """A quote from the holder of `role` at council `code`, or None when nobody holds it."""
    name = _speaker(doc, code, role)
    if name is None:
        return None
    template = doc.rng.choice(ROLE_LINES[role])
    if template.startswith('"{quote}"'):  # "..., " said X.
        quote = quote.rstrip(".") + ","
    slots = {
        "title": doc.rng.choice(TITLES),
        "name": lambda: doc.person(name, role, code),
        "council": lambda: doc.council(code, formal=role == "mayor"),
        "council_possessive": lambda: doc.possessive(code),
        "portfolio": doc.rng.choice(CABINET_PORTFOLIOS),
        "quote": quote,
    }
    return render(template, slots)


def _speaker(doc: Document, code: str, role: str) -> str | None:
    if role == "councillor":
        councillors = doc.world.posts.councillors(code)
        return doc.rng.choice(councillors) if councillors else None
    return doc.holder(code, role)


def byline(doc: Document) -> str:
    """A reporter's name: a person, but no council post."""
    name = doc.person(random_name(doc.rng), None, None)
    return doc.rng.choice(
        (f"By {name}", f"By {name}, Local Democracy Reporter", f"{name}, Political Reporter")
    )


def member_of_parliament(doc: Document, place: str, quote: str) -> str:
    """An MP for a constituency named after a place: neither a council nor a council post."""
    name = doc.person(random_name(doc.rng), None, None)
    return doc.rng.choice(
        (
            f'{name}, the MP for {place}, said: "{quote}"',
            f'{place} MP {name} said: "{quote}"',
        )
    )
