"""POST /v1/documents against a real `councilgraph serve` with writes enabled, over real HTTP.

The documents are written here: an invented press item about two neighbouring districts
(Melton and Rushcliffe) agreeing to share a chief executive.
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from fixtures_store import build_store
from served import CLI, serving

from loaders.register_reader import Register

KEY = "test-key-0123456789abcdef"
LIMIT = 64 * 1024
PRESS_ITEM = """Districts to share a chief executive

Published 3 March 2025

Melton Borough Council and Rushcliffe Borough Council have agreed to share a chief executive \
from 1 June 2025. Both councils approved the arrangement at meetings this week.
"""
OTHER_ITEM = """Shared leadership approved

Melton Borough Council and Rushcliffe Borough Council will share a chief executive, \
councillors agreed on 10 March 2025.
"""
BEARER = {"Authorization": f"Bearer {KEY}"}


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, register: Register) -> Iterator[str]:
    store = tmp_path_factory.mktemp("writable") / "store"
    build_store(store, register)
    settings = {"write_enabled": "true", "api_keys": f'["{KEY}"]'}
    with serving(store, max_document_bytes=str(LIMIT), **settings) as base:
        yield base


def post(server: str, body: dict | None = None, **kwargs: object) -> httpx.Response:
    return httpx.post(f"{server}/v1/documents", json=body, timeout=30, **kwargs)  # type: ignore[arg-type]


def quad_count(server: str) -> int:
    query = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    answer = httpx.get(f"{server}/v1/sparql", params={"query": query}, timeout=30).json()
    return int(answer["results"]["bindings"][0]["n"]["value"])


def test_a_posted_press_item_adds_its_shared_chief_executive(server: str) -> None:
    response = post(
        server, {"text": PRESS_ITEM, "url": "https://example.org/press/1"}, headers=BEARER
    )
    assert response.status_code == 201, response.text
    body = response.json()
    assert response.headers["location"] == f"/v1/documents/{body['id']}"
    [fact] = [f for f in body["document"]["facts"] if f["kind"] == "shared_post"]
    assert {c["id"] for c in fact["councils"]} == {"MEL", "RUS"}
    assert fact["role"] == "chief_executive" and fact["start"] == "2025-06-01"
    assert any("agreed to share a chief executive" in e["quote"] for e in fact["evidence"])

    related = httpx.get(
        f"{server}/v1/councils/E07000133/relationships",
        params={"kind": "shared_post", "as_of": "2025-07-01"},
    ).json()
    [shared] = [
        r for r in related["data"] if body["id"] in {e["document"]["id"] for e in r["evidence"]}
    ]
    assert [c["id"] for c in shared["councils"]] == ["RUS"]
    assert shared["evidence"][0]["document"]["url"] == "https://example.org/press/1"
    before_start = httpx.get(
        f"{server}/v1/councils/MEL/relationships",
        params={"kind": "shared_post", "as_of": "2025-01-01"},
    ).json()
    assert all(body["id"] not in str(r["evidence"]) for r in before_start["data"])

    document = httpx.get(f"{server}{response.headers['location']}").json()
    assert document["facts"] == body["document"]["facts"]


def test_posting_the_same_text_again_adds_nothing(server: str) -> None:
    first = post(server, {"text": OTHER_ITEM}, headers=BEARER)
    assert first.status_code in (200, 201), first.text
    quads, documents = quad_count(server), httpx.get(f"{server}/v1/documents").json()["count"]

    files = {"file": ("shared.txt", OTHER_ITEM.encode(), "text/plain")}
    again = httpx.post(f"{server}/v1/documents", files=files, headers={"X-API-Key": KEY})
    assert again.status_code == 200, again.text
    assert again.json()["created"] is False and again.json()["id"] == first.json()["id"]
    assert quad_count(server) == quads
    assert httpx.get(f"{server}/v1/documents").json()["count"] == documents


def test_sparql_sees_a_document_as_soon_as_it_is_written(server: str) -> None:
    text = PRESS_ITEM.replace("3 March", "4 March")
    created = post(server, {"text": text}, headers=BEARER).json()["id"]
    query = f'ASK {{ ?d <https://schema.org/identifier> "{created}" }}'
    answer = httpx.get(f"{server}/v1/sparql", params={"query": query}).json()
    assert answer["boolean"] is True


@pytest.mark.parametrize(
    "headers",
    [{}, {"Authorization": "Bearer not-the-key-0123456789"}, {"X-API-Key": KEY[:-1] + "X"}],
    ids=["no key", "wrong bearer", "wrong X-API-Key"],
)
def test_a_write_without_the_right_key_is_401(server: str, headers: dict[str, str]) -> None:
    response = post(server, {"text": PRESS_ITEM}, headers=headers)
    assert response.status_code == 401
    assert response.headers["content-type"] == "application/problem+json"
    assert response.headers["www-authenticate"].startswith("Bearer")
    assert response.json()["type"].endswith("/unauthorized")


def test_an_oversized_body_is_413_by_its_length_or_while_read(server: str) -> None:
    big = "Melton Borough Council. " * (3 * LIMIT // 24)
    declared = post(server, {"text": big}, headers=BEARER)
    assert declared.status_code == 413, declared.text

    def chunks() -> Iterator[bytes]:  # no Content-Length: the server must count
        yield b'{"text": "'
        for _ in range(200):
            yield b"x" * 1024
        yield b'"}'

    streamed = httpx.post(
        f"{server}/v1/documents",
        content=chunks(),
        headers={**BEARER, "Content-Type": "application/json"},
    )
    assert streamed.status_code == 413
    assert streamed.json()["type"].endswith("/document-too-large")


def test_a_file_over_the_document_limit_is_413(server: str) -> None:
    data = ("Rushcliffe Borough Council met. " * (LIMIT // 30 + 100)).encode()
    assert LIMIT < len(data) < LIMIT + 60_000  # within the body allowance, over the document's
    response = httpx.post(
        f"{server}/v1/documents", files={"file": ("big.txt", data, "text/plain")}, headers=BEARER
    )
    assert response.status_code == 413


def test_an_image_is_415(server: str) -> None:
    png = b"\x89PNG\r\n\x1a\n" + bytes(200)
    files = {"file": ("photo.png", png, "image/png")}
    response = httpx.post(f"{server}/v1/documents", files=files, headers=BEARER)
    assert response.status_code == 415
    assert "image/png" in response.json()["detail"]
    raw = httpx.post(
        f"{server}/v1/documents", content=png, headers={**BEARER, "Content-Type": "image/png"}
    )
    assert raw.status_code == 415


@pytest.mark.parametrize(
    ("files", "reason"),
    [
        ({"file": ("blank.txt", b"  \n\n  ", "text/plain")}, "whitespace"),
        ({"file": ("data.bin", bytes(range(256)) * 4, "application/octet-stream")}, "data.bin"),
    ],
    ids=["empty", "binary"],
)
def test_an_unreadable_document_is_422_with_its_reason(
    server: str, files: dict, reason: str
) -> None:
    response = httpx.post(f"{server}/v1/documents", files=files, headers=BEARER)
    assert response.status_code == 422
    assert reason in response.json()["detail"]


def test_bad_fields_are_422_naming_the_field(server: str) -> None:
    unknown = post(server, {"text": PRESS_ITEM, "publisher": "NOPE"}, headers=BEARER)
    assert unknown.status_code == 422
    assert unknown.json()["errors"][0]["field"] == "publisher"
    missing = post(server, {"title": "no text"}, headers=BEARER)
    assert missing.status_code == 422
    assert missing.json()["errors"][0]["field"] == "text"


def test_a_read_only_server_refuses_writes_with_403(api_client) -> None:  # noqa: ANN001
    response = api_client.post("/v1/documents", json={"text": PRESS_ITEM}, headers=BEARER)
    assert response.status_code == 403
    assert response.json()["type"].endswith("/writes-disabled")


def test_serve_refuses_writes_without_a_key(built_store: Path) -> None:
    result = subprocess.run(
        [str(CLI), "serve", "--store", str(built_store)],
        env={"COUNCILGRAPH_WRITE_ENABLED": "true", "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.returncode == 2
    assert "COUNCILGRAPH_API_KEYS" in result.stderr and "Traceback" not in result.stderr
