"""`councilgraph serve` (writes on) killed with SIGKILL while clients post documents.

After each kill the server starts again on the same store; clients post what was cut off again
(as a client retrying would). Every document whose POST was answered 2xx is still there, every
document graph in the store is whole (equal to the graph the same text gets when written
without interruption), and on the Neo4j backend Neo4j holds exactly the store's documents.
"""

from __future__ import annotations

import random
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest
from fault_processes import ApiServer
from fixtures_store import build_store
from neo4j import Driver
from press_items import press_items
from reliability_results import record
from store_graphs import damaged_graphs, documents, read_graphs

from api.document_upload import TEXT_NAME
from graph import ids
from graph.ingest import DocumentWriter
from graph.neo4j_projection import Neo4jProjection
from graph.store import GraphStore
from loaders.readers import read_bytes
from loaders.register_reader import Register

KEY = "reliability-key-0123456789"
CLIENTS = 4


@dataclass
class Posted:
    acknowledged: dict[str, str] = field(default_factory=dict)  # id -> text, answered 2xx
    unanswered: list[str] = field(default_factory=list)  # texts to post again after a restart
    cut: int = 0  # POSTs the server received but died before answering
    not_sent: int = 0  # POSTs that found the server already dead
    refused: list[str] = field(default_factory=list)  # answered, but not 2xx


def _post(base: str, text: str) -> tuple[str, str | None]:
    """('ok', id), ('cut' or 'not sent', None) when the server died, or ('refused', why)."""
    try:
        response = httpx.post(
            f"{base}/v1/documents", json={"text": text}, headers={"X-API-Key": KEY}, timeout=30
        )
    except httpx.ConnectError:
        return "not sent", None
    except httpx.TransportError:
        return "cut", None
    if response.status_code in (200, 201):
        return "ok", response.json()["id"]
    return "refused", f"{response.status_code} {response.text[:200]}"


def _round(server: ApiServer, texts: list[str], delay: float, posted: Posted) -> None:
    """Post the first text alone (a fresh server's first write takes seconds: the council
    patterns are compiled), then the others from CLIENTS threads, killing the server `delay`
    seconds after they start."""
    base = server.start()
    with ThreadPoolExecutor(CLIENTS) as pool:
        futures = [pool.submit(_post, base, texts[0])]
        futures[0].result()
        futures += [pool.submit(_post, base, text) for text in texts[1:]]
        time.sleep(delay)
        server.kill()
        for text, future in zip(texts, futures, strict=True):
            outcome, detail = future.result()
            if outcome == "ok":
                posted.acknowledged[str(detail)] = text
            elif outcome == "refused":
                posted.refused.append(f"{detail}")
            else:
                posted.unanswered.append(text)
                posted.cut += outcome == "cut"
                posted.not_sent += outcome == "not sent"


def _reference(path: Path, register: Register, texts: list[str]) -> dict[str, frozenset[str]]:
    """Each text's graph as an uninterrupted write leaves it."""
    build_store(path, register)
    with GraphStore.open(path) as store:
        writer = DocumentWriter(store, register)
        for text in texts:
            writer.ingest(read_bytes(text.encode("utf-8"), TEXT_NAME))
    return read_graphs(path)


def writable_store(tmp: Path, register: Register) -> Path:
    build_store(tmp / "store", register)
    return tmp / "store"


def kill_ingests(
    store: Path,
    register: Register,
    rounds: int,
    per_round: int,
    seed: int,
    kill_within: tuple[float, float] = (0.5, 3.0),
    **settings: str,
) -> tuple[Posted, ApiServer]:
    """`rounds` of posting `per_round` new texts (and those left unanswered) from CLIENTS
    threads, each ended by a kill a seeded time within `kill_within` seconds of the start."""
    pick, posted = random.Random(seed), Posted()
    items = press_items(register, rounds * per_round, seed)
    server = ApiServer(
        store, store.parent / "serve.log", write_enabled="true", api_keys=f'["{KEY}"]', **settings
    )
    for n in range(rounds):
        retried, posted.unanswered = posted.unanswered, []
        batch = retried + items[n * per_round : (n + 1) * per_round]
        _round(server, batch, pick.uniform(*kill_within), posted)
    assert posted.refused == []
    assert posted.cut, "no kill landed while a POST was in flight"
    assert posted.acknowledged, "no POST was answered before a kill"
    return posted, server


