"""/v1/partnerships and /v1/partnerships/{id} on the real register and corpus."""

import pytest
from corpus_checks import quotes_its_document
from fastapi.testclient import TestClient


def partnerships(client: TestClient, **params: str) -> list[dict]:
    response = client.get("/v1/partnerships", params={"limit": "500", **params})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["count"] == len(body["data"])
    return body["data"]


def test_bolsover_and_north_east_derbyshire_are_allied_in_2012(corpus_client: TestClient) -> None:
    found = partnerships(
        corpus_client, member="E07000033", kind="strategic_alliance", as_of="2012-01-01"
    )
    assert [{c["id"] for c in p["members"]} for p in found] == [{"BOS", "NED"}]
    assert found[0]["start"] <= "2012-01-01"


def test_filters_narrow_the_list(corpus_client: TestClient) -> None:
    everything = partnerships(corpus_client, as_of="2021-01-01")
    networks = partnerships(corpus_client, as_of="2021-01-01", kind="network")
    active = partnerships(corpus_client, as_of="2021-01-01", status="active")
    assert networks and {p["kind"] for p in networks} == {"network"}
    assert active and {p["status"] for p in active} == {"active"}
    assert len(networks) < len(everything) and len(active) < len(everything)
    names = [(p["name"].casefold(), p["id"]) for p in everything]
    assert names == sorted(names)


def test_a_partnership_in_full_with_evidence_quoting_its_documents(
    corpus_client: TestClient,
) -> None:
    summary = partnerships(corpus_client, member="E07000033", as_of="2012-01-01")[0]
    response = corpus_client.get(
        f"/v1/partnerships/{summary['id']}", params={"as_of": "2012-01-01"}
    )
    assert response.status_code == 200
    detail = response.json()
    assert detail["name"] in detail["names"]
    assert [m["council"]["id"] for m in detail["members"]] == [c["id"] for c in summary["members"]]
    assert detail["evidence"] and all(m["evidence"] for m in detail["members"])
    assert all(quotes_its_document(corpus_client, e) for e in detail["evidence"])


def test_a_council_that_declined_is_listed_apart(corpus_client: TestClient) -> None:
    declining = [
        p
        for p in partnerships(corpus_client, as_of="2021-01-01")
        if corpus_client.get(f"/v1/partnerships/{p['id']}").json()["declined"]
    ]
    assert declining, "the corpus states at least one council declining a partnership"
    detail = corpus_client.get(f"/v1/partnerships/{declining[0]['id']}").json()
    declined = {m["council"]["id"] for m in detail["declined"]}
    assert declined.isdisjoint(m["council"]["id"] for m in detail["members"])
    assert {m["status"] for m in detail["declined"]} == {"declined"}


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"kind": "cartel"}, "kind"),
        ({"status": "rumoured"}, "status"),
        ({"member": "ZZZ"}, "member"),
        ({"as_of": "2020-02-31"}, "as_of"),
        ({"limit": "501"}, "limit"),
    ],
)
def test_bad_parameters_are_422_naming_the_field(
    corpus_client: TestClient, params: dict[str, str], field: str
) -> None:
    response = corpus_client.get("/v1/partnerships", params=params)
    assert response.status_code == 422
    assert [e["field"] for e in response.json()["errors"]] == [field]
