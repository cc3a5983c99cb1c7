"""Preparing documents on several processes gives what one process gives, in the same order,
and a document that cannot be read comes back as its own typed error."""

from pathlib import Path

import pytest

from councilgraph.errors import EmptyDocument
from graph import build
from graph.parallel_build import CHUNK, prepared_documents
from graph.store import GraphStore
from loaders.pipeline import extract_path
from loaders.register_reader import Register

# more documents than one task holds, so two workers share them
COUNT = CHUNK * 3 + 1
TEXT = """Minutes of the Cabinet of Stafford Borough Council, meeting {n}.

The Council agreed to share a chief executive with Cannock Chase District Council from
1 April 2021. Councillor Ann Example{n} was appointed Leader of Stafford Borough Council.
"""


@pytest.fixture(scope="module")
def documents(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("documents")
    paths = []
    for n in range(COUNT):
        path = folder / f"minutes-{n:02d}.txt"
        path.write_text(TEXT.format(n=n) if n != 5 else "   \n", encoding="utf-8")
        paths.append(path)
    return paths


def test_two_processes_prepare_what_one_does_in_order(
    documents: list[Path], register: Register
) -> None:
    alone = list(prepared_documents(documents, register, jobs=1))
    shared = list(prepared_documents(documents, register, jobs=2))
    assert [path for path, _ in shared] == documents
    assert [_comparable(p) for _, p in shared] == [_comparable(p) for _, p in alone]
    assert sum(isinstance(p, build.DocumentTriples) for _, p in shared) == COUNT - 1


def test_an_unreadable_document_comes_back_as_its_typed_error(
    documents: list[Path], register: Register
) -> None:
    prepared = dict(prepared_documents(documents, register, jobs=2))
    error = prepared[documents[5]]
    assert isinstance(error, EmptyDocument)
    assert error.name == documents[5].name


def test_prepared_documents_load_as_their_extractions_do(
    tmp_path: Path, documents: list[Path], register: Register
) -> None:
    readable = [path for path in documents if path != documents[5]]
    with GraphStore.open(tmp_path / "parallel") as store:
        for _, prepared in prepared_documents(readable, register, jobs=2):
            build.load_document(store, prepared)
        parallel = {str(quad) for quad in store.oxigraph}
    with GraphStore.open(tmp_path / "serial") as store:
        for path in readable:
            build.load_extraction(store, extract_path(path, register), register)
        serial = {str(quad) for quad in store.oxigraph}
    assert parallel == serial
    assert len(serial) > len(readable) * 10


def _comparable(prepared: object) -> object:
    if isinstance(prepared, build.DocumentTriples):
        return (
            prepared.document_id,
            prepared.triples.count,
            sorted(prepared.triples.text.split("\n")),
        )
    return (type(prepared).__name__, str(prepared))
