"""Open the GraphRepository the settings choose."""

from __future__ import annotations

from councilgraph.settings import Settings
from graph.embedded_repository import EmbeddedRepository
from graph.neo4j_connection import open_driver
from graph.neo4j_repository import Neo4jRepository
from graph.repository import GraphRepository
from graph.store import GraphStore


def open_store(settings: Settings) -> GraphStore:
    """The embedded store a server uses (SPARQL, linked data, exports, the embedded backend).
    Read-only unless writes are enabled: then the server is the store's one writer and holds
    its lock, so `councilgraph build` must wait until it stops."""
    return GraphStore.open(settings.store, read_only=not settings.write_enabled, verify=True)


def open_repository(settings: Settings, store: GraphStore | None = None) -> GraphRepository:
    """The repository for `settings.backend`. The embedded backend answers from `store` (the
    server's, so it sees the server's own writes), else from the store opened read-only:
    serving takes no lock, so `councilgraph build` can run beside a server (restart it to see
    changes). Neo4j serves what `councilgraph sync` last projected; BackendUnavailable if
    unreachable."""
    if settings.backend == "embedded":
        opened = store or GraphStore.open(settings.store, read_only=True, verify=True)
        return EmbeddedRepository(opened)
    driver = open_driver(settings)
    try:
        # the store's writes project into Neo4j under its lock (graph.ingest)
        check_s = settings.neo4j_generation_check_s
        return Neo4jRepository(driver, settings.neo4j_uri, store, check_s)
    except BaseException:
        driver.close()
        raise
