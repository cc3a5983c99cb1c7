"""The relationship graph as nodes and edges, for the CSV, GraphML and GEXF exports.

Everything is read through the GraphRepository, so both backends export the same graph, by the
relationship rules the API follows (graph/repository.py): statuses, dates and evidence are the
ones `/v1/councils/{id}/relationships` shows. `as_of` keeps what holds on that day; None keeps
everything, past and present (every edge carries its dates).

Council-to-council edges (`council_edges`, the CSV): partnership co-membership and shared posts
once per pair (the smaller register code first), county, combined authority and successor
links from the district, constituent or predecessor side (their inverses are the same edge).
The network (`network`, GraphML and GEXF) has councils, partnerships and people as nodes: a
council is linked to its partnerships (kind "member") rather than to every other member, to
other councils by shared posts and register links, and to the people holding posts there.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import TypeVar

from graph.relationship_records import (
    MAX_LIMIT,
    EvidenceItem,
    Page,
    PartnershipQuery,
    PeopleQuery,
    Relationship,
    RelationshipQuery,
)
from graph.repository import CouncilQuery, CouncilSummary, GraphRepository

T = TypeVar("T")
_SYMMETRIC = frozenset({"partnership", "shared_post"})
_DIRECTED = frozenset({"county", "combined_authority", "successor"})


@dataclass(frozen=True, slots=True)
class Edge:
    source: str
    target: str
    kind: str
    status: str
    start: date | None
    end: date | None
    evidence: tuple[EvidenceItem, ...]
    detail: dict[str, str] = field(default_factory=dict)  # partnership, role, person...


@dataclass(frozen=True, slots=True)
class Node:
    id: str  # "council/NTH", "partnership/<id>", "person/<id>"
    type: str
    label: str
    detail: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Network:
    nodes: list[Node]
    edges: list[Edge]


def every(fetch: Callable[[int, int], Page[T]]) -> list[T]:
    """Every item of a paged question, asked MAX_LIMIT at a time."""
    items: list[T] = []
    while True:
        page = fetch(MAX_LIMIT, len(items))
        items.extend(page.items)
        if not page.items or len(items) >= page.count:
            return items


def councils(repository: GraphRepository, as_of: date | None) -> list[CouncilSummary]:
    return every(
        lambda limit, offset: repository.list_councils(
            CouncilQuery(as_of=as_of, limit=limit, offset=offset)
        )
    )


def relationships(repository: GraphRepository, code: str, as_of: date | None) -> list[Relationship]:
    def fetch(limit: int, offset: int) -> Page[Relationship]:
        query = RelationshipQuery(as_of=as_of, limit=limit, offset=offset)
        return repository.council_relationships(code, query).page

    return every(fetch)


def _detail(relationship: Relationship) -> dict[str, str]:
    detail = {"role": relationship.role or ""}
    if relationship.partnership:
        detail |= {
            "partnership_id": relationship.partnership.id,
            "partnership_name": relationship.partnership.name,
            "partnership_kind": relationship.partnership.kind,
        }
    if relationship.person:
        detail |= {"person_id": relationship.person.id, "person_name": relationship.person.name}
    return detail


def _edge(source: str, target: str, relationship: Relationship, kind: str | None = None) -> Edge:
    return Edge(
        source,
        target,
        kind or relationship.kind,
        relationship.status,
        relationship.start,
        relationship.end,
        relationship.evidence,
        _detail(relationship),
    )


def council_edges(repository: GraphRepository, as_of: date | None) -> Iterator[Edge]:
    """Every council-to-council edge once, between register codes, ordered by source code."""
    for council in councils(repository, as_of):
        for relationship in relationships(repository, council.id, as_of):
            for other in relationship.councils:
                symmetric = relationship.kind in _SYMMETRIC and council.id < other.id
                if symmetric or relationship.kind in _DIRECTED:
                    edge = _edge(council.id, other.id, relationship)
                    edge.detail.update(source_name=council.name, target_name=other.name)
                    yield edge


def network(repository: GraphRepository, as_of: date | None) -> Network:
    """Councils, partnerships and people, and the edges between them."""
    found = councils(repository, as_of)
    nodes = [Node(f"council/{c.id}", "council", c.name, _council_detail(c)) for c in found]
    edges: list[Edge] = []
    for council in found:
        for relationship in relationships(repository, council.id, as_of):
            edges.extend(_network_edges(council.id, relationship))
    nodes += _partnerships(repository, as_of)
    people, posts = _people(repository, as_of)
    nodes += people
    # a membership can outlast what the partnership list shows on a day; keep edges whole
    known = {node.id for node in nodes}
    edges = [e for e in edges + posts if e.source in known and e.target in known]
    return Network(nodes, edges)


def _council_detail(council: CouncilSummary) -> dict[str, str]:
    return {
        "code": council.id,
        "gss": council.gss or "",
        "council_type": council.type,
        "tier": council.tier or "",
        "start": council.start.isoformat() if council.start else "",
        "end": council.end.isoformat() if council.end else "",
    }


def _network_edges(code: str, relationship: Relationship) -> list[Edge]:
    source = f"council/{code}"
    if relationship.kind == "partnership" and relationship.partnership:
        target = f"partnership/{relationship.partnership.id}"
        return [_edge(source, target, relationship, "member")]
    return [
        _edge(source, f"council/{other.id}", relationship)
        for other in relationship.councils
        if (relationship.kind == "shared_post" and code < other.id)
        or relationship.kind in _DIRECTED
    ]


def _partnerships(repository: GraphRepository, as_of: date | None) -> list[Node]:
    found = every(
        lambda limit, offset: repository.list_partnerships(
            PartnershipQuery(as_of=as_of, limit=limit, offset=offset)
        )
    )
    return [
        Node(
            f"partnership/{p.id}",
            "partnership",
            p.name,
            {"partnership_kind": p.kind, "status": p.status},
        )
        for p in found
    ]


def _people(repository: GraphRepository, as_of: date | None) -> tuple[list[Node], list[Edge]]:
    found = every(
        lambda limit, offset: repository.list_people(PeopleQuery(limit=limit, offset=offset))
    )
    nodes, edges = [], []
    for person in found:
        node = f"person/{person.id}"
        nodes.append(Node(node, "person", person.name, {"roles": ";".join(person.roles)}))
        for post in repository.get_person(person.id, as_of).posts:
            edges += [_edge(node, f"council/{c.id}", post) for c in post.councils]
    return nodes, edges
