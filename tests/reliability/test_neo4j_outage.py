"""Neo4j goes away while the API serves from it, then comes back on the same address.

Meanwhile every Neo4j-backed endpoint answers a 503 problem within neo4j_timeout_s + 1 s,
/readyz says Neo4j cannot answer and /healthz stays 200; once Neo4j is back the next requests
succeed, with no restart of the API.

The short version takes the suite's Neo4j away behind a TCP proxy that refuses and resets
connections as a dead server does; the soak version stops its own Neo4j for real (SIGTERM,
and SIGKILL of the JVM) and starts it again on the same port.
"""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path

import httpx
import pytest
from fault_processes import ApiServer
from fixtures_neo4j import neo4j_unavailable
from neo4j import Driver, GraphDatabase
from reliability_results import record
from tcp_proxy import TcpProxy

from councilgraph.errors import CouncilGraphError
from councilgraph.settings import Settings
from graph import neo4j_server
from graph.neo4j_conf import ServerSpec
from graph.neo4j_projection import Neo4jProjection
from graph.store import GraphStore

TIMEOUT_S = 2.0  # the API's neo4j_timeout_s
BOUND_S = TIMEOUT_S + 1.0
PROBLEM = "application/problem+json"


def _sync(driver: Driver, store: Path) -> None:
    with GraphStore.open(store, read_only=True) as graph_store:
        Neo4jProjection(driver).sync(graph_store)


def neo4j_paths(base: str, whole_graph: bool) -> list[str]:
    """The main questions; with `whole_graph`, every GET the Neo4j repository answers, with
    ids taken from its own lists, and the exports (seconds to draw, even on a small graph)."""
    first = {
        kind: httpx.get(f"{base}/v1/{kind}", params={"limit": 1}, timeout=30).json()["data"]
        for kind in ("partnerships", "people", "documents")
    }
    paths = [
        "/v1/councils?q=north",
        "/v1/councils/NTH",
        "/v1/councils/NTH/relationships",
        "/v1/shared-chief-executives",
        "/v1/connections?from=NTH&to=WNT&max_hops=3",
    ]
    if whole_graph:
        paths += ["/v1/partnerships", "/v1/people", "/v1/documents"]
        paths += ["/v1/export/edges.csv", "/v1/export/graph.graphml"]
        paths += [f"/v1/{kind}/{items[0]['id']}" for kind, items in first.items() if items]
    return paths


def _timed(base: str, path: str) -> tuple[httpx.Response, float]:
    started = time.monotonic()
    response = httpx.get(f"{base}{path}", timeout=30)
    return response, time.monotonic() - started


def _all_at_once(base: str, paths: list[str]) -> list[tuple[str, httpx.Response, float]]:
    with ThreadPoolExecutor(len(paths)) as pool:
        answers = list(pool.map(lambda path: _timed(base, path), paths))
    return [(path, *answer) for path, answer in zip(paths, answers, strict=True)]


def _unavailable(path: str, response: httpx.Response) -> None:
    assert response.status_code == 503, (path, response.text[:300])
    assert response.headers["content-type"] == PROBLEM, path
    assert response.json()["type"].endswith("/backend-unavailable"), path
    assert "Neo4j" in response.json()["detail"], path


def answers_while_down(base: str, paths: list[str]) -> dict[str, float]:
    """Seconds each path took to answer its 503 problem, asked one at a time: the bound."""
    took = {}
    for path in [*paths, "/readyz"]:
        response, seconds = _timed(base, path)
        _unavailable(path, response)
        assert seconds < BOUND_S, (path, seconds)
        took[path] = round(seconds, 2)
    assert httpx.get(f"{base}/healthz", timeout=5).status_code == 200
    return took


def burst_while_down(base: str, paths: list[str]) -> float:
    """The slowest 503 when every path is asked at once: queued on two cores, so bounded by
    the client's 30 s timeout (no hang) rather than by BOUND_S."""
    answers = _all_at_once(base, [*paths, "/readyz"])
    for path, response, _ in answers:
        _unavailable(path, response)
    return round(max(seconds for *_, seconds in answers), 2)


