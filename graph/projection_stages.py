"""Reading the store for a full sync in stages, so writing one stage to Neo4j can overlap with
reading the next (graph/neo4j_projection.py runs them in a thread of their own).

Each stage's rows only point at nodes its own or an earlier stage writes: the register
(councils), the documents, the evidence, the fact nodes with each source's claims, then the
relationships that cite them. Stages are small, so that Neo4j is seldom idle while a query
runs, and the last is the cheapest to write, since nothing overlaps with writing it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import cached_property

from graph import projection_facts as facts
from graph import projection_sparql as sparql
from graph.projection_rows import (
    ProjectionRows,
    attach_intervals,
    register_rows,
    source_dates,
)
from graph.store import GraphStore, Row


class Stated(dict[str, list[Row]]):
    """The rows of every DOCUMENT_QUERIES query read so far, by name."""

    @cached_property
    def evidence(self) -> dict[tuple[str, str], list[str]]:
        """Evidence ids by (graph, fact), for memberships and appointments alike."""
        return facts.evidence_ids(self["derivations"])


def _fact_nodes(out: ProjectionRows, stated: Stated) -> None:
    """Partnerships, shared posts and people, and what each source claims of them."""
    attach_intervals(stated, ("partnerships", "shared_posts"))
    facts.claims(out, stated)
    facts.fact_nodes(stated, source_dates(stated["documents"]), out=out)


def _memberships(out: ProjectionRows, stated: Stated) -> None:
    attach_intervals(stated, ("memberships",))
    facts.memberships(out, stated, stated.evidence)


def _appointments(out: ProjectionRows, stated: Stated) -> None:
    facts.appointments(out, stated, stated.evidence)


_STAGES: tuple[tuple[tuple[str, ...], Callable[[ProjectionRows, Stated], None]], ...] = (
    (("documents",), facts.documents),
    (("mentions",), facts.mentions),
    (("evidence",), facts.quotes),
    (("partnerships", "services", "shared_posts", "people", "intervals"), _fact_nodes),
    (("savings",), facts.savings),
    (("derivations",), facts.supports),
    (("memberships",), _memberships),
    (("appointments",), _appointments),
    (("posts_in",), facts.posts),
)
"""(the queries a stage reads, what it makes of everything read so far), in writing order."""


def stages(store: GraphStore) -> Iterator[ProjectionRows]:
    """The rows of the whole store, stage by stage, each ready to write in turn."""
    yield register_rows({name: store.select(q) for name, q in sparql.REGISTER_QUERIES.items()})
    stated = Stated()
    for names, make in _STAGES:
        for name in names:
            stated[name] = store.select(sparql.DOCUMENT_QUERIES[name])
        out = ProjectionRows()
        make(out, stated)
        yield out
