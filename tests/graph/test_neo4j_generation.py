"""ProjectionGeneration: read per question by default; trusted for a while when asked to be,
but never past a write of this process."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field

from graph.neo4j_generation import ProjectionGeneration


@dataclass
class ServerStore:
    """What the generation reads of the server's store: its write count and its lock."""

    generation: int = 0
    lock: threading.RLock = field(default_factory=threading.RLock)


class Neo4jStamp:
    """The Dataset nodes' generation, counting the queries that read it."""

    def __init__(self) -> None:
        self.value = "sync-1"
        self.reads = 0

    def __call__(self, query: str, **params: object) -> list[dict[str, object]]:
        self.reads += 1
        return [{"generation": self.value}]


def test_by_default_every_question_reads_it() -> None:
    stamp = Neo4jStamp()
    latest = ProjectionGeneration(stamp)
    assert [latest(), latest(), latest()] == ["sync-1"] * 3
    assert stamp.reads == 3


def test_trusted_for_a_while_then_read_again() -> None:
    stamp = Neo4jStamp()
    latest = ProjectionGeneration(stamp, trust_s=0.2)
    assert latest() == "sync-1"
    stamp.value = "sync-2"  # another process's sync
    assert latest() == "sync-1" and stamp.reads == 1
    time.sleep(0.25)
    assert latest() == "sync-2" and stamp.reads == 2


def test_a_write_of_this_process_is_seen_at_once_after_its_projection() -> None:
    stamp, store = Neo4jStamp(), ServerStore()
    latest = ProjectionGeneration(stamp, store, trust_s=3600)  # type: ignore[arg-type]
    assert latest() == "sync-1"
    seen: list[object] = []
    with store.lock:  # a write: counted on the store, then projected, all under the lock
        store.generation += 1
        reader = threading.Thread(target=lambda: seen.append(latest()))
        reader.start()
        time.sleep(0.1)
        assert not seen, "read before the write's projection was over"
        stamp.value = "write-1"
    reader.join(10)
    assert seen == ["write-1"]
    assert latest() == "write-1" and stamp.reads == 2