def answers_when_back(base: str, paths: list[str]) -> dict[str, float]:
    """Seconds each path took to answer 200, all asked at once as soon as Neo4j is back."""
    took = {}
    for path, response, seconds in _all_at_once(base, ["/readyz", *paths]):
        assert response.status_code == 200, (path, response.text[:300])
        took[path] = round(seconds, 2)
    return took


def outage(
    base: str, go: Callable[[], None], come_back: Callable[[], None], whole_graph: bool = False
) -> dict:
    paths = neo4j_paths(base, whole_graph)
    answers_when_back(base, paths)  # all well before
    go()
    down = answers_while_down(base, paths)
    burst = burst_while_down(base, paths)
    come_back()
    back = answers_when_back(base, paths)
    return {
        "bound_s": BOUND_S,
        "max_503_s": max(down.values()),
        "max_503_s_all_at_once": burst,
        "down": down,
        "back": back,
    }


@pytest.fixture
def proxied_api(
    neo4j_driver: Driver, neo4j_uri: str, built_store: Path, tmp_path: Path
) -> Iterator[tuple[str, TcpProxy]]:
    _sync(neo4j_driver, built_store)
    host, port = neo4j_uri.removeprefix("bolt://").rsplit(":", 1)
    proxy = TcpProxy(host, int(port))
    proxy.start()
    settings = {"backend": "neo4j", "neo4j_uri": proxy.uri, "neo4j_timeout_s": str(TIMEOUT_S)}
    server = ApiServer(built_store, tmp_path / "serve.log", **settings)
    try:
        yield server.start(), proxy
    finally:
        server.stop()
        proxy.stop()


@pytest.mark.neo4j
def test_neo4j_gone_gives_bounded_503s_and_the_api_recovers_by_itself(
    proxied_api: tuple[str, TcpProxy],
) -> None:
    base, proxy = proxied_api
    record("neo4j-outage", outage(base, proxy.stop, proxy.start))


@pytest.fixture
def own_neo4j(tmp_path: Path) -> Iterator[ServerSpec]:
    """A Neo4j of this test's own (run dir and port), so stopping it stops no one else's."""
    spec = replace(
        ServerSpec.from_settings(Settings()),
        run_dir=tmp_path / "neo4j",
        bolt_port=neo4j_server.free_port(),
    )
    try:
        neo4j_server.start(spec)
    except CouncilGraphError as e:  # no Java, or no jars and no network
        neo4j_unavailable(f"cannot start a Neo4j of this test's own: {e}")
    yield spec
    neo4j_server.stop(spec.run_dir)


def _sigkill_server(run_dir: Path) -> None:
    running = neo4j_server.status(run_dir)
    assert running is not None
    os.kill(running.pid, signal.SIGKILL)
    neo4j_server.stop(run_dir)  # reaps it and forgets its pid file


@pytest.mark.neo4j
@pytest.mark.soak
def test_soak_neo4j_stopped_and_killed_then_started_again(
    own_neo4j: ServerSpec, corpus_store_path: Path, tmp_path: Path
) -> None:
    uri = f"bolt://127.0.0.1:{own_neo4j.bolt_port}"
    with GraphDatabase.driver(uri) as driver:
        _sync(driver, corpus_store_path)
    settings = {"backend": "neo4j", "neo4j_uri": uri, "neo4j_timeout_s": str(TIMEOUT_S)}
    server = ApiServer(corpus_store_path, tmp_path / "serve.log", **settings)
    base = server.start()
    cycles = []
    try:
        for how in ("SIGTERM", "SIGKILL", "SIGTERM", "SIGKILL"):
            stop = neo4j_server.stop if how == "SIGTERM" else _sigkill_server
            result = outage(
                base,
                lambda s=stop: s(own_neo4j.run_dir),
                lambda: neo4j_server.start(own_neo4j),
                whole_graph=True,
            )
            cycles.append({"stopped_by": how, **result})
    finally:
        server.stop()
    record("neo4j-outage-soak", {"cycles": cycles})
