"""/v1/shared-chief-executives on the real register and corpus."""

from datetime import date

import pytest
from corpus_checks import documents_sharing_a_chief_executive, group_of, quotes_its_document
from fastapi.testclient import TestClient
from fixtures_corpus import GoldDocument

BOLSOVER, NORTH_EAST_DERBYSHIRE = "E07000033", "E07000038"
BOSTON, EAST_LINDSEY = "E07000136", "E07000137"


def groups(client: TestClient, **params: str) -> list[dict]:
    response = client.get("/v1/shared-chief-executives", params={"limit": "500", **params})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["count"] == len(body["data"])
    return body["data"]


@pytest.mark.parametrize(
    ("pair", "as_of"),
    [((BOLSOVER, NORTH_EAST_DERBYSHIRE), "2012-01-01"), ((BOSTON, EAST_LINDSEY), "2021-01-01")],
)
def test_a_shared_chief_executive_with_evidence_quoting_its_document(
    corpus_client: TestClient, corpus_gold: list[GoldDocument], pair: tuple[str, str], as_of: str
) -> None:
    group = group_of(groups(corpus_client, as_of=as_of), *pair)
    assert group is not None, f"no group of {pair} as of {as_of}"
    assert group["start"] is None or group["start"] <= as_of
    stating = documents_sharing_a_chief_executive(corpus_gold, *pair)
    cited = [e for e in group["evidence"] if e["document"]["id"] in stating]
    assert cited, "no evidence from a document whose gold states the arrangement"
    assert all(quotes_its_document(corpus_client, e) for e in cited)
    assert any("chief executive" in e["quote"].lower() for e in cited)


@pytest.mark.parametrize(
    ("pair", "before"),
    [((BOLSOVER, NORTH_EAST_DERBYSHIRE), "2010-01-01"), ((BOSTON, EAST_LINDSEY), "2019-01-01")],
)
def test_as_of_before_the_arrangement_began_leaves_it_out(
    corpus_client: TestClient, pair: tuple[str, str], before: str
) -> None:
    assert group_of(groups(corpus_client, as_of=before), *pair) is None


def test_the_council_filter_keeps_only_groups_with_that_council(
    corpus_client: TestClient,
) -> None:
    everything = groups(corpus_client, as_of="2021-01-01")
    bolsover = groups(corpus_client, as_of="2021-01-01", council=BOLSOVER)
    assert bolsover
    assert all(BOLSOVER in {c["gss"] for c in g["councils"]} for g in bolsover)
    assert len(bolsover) < len(everything)


def test_groups_are_ordered_by_council_ids_and_pages_agree(corpus_client: TestClient) -> None:
    everything = groups(corpus_client, as_of="2021-01-01")
    keys = [[c["id"] for c in g["councils"]] for g in everything]
    assert keys == sorted(keys)
    assert all(k == sorted(k) for k in keys)
    second = corpus_client.get(
        "/v1/shared-chief-executives", params={"as_of": "2021-01-01", "limit": 1, "offset": 1}
    ).json()
    assert second["data"] == everything[1:2]
    assert second["count"] == len(everything)


def test_the_default_as_of_is_today(corpus_client: TestClient) -> None:
    today = date.today().isoformat()
    assert groups(corpus_client) == groups(corpus_client, as_of=today)


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"as_of": "2012-02-30"}, "as_of"),
        ({"as_of": "yesterday"}, "as_of"),
        ({"council": "NOPE"}, "council"),
        ({"limit": "0"}, "limit"),
        ({"limit": "100000"}, "limit"),
        ({"offset": "-1"}, "offset"),
    ],
)
def test_bad_parameters_are_422_naming_the_field(
    corpus_client: TestClient, params: dict[str, str], field: str
) -> None:
    response = corpus_client.get("/v1/shared-chief-executives", params=params)
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"
    assert [e["field"] for e in response.json()["errors"]] == [field]
