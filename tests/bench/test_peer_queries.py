"""The peer comparison's SPARQL: right answers on a tiny store, the same rows on Oxigraph and
rdflib, and a query stopped at its time limit recorded as not finished."""

from datetime import date
from pathlib import Path

import pytest

from bench import peer_queries
from bench.sparql_peers import compare
from graph.store import GraphStore

BEFORE, DURING = date(2020, 1, 1), date(2021, 1, 1)  # the sample arrangements start 2020-07


def _rows(store: Path, query: str) -> list[dict]:
    with GraphStore.open(store, read_only=True) as opened:
        return opened.select(query)


def test_shared_chief_executives_as_of_a_day(built_store: Path) -> None:
    during = _rows(built_store, peer_queries.shared_chief_executives(DURING))
    assert [sorted(str(row["councils"]).split()) for row in during] == [["BAB", "MSU"]]
    assert _rows(built_store, peer_queries.shared_chief_executives(BEFORE)) == []


def test_council_relationships_as_of_a_day(built_store: Path) -> None:
    during = _rows(built_store, peer_queries.council_relationships("BAB", DURING))
    kinds = {(row["kind"], row["other"]) for row in during}
    assert {("partnership", "MSU"), ("shared_post", "MSU")} <= kinds
    before = _rows(built_store, peer_queries.council_relationships("BAB", BEFORE))
    assert {row["kind"] for row in before} <= {"county", "district", "combined_authority"}


def test_only_register_codes_reach_the_query_text() -> None:
    with pytest.raises(ValueError):
        peer_queries.council_relationships("BAB> } DROP ALL ; {<", DURING)


def test_both_engines_give_the_same_rows(built_store: Path, tmp_path: Path) -> None:
    queries = {
        "shared": peer_queries.shared_chief_executives(DURING),
        "relationships": peer_queries.council_relationships("BAB", DURING),
        **peer_queries.snapshot_queries(),
    }
    run = compare(built_store, tmp_path / "export.nq", queries, 60, {})
    assert run.rdflib_load_s is not None and run.quads > 1000
    for timed in run.times:
        assert timed.rdflib_rows == timed.oxigraph_rows > 0, timed
        assert timed.rdflib_s is not None and timed.oxigraph_s > 0


def test_a_query_past_its_limit_is_recorded_as_not_finished(
    built_store: Path, tmp_path: Path
) -> None:
    # about a million joined rows: Oxigraph counts them in half a second, rdflib takes minutes
    # (a cross product would stop neither: Oxigraph is timed first, with no limit)
    heavy = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?b }"
    run = compare(built_store, tmp_path / "export.nq", {"heavy": heavy}, 1, {})
    (timed,) = run.times
    assert timed.rdflib_s is None and timed.note == "did not finish in 1 s"
