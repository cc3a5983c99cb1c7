"""`councilgraph sync` killed with SIGKILL part-way through its writes.

A sync writes in batches of its own transactions and deletes what it did not stamp only at the
end, so a killed re-sync leaves the earlier projection whole, and a killed first sync leaves a
part of the projection, nothing else. Running sync again gives exactly what a clean sync gives.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest
from fault_processes import kill_when, run_cli, start_cli
from fixtures_neo4j import wipe
from neo4j import Driver
from neo4j_graph import contents, sync_started, written_since
from reliability_results import record

from graph.neo4j_projection import Neo4jProjection
from graph.store import GraphStore

neo4j = pytest.mark.neo4j
BATCH = "50"  # many small transactions: many places for a kill to land


def _clean_sync(driver: Driver, store: Path) -> Counter[str]:
    with GraphStore.open(store, read_only=True) as graph_store:
        Neo4jProjection(driver).sync(graph_store)
    return contents(driver)


def _killed_sync(
    driver: Driver, uri: str, store: Path, target: int, log: Path
) -> tuple[bool, Counter[str]]:
    since = sync_started()
    args = ("sync", "--store", str(store))
    process = start_cli(*args, log=log, neo4j_uri=uri, neo4j_batch_size=BATCH)
    reached: Callable[[], bool] = lambda: written_since(driver, since) >= target  # noqa: E731
    return kill_when(process, reached, poll_s=0.01), contents(driver)


def kill_syncs(driver: Driver, uri: str, store: Path, kills: int, seed: int, tmp: Path) -> dict:
    reference = _clean_sync(driver, store)
    total, pick = sum(reference.values()), random.Random(seed)
    target = pick.randint(1, total - 1)
    killed, left = _killed_sync(driver, uri, store, target, tmp / "resync.log")
    assert killed, "the re-sync ended before its kill point"
    assert left == reference, "a killed re-sync changed the projection it was replacing"
    rounds = [{"over": "a complete projection", "kill_after_rows": target, "rows_left": total}]
    wipe(driver)
    for n in range(kills):
        target = pick.randint(1, total - 1)
        killed, left = _killed_sync(driver, uri, store, target, tmp / f"sync-{n}.log")
        assert killed, "the sync ended before its kill point"
        assert not left - reference, "a killed sync wrote something a clean sync does not"
        rounds.append(
            {
                "over": "an empty database" if n == 0 else "a killed sync's part",
                "kill_after_rows": target,
                "rows_left": sum(left.values()),
            }
        )
    done = run_cli("sync", "--store", str(store), neo4j_uri=uri)
    assert done.returncode == 0, done.stderr
    assert contents(driver) == reference
    return {"nodes_and_relationships": total, "kills": rounds}


@neo4j
def test_a_killed_sync_keeps_the_old_projection_and_a_rerun_equals_a_clean_sync(
    neo4j_driver: Driver, neo4j_uri: str, built_store: Path, tmp_path: Path
) -> None:
    result = kill_syncs(neo4j_driver, neo4j_uri, built_store, kills=1, seed=21, tmp=tmp_path)
    record("kill-sync", result)


@neo4j
@pytest.mark.soak
def test_soak_syncs_killed_again_and_again_then_rerun_equal_a_clean_sync(
    neo4j_driver: Driver, neo4j_uri: str, corpus_store_path: Path, tmp_path: Path
) -> None:
    result = kill_syncs(neo4j_driver, neo4j_uri, corpus_store_path, kills=5, seed=22, tmp=tmp_path)
    record("kill-sync-soak", result)
