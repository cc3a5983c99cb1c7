"""Synthetic extractions for the Neo4j load benchmark: realistic council documents (alliances,
shared services with savings, joint committees, shared chief executives, leaders...) among real
councils of the register, turned into RDF by the project's own builders.

Every fact cites a sentence of its document's text, so evidence spans are real. Councils of a
partnership come from one region, as real partnerships mostly do. Seeded: the same arguments
give the same graph.
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Iterator
from datetime import date
from itertools import count, islice

import pyoxigraph as ox
from rdflib import Literal
from rdflib.term import Node

from graph import ids
from graph.model import (
    CouncilMention,
    Document,
    Evidence,
    Extraction,
    Partnership,
    PersonRole,
    Saving,
    SharedPost,
)
from graph.rdf_extraction import extraction_graph
from graph.vocab import ID, SDO
from loaders.register_reader import Register

KINDS = ("strategic_alliance", "shared_service", "joint_committee", "programme", "network")
STATUSES = ("proposed", "agreed", "active", "active", "ended")
SERVICES = ("ICT", "internal audit", "procurement", "waste collection", "revenues and benefits")
ROLES = ("leader", "deputy_leader", "councillor", "section_151_officer", "director")
FIRST = ("Alex", "Sam", "Jo", "Chris", "Pat", "Morgan", "Robin", "Kim", "Lee", "Jordan")
LAST = ("Smith", "Jones", "Taylor", "Brown", "Wilson", "Evans", "Thomas", "Roberts", "Hall")


class _Writer:
    """A document's text, written sentence by sentence, and evidence pointing into it."""

    def __init__(self, document_id: str) -> None:
        self.document_id = document_id
        self.parts: list[str] = []
        self.length = 0

    def say(self, sentence: str, rule: str, confidence: float = 0.9) -> Evidence:
        start = self.length
        self.parts.append(sentence + " ")
        self.length += len(sentence) + 1
        return Evidence(self.document_id, start, start + len(sentence), sentence, rule, confidence)

    @property
    def text(self) -> str:
        return "".join(self.parts)


def _regions(register: Register) -> list[list[str]]:
    """Codes of today's English principal councils, grouped by region."""
    grouped: dict[str, list[str]] = defaultdict(list)
    for council in register:
        if council.nation == "England" and council.end is None and council.region:
            if council.type not in ("combined_authority", "regional_authority"):
                grouped[council.region].append(council.code)
    return [sorted(codes) for _, codes in sorted(grouped.items()) if len(codes) >= 4]


def synthetic_extractions(register: Register, seed: int = 7) -> Iterator[Extraction]:
    """An endless stream of documents; take as many as the benchmark needs."""
    rng = random.Random(seed)
    regions = _regions(register)
    names = {council.code: council.short_name for council in register}
    number = 0
    while True:
        number += 1
        yield _document(rng, number, rng.choice(regions), names)


def _document(rng: random.Random, number: int, region: list[str], names: dict) -> Extraction:
    document_id = f"synthetic-{number:07d}"
    writer = _Writer(document_id)
    partnerships = [_partnership(rng, writer, region, names) for _ in range(rng.randint(1, 3))]
    posts = [_shared_post(rng, writer, region, names)] if rng.random() < 0.4 else []
    people = [_person(rng, writer, region, names) for _ in range(rng.randint(1, 3))]
    councils = sorted({c for p in partnerships for c in (*p.members, *p.declined)})
    day = date(rng.randint(2005, 2024), rng.randint(1, 12), rng.randint(1, 28))
    document = Document(
        id=document_id,
        name=f"{document_id}.txt",
        text=writer.text,
        format="txt",
        title=f"Report {number} to the joint committee",
        url=f"https://example.org/reports/{number}",
        date=day,
        publisher=councils[0],
    )
    mentions = tuple(CouncilMention(code, 0, 1, names[code], "synthetic") for code in councils)
    return Extraction(document, mentions, tuple(posts), tuple(partnerships), tuple(people))


