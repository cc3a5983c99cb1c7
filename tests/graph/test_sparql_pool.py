"""The SPARQL worker pool over a real store: answers, limits, a killed runaway, and writes
becoming visible after invalidate()."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef

from councilgraph.errors import InvalidQuery, NotAcceptable, QueryTimeout
from graph.sparql_pool import SparqlPool, SparqlRequest
from graph.store import GraphStore

JSON = "application/sparql-results+json"
SUBJECT = URIRef("urn:example:s")
PREDICATE = URIRef("urn:example:p")


def solutions(pool: SparqlPool, query: str) -> list[dict]:
    answer = pool.run(SparqlRequest(query, JSON, None))
    return json.loads(answer.body)["results"]["bindings"]


@pytest.fixture
def store(tmp_path: Path) -> Iterator[GraphStore]:
    graph = Graph()
    for n in range(30):
        graph.add((SUBJECT, PREDICATE, Literal(n)))
    with GraphStore.open(tmp_path / "store") as opened:
        opened.replace_graph(URIRef("urn:example:g"), graph)
        yield opened


@pytest.fixture
def pool(store: GraphStore) -> Iterator[SparqlPool]:
    started = SparqlPool(store.path, size=1, time_limit_s=1.5, row_limit=10)
    yield started
    started.close()


def test_rows_stop_at_the_limit(pool: SparqlPool) -> None:
    answer = pool.run(SparqlRequest("SELECT ?o WHERE { ?s ?p ?o }", JSON, None))
    assert answer.truncated
    assert len(json.loads(answer.body)["results"]["bindings"]) == 10
    small = pool.run(SparqlRequest("SELECT ?o WHERE { ?s ?p ?o } LIMIT 3", "text/csv", None))
    assert not small.truncated and small.body.count(b"\r\n") == 4


def test_a_runaway_query_is_killed_at_the_limit_and_its_worker_replaced(pool: SparqlPool) -> None:
    runaway = (
        "SELECT (COUNT(*) AS ?n) WHERE { "
        + " ".join(f"?s{i} ?p{i} ?o{i} ." for i in range(6))
        + " }"
    )
    started = time.monotonic()
    with pytest.raises(QueryTimeout, match="1.5 s"):
        pool.run(SparqlRequest(runaway, JSON, None))
    assert 1.5 <= time.monotonic() - started < 3.5
    assert len(solutions(pool, "SELECT ?o WHERE { ?s ?p ?o } LIMIT 2")) == 2


def test_a_write_shows_after_invalidate(pool: SparqlPool, store: GraphStore) -> None:
    query = "SELECT ?o WHERE { ?s <urn:example:new> ?o }"
    assert solutions(pool, query) == []  # the worker opens the store as it is now
    graph = Graph()
    graph.add((SUBJECT, URIRef("urn:example:new"), Literal("fresh")))
    store.replace_graph(URIRef("urn:example:h"), graph)
    pool.invalidate()
    assert solutions(pool, query) == [{"o": {"type": "literal", "value": "fresh"}}]


def test_parse_errors_and_unacceptable_formats(pool: SparqlPool) -> None:
    with pytest.raises(InvalidQuery, match="error at"):
        pool.run(SparqlRequest("SELECT * WHERE {", JSON, None))
    with pytest.raises(NotAcceptable):
        pool.run(SparqlRequest("CONSTRUCT WHERE { ?s ?p ?o }", JSON, None))


@pytest.mark.parametrize(
    "query",
    [
        "ASK { " + "{ " * 20_000 + "}" * 20_000 + " }",
        "ASK { " + "FILTER NOT EXISTS { " * 3_000 + "}" * 3_000 + " }",
    ],
    ids=["20,000 nested groups", "3,000 nested NOT EXISTS"],
)
def test_a_deeply_nested_query_is_answered_not_a_dead_worker(pool: SparqlPool, query: str) -> None:
    """Both overflowed an 8 MiB stack: the worker died of SIGSEGV and the API answered 503."""
    assert len(query.encode()) <= 64 * 1024  # what /v1/sparql lets through
    answer = pool.run(SparqlRequest(query, JSON, None))
    assert json.loads(answer.body) == {"head": {}, "boolean": True}
