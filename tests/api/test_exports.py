"""/v1/export/...: each file parses with the library its users would open it with."""

from __future__ import annotations

import csv
import io

import networkx as nx
from fastapi.testclient import TestClient
from rdflib import Dataset, Graph, Literal, URIRef

from graph import ids
from graph.embedded_repository import EmbeddedRepository
from graph.vocab import CG


def download(client: TestClient, name: str, **params: str) -> bytes:
    response = client.get(f"/v1/export/{name}", params=params)
    assert response.status_code == 200, response.text
    assert 'filename="' in response.headers["content-disposition"]
    return response.content


def test_edges_csv_has_both_names_kinds_and_evidence(api_client: TestClient) -> None:
    rows = list(csv.DictReader(io.StringIO(download(api_client, "edges.csv").decode())))
    by_kind = {}
    for row in rows:
        if row["source_id"] == "BAB" and row["target_id"] == "MSU":
            by_kind[row["kind"]] = row
    alliance, post = by_kind["partnership"], by_kind["shared_post"]
    assert alliance["source_name"] == "Babergh District Council"
    assert alliance["target_name"] == "Mid Suffolk District Council"
    assert alliance["status"] == "active" and alliance["start"] == "2020-07-01"
    assert "https://example.org/agreement" in alliance["evidence_urls"].split(";")
    assert post["role"] == "chief_executive" and post["person_name"] == "Pat Example"
    county = [r for r in rows if r["source_id"] == "BAB" and r["kind"] == "county"]
    assert [r["target_id"] for r in county] == ["SFK"]
    assert not [r for r in rows if r["source_id"] == "MSU" and r["target_id"] == "BAB"]


def test_edges_csv_as_of_leaves_out_what_did_not_hold(api_client: TestClient) -> None:
    text = download(api_client, "edges.csv", as_of="2019-01-01").decode()
    kinds = {(r["source_id"], r["kind"]) for r in csv.DictReader(io.StringIO(text))}
    assert ("BAB", "county") in kinds and ("BAB", "partnership") not in kinds


def _check_network(graph: nx.Graph) -> None:
    assert graph.nodes["council/BAB"]["type"] == "council"
    partnerships = [n for n, d in graph.nodes(data=True) if d["type"] == "partnership"]
    people = [n for n, d in graph.nodes(data=True) if d["type"] == "person"]
    assert len(partnerships) == 1 and people
    members = {n for n in graph.neighbors(partnerships[0]) if n.startswith("council/")}
    assert members == {"council/BAB", "council/MSU", "council/ESK"}
    kinds = {d["kind"] for _, _, d in graph.edges(data=True)}
    assert {"member", "shared_post", "county", "appointment"} <= kinds


def test_graphml_and_gexf_read_in_networkx(api_client: TestClient) -> None:
    graphml = nx.read_graphml(io.BytesIO(download(api_client, "graph.graphml")))
    _check_network(graphml)
    gexf = nx.read_gexf(io.BytesIO(download(api_client, "graph.gexf")))
    assert gexf.nodes["council/BAB"]["label"] == "Babergh District Council"
    _check_network(gexf)
    assert graphml.number_of_nodes() == gexf.number_of_nodes()
    assert graphml.number_of_edges() == gexf.number_of_edges()


def test_rdf_exports_hold_every_quad(
    api_client: TestClient, repository: EmbeddedRepository
) -> None:
    quads = repository.store.quad_count()
    bab = (ids.council("BAB"), CG.gssCode, Literal("E07000200"))

    turtle = Graph().parse(data=download(api_client, "graph.ttl"), format="turtle")
    assert bab in turtle
    n_quads = Dataset().parse(data=download(api_client, "graph.nq"), format="nquads")
    assert len(list(n_quads.quads())) == quads
    assert URIRef(ids.document_graph("doc-agreement")) in {g.identifier for g in n_quads.graphs()}
    json_ld = Dataset().parse(data=download(api_client, "graph.jsonld"), format="json-ld")
    assert len(list(json_ld.quads())) == quads


def test_an_unknown_export_is_422(api_client: TestClient) -> None:
    assert api_client.get("/v1/export/graph.xlsx").status_code == 422
