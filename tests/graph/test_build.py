"""Loading sources into the store: idempotent, one named graph per source."""

import shutil
from pathlib import Path

import pytest
from fixtures_store import build_store
from sample_extractions import agreement, update

from councilgraph.errors import DocumentError
from graph import build, ids
from graph.store import GraphStore
from loaders.register_reader import Register

CURATED = """
@prefix cg: <https://w3id.org/councilgraph/def#> .
<https://w3id.org/councilgraph/id/council/ADU> cg:formerGssCode "E07000999" .
"""


def _quads(path: Path) -> set[str]:
    with GraphStore.open(path, read_only=True) as store:
        return {str(quad) for quad in store.oxigraph}


def test_building_again_leaves_the_same_store(
    tmp_path: Path, built_store: Path, register: Register
) -> None:
    shutil.copytree(built_store, tmp_path / "store")
    build_store(tmp_path / "store", register)
    rebuilt = _quads(tmp_path / "store")
    assert rebuilt == _quads(built_store)
    assert len(rebuilt) > 8_000


def test_each_source_has_its_own_named_graph(built_store: Path) -> None:
    with GraphStore.open(built_store, read_only=True) as store:
        assert store.graph_names() == {
            ids.ontology_graph(),
            ids.register_graph(),
            ids.document_graph("doc-agreement"),
            ids.document_graph("doc-update"),
        }


def test_pruning_drops_only_documents_no_longer_read(tmp_path: Path, register: Register) -> None:
    with GraphStore.open(tmp_path / "store") as store:
        for extraction in (agreement(), update()):
            build.load_extraction(store, extraction, register)
        assert build.prune_documents(store, keep=["doc-update"]) == 1
        assert ids.document_graph("doc-agreement") not in store.graph_names()
        rows = store.select(
            "SELECT ?p ?status WHERE { ?p <https://w3id.org/councilgraph/def#status> ?status }",
            {"p": ids.partnership("strategic_alliance", ["BAB", "MSU"])},
        )
        assert [r["status"] for r in rows] == ["https://w3id.org/councilgraph/def#Active"]


def test_reloading_a_document_replaces_what_it_said(tmp_path: Path, register: Register) -> None:
    with GraphStore.open(tmp_path / "store") as store:
        build.load_extraction(store, agreement(), register)
        once = store.quad_count()
        build.load_extraction(store, agreement(), register)
        assert store.quad_count() == once
        build.load_extraction(store, update(), register)
        assert store.quad_count() > once


def test_curated_facts_come_and_go_with_their_files(tmp_path: Path) -> None:
    folder = tmp_path / "curated"
    folder.mkdir()
    (folder / "facts.ttl").write_text(CURATED, encoding="utf-8")
    with GraphStore.open(tmp_path / "store") as store:
        assert build.load_curated(store, folder) == 1
        assert store.has_graph(ids.curated_graph())
        (folder / "facts.ttl").unlink()
        assert build.load_curated(store, folder) == 0
        assert not store.has_graph(ids.curated_graph())


def test_a_curated_file_that_is_not_turtle_is_named(tmp_path: Path) -> None:
    (tmp_path / "broken.ttl").write_text("this is not turtle", encoding="utf-8")
    with GraphStore.open(tmp_path / "store") as store:
        with pytest.raises(DocumentError, match="broken.ttl"):
            build.load_curated(store, tmp_path)
