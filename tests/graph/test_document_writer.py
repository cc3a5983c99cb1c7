"""The document writer over a real store and the real register and extraction pipeline."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from rdflib import URIRef

from councilgraph.errors import BackendUnavailable, InvalidParameter
from graph import ids
from graph.ingest import DocumentWriter, Metadata
from graph.store import GraphStore
from loaders.readers import read_bytes
from loaders.register_reader import Register

TEXT = (
    "Melton Borough Council and Rushcliffe Borough Council have agreed to share a chief "
    "executive from 1 June 2025."
)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[GraphStore]:
    with GraphStore.open(tmp_path / "store") as opened:
        yield opened


def test_a_document_is_written_once(store: GraphStore, register: Register) -> None:
    told: list[URIRef] = []
    writer = DocumentWriter(store, register, [told.append])
    document = read_bytes(TEXT.encode(), "press.txt")
    first = writer.ingest(document)
    assert first.created and store.has_graph(ids.document_graph(document.id))
    quads = store.quad_count()
    again = writer.ingest(read_bytes(TEXT.encode(), "same-text.txt"))
    assert not again.created and again.document_id == first.document_id
    assert store.quad_count() == quads
    assert told == [ids.document_graph(document.id)]


def test_a_failing_listener_undoes_the_write(store: GraphStore, register: Register) -> None:
    def unreachable(_graph: URIRef) -> None:
        raise BackendUnavailable("Neo4j is down")

    writer = DocumentWriter(store, register, [unreachable])
    document = read_bytes(TEXT.encode(), "press.txt")
    with pytest.raises(BackendUnavailable):
        writer.ingest(document)
    assert not store.has_graph(ids.document_graph(document.id))
    assert store.quad_count() == 0


def test_metadata_overrides_what_the_reader_found(store: GraphStore, register: Register) -> None:
    writer = DocumentWriter(store, register)
    document = read_bytes(TEXT.encode(), "press.txt")
    given = Metadata(
        title="  Shared chief executive  ", date=date(2025, 3, 3), publisher="E07000133"
    )
    changed = writer.with_metadata(document, given)
    assert (changed.title, changed.date, changed.publisher) == (
        "Shared chief executive",
        date(2025, 3, 3),
        "MEL",
    )
    assert changed.id == document.id  # the id is the text's, whatever is said about it
    with pytest.raises(InvalidParameter, match="publisher"):
        writer.with_metadata(document, Metadata(publisher="NOWHERE"))
