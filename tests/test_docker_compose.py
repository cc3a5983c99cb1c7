"""docker-compose.yml (run by people with Docker; CI has no engine) stays wired to this code."""

import yaml

from councilgraph.settings import REPO_ROOT, Settings


def _compose() -> dict:
    return yaml.safe_load((REPO_ROOT / "docker-compose.yml").read_text())


def test_compose_runs_the_neo4j_line_the_local_server_runs() -> None:
    neo4j = _compose()["services"]["neo4j"]
    major_minor = ".".join(Settings().neo4j_version.split(".")[:2])
    assert neo4j["image"] == f"neo4j:{major_minor}-community"
    assert "cypher-shell" in " ".join(neo4j["healthcheck"]["test"])


def test_compose_points_the_api_at_the_neo4j_service_once_it_is_healthy() -> None:
    api = _compose()["services"]["api"]
    assert api["environment"]["COUNCILGRAPH_BACKEND"] == "neo4j"
    assert api["environment"]["COUNCILGRAPH_NEO4J_URI"] == "bolt://neo4j:7687"
    assert api["depends_on"]["neo4j"]["condition"] == "service_healthy"
    assert (REPO_ROOT / "Dockerfile").is_file()
