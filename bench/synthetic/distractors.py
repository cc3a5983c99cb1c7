"""Sentences that look like relationships but must not become facts: informal talks, feasibility
studies, "considering", speculation, places that share a council's name, bodies named after a
place, national context. Each records what it did in the document's manifest entry so tests can
check that none of it leaked into the gold."""

from __future__ import annotations

from bench.synthetic.councils import CouncilInfo
from bench.synthetic.document import Document
from bench.synthetic.textforms import render
from bench.synthetic.vocabulary import NON_COUNCIL_BODIES, SERVICES

# Area names that take "the" ("across the West Midlands").
WITH_THE = frozenset(
    {
        "North East", "North West", "South East", "South West", "East Midlands",
        "West Midlands", "West of England", "North of Tyne", "East of England", "Tees Valley",
        "Liverpool City Region",
    }
)  # fmt: skip
PAIRED = {
    "talks": (
        "Separately, {a} and {b} have held preliminary talks about sharing a chief executive, "
        "but no proposal has been drafted.",
        "Leaders of {a} and {b} met last month to discuss possible closer working; both stressed "
        "that no decisions had been made.",
        "Informal conversations between {a} and {b} about a joint {service} service have not "
        "progressed beyond an exchange of letters.",
    ),
    "feasibility": (
        "Members also agreed to commission a feasibility study into a possible shared {service} "
        "service with {b}, to report back next year.",
        "Officers will carry out a feasibility study on whether {a} and {b} could share a senior "
        "management team; no decision will be taken until it reports.",
        "A joint feasibility study with {b} into {service} arrangements was approved. Any "
        "proposal arising from it would come back to members.",
    ),
    "considering": (
        "{a} is considering whether to approach {b} about sharing {service} services.",
        "Members asked officers to look at whether joint working with {b} on {service} might be "
        "worthwhile in future.",
        "{b} is understood to be weighing up whether to look for a partner for its {service} "
        "service.",
    ),
    "speculation": (
        "Some observers believe {a} and {b} could one day merge into a single unitary council, "
        "although neither has proposed it.",
        "Commentators have suggested that {a} and {b} might share a chief executive in the "
        "longer term.",
        "It has been suggested that {b} could eventually be drawn into a wider arrangement, "
        "but there is no formal proposal.",
    ),
}

PLACES = (
    "The scheme will benefit residents across {place}.",
    "Unemployment in {place} remains below the national average.",
    "Visitor numbers in {place} rose again last year, according to the tourism board.",
    "The new bus route will link market towns across {place}.",
    "{body} has been consulted on the plans.",
    "The proposals were welcomed by {body}.",
)

NATIONAL = (
    "Across England, dozens of councils now share a chief executive or a senior management team.",
    "The Local Government Association says shared services save councils hundreds of millions "
    "of pounds a year.",
    "District councils across the country are under pressure to find further savings.",
    "Ministers have encouraged neighbouring councils to consider working more closely.",
)


def paired(doc: Document, kind: str, focus: str) -> str | None:
    """A talks/feasibility/considering/speculation sentence about `focus` and a neighbour that
    the document says nothing else about; None when there is no such neighbour."""
    other = outsider(doc, focus)
    if other is None:
        return None
    doc.planned.add(other)
    slots = {
        "a": lambda: doc.council(focus),
        "b": lambda: doc.council(other),
        "service": doc.rng.choice(SERVICES),
    }
    doc.distractors.append({"kind": kind, "councils": [doc.info(c).gss for c in (focus, other)]})
    templates = PAIRED[kind]
    if doc.publisher is None:  # a newspaper names both councils
        templates = tuple(t for t in templates if "{a}" in t) or templates
    return render(doc.rng.choice(templates), slots)


def outsider(doc: Document, focus: str) -> str | None:
    """A council of the same kind near `focus`, existing on the day, not yet in the plan."""
    me = doc.info(focus)
    pool = [
        c.code
        for c in doc.world.peers(me.group, me.klass)
        if c.code not in doc.planned
        and c.code not in doc.places
        and c.active_through(doc.day, doc.day)
    ]
    return doc.rng.choice(pool) if pool else None


def place(doc: Document) -> str:
    """A county or area name used as a place, never as a council."""
    name, council = place_name(doc)
    bare = name.removeprefix("the ")
    body = doc.rng.choice(NON_COUNCIL_BODIES).format(place=bare)
    doc.distractors.append({"kind": "place", "place": bare, "council": council})
    return render(doc.rng.choice(PLACES), {"place": name, "body": body})


def place_name(doc: Document) -> tuple[str, str | None]:
    """A place near the document's councils whose council the document does not name, with that
    council's GSS code; a region name (no council) when there is none."""
    candidates = _place_councils(doc)
    if candidates:
        chosen = doc.rng.choice(candidates)
        doc.places.add(chosen.code)
        return _with_the(chosen.stem), chosen.gss
    regions = sorted({doc.info(c).group for c in doc.planned} - {"England"})
    region = doc.rng.choice(regions) if regions else "England"
    return _with_the(region), None


def _place_councils(doc: Document) -> list[CouncilInfo]:
    """Counties and combined authority areas around the planned councils, not themselves planned
    and not sharing a short name with a planned council."""
    planned_stems = {doc.info(c).stem for c in doc.planned}
    areas = {doc.info(c).county for c in doc.planned}
    areas |= {doc.info(c).combined_authority for c in doc.planned}
    out = []
    for code in sorted(a for a in areas if a):
        info = doc.world.councils.get(code or "")
        if info and code not in doc.planned and info.stem not in planned_stems:
            out.append(info)
    return out


def _with_the(area: str) -> str:
    return f"the {area}" if area in WITH_THE else area


def national(doc: Document) -> str:
    doc.distractors.append({"kind": "national"})
    return doc.rng.choice(NATIONAL)
