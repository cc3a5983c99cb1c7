"""The Neo4j side of the scale benchmark: a throwaway local server, `councilgraph sync` of a
built store into it (timed, in a child process), and a repository over it for direct queries."""

from __future__ import annotations

import re
import shutil
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

from neo4j import GraphDatabase

from bench.measure import run_step
from councilgraph.settings import REPO_ROOT, Settings
from graph.neo4j_conf import ServerSpec
from graph.neo4j_connection import open_driver
from graph.neo4j_repository import Neo4jRepository
from graph.neo4j_server import start, stop

CLI = Path(sys.executable).with_name("councilgraph")
RUN_DIR = REPO_ROOT / "var" / "neo4j-bench-scale"
WIPE = "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS"
# synced STORE into URI: 1234 rows written, 567 nodes and 890 relationships in 12.3 s
SYNCED = re.compile(r"(\d+) rows written, (\d+) nodes and (\d+) relationships in ([\d.]+) s")


@dataclass(frozen=True, slots=True)
class SyncRun:
    seconds: float
    rows: int
    nodes: int
    relationships: int
    peak_rss_mb: float  # the sync process (Neo4j's own memory is its fixed heap and page cache)


@contextmanager
def neo4j_server(heap: str = "2g", pagecache: str = "1g") -> Iterator[str]:
    """The Bolt URI of a fresh local Neo4j (no auth) in var/neo4j-bench-scale, stopped and
    removed on exit."""
    settings = Settings()
    shutil.rmtree(RUN_DIR, ignore_errors=True)
    spec = replace(
        ServerSpec.from_settings(settings), run_dir=RUN_DIR, heap=heap, pagecache=pagecache
    )
    spec = replace(spec, password="")
    running = start(spec, settings.neo4j_start_timeout_s)
    try:
        yield running.bolt_uri
    finally:
        stop(RUN_DIR)
        shutil.rmtree(RUN_DIR, ignore_errors=True)


def wipe(uri: str) -> None:
    """Every node and relationship deleted (constraints stay: sync creates them if missing)."""
    with GraphDatabase.driver(uri) as driver, driver.session() as session:
        session.run(WIPE).consume()


def sync(store: Path, uri: str) -> SyncRun:
    """`councilgraph sync` of `store` into the database at `uri`."""
    run = run_step([str(CLI), "sync", "--store", str(store), "--neo4j-uri", uri])
    found = SYNCED.search(run.stdout)
    if found is None:
        raise ValueError(f"sync printed no summary: {run.stdout!r}")
    rows, nodes, relationships, seconds = found.groups()
    return SyncRun(float(seconds), int(rows), int(nodes), int(relationships), run.peak_rss_mb)


def repository(uri: str) -> Neo4jRepository:
    """A repository over the database at `uri`, as `serve --backend neo4j` opens it."""
    settings = Settings(backend="neo4j", neo4j_uri=uri, neo4j_timeout_s=60)
    return Neo4jRepository(open_driver(settings), uri)
