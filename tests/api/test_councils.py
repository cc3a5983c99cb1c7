"""/v1/councils over HTTP (FastAPI TestClient on the session store)."""

import pytest
from fastapi.testclient import TestClient

PRINCIPAL_2025 = {
    "county": 21,
    "non_metropolitan_district": 164,
    "unitary": 63,
    "metropolitan_district": 36,
    "london_borough": 32,
    "city_corporation": 1,
}


def total(client: TestClient, **params: str) -> int:
    response = client.get("/v1/councils", params={"limit": "1", **params})
    assert response.status_code == 200, response.text
    return response.json()["count"]


@pytest.mark.parametrize(("council_type", "expected"), PRINCIPAL_2025.items())
def test_principal_councils_in_june_2025(
    api_client: TestClient, council_type: str, expected: int
) -> None:
    assert total(api_client, type=council_type, as_of="2025-06-01") == expected


def test_317_principal_councils_14_combined_authorities_and_the_gla(
    api_client: TestClient,
) -> None:
    counts = {t: total(api_client, type=t, as_of="2025-06-01") for t in PRINCIPAL_2025}
    assert sum(counts.values()) == 317
    assert total(api_client, type="combined_authority", as_of="2025-06-01") == 14
    assert total(api_client, type="regional_authority", as_of="2025-06-01") == 1


def test_333_principal_councils_in_january_2022(api_client: TestClient) -> None:
    counts = {t: total(api_client, type=t, as_of="2022-01-01") for t in PRINCIPAL_2025}
    assert counts["county"] == 24
    assert counts["non_metropolitan_district"] == 181
    assert sum(counts.values()) == 333


def test_a_list_item_has_the_documented_fields(api_client: TestClient) -> None:
    body = api_client.get("/v1/councils", params={"q": "E07000150", "as_of": "2020-01-01"}).json()
    assert body == {
        "data": [
            {
                "id": "COR",
                "gss": "E07000150",
                "name": "Corby Borough Council",
                "type": "non_metropolitan_district",
                "tier": "lower",
                "county": "NTH",
                "start": None,
                "end": "2021-04-01",
            }
        ],
        "count": 1,
    }


def test_the_default_date_is_today(api_client: TestClient) -> None:
    assert total(api_client, q="Northamptonshire County") == 0
    assert total(api_client, q="North Northamptonshire") == 1


def test_one_council_with_its_neighbours_by_gss_code(api_client: TestClient) -> None:
    body = api_client.get("/v1/councils/E10000021").json()
    assert body["id"] == "NTH"
    assert body["same_as"] == "http://statistics.data.gov.uk/id/statistical-geography/E10000021"
    assert [c["id"] for c in body["successors"]] == ["NNT", "WNT"]
    assert len(body["districts"]) == 7
    assert body["county"] is None


def test_a_district_names_its_county_and_a_borough_its_combined_authority(
    api_client: TestClient,
) -> None:
    assert api_client.get("/v1/councils/COR").json()["county"]["id"] == "NTH"
    authority = api_client.get("/v1/councils/BIR").json()["combined_authority"]
    assert authority["type"] == "combined_authority"
