"""Encoded answers (api/answers.py): kept per question and data version, bounded, and never
served once a write has changed the data."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from fixtures_store import build_store

from api.answers import AnswerCache
from api.app import create_app
from councilgraph.settings import Settings
from graph.embedded_repository import EmbeddedRepository
from graph.store import GraphStore
from loaders.register_reader import Register

KEY = "cache-test-key-0123456789"
PRESS_ITEM = (
    "Melton Borough Council and Rushcliffe Borough Council have agreed to share a chief "
    "executive from 1 June 2025."
)


class CountingRepository:
    """The embedded repository, counting the questions that reach it."""

    def __init__(self, inner: EmbeddedRepository) -> None:
        self.inner = inner
        self.asked: Counter[str] = Counter()

    def __getattr__(self, name: str) -> object:
        attribute = getattr(self.inner, name)
        if not callable(attribute) or name in {"version", "check", "close"}:
            return attribute

        def counted(*args: object, **kwargs: object) -> object:
            self.asked[name] += 1
            return attribute(*args, **kwargs)

        return counted


@pytest.fixture
def counted(built_store: Path) -> Iterator[tuple[TestClient, CountingRepository]]:
    store = GraphStore.open(built_store, read_only=True)
    repository = CountingRepository(EmbeddedRepository(store))
    app = create_app(Settings(store=built_store), repository, store)  # type: ignore[arg-type]
    with TestClient(app) as client:
        yield client, repository
    store.close()


def test_a_question_asked_again_is_answered_from_the_cache(
    counted: tuple[TestClient, CountingRepository],
) -> None:
    client, repository = counted
    path = "/v1/councils/MSU/relationships"
    first = client.get(path, params={"as_of": "2021-01-01"})
    again = client.get(path, params={"as_of": "2021-01-01"})
    assert first.status_code == again.status_code == 200
    assert again.content == first.content
    assert again.headers["content-type"] == "application/json"
    assert repository.asked["council_relationships"] == 1


def test_as_of_defaults_to_today_in_the_key(
    counted: tuple[TestClient, CountingRepository],
) -> None:
    client, repository = counted
    unset = client.get("/v1/shared-chief-executives")
    today = client.get("/v1/shared-chief-executives", params={"as_of": date.today().isoformat()})
    assert unset.content == today.content
    assert repository.asked["shared_chief_executives"] == 1
    client.get("/v1/shared-chief-executives", params={"as_of": "2000-01-01"})
    assert repository.asked["shared_chief_executives"] == 2


def test_pages_are_answered_apart(counted: tuple[TestClient, CountingRepository]) -> None:
    client, _ = counted
    first = client.get("/v1/councils", params={"limit": 2}).json()
    second = client.get("/v1/councils", params={"limit": 2, "offset": 2}).json()
    assert first["count"] == second["count"] > 4
    assert not {c["id"] for c in first["data"]} & {c["id"] for c in second["data"]}


def test_rdf_is_not_answered_with_a_cached_json_body(
    counted: tuple[TestClient, CountingRepository],
) -> None:
    client, _ = counted
    assert client.get("/v1/councils/NTH").headers["content-type"] == "application/json"
    turtle = client.get("/v1/councils/NTH", headers={"Accept": "text/turtle"})
    assert turtle.headers["content-type"].startswith("text/turtle")
    assert "@prefix" in turtle.text


def test_an_unknown_id_is_a_404_every_time(
    counted: tuple[TestClient, CountingRepository],
) -> None:
    client, _ = counted
    for _ in range(2):
        response = client.get("/v1/councils/NOPE/relationships")
        assert response.status_code == 404
        assert response.headers["content-type"] == "application/problem+json"


def test_a_write_changes_the_answers_at_once(tmp_path: Path, register: Register) -> None:
    path = tmp_path / "store"
    build_store(path, register)
    settings = Settings(store=path, write_enabled=True, api_keys=[KEY])
    params = {"kind": "shared_post", "as_of": "2025-07-01"}
    with TestClient(create_app(settings)) as client:
        before = client.get("/v1/councils/MEL/relationships", params=params).json()
        documents = client.get("/v1/documents").json()["count"]
        assert before["count"] == 0
        posted = client.post("/v1/documents", json={"text": PRESS_ITEM}, headers={"X-API-Key": KEY})
        assert posted.status_code == 201, posted.text
        after = client.get("/v1/councils/MEL/relationships", params=params).json()
        assert [[c["id"] for c in r["councils"]] for r in after["data"]] == [["RUS"]]
        assert client.get("/v1/documents").json()["count"] == documents + 1


def test_the_cache_keeps_the_most_recently_used_within_its_bytes() -> None:
    cache = AnswerCache(max_bytes=10)
    cache.get(1, "a")  # the first question sets the version
    cache.put(1, "a", b"aaaa")
    cache.put(1, "b", b"bbbb")
    assert cache.get(1, "a") == b"aaaa"  # now b is the least recently used
    cache.put(1, "c", b"cccc")
    assert cache.get(1, "b") is None
    assert (cache.get(1, "a"), cache.get(1, "c")) == (b"aaaa", b"cccc")
    cache.put(1, "big", b"x" * 11)
    assert cache.get(1, "big") is None


def test_a_new_version_empties_the_cache_and_a_late_old_answer_is_not_kept() -> None:
    cache = AnswerCache(max_bytes=100)
    cache.get(1, "a")
    cache.put(1, "a", b"old")
    assert cache.get(2, "a") is None  # a write: the data's version moved on
    cache.put(1, "a", b"old")  # a request that read version 1 before the write
    assert cache.get(2, "a") is None
    cache.put(2, "a", b"new")
    assert cache.get(2, "a") == b"new"