def check_store(posted: Posted, server: ApiServer, register: Register) -> dict:
    store = server.store
    base = server.start()
    try:
        missing = [
            i
            for i in posted.acknowledged
            if httpx.get(f"{base}/v1/documents/{i}").status_code != 200
        ]
    finally:
        server.stop()
    assert missing == [], "documents answered 2xx are gone after the restart"
    found = read_graphs(store)
    texts = [*posted.acknowledged.values(), *posted.unanswered]
    reference = _reference(store.parent / "reference", register, texts)
    assert damaged_graphs(found, reference) == []
    acknowledged = {str(ids.document_graph(i)) for i in posted.acknowledged}
    assert acknowledged <= documents(found)
    return {
        "acknowledged": len(acknowledged),
        "cut_by_a_kill": posted.cut,
        "found_the_server_dead": posted.not_sent,
        "documents_in_store": len(documents(found)),
    }


def test_a_server_killed_mid_post_keeps_every_acknowledged_document_whole(
    tmp_path: Path, register: Register
) -> None:
    store = writable_store(tmp_path, register)
    posted, server = kill_ingests(store, register, rounds=2, per_round=24, seed=31)
    record("kill-ingest", check_store(posted, server, register))


def _neo4j_documents(driver: Driver) -> set[str]:
    records = driver.execute_query("MATCH (d:Document) RETURN d.graph AS graph").records
    return {record["graph"] for record in records}


@pytest.mark.neo4j
def test_on_neo4j_a_server_killed_mid_post_leaves_neo4j_holding_the_store_documents(
    tmp_path: Path, register: Register, neo4j_driver: Driver, neo4j_uri: str
) -> None:
    store = writable_store(tmp_path, register)
    with GraphStore.open(store, read_only=True) as graph_store:
        Neo4jProjection(neo4j_driver).sync(graph_store)
    settings = {"backend": "neo4j", "neo4j_uri": neo4j_uri}
    posted, server = kill_ingests(store, register, 2, 20, 32, **settings)
    result = check_store(posted, server, register)  # starts the server once more
    assert _neo4j_documents(neo4j_driver) == documents(read_graphs(store))
    record("kill-ingest-neo4j", result)


@pytest.mark.soak
def test_soak_servers_killed_mid_post_ten_times(tmp_path: Path, register: Register) -> None:
    store = writable_store(tmp_path, register)
    posted, server = kill_ingests(store, register, rounds=10, per_round=60, seed=33)
    record("kill-ingest-soak", check_store(posted, server, register))


@pytest.mark.neo4j
def test_a_document_stored_but_never_projected_is_projected_when_the_server_starts(
    tmp_path: Path, register: Register, neo4j_driver: Driver, neo4j_uri: str
) -> None:
    """What a kill between the store write and the Neo4j projection leaves, made on purpose:
    a document in the store that Neo4j lacks, and one in Neo4j that the store lacks."""
    store = writable_store(tmp_path, register)
    stored, dropped = press_items(register, 2, 34)
    with GraphStore.open(store) as graph_store:
        writer = DocumentWriter(graph_store, register)
        gone = writer.ingest(read_bytes(dropped.encode(), TEXT_NAME)).document_id
        Neo4jProjection(neo4j_driver).sync(graph_store)
        graph_store.drop_graph(ids.document_graph(gone))
        kept = writer.ingest(read_bytes(stored.encode(), TEXT_NAME)).document_id
    kept_graph, gone_graph = str(ids.document_graph(kept)), str(ids.document_graph(gone))
    before = _neo4j_documents(neo4j_driver)
    assert gone_graph in before and kept_graph not in before
    server = ApiServer(
        store,
        tmp_path / "serve.log",
        write_enabled="true",
        api_keys=f'["{KEY}"]',
        backend="neo4j",
        neo4j_uri=neo4j_uri,
    )
    base = server.start()
    try:
        assert httpx.get(f"{base}/v1/documents/{kept}").status_code == 200
        assert httpx.get(f"{base}/v1/documents/{gone}").status_code == 404
    finally:
        server.stop()
    after = _neo4j_documents(neo4j_driver)
    assert kept_graph in after and gone_graph not in after
    assert after == documents(read_graphs(store))
