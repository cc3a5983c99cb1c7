"""Concurrent clients on loopback against a real `councilgraph serve` with writes on, mixing
the main reads with authenticated ingests of distinct documents: no 5xx, no request without
an answer within the clients' 10 s timeout, and every document answered 2xx is there after.
Requests per second and latency percentiles go to docs/reliability.md."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from fault_processes import ApiServer
from load_clients import missing_documents, run_load, summary
from press_items import press_items
from reliability_results import record

from loaders.register_reader import Register

KEY = "reliability-load-key-0123456789"


def load_test(
    tmp: Path, register: Register, corpus: Path, clients: int, seconds: float, seed: int
) -> dict[str, object]:
    store = tmp / "store"
    shutil.copytree(corpus, store)
    settings = {"write_enabled": "true", "api_keys": f'["{KEY}"]'}
    server = ApiServer(store, tmp / "serve.log", **settings)
    base = server.start()
    documents = press_items(register, clients * int(seconds) * 20, seed)
    try:
        load = run_load(base, KEY, clients, seconds, seed, documents)
        missing = missing_documents(base, load.ingested)
    finally:
        server.stop()
    result = {"clients": clients, **summary(load), "ingested": len(load.ingested)}
    result["ingested_but_missing"] = len(missing)
    errors = sorted({s.error for s in load.samples if s.error})
    assert load.ingested, "no ingest was answered"
    assert set(result["statuses"]) <= {"200", "201"}, (result["statuses"], errors)  # type: ignore[arg-type]
    assert missing == []
    return result


def test_eight_clients_for_five_seconds(
    tmp_path: Path, register: Register, corpus_store_path: Path
) -> None:
    record("load", load_test(tmp_path, register, corpus_store_path, 8, 5, seed=51))


@pytest.mark.soak
def test_soak_thirty_two_clients_for_a_minute(
    tmp_path: Path, register: Register, corpus_store_path: Path
) -> None:
    record("load-soak", load_test(tmp_path, register, corpus_store_path, 32, 60, seed=52))
