"""A real on-disk store built once per session: the real register and the sample documents."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sample_extractions import agreement, update

from api.app import create_app
from councilgraph.settings import Settings
from graph import build
from graph.embedded_repository import EmbeddedRepository
from graph.store import GraphStore
from loaders.register_reader import Register, load_register


@pytest.fixture(scope="session")
def register_dir() -> Path:
    return Settings().register_dir()


@pytest.fixture(scope="session")
def register(register_dir: Path) -> Register:
    return load_register(register_dir)


def build_store(path: Path, register: Register) -> None:
    """What `councilgraph build` writes, plus the two sample documents."""
    with GraphStore.open(path) as store:
        build.load_ontology(store)
        build.load_register(store, register)
        for extraction in (agreement(), update()):
            build.load_extraction(store, extraction, register)


@pytest.fixture(scope="session")
def built_store(tmp_path_factory: pytest.TempPathFactory, register: Register) -> Path:
    path = tmp_path_factory.mktemp("built") / "store"
    build_store(path, register)
    return path


@pytest.fixture(scope="session")
def repository(built_store: Path) -> Iterator[EmbeddedRepository]:
    repository = EmbeddedRepository(GraphStore.open(built_store, read_only=True))
    yield repository
    repository.close()


@pytest.fixture(scope="session")
def api_client(built_store: Path, repository: EmbeddedRepository) -> Iterator[TestClient]:
    with TestClient(create_app(Settings(store=built_store), repository)) as client:
        yield client
