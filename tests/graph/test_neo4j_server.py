"""The local Neo4j server: it answers Cypher, enforces constraints, starts and stops."""

import shutil
import socket
import urllib.request
from dataclasses import replace
from pathlib import Path

import pytest
from fixtures_neo4j import neo4j_unavailable, wipe
from neo4j import Driver, GraphDatabase
from neo4j.exceptions import AuthError, ConstraintError
from typer.testing import CliRunner

from councilgraph.cli import app
from councilgraph.errors import Neo4jServerError
from councilgraph.settings import Settings
from graph import neo4j_jars, neo4j_server
from graph.neo4j_conf import ServerSpec

COMPONENTS = "CALL dbms.components() YIELD versions, edition RETURN versions[0] AS v, edition"
UNIQUE_COUNCIL_ID = (
    "CREATE CONSTRAINT council_id IF NOT EXISTS FOR (c:Council) REQUIRE c.id IS UNIQUE"
)


@pytest.fixture
def local_spec(tmp_path: Path) -> ServerSpec:
    """A server of its own in a temporary run directory, from the shared jar cache."""
    spec = replace(ServerSpec.from_settings(Settings()), run_dir=tmp_path / "neo4j", password="")
    if shutil.which("java") is None:
        neo4j_unavailable("no Java to run Neo4j")
    if not neo4j_jars.jars_cached(spec.cache, spec.version) and shutil.which("mvn") is None:
        neo4j_unavailable("the Neo4j jars are not cached and there is no Maven to fetch them")
    return spec


def _port_open(port: int) -> bool:
    with socket.socket() as sock:
        return sock.connect_ex(("127.0.0.1", port)) == 0


@pytest.mark.neo4j
def test_server_answers_cypher(neo4j_driver: Driver) -> None:
    records = neo4j_driver.execute_query("RETURN 1 AS one").records
    assert [r["one"] for r in records] == [1]


@pytest.mark.neo4j
def test_uniqueness_constraint_rejects_a_duplicate_council(neo4j_driver: Driver) -> None:
    neo4j_driver.execute_query(UNIQUE_COUNCIL_ID)
    neo4j_driver.execute_query(UNIQUE_COUNCIL_ID)  # IF NOT EXISTS: a second run is a no-op
    neo4j_driver.execute_query("CREATE (:Council {id: $id})", id="E07000001")
    with pytest.raises(ConstraintError):
        neo4j_driver.execute_query("CREATE (:Council {id: $id})", id="E07000001")
    count = neo4j_driver.execute_query("MATCH (c:Council) RETURN count(c) AS n").records[0]["n"]
    assert count == 1


@pytest.mark.neo4j
def test_wipe_leaves_no_nodes_constraints_or_indexes(neo4j_driver: Driver) -> None:
    neo4j_driver.execute_query(UNIQUE_COUNCIL_ID)
    neo4j_driver.execute_query(
        "CREATE INDEX council_name IF NOT EXISTS FOR (c:Council) ON (c.name)"
    )
    neo4j_driver.execute_query("CREATE (:Council {id: 'a'})-[:NEIGHBOUR_OF]->(:Council {id: 'b'})")
    wipe(neo4j_driver)
    nodes = neo4j_driver.execute_query("MATCH (n) RETURN count(n) AS n").records[0]["n"]
    constraints = neo4j_driver.execute_query("SHOW CONSTRAINTS").records
    indexes = neo4j_driver.execute_query("SHOW INDEXES YIELD type WHERE type <> 'LOOKUP'").records
    assert (nodes, constraints, indexes) == (0, [], [])


@pytest.mark.neo4j
def test_start_with_password_and_browser_then_stop_frees_the_port(local_spec: ServerSpec) -> None:
    spec = replace(local_spec, http_port=0, password="a-test-password")
    server = neo4j_server.start(spec, timeout_s=120)
    try:
        assert neo4j_server.start(spec) == server  # already running: returned as is
        assert neo4j_server.status(spec.run_dir) == server
        with pytest.raises(AuthError):
            neo4j_server.bolt_answers(server.bolt_uri, ("neo4j", "not-the-password"))
        with GraphDatabase.driver(server.bolt_uri, auth=("neo4j", spec.password)) as driver:
            record = driver.execute_query(COMPONENTS).records[0]
        assert (record["v"], record["edition"]) == (spec.version, "community")
        assert server.browser_url is not None
        with urllib.request.urlopen(server.browser_url, timeout=10) as page:
            assert b"<title>Neo4j Browser</title>" in page.read()
    finally:
        assert neo4j_server.stop(spec.run_dir)
    assert neo4j_server.status(spec.run_dir) is None
    assert not _port_open(int(server.bolt_uri.rsplit(":", 1)[1]))
    assert not neo4j_server.stop(spec.run_dir)


@pytest.mark.neo4j
def test_start_failure_reports_the_log_tail(local_spec: ServerSpec, tmp_path: Path) -> None:
    # A cache that claims to be complete but holds no jars: the JVM cannot find the entry point.
    empty = replace(local_spec, cache=tmp_path / "cache")
    empty.lib_dir.mkdir(parents=True)
    (empty.lib_dir / neo4j_jars.FETCHED_MARK).write_text(neo4j_jars.cache_key(empty.version))
    with pytest.raises(Neo4jServerError, match=r"(?s)exited while starting.*CommunityEntryPoint"):
        neo4j_server.start(empty, timeout_s=60)
    assert neo4j_server.status(empty.run_dir) is None


def test_start_refuses_a_port_in_use(tmp_path: Path) -> None:
    spec = ServerSpec(version="5.26.30", cache=tmp_path, run_dir=tmp_path / "run")
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with pytest.raises(Neo4jServerError, match=f"port {port} .* in use"):
            neo4j_server.start(replace(spec, bolt_port=port))


def test_cli_status_of_a_stopped_server(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["neo4j", "status", "--run-dir", str(tmp_path), "--uri"])
    assert result.exit_code == 1
    assert result.stdout == ""
