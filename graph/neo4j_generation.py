"""Which sync Neo4j's projection is at, read as often as freshness requires.

Every `councilgraph sync`, and every document a writing server projects, stamps a new
generation on the Dataset nodes. By default (`neo4j_generation_check_s` 0) it is read for every
question, so another process's sync, and Neo4j going away, show at once; questions asked while
a read is on its way share the next one (graph/coalesced_read.py). With N > 0 a read is trusted
for N seconds, saving a round trip per question: a sync by another process, or an outage, is
then seen up to N s late. This process's own writes are seen at once either way: they count
on the server's store, and a changed count is read again once the write's projection into
Neo4j is over (the write holds the store's lock until then).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from threading import RLock

from graph import cypher_queries as cypher
from graph.coalesced_read import CoalescedRead
from graph.store import GraphStore

Read = Callable[..., list[dict[str, object]]]


class ProjectionGeneration:
    def __init__(self, read: Read, store: GraphStore | None = None, trust_s: float = 0) -> None:
        self._latest = CoalescedRead(lambda: read(cypher.GENERATION)[0]["generation"])
        self._store = store
        self.writes = store.lock if store else RLock()
        self.trust_s = trust_s
        # (this process's writes, the generation read after them, trusted until): one tuple,
        # so threads swap it whole
        self._seen: tuple[int, object, float] | None = None

    def __call__(self) -> object:
        writes = self._store.generation if self._store else 0
        seen = self._seen
        if seen is not None and seen[0] == writes and time.monotonic() < seen[2]:
            return seen[1]
        if seen is None or seen[0] != writes:
            with self.writes:  # the write's projection into Neo4j is over, or undone
                generation = self._latest()
        else:
            generation = self._latest()
        self._seen = (writes, generation, time.monotonic() + self.trust_s)
        return generation
