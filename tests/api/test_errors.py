"""Every error is an RFC 9457 problem with a stable type; malformed input is 4xx, never 5xx."""

import pytest
from fastapi.testclient import TestClient

PROBLEMS = "https://w3id.org/councilgraph/problems/"


def test_an_unknown_council_is_a_404_problem_naming_the_id(api_client: TestClient) -> None:
    response = api_client.get("/v1/councils/XYZ")
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json() == {
        "type": PROBLEMS + "not-found",
        "title": "Not found",
        "status": 404,
        "detail": "no council with id 'XYZ'",
        "instance": "/v1/councils/XYZ",
        "id": "XYZ",
    }


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"as_of": "2025-13-01"}, "as_of"),
        ({"type": "parish"}, "type"),
        ({"tier": "middle"}, "tier"),
        ({"limit": "0"}, "limit"),
        ({"limit": "many"}, "limit"),
        ({"offset": "-1"}, "offset"),
        ({"county": "XYZ"}, "county"),
        ({"q": "x" * 201}, "q"),
    ],
)
def test_a_bad_parameter_is_a_422_problem_naming_the_field(
    api_client: TestClient, params: dict[str, str], field: str
) -> None:
    response = api_client.get("/v1/councils", params=params)
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"
    body = response.json()
    assert body["type"] == PROBLEMS + "invalid-parameter"
    assert body["status"] == 422
    assert [e["field"] for e in body["errors"]] == [field]
    assert field in body["detail"]


@pytest.mark.parametrize(
    "path",
    [
        "/v1/councils/%00",
        "/v1/councils/" + "A" * 300,
        "/v1/councils?as_of=",
        "/v1/councils?limit=99999999999999999999999",
        "/nowhere",
    ],
)
def test_malformed_requests_are_4xx_problems(api_client: TestClient, path: str) -> None:
    response = api_client.get(path)
    assert 400 <= response.status_code < 500
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["status"] == response.status_code


def test_a_wrong_method_is_a_405_problem(api_client: TestClient) -> None:
    response = api_client.delete("/v1/councils/NTH")
    assert response.status_code == 405
    assert response.json()["type"] == PROBLEMS + "method-not-allowed"
