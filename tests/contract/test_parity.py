"""One suite of API questions, asked over HTTP of the embedded backend and of Neo4j holding a
sync of the same store (register + corpus): every answer must be the same JSON."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

pytestmark = pytest.mark.neo4j

QUESTIONS = [
    "/v1/councils",
    "/v1/councils?limit=500",
    "/v1/councils?limit=500&offset=100&as_of=2000-01-01",
    "/v1/councils?q=suffolk",
    "/v1/councils?q=E07000244",
    "/v1/councils?q=nth&as_of=2019-01-01",
    "/v1/councils?type=county&tier=upper&as_of=2010-06-01",
    "/v1/councils?type=combined_authority",
    "/v1/councils?tier=lower&county=SFK",
    "/v1/councils?county=E10000021&as_of=2020-01-01",
    "/v1/councils?county=NOPE",
    "/v1/councils/NTH",
    "/v1/councils/E07000244",
    "/v1/councils/E07000205",
    "/v1/councils/MAN",
    "/v1/councils/XXX",
    "/v1/councils/BAB/relationships",
    "/v1/councils/BOS/relationships?as_of=2021-01-01",
    "/v1/councils/E07000033/relationships?as_of=2012-01-01",
    "/v1/councils/NTH/relationships?kind=district&as_of=2000-01-01",
    "/v1/shared-chief-executives",
    "/v1/shared-chief-executives?as_of=2012-01-01",
    "/v1/shared-chief-executives?as_of=2021-01-01",
    "/v1/shared-chief-executives?council=E07000038",
    "/v1/partnerships",
    "/v1/partnerships?limit=500",
    "/v1/partnerships?kind=strategic_alliance",
    "/v1/partnerships?member=MSU&as_of=2022-01-01",
    "/v1/partnerships?status=active",
    "/v1/people",
    "/v1/people?q=sam",
    "/v1/documents?limit=100",
    "/v1/connections?from=E07000037&to=E07000033",
    "/v1/connections?from=BAB&to=ESK&max_hops=4",
    "/v1/connections?from=BAB&to=MSU&as_of=2019-01-01",
    "/v1/connections?from=BAB&to=XXX",
]


def _answer(client: TestClient, path: str) -> tuple[int, object]:
    response = client.get(path)
    return response.status_code, response.json()


@pytest.mark.parametrize("path", QUESTIONS)
def test_both_backends_give_the_same_answer(
    path: str, embedded_api: TestClient, neo4j_api: TestClient
) -> None:
    assert _answer(neo4j_api, path) == _answer(embedded_api, path)


def _ids(client: TestClient, path: str) -> list[str]:
    response = client.get(path)
    assert response.status_code == 200, response.text
    return [item["id"] for item in response.json()["data"]]


@pytest.mark.parametrize("collection", ["partnerships", "people", "documents"])
def test_every_record_reads_the_same(
    collection: str, embedded_api: TestClient, neo4j_api: TestClient
) -> None:
    ids = _ids(embedded_api, f"/v1/{collection}?limit=500")
    assert ids, f"the contract data has no {collection}: nothing would be compared"
    assert _ids(neo4j_api, f"/v1/{collection}?limit=500") == ids
    for identifier in ids:
        for suffix in ("", "?as_of=2015-01-01") if collection != "documents" else ("",):
            path = f"/v1/{collection}/{identifier}{suffix}"
            assert _answer(neo4j_api, path) == _answer(embedded_api, path), path


def test_every_council_with_relationships_reads_the_same(
    embedded_api: TestClient, neo4j_api: TestClient
) -> None:
    members = {
        council["id"]
        for partnership in embedded_api.get("/v1/partnerships?limit=500").json()["data"]
        for council in partnership.get("members", [])
    }
    assert members
    for council in sorted(members):
        path = f"/v1/councils/{council}/relationships"
        assert _answer(neo4j_api, path) == _answer(embedded_api, path), path


def test_health_names_the_backend(neo4j_api: TestClient) -> None:
    assert neo4j_api.get("/healthz").json() == {"status": "ok", "backend": "neo4j"}
