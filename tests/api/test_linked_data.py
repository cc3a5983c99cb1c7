"""Councils, partnerships and people as RDF by content negotiation, and the published
JSON-LD context; parsed with rdflib, compared as graphs."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic
from served import serving

from graph.vocab import CG, ORG, SKOS

BOLSOVER = URIRef("https://w3id.org/councilgraph/id/council/BOS")
TURTLE = {"Accept": "text/turtle"}
JSON_LD = {"Accept": "application/ld+json"}


def rdf(client: TestClient, path: str, headers: dict[str, str]) -> Graph:
    response = client.get(path, headers=headers)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith(headers["Accept"])
    if headers is TURTLE:
        return Graph().parse(data=response.text, format="turtle")
    document = response.json()
    assert document["@context"] == "http://testserver/v1/context.jsonld"
    document["@context"] = client.get("/v1/context.jsonld").json()["@context"]
    return Graph().parse(data=json.dumps(document), format="json-ld")


def test_a_council_as_turtle_carries_its_gss_code(api_client: TestClient) -> None:
    graph = rdf(api_client, "/v1/councils/E07000033", TURTLE)
    assert (BOLSOVER, CG.gssCode, Literal("E07000033")) in graph
    assert (BOLSOVER, SKOS.prefLabel, Literal("Bolsover District Council")) in graph
    county = graph.value(BOLSOVER, CG.county)
    assert graph.value(county, SKOS.prefLabel) == Literal("Derbyshire County Council")


def test_json_ld_with_the_published_context_is_the_same_graph(api_client: TestClient) -> None:
    turtle = rdf(api_client, "/v1/councils/BOS", TURTLE)
    json_ld = rdf(api_client, "/v1/councils/BOS", JSON_LD)
    assert (BOLSOVER, CG.gssCode, Literal("E07000033")) in json_ld
    assert isomorphic(turtle, json_ld)


def test_a_partnership_and_a_person_as_rdf(api_client: TestClient) -> None:
    listed = api_client.get("/v1/partnerships", params={"member": "BAB", "as_of": "2021-06-01"})
    partnership = listed.json()["data"][0]["id"]
    graph = rdf(api_client, f"/v1/partnerships/{partnership}", TURTLE)
    members = {graph.value(m, ORG.member) for m in graph.subjects(ORG.organization, None)}
    babergh = URIRef("https://w3id.org/councilgraph/id/council/BAB")
    assert babergh in members and len(members) == 3  # with the council that declined

    person = api_client.get("/v1/people", params={"q": "Sample"}).json()["data"][0]["id"]
    people = rdf(api_client, f"/v1/people/{person}", JSON_LD)
    assert Literal("Sam Sample") in set(people.objects(None, SKOS.prefLabel))


def test_json_stays_the_default(api_client: TestClient) -> None:
    for accept in (None, "*/*", "application/json", "text/html,*/*;q=0.8"):
        headers = {"Accept": accept} if accept else {}
        response = api_client.get("/v1/councils/BOS", headers=headers)
        assert response.headers["content-type"] == "application/json", accept
        assert response.json()["gss"] == "E07000033"


def test_q_values_choose_between_representations(api_client: TestClient) -> None:
    headers = {"Accept": "application/json;q=0.5, text/turtle;q=0.9, application/ld+json;q=0.8"}
    response = api_client.get("/v1/councils/BOS", headers=headers)
    assert response.headers["content-type"].startswith("text/turtle")


def test_an_unsupported_accept_is_406_and_an_unknown_id_still_404(
    api_client: TestClient,
) -> None:
    refused = api_client.get("/v1/councils/BOS", headers={"Accept": "image/png"})
    assert refused.status_code == 406
    assert refused.json()["type"].endswith("/not-acceptable")
    missing = api_client.get("/v1/councils/NOWHERE", headers=TURTLE)
    assert missing.status_code == 404


def test_the_context_names_ontology_terms(api_client: TestClient) -> None:
    response = api_client.get("/v1/context.jsonld")
    assert response.headers["content-type"] == "application/ld+json"
    context = response.json()["@context"]
    assert context["cg"] == str(CG._NS)
    assert context["county"] == {"@id": "cg:county", "@type": "@id"}
    assert context["gssCode"] == "cg:gssCode"


@pytest.fixture(scope="module")
def server(built_store: Path) -> Iterator[str]:
    with serving(built_store) as base:
        yield base


def test_rdflib_reads_json_ld_fetching_the_context_itself(server: str) -> None:
    response = httpx.get(f"{server}/v1/councils/BOS", headers=JSON_LD)
    assert response.json()["@context"] == f"{server}/v1/context.jsonld"
    graph = Graph().parse(data=response.text, format="json-ld", base=f"{server}/")
    assert (BOLSOVER, CG.gssCode, Literal("E07000033")) in graph
