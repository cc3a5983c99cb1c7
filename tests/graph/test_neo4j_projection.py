"""The Neo4j projection against a real server: idempotent syncs, database-enforced identity,
re-projecting one document touches only its facts, and failures surface as BackendUnavailable."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from fixtures_store import build_store
from neo4j import Driver
from neo4j.exceptions import ConstraintError
from sample_extractions import update

from api.app import create_app
from councilgraph.errors import BackendUnavailable
from councilgraph.settings import Settings
from graph import build, cypher_queries, ids
from graph.model import Extraction, PersonRole
from graph.neo4j_connection import open_driver
from graph.neo4j_projection import Neo4jProjection
from graph.neo4j_repository import Neo4jRepository
from graph.store import GraphStore
from loaders.register_reader import Register

neo4j = pytest.mark.neo4j
UPDATE_GRAPH = ids.document_graph("doc-update")
NODES = "MATCH (n) RETURN labels(n) AS labels, properties(n) AS props"
RELATIONSHIPS = """MATCH (a)-[r]->(b)
RETURN type(r) AS type, a.id AS start, b.id AS end, properties(r) AS props"""


def fingerprint(driver: Driver) -> list[str]:
    """Every node and relationship with its properties, but not the sync stamps."""
    found = []
    for query in (NODES, RELATIONSHIPS):
        for record in driver.execute_query(query).records:
            data = record.data()
            for key in ("synced", "generation"):
                data["props"].pop(key, None)
            found.append(repr(sorted(data.items(), key=str)))
    return sorted(found)


@pytest.fixture
def store(tmp_path: Path, register: Register) -> Path:
    path = tmp_path / "store"
    build_store(path, register)
    return path


def sync(driver: Driver, path: Path) -> None:
    with GraphStore.open(path, read_only=True) as store:
        Neo4jProjection(driver, batch_size=100).sync(store)


def _update_without_east_suffolk() -> Extraction:
    """The press story, rewritten: East Suffolk no longer declines, and a new councillor."""
    story = update()
    partnership = replace(story.partnerships[0], declined=())
    councillor = PersonRole("Alex Example", "councillor", "MSU", story.people[0].evidence)
    return replace(story, partnerships=(partnership,), people=(*story.people, councillor))


@neo4j
def test_syncing_twice_leaves_the_same_graph(neo4j_driver: Driver, built_store: Path) -> None:
    sync(neo4j_driver, built_store)
    first = fingerprint(neo4j_driver)
    sync(neo4j_driver, built_store)
    assert fingerprint(neo4j_driver) == first
    labels = {
        r["label"]: r["count"]
        for r in neo4j_driver.execute_query(cypher_queries.COUNT_BY_LABEL).records
    }
    assert labels["Council"] > 400 and labels["Partnership"] == 1 and labels["Evidence"] == 7


@neo4j
def test_the_database_rejects_a_second_council_with_the_same_id(
    neo4j_driver: Driver, built_store: Path
) -> None:
    sync(neo4j_driver, built_store)
    with pytest.raises(ConstraintError):
        neo4j_driver.execute_query("CREATE (:Council {id: $id, name: $name})", id="NTH", name="x")
    assert (
        neo4j_driver.execute_query("MATCH (c:Council {id: 'NTH'}) RETURN count(c) AS n").records[0][
            "n"
        ]
        == 1
    )


@neo4j
def test_reprojecting_one_document_replaces_only_its_facts(
    neo4j_driver: Driver, store: Path, register: Register
) -> None:
    sync(neo4j_driver, store)
    agreement_before = _facts_of(neo4j_driver, str(ids.document_graph("doc-agreement")))
    with GraphStore.open(store) as writable:
        build.load_extraction(writable, _update_without_east_suffolk(), register)
    with GraphStore.open(store, read_only=True) as readable:
        Neo4jProjection(neo4j_driver).sync_source(readable, UPDATE_GRAPH)
    assert _facts_of(neo4j_driver, str(ids.document_graph("doc-agreement"))) == agreement_before
    declined = "MATCH (:Council {id: 'ESK'})-[r:MEMBER_OF]->() RETURN count(r) AS n"
    assert neo4j_driver.execute_query(declined).records[0]["n"] == 0
    holds = """MATCH (:Person {name: 'Alex Example'})-[r:HOLDS {role: 'councillor'}]->
        (:Council {id: 'MSU'}) RETURN count(r) AS n"""
    assert neo4j_driver.execute_query(holds).records[0]["n"] == 1
    reprojected = fingerprint(neo4j_driver)
    sync(neo4j_driver, store)  # a full sync of the same store must agree
    assert fingerprint(neo4j_driver) == reprojected


@neo4j
def test_a_document_gone_from_the_store_is_gone_from_neo4j(
    neo4j_driver: Driver, store: Path
) -> None:
    sync(neo4j_driver, store)
    with GraphStore.open(store) as writable:
        writable.drop_graph(UPDATE_GRAPH)
    with GraphStore.open(store, read_only=True) as readable:
        Neo4jProjection(neo4j_driver).sync_source(readable, UPDATE_GRAPH)
    assert _facts_of(neo4j_driver, str(UPDATE_GRAPH)) == []
    documents = neo4j_driver.execute_query("MATCH (d:Document) RETURN d.id AS id").records
    assert [r["id"] for r in documents] == ["doc-agreement"]
    partnership = neo4j_driver.execute_query("MATCH (p:Partnership) RETURN p.sources AS s").records
    assert [r["s"] for r in partnership] == [[str(ids.document_graph("doc-agreement"))]]


def _facts_of(driver: Driver, source: str) -> list[str]:
    query = """MATCH (a)-[r {source: $source}]->(b)
    RETURN type(r) + ' ' + a.id + ' ' + b.id + ' ' + coalesce(r.claim, '') AS fact ORDER BY fact"""
    return [r["fact"] for r in driver.execute_query(query, source=source).records]


def test_an_unreachable_server_is_backend_unavailable() -> None:
    settings = Settings(neo4j_uri="bolt://127.0.0.1:1", neo4j_timeout_s=1.0)
    with pytest.raises(BackendUnavailable, match="127.0.0.1:1"):
        open_driver(settings)


@neo4j
def test_a_lost_server_answers_503_problems(
    neo4j_driver: Driver, built_store: Path, neo4j_uri: str
) -> None:
    sync(neo4j_driver, built_store)
    settings = Settings(backend="neo4j", neo4j_uri=neo4j_uri, store=built_store)
    repository = Neo4jRepository(open_driver(settings), neo4j_uri)
    with TestClient(create_app(settings, repository)) as client:
        assert client.get("/v1/councils/NTH").status_code == 200
        repository.driver.close()  # as if the server went away
        response = client.get("/v1/councils/NTH")
    assert response.status_code == 503
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["type"].endswith("/backend-unavailable")


def test_labels_and_types_come_only_from_the_ontology() -> None:
    assert "Council" in cypher_queries.LABELS and "MEMBER_OF" in cypher_queries.TYPES
    with pytest.raises(ValueError, match="ontology"):
        cypher_queries.merge_nodes("Council {id: 1}) DETACH DELETE (n")
    with pytest.raises(ValueError, match="ontology"):
        cypher_queries.merge_relationships("KNOWS", "Council", "Council", ())
    with pytest.raises(ValueError, match="merge"):
        cypher_queries.merge_relationships("MEMBER_OF", "Council", "Partnership", ("name",))
