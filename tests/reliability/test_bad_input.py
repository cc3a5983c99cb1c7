"""Hostile and malformed input against a real `councilgraph serve` (writes on, an API key) over
HTTP on loopback: hostile documents and request bodies, SPARQL updates, federation, file reads
and runaways, injection in every query parameter, path traversal in ids and the explorer's
paths, oversized requests and wrong API keys; on Neo4j, the injections and traversals again.

Each category's answers are counted. None may be a 5xx (but the 504 problem of a query stopped
at the time limit) or go unanswered for 10 s, each must be one its attempt allows, none may
hold a file's contents or an injected header, the server must still serve afterwards, and
the graph must be as it was after every attempt but the documents. The library's reader gets
the same files and must read each or raise its typed DocumentError. The soak versions add
seeded random damage to valid documents, reads and SPARQL queries, and every payload in
every parameter.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from bad_input_probe import Attempt, failures, probe, read_outcome
from fault_processes import ApiServer
from fixtures_store import build_store
from hostile_documents import CREATED, body_attempts, upload_attempts, uploads
from hostile_requests import (
    key_attempts,
    oversized_attempts,
    parameter_attempts,
    traversal_attempts,
)
from hostile_sparql import sparql_attempts
from input_mutations import document_mutations, read_mutations
from neo4j import Driver
from neo4j_graph import contents
from press_items import press_items
from reliability_results import record

from graph.neo4j_projection import Neo4jProjection
from graph.store import GraphStore
from loaders.register_reader import Register

KEY = "reliability-bad-input-key-0123456789"
AUTH = {"X-API-Key": KEY}
LIMIT = 2 * 1024 * 1024  # room for a page of 100,000 nested divs, a test's worth of bytes
SETTINGS = {
    "write_enabled": "true",
    "api_keys": f'["{KEY}"]',
    "max_document_bytes": str(LIMIT),
    "sparql_timeout_s": "2",  # each runaway query's wait
}
QUADS = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"


def graph_size(base: str) -> dict[str, int]:
    answer = httpx.get(f"{base}/v1/sparql", params={"query": QUADS}, timeout=30).json()
    listed = httpx.get(f"{base}/v1/documents", params={"limit": 1}, timeout=30).json()
    return {
        "quads": int(answer["results"]["bindings"][0]["n"]["value"]),
        "documents": listed["count"],
    }


def post(base: str, text: str, headers: dict[str, str]) -> int:
    response = httpx.post(f"{base}/v1/documents", json={"text": text}, headers=headers, timeout=60)
    return response.status_code


def reader_outcomes() -> tuple[dict[str, object], list[str]]:
    """The library's reader on each hostile file, and the files it got wrong: a file the API
    takes must read, any other must raise a DocumentError subclass."""
    seen: Counter[str] = Counter()
    wrong = []
    for label, name, data, media_type, expect in uploads(LIMIT):
        outcome = read_outcome(name, data, media_type, LIMIT)
        seen[outcome] += 1
        typed = outcome not in ("read", "hang") and not outcome.startswith("other ")
        if not (outcome == "read" if expect == CREATED else typed):
            wrong.append(f"{label} -> {outcome}")
    return {"tried": sum(seen.values()), "outcomes": dict(sorted(seen.items()))}, wrong


@dataclass
class Run:
    recorded: dict[str, object]  # what docs/reliability.md shows
    wrong: dict[str, list[str]]  # category and kind -> attempts answered wrongly
    misread: list[str]  # files the library's reader got wrong
    serving: bool  # the server still up and answering after it all
    right_key: int  # the status of the document every wrong key tried to add, sent rightly

    def check(self) -> None:
        assert self.wrong == {}
        assert self.misread == []
        assert self.recorded["graph before"] == self.recorded["graph after"]
        assert self.serving and self.recorded["server tracebacks"] == 0
        assert self.right_key == 201


def bad_input(tmp: Path, register: Register, every: bool, damaged: int) -> Run:
    """Every category against one server; `damaged` random mutations of each kind on top."""
    build_store(tmp / "store", register)
    server = ApiServer(tmp / "store", tmp / "serve.log", **SETTINGS)
    base = server.start()
    first, last = press_items(register, 2, seed=61)
    try:
        assert post(base, first, AUTH) == 201  # the first write compiles the council patterns
        writes = upload_attempts(LIMIT, AUTH) + body_attempts(LIMIT, AUTH)
        tallies = probe(base, writes + document_mutations(register, damaged, 62, KEY))
        before = graph_size(base)
        reads: list[Attempt] = sparql_attempts() + parameter_attempts(every)
        reads += traversal_attempts() + oversized_attempts(LIMIT, AUTH)
        reads += key_attempts(KEY, {"text": last}) + read_mutations(damaged, 63)
        tallies |= probe(base, reads)
        after = graph_size(base)
        serving = server.process.poll() is None and httpx.get(f"{base}/healthz").status_code == 200
        right_key = post(base, last, AUTH)
    finally:
        server.stop()
    reader, misread = reader_outcomes()
    recorded = {
        "categories": [tally.summary(name) for name, tally in tallies.items()],
        "library reader": reader,
        "graph before": before,
        "graph after": after,
        "server tracebacks": (tmp / "serve.log").read_text(errors="replace").count("Traceback"),
    }
    return Run(recorded, failures(tallies), misread, serving, right_key)


def test_bad_input_is_refused_with_4xx_and_changes_nothing(
    tmp_path: Path, register: Register
) -> None:
    run = bad_input(tmp_path, register, every=False, damaged=0)
    record("bad-input", run.recorded)
    run.check()


@pytest.mark.soak
def test_soak_bad_input_with_damaged_documents_reads_and_queries(
    tmp_path: Path, register: Register
) -> None:
    run = bad_input(tmp_path, register, every=True, damaged=300)
    record("bad-input-soak", run.recorded)
    run.check()


def on_neo4j(tmp: Path, register: Register, driver: Driver, uri: str, every: bool) -> None:
    """The injections and traversals (with `every`, every payload in every parameter and 300
    damaged reads) against a server reading from Neo4j: refused or answered, never a 5xx or a
    hang, and every node and relationship as it was."""
    build_store(tmp / "store", register)
    with GraphStore.open(tmp / "store", read_only=True) as store:
        Neo4jProjection(driver).sync(store)
    before = contents(driver)
    server = ApiServer(tmp / "store", tmp / "serve.log", backend="neo4j", neo4j_uri=uri)
    base = server.start()
    try:
        attempts = parameter_attempts(every) + traversal_attempts()
        damaged = read_mutations(300, 64) if every else []
        tallies = probe(base, attempts + [a for a in damaged if a.category == "damaged reads"])
        serving = httpx.get(f"{base}/readyz", timeout=30).status_code == 200
    finally:
        server.stop()
    unchanged = contents(driver) == before
    tracebacks = (tmp / "serve.log").read_text(errors="replace").count("Traceback")
    result = {"categories": [tally.summary(name) for name, tally in tallies.items()]}
    result |= {"neo4j elements": sum(before.values()), "neo4j unchanged": unchanged}
    record(
        "bad-input-neo4j" + ("-soak" if every else ""), result | {"server tracebacks": tracebacks}
    )
    assert failures(tallies) == {}
    assert unchanged and serving and tracebacks == 0


@pytest.mark.neo4j
def test_on_neo4j_injection_and_traversal_are_refused_and_change_nothing(
    tmp_path: Path, register: Register, neo4j_driver: Driver, neo4j_uri: str
) -> None:
    on_neo4j(tmp_path, register, neo4j_driver, neo4j_uri, every=False)


@pytest.mark.neo4j
@pytest.mark.soak
def test_soak_on_neo4j_every_payload_in_every_parameter(
    tmp_path: Path, register: Register, neo4j_driver: Driver, neo4j_uri: str
) -> None:
    on_neo4j(tmp_path, register, neo4j_driver, neo4j_uri, every=True)
