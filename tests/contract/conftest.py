"""The contract suite's data: the real register, the two sample documents and every corpus
document the extractor reads, built once into an embedded store and synced into the test Neo4j
(module scope, as other Neo4j tests wipe the database)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from fixtures_neo4j import wipe
from neo4j import Driver
from sample_extractions import agreement, update

from api.app import create_app
from councilgraph.errors import DocumentError
from councilgraph.settings import SHARED, Settings
from graph import build
from graph.embedded_repository import EmbeddedRepository
from graph.neo4j_projection import Neo4jProjection
from graph.neo4j_repository import Neo4jRepository
from graph.store import GraphStore
from loaders.pipeline import extract_path, iter_document_paths
from loaders.register_reader import Register

CORPUS = SHARED / "corpus"


def build_contract_store(path: Path, register: Register) -> int:
    """Ontology, register, the sample documents and the corpus; returns how many corpus
    documents were loaded."""
    loaded = 0
    with GraphStore.open(path) as store:
        build.load_ontology(store)
        build.load_register(store, register)
        for extraction in (agreement(), update()):
            build.load_extraction(store, extraction, register)
        folders = [CORPUS / "seeds", CORPUS / "dev"]
        for document in iter_document_paths([f for f in folders if f.is_dir()]):
            try:
                build.load_extraction(store, extract_path(document, register), register)
            except DocumentError:
                continue  # the extractor's own tests cover unreadable documents
            loaded += 1
    return loaded


@pytest.fixture(scope="session")
def contract_store(tmp_path_factory: pytest.TempPathFactory, register: Register) -> Path:
    path = tmp_path_factory.mktemp("contract") / "store"
    build_contract_store(path, register)
    return path


@pytest.fixture(scope="session")
def embedded_api(contract_store: Path) -> Iterator[TestClient]:
    repository = EmbeddedRepository(GraphStore.open(contract_store, read_only=True))
    with TestClient(create_app(Settings(store=contract_store), repository)) as client:
        yield client


@pytest.fixture(scope="module")
def synced_neo4j(contract_store: Path, neo4j_session_driver: Driver) -> Driver:
    """The test Neo4j, emptied and holding a sync of the contract store."""
    wipe(neo4j_session_driver)
    with GraphStore.open(contract_store, read_only=True) as store:
        Neo4jProjection(neo4j_session_driver, batch_size=200).sync(store)
    return neo4j_session_driver


@pytest.fixture(scope="module")
def neo4j_api(synced_neo4j: Driver, neo4j_uri: str, contract_store: Path) -> Iterator[TestClient]:
    settings = Settings(backend="neo4j", neo4j_uri=neo4j_uri, store=contract_store)
    # an app given its repository does not close it, so the session driver stays open
    repository = Neo4jRepository(synced_neo4j, neo4j_uri)
    with TestClient(create_app(settings, repository)) as client:
        yield client
