"""/v1/councils/{id}/relationships on the real register and corpus."""

import pytest
from fastapi.testclient import TestClient

BOLSOVER = "E07000033"


def relationships(client: TestClient, council: str, **params: str) -> list[dict]:
    response = client.get(f"/v1/councils/{council}/relationships", params=params)
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["count"] == len(body["data"])
    return body["data"]


def test_bolsover_in_2012_shares_a_chief_executive_and_sits_in_derbyshire(
    corpus_client: TestClient,
) -> None:
    found = relationships(corpus_client, BOLSOVER, as_of="2012-01-01")
    kinds = {r["kind"] for r in found}
    assert {"partnership", "shared_post", "county"} <= kinds
    shared = [r for r in found if r["kind"] == "shared_post" and r["role"] == "chief_executive"]
    assert [c["id"] for r in shared for c in r["councils"]] == ["NED"]
    county = next(r for r in found if r["kind"] == "county")
    assert [c["id"] for c in county["councils"]] == ["DBY"]
    assert county["evidence"] == [
        {
            "document": {
                "id": "register",
                "title": "mySociety UK local authority register",
                "url": "https://github.com/mysociety/uk_local_authority_names_and_codes",
                "date": None,
            },
            "quote": None,
            "span": None,
            "rule": "register",
            "confidence": 1.0,
            "page": None,
        }
    ]
    assert all(r["evidence"] for r in found)


def test_a_partnership_membership_lists_the_other_members(corpus_client: TestClient) -> None:
    found = relationships(corpus_client, BOLSOVER, as_of="2012-01-01", kind="partnership")
    assert found and {r["kind"] for r in found} == {"partnership"}
    for relationship in found:
        assert relationship["partnership"]["id"]
        assert "BOS" not in {c["id"] for c in relationship["councils"]}
    assert any({c["id"] for c in r["councils"]} == {"NED"} for r in found)


def test_relationships_come_in_kind_order(corpus_client: TestClient) -> None:
    order = [
        "partnership",
        "shared_post",
        "county",
        "district",
        "combined_authority",
        "constituent",
        "predecessor",
        "successor",
    ]
    found = relationships(corpus_client, BOLSOVER, as_of="2012-01-01")
    ranks = [order.index(r["kind"]) for r in found]
    assert ranks == sorted(ranks)


def test_a_county_lists_its_districts_while_they_exist(corpus_client: TestClient) -> None:
    before = relationships(corpus_client, "NTH", as_of="2020-01-01", kind="district")
    after = relationships(corpus_client, "NTH", as_of="2022-01-01", kind="district")
    assert len(before) == 7
    assert after == []


def test_reorganisations_give_successors_from_their_effective_date(
    corpus_client: TestClient,
) -> None:
    successors = relationships(corpus_client, "NTH", as_of="2022-01-01", kind="successor")
    assert {c["id"] for r in successors for c in r["councils"]} == {"NNT", "WNT"}
    assert {r["start"] for r in successors} == {"2021-04-01"}
    assert relationships(corpus_client, "NTH", as_of="2020-01-01", kind="successor") == []
    predecessors = relationships(corpus_client, "NNT", as_of="2022-01-01", kind="predecessor")
    assert {"COR", "KET", "NTH"} <= {c["id"] for r in predecessors for c in r["councils"]}


def test_as_of_before_an_arrangement_leaves_it_out(corpus_client: TestClient) -> None:
    found = relationships(corpus_client, BOLSOVER, as_of="2010-01-01")
    assert "shared_post" not in {r["kind"] for r in found}


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"kind": "friendship"}, "kind"),
        ({"as_of": "2012-13-01"}, "as_of"),
        ({"limit": "0"}, "limit"),
    ],
)
def test_bad_parameters_are_422_naming_the_field(
    corpus_client: TestClient, params: dict[str, str], field: str
) -> None:
    response = corpus_client.get(f"/v1/councils/{BOLSOVER}/relationships", params=params)
    assert response.status_code == 422
    assert [e["field"] for e in response.json()["errors"]] == [field]
