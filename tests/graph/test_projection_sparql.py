"""The projection's reads of the store: a full sync reads every graph at once, a re-projected
document reads its own graph or the facts it touches, and both must see the same rows."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from rdflib import URIRef

from graph import projection_sparql as sparql
from graph.store import GraphStore, Row


def _counted(rows: list[Row]) -> Counter[str]:
    return Counter(repr(sorted(row.items(), key=str)) for row in rows)


@pytest.fixture(scope="module")
def store(built_store: Path) -> Iterator[GraphStore]:
    with GraphStore.open(built_store, read_only=True) as opened:
        yield opened


@pytest.mark.parametrize("name", sorted(sparql.DOCUMENT_QUERIES))
def test_reading_every_graph_gives_each_graphs_rows(store: GraphStore, name: str) -> None:
    query = sparql.DOCUMENT_QUERIES[name]
    everything = store.select(query)
    assert everything, f"the sample documents state no {name}"
    graphs = {str(row["g"]) for row in everything}
    one_by_one = [row for g in sorted(graphs) for row in store.select(query, {"g": URIRef(g)})]
    assert _counted(one_by_one) == _counted(everything)


@pytest.mark.parametrize("name", ["partnerships", "services", "intervals", "shared_posts"])
def test_reading_one_fact_gives_its_rows(store: GraphStore, name: str) -> None:
    everything = store.select(sparql.DOCUMENT_QUERIES[name])
    for fact in sorted({str(row["fact"]) for row in everything}):
        bound = store.select(sparql.DOCUMENT_QUERIES[name], {"fact": URIRef(fact)})
        assert _counted(bound) == _counted(r for r in everything if r["fact"] == fact)


def test_a_partnership_reads_as_one_row_per_graph_with_notations(store: GraphStore) -> None:
    rows = store.select(sparql.PARTNERSHIPS)
    kinds = store.select(
        f"{sparql._PREFIXES} SELECT ?kind WHERE {{ ?c skos:inScheme cg:PartnershipKinds ; "
        "skos:notation ?kind }"
    )
    assert {row["kind"] for row in rows} <= {row["kind"] for row in kinds}
    assert all(not str(row["status"]).startswith("http") for row in rows)
    stated = [(row["g"], row["fact"], row["name"]) for row in rows]
    assert len(stated) == len(set(stated))