def _partial_date(rng: random.Random) -> str:
    year = rng.randint(2005, 2024)
    return rng.choice((f"{year}", f"{year}-{rng.randint(1, 12):02d}", f"{year}-04-01"))


def _partnership(
    rng: random.Random, writer: _Writer, region: list[str], names: dict
) -> Partnership:
    members = tuple(sorted(rng.sample(region, rng.randint(2, 4))))
    declined = tuple(c for c in rng.sample(region, 1) if c not in members and rng.random() < 0.2)
    kind = rng.choice(KINDS)
    name = " and ".join(names[c] for c in members) + " " + kind.replace("_", " ")
    start = _partial_date(rng) if rng.random() < 0.7 else None
    evidence = writer.say(f"The councils agreed to form the {name}.", "partnership")
    services = tuple(rng.sample(SERVICES, 2)) if kind == "shared_service" else ()
    savings = ()
    if services and rng.random() < 0.5:
        amount = rng.randint(1, 40) * 50_000
        said = writer.say(f"The {services[0]} service will save {amount} pounds a year.", "saving")
        savings = (Saving(float(amount), "per year", said),)
    legal = "section 101 of the Local Government Act 1972" if kind == "joint_committee" else None
    status = rng.choice(STATUSES)
    return Partnership(
        name, kind, members, status, (evidence,), declined, start, None, legal, services, savings
    )


def _shared_post(rng: random.Random, writer: _Writer, region: list[str], names: dict) -> SharedPost:
    councils = tuple(sorted(rng.sample(region, 2)))
    person = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    together = " and ".join(names[c] for c in councils)
    said = writer.say(f"{person} will be the joint chief executive of {together}.", "shared_ce")
    status = rng.choice(("agreed", "active"))
    return SharedPost("chief_executive", councils, status, (said,), person, _partial_date(rng))


def _person(rng: random.Random, writer: _Writer, region: list[str], names: dict) -> PersonRole:
    council = rng.choice(region)
    person = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    role = rng.choice(ROLES)
    said = writer.say(f"{person}, {role.replace('_', ' ')} of {names[council]}, spoke.", "person")
    return PersonRole(person, role, council, (said,))


# Instance paths each copy of a template document gets afresh; councils, regions, dates and
# services are shared by every copy, as they are between real documents.
_COPIED = ("document/", "evidence/", "partnership/", "membership/", "post/", "person/")
_COPIED += ("appointment/", "saving/", "graph/document/")


def synthetic_quads(register: Register, templates: int = 400, seed: int = 7) -> Iterator[ox.Quad]:
    """Quads of synthetic documents, endlessly: `templates` documents built by the project's
    RDF builder (graph/rdf_extraction.py), then copied with fresh ids for every document,
    evidence, partnership, membership, post, person, appointment and saving. Copying keeps
    building a million triples to seconds; rdflib would take minutes to build them one by one."""
    built = [
        [(_ox(s), _ox(p), _ox(o), _ox(ids.document_graph(e.document.id))) for s, p, o in graph]
        for e in islice(synthetic_extractions(register, seed), templates)
        for graph in (extraction_graph(e, register),)
    ]
    for copy in count():
        suffix = f"-c{copy}"
        for quads in built:
            for s, p, o, g in quads:
                yield ox.Quad(_fresh(s, suffix), p, _fresh(o, suffix, p), _fresh(g, suffix))


_IDENTIFIER = ox.NamedNode(str(SDO.identifier))
_INSTANCES = str(ID)


def _fresh(term: ox.Term, suffix: str, predicate: ox.NamedNode | None = None) -> ox.Term:
    if isinstance(term, ox.NamedNode):
        path = term.value[len(_INSTANCES) :] if term.value.startswith(_INSTANCES) else ""
        return ox.NamedNode(term.value + suffix) if path.startswith(_COPIED) else term
    if predicate == _IDENTIFIER:  # a document's id, which its IRI repeats
        return ox.Literal(term.value + suffix)
    return term


def _ox(term: Node) -> ox.Term:
    if isinstance(term, Literal):
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    return ox.NamedNode(str(term))
