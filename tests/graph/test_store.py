"""The on-disk store: named graphs replaced whole, bound parameters, clear errors."""

import multiprocessing
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef

from councilgraph.errors import StoreError
from graph.store import GraphStore

A = URIRef("https://example.org/graph/a")
B = URIRef("https://example.org/graph/b")
P = URIRef("https://example.org/p")


def _graph(*values: str) -> Graph:
    graph = Graph()
    for number, value in enumerate(values):
        graph.add((URIRef(f"https://example.org/{number}"), P, Literal(value)))
    return graph


def test_replacing_a_graph_leaves_the_others_alone(tmp_path: Path) -> None:
    with GraphStore.open(tmp_path / "store") as store:
        store.replace_graph(A, _graph("a1", "a2"))
        store.replace_graph(B, _graph("b1"))
        store.replace_graph(A, _graph("a3"))
        rows = store.select("SELECT ?v WHERE { GRAPH ?g { ?s ?p ?v } } ORDER BY ?v")
        assert [r["v"] for r in rows] == ["a3", "b1"]
        assert store.graph_names() == {A, B}


def test_the_store_persists_and_reopens_read_only(tmp_path: Path) -> None:
    with GraphStore.open(tmp_path / "store") as store:
        store.replace_graph(A, _graph("a1"))
    with GraphStore.open(tmp_path / "store", read_only=True) as store:
        assert store.quad_count() == 1
        with pytest.raises(StoreError, match="read-only"):
            store.replace_graph(A, _graph("a2"))


def test_values_are_bound_as_terms_not_spliced_into_the_query(tmp_path: Path) -> None:
    hostile = '"} } DROP ALL ; SELECT * { ?s ?p "'
    with GraphStore.open(tmp_path / "store") as store:
        store.replace_graph(A, _graph("a1", hostile))
        query = "SELECT ?s ?v WHERE { ?s ?p ?v }"
        assert [r["s"] for r in store.select(query, {"v": hostile})] == ["https://example.org/1"]
        assert store.quad_count() == 2


def test_a_missing_store_says_how_to_build_it(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match=r"no graph store at .*missing.*councilgraph build"):
        GraphStore.open(tmp_path / "missing", read_only=True)


def test_a_corrupt_store_says_to_delete_and_rebuild(tmp_path: Path) -> None:
    folder = tmp_path / "store"
    folder.mkdir()
    (folder / "CURRENT").write_text("not a manifest\n")
    with pytest.raises(StoreError, match=r"corrupt.*delete the folder.*councilgraph build"):
        GraphStore.open(folder, read_only=True)


def _hold_lock(path: str, ready, release) -> None:  # runs in a child process
    store = GraphStore.open(Path(path))
    ready.set()
    release.wait(30)
    store.close()


def test_a_second_writer_is_told_the_store_is_in_use(tmp_path: Path) -> None:
    ctx = multiprocessing.get_context("spawn")
    ready, release = ctx.Event(), ctx.Event()
    holder = ctx.Process(target=_hold_lock, args=(str(tmp_path / "store"), ready, release))
    holder.start()
    try:
        assert ready.wait(30)
        with pytest.raises(StoreError, match="in use by another process"):
            GraphStore.open(tmp_path / "store")
    finally:
        release.set()
        holder.join(30)
