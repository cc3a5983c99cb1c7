"""POST /v1/documents on the Neo4j backend: the document goes into the embedded store and is
projected into Neo4j in the same write, so the Neo4j-backed API answers with it at once (not
with an answer it gave before the write)."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from fixtures_store import build_store
from neo4j import Driver

from api.app import create_app
from councilgraph.settings import Settings
from graph.neo4j_projection import Neo4jProjection
from graph.store import GraphStore
from loaders.register_reader import Register

pytestmark = pytest.mark.neo4j

KEY = "neo4j-test-key-0123456789"
PRESS_ITEM = (
    "Melton Borough Council and Rushcliffe Borough Council have agreed to share a chief "
    "executive from 1 June 2025."
)


# 3600: the latest sync trusted for an hour, yet this server's own write is seen at once
@pytest.mark.parametrize("generation_check_s", [0, 3600])
def test_a_posted_document_is_projected_into_neo4j(
    neo4j_driver: Driver,
    neo4j_uri: str,
    tmp_path: Path,
    register: Register,
    generation_check_s: float,
) -> None:
    path = tmp_path / "store"
    build_store(path, register)
    with GraphStore.open(path, read_only=True) as store:
        Neo4jProjection(neo4j_driver).sync(store)
    settings = Settings(
        store=path,
        backend="neo4j",
        neo4j_uri=neo4j_uri,
        neo4j_generation_check_s=generation_check_s,
        write_enabled=True,
        api_keys=[KEY],
    )
    params = {"kind": "shared_post", "as_of": "2025-07-01"}
    with TestClient(create_app(settings)) as client:
        # asked before the write too, so a kept answer would show
        assert client.get("/v1/councils/MEL/relationships", params=params).json()["count"] == 0
        posted = client.post("/v1/documents", json={"text": PRESS_ITEM}, headers={"X-API-Key": KEY})
        assert posted.status_code == 201, posted.text
        related = client.get("/v1/councils/MEL/relationships", params=params).json()
        assert [[c["id"] for c in r["councils"]] for r in related["data"]] == [["RUS"]]
        again = client.post("/v1/documents", json={"text": PRESS_ITEM}, headers={"X-API-Key": KEY})
        assert again.status_code == 200 and again.json()["created"] is False
        assert again.json()["document"]["facts"] == posted.json()["document"]["facts"]
