"""Every {id} route of the relationship API: unknown and odd ids are 404 or 422 problems,
never 500."""

import pytest
from fastapi.testclient import TestClient

ROUTES = [
    "/v1/councils/{id}/relationships",
    "/v1/partnerships/{id}",
    "/v1/people/{id}",
    "/v1/documents/{id}",
]
ODD_IDS = ["nope", "0000000000", "E99999999", "%C3%A9t%C3%A9", "%00", "..", "a%20b", "'%3B--"]


@pytest.mark.parametrize("route", ROUTES)
@pytest.mark.parametrize("odd", ODD_IDS)
def test_an_unknown_id_is_a_404_problem(corpus_client: TestClient, route: str, odd: str) -> None:
    response = corpus_client.get(route.format(id=odd))
    assert response.status_code == 404, response.text
    assert response.headers["content-type"] == "application/problem+json"
    body = response.json()
    assert body["type"] == "https://w3id.org/councilgraph/problems/not-found"
    assert body["status"] == 404


@pytest.mark.parametrize("route", ROUTES)
def test_an_overlong_id_is_a_422_naming_it(corpus_client: TestClient, route: str) -> None:
    response = corpus_client.get(route.format(id="A" * 100))
    assert response.status_code == 422
    assert [e["field"] for e in response.json()["errors"]] == ["id"]


def test_openapi_documents_every_relationship_endpoint_with_examples(
    corpus_client: TestClient,
) -> None:
    spec = corpus_client.get("/openapi.json").json()
    paths = {
        "/v1/shared-chief-executives",
        "/v1/councils/{id}/relationships",
        "/v1/partnerships",
        "/v1/partnerships/{id}",
        "/v1/people",
        "/v1/people/{id}",
        "/v1/connections",
        "/v1/documents",
        "/v1/documents/{id}",
    }
    assert paths <= set(spec["paths"])
    for path in paths:
        operation = spec["paths"][path]["get"]
        assert "422" in operation["responses"], path
        assert path.endswith("/{id}") <= ("404" in operation["responses"]), path
        model = operation["responses"]["200"]["content"]["application/json"]["schema"]["$ref"]
        assert spec["components"]["schemas"][model.rsplit("/", 1)[-1]]["examples"], path
