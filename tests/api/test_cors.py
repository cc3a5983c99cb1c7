"""CORS: the origins in COUNCILGRAPH_CORS_ORIGINS may read the API and post documents."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient

from api.app import create_app
from councilgraph.settings import Settings
from graph.embedded_repository import EmbeddedRepository

ALLOWED = "https://newsroom.example.org"


def test_an_allowed_origin_may_read_and_post(
    built_store: Path, repository: EmbeddedRepository
) -> None:
    app = create_app(Settings(store=built_store, cors_origins=[ALLOWED]), repository)
    with TestClient(app) as client:
        read = client.get("/v1/councils/BAB", headers={"Origin": ALLOWED})
        assert read.headers["access-control-allow-origin"] == ALLOWED
        preflight = client.options(
            "/v1/documents",
            headers={
                "Origin": ALLOWED,
                "Access-Control-Request-Method": "POST",
                "Access-Control-Request-Headers": "authorization, content-type",
            },
        )
        assert preflight.status_code == 200
        assert "POST" in preflight.headers["access-control-allow-methods"]
        sparql = client.get("/v1/sparql", params={"query": "ASK {}"}, headers={"Origin": ALLOWED})
        assert "X-Results-Truncated" in sparql.headers["access-control-expose-headers"]
        other = client.get("/v1/councils/BAB", headers={"Origin": "https://elsewhere.example"})
        assert "access-control-allow-origin" not in other.headers


def test_no_origins_no_cors_headers(api_client: TestClient) -> None:
    response = api_client.get("/v1/councils/BAB", headers={"Origin": ALLOWED})
    assert "access-control-allow-origin" not in response.headers
