"""Fixtures for tests against a real Neo4j server (loaded from conftest.py via pytest_plugins).

`COUNCILGRAPH_NEO4J_URI` names the server (`make test` starts one and sets it). Without a
reachable server these tests skip locally, but fail under CI or COUNCILGRAPH_REQUIRE_NEO4J=1,
so a CI run can never pass by skipping them. The database is wiped before each test: never
point COUNCILGRAPH_NEO4J_URI at data you want to keep while running the tests.
"""

import os
from collections.abc import Iterator
from typing import NoReturn

import pytest
from neo4j import Driver, GraphDatabase
from neo4j.exceptions import DriverError, Neo4jError

from councilgraph.settings import Settings


def neo4j_required() -> bool:
    ci = os.environ.get("CI", "").strip().lower()
    return ci not in ("", "0", "false", "no") or os.environ.get("COUNCILGRAPH_REQUIRE_NEO4J") == "1"


def neo4j_unavailable(reason: str) -> NoReturn:
    """Skip a Neo4j test locally; fail it when Neo4j is required."""
    if neo4j_required():
        pytest.fail(f"Neo4j is required (CI or COUNCILGRAPH_REQUIRE_NEO4J=1): {reason}")
    pytest.skip(reason)


def wipe(driver: Driver) -> None:
    """Empty the database: nodes, relationships, constraints and indexes."""
    with driver.session() as session:
        session.run(
            "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS"
        ).consume()
    for kind, show in (("CONSTRAINT", "SHOW CONSTRAINTS"), ("INDEX", "SHOW INDEXES")):
        records = driver.execute_query(f"{show} YIELD name, type").records
        for record in records:
            if record["type"] != "LOOKUP":  # the built-in label/type lookups stay
                driver.execute_query(f"DROP {kind} {_quoted(record['name'])} IF EXISTS")


def _quoted(name: str) -> str:
    # Schema names cannot be parameters; backtick-quote them (doubling any backtick inside).
    return "`" + name.replace("`", "``") + "`"


@pytest.fixture(scope="session")
def neo4j_settings() -> Settings:
    return Settings()


@pytest.fixture(scope="session")
def neo4j_uri() -> str:
    uri = os.environ.get("COUNCILGRAPH_NEO4J_URI", "")
    if not uri:
        neo4j_unavailable("COUNCILGRAPH_NEO4J_URI is not set (make test starts a local Neo4j)")
    return uri


@pytest.fixture(scope="session")
def neo4j_session_driver(neo4j_uri: str, neo4j_settings: Settings) -> Iterator[Driver]:
    password = neo4j_settings.neo4j_password.get_secret_value()
    auth = (neo4j_settings.neo4j_user, password) if password else None
    driver = GraphDatabase.driver(neo4j_uri, auth=auth, connection_timeout=5.0)
    try:
        driver.verify_connectivity()
    except (DriverError, Neo4jError, OSError) as e:
        driver.close()
        neo4j_unavailable(f"Neo4j at {neo4j_uri} does not answer: {e}")
    yield driver
    driver.close()


@pytest.fixture
def neo4j_driver(neo4j_session_driver: Driver) -> Driver:
    """A driver to an empty database."""
    wipe(neo4j_session_driver)
    return neo4j_session_driver
