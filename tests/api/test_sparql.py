"""/v1/sparql: the SPARQL 1.1 protocol over the session store, read-only, with its limits.
The time limit is tested on a real `councilgraph serve`, as a runaway query would meet it."""

from __future__ import annotations

import csv
import io
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient
from rdflib import Graph, Literal, URIRef
from served import serving

from api.app import create_app
from councilgraph.settings import Settings
from graph.embedded_repository import EmbeddedRepository
from graph.vocab import CG, SKOS

PREFIXES = f"PREFIX cg: <{CG._NS}>\nPREFIX skos: <{SKOS._NS}>\n"
NORTHAMPTONSHIRE_DISTRICTS = (
    PREFIXES + 'SELECT ?name WHERE { ?c cg:county/cg:registerCode "NTH" ; skos:prefLabel ?name }'
    " ORDER BY ?name"
)
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
TIME_LIMIT = 2.0


def names(response: httpx.Response) -> list[str]:
    return [row["name"]["value"] for row in response.json()["results"]["bindings"]]


def test_select_answers_sparql_json(api_client: TestClient) -> None:
    response = api_client.get("/v1/sparql", params={"query": NORTHAMPTONSHIRE_DISTRICTS})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/sparql-results+json"
    assert "Corby Borough Council" in names(response) and len(names(response)) == 7
    assert response.headers["x-results-truncated"] == "false"


def test_a_query_can_be_posted_as_a_form_or_as_a_body(api_client: TestClient) -> None:
    form = api_client.post("/v1/sparql", data={"query": NORTHAMPTONSHIRE_DISTRICTS})
    body = api_client.post(
        "/v1/sparql",
        content=NORTHAMPTONSHIRE_DISTRICTS,
        headers={"Content-Type": "application/sparql-query"},
    )
    assert form.status_code == body.status_code == 200
    assert names(form) == names(body) and len(names(form)) == 7


def test_ask_answers_a_boolean(api_client: TestClient) -> None:
    yes = PREFIXES + 'ASK { ?c cg:registerCode "BAB" }'
    no = PREFIXES + 'ASK { ?c cg:registerCode "NOWHERE" }'
    assert api_client.get("/v1/sparql", params={"query": yes}).json()["boolean"] is True
    assert api_client.get("/v1/sparql", params={"query": no}).json()["boolean"] is False


def test_construct_answers_turtle(api_client: TestClient) -> None:
    query = PREFIXES + 'CONSTRUCT WHERE { ?c cg:registerCode "COR" ; skos:prefLabel ?name }'
    response = api_client.get("/v1/sparql", params={"query": query})
    assert response.headers["content-type"].startswith("text/turtle")
    graph = Graph().parse(data=response.text, format="turtle")
    assert (None, SKOS.prefLabel, Literal("Corby Borough Council")) in graph


def test_describe_and_other_rdf_formats(api_client: TestClient) -> None:
    query = "DESCRIBE <https://w3id.org/councilgraph/id/council/COR>"
    for media_type, rdflib_format in (
        ("application/n-triples", "nt"),
        ("application/ld+json", "json-ld"),
        ("application/rdf+xml", "xml"),
    ):
        response = api_client.get(
            "/v1/sparql", params={"query": query}, headers={"Accept": media_type}
        )
        assert response.status_code == 200, response.text
        graph = Graph().parse(data=response.text, format=rdflib_format)
        corby = URIRef("https://w3id.org/councilgraph/id/council/COR")
        assert (corby, CG.gssCode, Literal("E07000150")) in graph, media_type


def test_results_as_csv_tsv_and_xml(api_client: TestClient) -> None:
    def ask(accept: str) -> str:
        response = api_client.get(
            "/v1/sparql", params={"query": NORTHAMPTONSHIRE_DISTRICTS}, headers={"Accept": accept}
        )
        assert response.status_code == 200
        return response.text

    rows = list(csv.DictReader(io.StringIO(ask("text/csv"))))
    assert "Corby Borough Council" in {row["name"] for row in rows}
    assert ask("text/tab-separated-values").splitlines()[0] == "?name"
    results = ET.fromstring(ask("application/sparql-results+xml"))
    assert len(results.findall(".//{http://www.w3.org/2005/sparql-results#}result")) == 7


