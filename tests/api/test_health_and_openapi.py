"""/healthz and the OpenAPI document."""

from fastapi.testclient import TestClient


def test_health_reports_the_backend(api_client: TestClient) -> None:
    response = api_client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "backend": "embedded"}


def test_openapi_documents_the_endpoints_with_examples(api_client: TestClient) -> None:
    spec = api_client.get("/openapi.json").json()
    assert {"/healthz", "/v1/councils", "/v1/councils/{id}"} <= set(spec["paths"])
    schemas = spec["components"]["schemas"]
    for name in ("CouncilList", "CouncilDetail", "Problem"):
        assert schemas[name]["examples"], name
    responses = spec["paths"]["/v1/councils/{id}"]["get"]["responses"]
    assert {"200", "404", "422"} <= set(responses)
