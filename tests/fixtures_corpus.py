"""The real register and the shared corpus's documents built into a store once per session,
with a repository, a TestClient and a live uvicorn server over it.

The gold annotations beside the documents are read at run time too, so tests can check answers
against what a careful reader took from each document without naming any document.
"""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import uvicorn
from fastapi.testclient import TestClient

from api.app import create_app
from councilgraph.settings import SHARED, Settings
from graph import build
from graph.embedded_repository import EmbeddedRepository
from graph.store import GraphStore
from loaders.pipeline import extract_path, iter_document_paths
from loaders.readers import read_path
from loaders.register_reader import Register

CORPUS_FOLDERS = (SHARED / "corpus" / "seeds", SHARED / "corpus" / "dev")


@dataclass(frozen=True)
class GoldDocument:
    """A corpus document's id (as the graph knows it) and its gold annotation."""

    id: str
    gold: dict[str, object]


def _documents() -> list[Path]:
    missing = [str(f) for f in CORPUS_FOLDERS if not f.is_dir()]
    if missing:
        pytest.fail(f"the shared corpus is missing: {', '.join(missing)}")
    return list(iter_document_paths(CORPUS_FOLDERS))


@pytest.fixture(scope="session")
def corpus_gold() -> list[GoldDocument]:
    found = []
    for path in _documents():
        gold = path.with_name(path.name.removesuffix(".txt") + ".gold.json")
        if gold.is_file():
            found.append(GoldDocument(read_path(path).id, json.loads(gold.read_text())))
    return found


@pytest.fixture(scope="session")
def corpus_store_path(tmp_path_factory: pytest.TempPathFactory, register: Register) -> Path:
    path = tmp_path_factory.mktemp("corpus") / "store"
    with GraphStore.open(path) as store:
        build.load_ontology(store)
        build.load_register(store, register)
        for document in _documents():
            build.load_extraction(store, extract_path(document, register), register)
    return path


@pytest.fixture(scope="session")
def corpus_repository(corpus_store_path: Path) -> Iterator[EmbeddedRepository]:
    repository = EmbeddedRepository(GraphStore.open(corpus_store_path, read_only=True))
    yield repository
    repository.close()


@pytest.fixture(scope="session")
def corpus_client(
    corpus_store_path: Path, corpus_repository: EmbeddedRepository
) -> Iterator[TestClient]:
    app = create_app(Settings(store=corpus_store_path), corpus_repository)
    with TestClient(app) as client:
        yield client


@pytest.fixture(scope="session")
def corpus_server(corpus_store_path: Path) -> Iterator[str]:
    """The app on a free loopback port, served by uvicorn in a thread; yields its base URL."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    app = create_app(Settings(store=corpus_store_path))  # opens its own read-only store
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            pytest.fail("the test server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    server.should_exit = True
    thread.join(timeout=10)
    sock.close()
