"""/v1/people and /v1/people/{id} on the real register and corpus."""

from fastapi.testclient import TestClient
from fixtures_corpus import GoldDocument

from graph.ids import normalise_name


def people(client: TestClient, **params: str) -> dict:
    response = client.get("/v1/people", params={"limit": "500", **params})
    assert response.status_code == 200, response.text
    return response.json()


def test_people_the_gold_names_as_leaders_are_listed_with_their_council(
    corpus_client: TestClient, corpus_gold: list[GoldDocument]
) -> None:
    listed = {
        (normalise_name(p["name"]), role, c["gss"])
        for p in people(corpus_client)["data"]
        for role in p["roles"]
        for c in p["councils"]
    }
    leaders = {
        (normalise_name(p["name"]), p["role"], p["council"])
        for doc in corpus_gold
        for p in doc.gold["people"]  # type: ignore[attr-defined]
        if p["role"] == "leader" and p["council"]
    }
    found = leaders & listed
    assert len(found) >= len(leaders) // 2, sorted(leaders - listed)


def test_a_name_search_and_a_person_in_full(corpus_client: TestClient) -> None:
    everyone = people(corpus_client)
    names = [(normalise_name(p["name"]), p["id"]) for p in everyone["data"]]
    assert names == sorted(names)
    first = everyone["data"][0]
    part = first["name"].split()[-1][:4].upper()
    matching = people(corpus_client, q=part)
    assert first in matching["data"]
    assert all(part.casefold() in p["name"].casefold() for p in matching["data"])
    detail = corpus_client.get(f"/v1/people/{first['id']}", params={"as_of": "2030-01-01"}).json()
    assert detail["id"] == first["id"] and detail["posts"]
    assert {p["role"] for p in detail["posts"]} == set(first["roles"])
    assert all(post["evidence"] for post in detail["posts"])


def test_posts_are_left_out_before_they_began(corpus_client: TestClient) -> None:
    person = people(corpus_client)["data"][0]
    detail = corpus_client.get(f"/v1/people/{person['id']}", params={"as_of": "1900-01-01"})
    assert detail.json()["posts"] == [] or all(p["start"] is None for p in detail.json()["posts"])
