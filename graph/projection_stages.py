"""Reading the store for a full sync in stages, so writing one stage to Neo4j can overlap with
reading the next (graph/neo4j_projection.py runs them in a thread of their own).

Each stage's rows only point at nodes its own or an earlier stage writes: the register
(councils), then the documents, then the evidence, then every fact that cites them.
"""

from __future__ import annotations

from collections.abc import Iterator

from graph import projection_sparql as sparql
from graph.projection_facts import document_rows, fact_nodes
from graph.projection_rows import (
    DOCUMENT,
    EVIDENCE,
    MENTIONS,
    PUBLISHED_BY,
    QUOTED_FROM,
    ProjectionRows,
    attach_intervals,
    register_rows,
    source_dates,
)
from graph.store import GraphStore, Row

_DOCUMENT_STAGE = ("documents", "mentions")
_EVIDENCE_STAGE = ("evidence",)


def stages(store: GraphStore) -> Iterator[ProjectionRows]:
    """The rows of the whole store, in four stages, each ready to write in turn."""
    yield register_rows({name: store.select(q) for name, q in sparql.REGISTER_QUERIES.items()})
    stated: dict[str, list[Row]] = {name: [] for name in sparql.DOCUMENT_QUERIES}
    for names in (_DOCUMENT_STAGE, _EVIDENCE_STAGE):
        for name in names:
            stated[name] = store.select(sparql.DOCUMENT_QUERIES[name])
        yield document_rows({**{n: [] for n in stated}, **{n: stated[n] for n in names}})
    done = {*_DOCUMENT_STAGE, *_EVIDENCE_STAGE}
    for name, query in sparql.DOCUMENT_QUERIES.items():
        if name not in done:
            stated[name] = store.select(query)
    facts = document_rows(attach_intervals(stated))
    _drop_written(facts)
    yield fact_nodes(stated, source_dates(stated["documents"]), out=facts)


def _drop_written(rows: ProjectionRows) -> None:
    """Leave out what the document and evidence stages wrote already."""
    for label in (DOCUMENT, EVIDENCE):
        rows.nodes.pop(label, None)
    for kind in (PUBLISHED_BY, MENTIONS, QUOTED_FROM):
        for key in [key for key in rows.relationships if key[0] == kind]:
            del rows.relationships[key]
