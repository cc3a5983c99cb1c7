"""/v1/connections on the real register and corpus, through TestClient and a real server."""

from datetime import date, timedelta

import httpx
import pytest
from fastapi.testclient import TestClient

HIGH_PEAK, BOLSOVER = "E07000037", "E07000033"


def connect(client: TestClient | httpx.Client, **params: object) -> dict:
    response = client.get("/v1/connections", params=params)
    assert response.status_code == 200, response.text
    return response.json()


def assert_a_well_formed_path(path: dict, source: str, target: str) -> None:
    """Hops chain from source to target, and every relationship of every hop has evidence."""
    hops = path["hops"]
    assert hops and hops[0]["from"]["id"] == source and hops[-1]["to"]["id"] == target
    for before, after in zip(hops, hops[1:], strict=False):
        assert before["to"] == after["from"]
    for hop in hops:
        assert hop["relationships"]
        assert all(r["evidence"] for r in hop["relationships"])


def test_high_peak_to_bolsover_over_real_http(corpus_server: str) -> None:
    with httpx.Client(base_url=corpus_server, timeout=30) as client:
        body = connect(client, **{"from": HIGH_PEAK, "to": BOLSOVER})
    assert body["count"] >= 1 and body["data"]
    lengths = {len(path["hops"]) for path in body["data"]}
    assert len(lengths) == 1, "every path returned is a shortest one"
    for path in body["data"]:
        assert_a_well_formed_path(path, "HIG", "BOS")


def test_paths_are_distinct_and_in_order_of_their_node_ids(corpus_client: TestClient) -> None:
    # High Peak reaches Chesterfield through Derbyshire and through more than one partnership
    params = {"from": HIGH_PEAK, "to": "CHS", "max_hops": 4, "as_of": "2021-01-01"}
    body = connect(corpus_client, **params)
    nodes = [tuple(h["to"]["id"] for h in path["hops"]) for path in body["data"]]
    assert len(nodes) >= 2 and nodes == sorted(set(nodes))
    assert len({len(n) for n in nodes}) == 1
    for path in body["data"]:
        assert_a_well_formed_path(path, "HIG", "CHS")


def test_a_one_hop_limit_finds_only_direct_links(corpus_client: TestClient) -> None:
    direct = connect(corpus_client, **{"from": HIGH_PEAK, "to": BOLSOVER, "max_hops": 1})
    longer = connect(corpus_client, **{"from": HIGH_PEAK, "to": "NTH", "max_hops": 1})
    assert all(len(p["hops"]) == 1 for p in direct["data"])
    assert longer == {"data": [], "count": 0}


def test_unconnected_councils_give_an_empty_list(corpus_client: TestClient) -> None:
    # Orkney and the Isles of Scilly share no partnership, post, county or authority
    body = connect(corpus_client, **{"from": "ORK", "to": "IOS", "max_hops": 4})
    assert body == {"data": [], "count": 0}


def test_a_council_to_a_person(corpus_client: TestClient) -> None:
    people = corpus_client.get("/v1/people", params={"limit": 500}).json()["data"]
    leader = next(p for p in people if "leader" in p["roles"] and p["councils"])
    council = leader["councils"][0]["id"]
    body = connect(corpus_client, **{"from": council, "to": leader["id"], "as_of": "2030-01-01"})
    assert [len(p["hops"]) for p in body["data"]] == [1]
    hop = body["data"][0]["hops"][0]
    assert hop["to"] == {"type": "person", "id": leader["id"], "name": leader["name"]}
    assert {r["kind"] for r in hop["relationships"]} <= {"appointment", "shared_post"}


def test_a_council_to_itself_is_one_empty_path(corpus_client: TestClient) -> None:
    assert connect(corpus_client, **{"from": "BOS", "to": BOLSOVER}) == {
        "data": [{"hops": []}],
        "count": 1,
    }


def partnerships_on_paths(body: dict) -> set[str]:
    return {
        r["partnership"]["id"]
        for path in body["data"]
        for hop in path["hops"]
        for r in hop["relationships"]
        if r["partnership"]
    }


def test_as_of_before_a_partnership_takes_its_hop_away(corpus_client: TestClient) -> None:
    now = connect(corpus_client, **{"from": HIGH_PEAK, "to": BOLSOVER, "as_of": "2021-01-01"})
    dated = [
        r
        for path in now["data"]
        for hop in path["hops"]
        for r in hop["relationships"]
        if r["partnership"] and r["start"]
    ]
    assert dated, "a partnership with a known start links High Peak to Bolsover"
    earliest = min(dated, key=lambda r: r["start"])
    day_before = (date.fromisoformat(earliest["start"]) - timedelta(days=1)).isoformat()
    then = connect(corpus_client, **{"from": HIGH_PEAK, "to": BOLSOVER, "as_of": day_before})
    assert earliest["partnership"]["id"] in partnerships_on_paths(now)
    assert earliest["partnership"]["id"] not in partnerships_on_paths(then)


@pytest.mark.parametrize(
    ("params", "status", "field"),
    [
        ({"from": "HIG", "to": "BOS", "max_hops": 0}, 422, "max_hops"),
        ({"from": "HIG", "to": "BOS", "max_hops": 5}, 422, "max_hops"),
        ({"from": "HIG", "to": "BOS", "max_hops": "many"}, 422, "max_hops"),
        ({"from": "HIG"}, 422, "to"),
        ({"from": "HIG", "to": "BOS", "as_of": "2021-02-29"}, 422, "as_of"),
        ({"from": "HIG", "to": "X" * 65}, 422, "to"),
    ],
)
def test_bad_parameters_are_422_naming_the_field(
    corpus_client: TestClient, params: dict[str, object], status: int, field: str
) -> None:
    response = corpus_client.get("/v1/connections", params=params)
    assert response.status_code == status
    assert [e["field"] for e in response.json()["errors"]] == [field]


@pytest.mark.parametrize("unknown", ["from", "to"])
def test_an_unknown_end_is_a_404_naming_it(corpus_client: TestClient, unknown: str) -> None:
    params = {"from": "HIG", "to": "BOS", unknown: "NOWHERE"}
    response = corpus_client.get("/v1/connections", params=params)
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["id"] == "NOWHERE"