@pytest.mark.parametrize(
    "update",
    [
        "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
        "PREFIX x: <urn:x#> DELETE WHERE { ?s ?p ?o }",
        "LOAD <http://example.org/data.ttl>",
        "DROP ALL",
        "CLEAR GRAPH <https://w3id.org/councilgraph/id/graph/register>",
    ],
)
def test_updates_are_rejected_with_400(api_client: TestClient, update: str) -> None:
    response = api_client.get("/v1/sparql", params={"query": update})
    assert response.status_code == 400
    assert response.json()["type"].endswith("/update-not-allowed")
    posted = api_client.post("/v1/sparql", data={"update": update})
    assert posted.status_code == 400
    as_update = api_client.post(
        "/v1/sparql", content=update, headers={"Content-Type": "application/sparql-update"}
    )
    assert as_update.status_code == 400
    still = api_client.get("/v1/sparql", params={"query": NORTHAMPTONSHIRE_DISTRICTS})
    assert len(names(still)) == 7


def test_service_is_rejected(api_client: TestClient) -> None:
    query = "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"
    response = api_client.get("/v1/sparql", params={"query": query})
    assert response.status_code == 400
    assert "SERVICE" in response.json()["detail"]


def test_a_malformed_query_is_400_with_the_parsers_message(api_client: TestClient) -> None:
    response = api_client.get("/v1/sparql", params={"query": "SELECT * WHERE { ?s ?p "})
    assert response.status_code == 400
    assert response.json()["type"].endswith("/invalid-query")
    assert "error at 1:" in response.json()["detail"]


def test_an_unacceptable_format_is_406(api_client: TestClient) -> None:
    query = "CONSTRUCT WHERE { ?s ?p ?o } LIMIT 1"
    response = api_client.get("/v1/sparql", params={"query": query}, headers={"Accept": "text/csv"})
    assert response.status_code == 406


def test_answers_stop_at_the_row_limit_and_say_so(
    built_store: Path, repository: EmbeddedRepository
) -> None:
    app = create_app(Settings(store=built_store, sparql_row_limit=5), repository)
    with TestClient(app) as client:
        rows = client.get("/v1/sparql", params={"query": NORTHAMPTONSHIRE_DISTRICTS})
        assert len(names(rows)) == 5
        assert rows.headers["x-results-truncated"] == "true"
        assert rows.headers["x-row-limit"] == "5"
        triples = client.get("/v1/sparql", params={"query": "CONSTRUCT WHERE { ?s ?p ?o }"})
        assert len(Graph().parse(data=triples.text, format="turtle")) == 5
        assert triples.headers["x-results-truncated"] == "true"


@pytest.fixture(scope="module")
def limited_server(built_store: Path) -> Iterator[str]:
    with serving(built_store, sparql_timeout_s=str(TIME_LIMIT)) as base:
        yield base


def test_a_runaway_query_is_stopped_at_the_time_limit(limited_server: str) -> None:
    started = time.monotonic()
    response = httpx.get(f"{limited_server}/v1/sparql", params={"query": RUNAWAY}, timeout=60)
    elapsed = time.monotonic() - started
    assert response.status_code == 504
    problem = response.json()
    assert problem["type"].endswith("/query-timeout")
    assert "2 s" in problem["detail"] and "COUNCILGRAPH_SPARQL_TIMEOUT_S" in problem["detail"]
    assert TIME_LIMIT <= elapsed < TIME_LIMIT + 3
    after = httpx.get(f"{limited_server}/v1/sparql", params={"query": NORTHAMPTONSHIRE_DISTRICTS})
    assert after.status_code == 200 and len(names(after)) == 7  # a fresh worker took over
