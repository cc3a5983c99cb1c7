"""Writing projection rows to Neo4j for a full sync: `UNWIND $rows` statements in managed write
transactions of about `batch_size` rows, fed by a thread that reads the store meanwhile.

A transaction may run several statements (the last rows of one label and the first of the
next, or of the next stage): each commit waits for Neo4j's log to reach the disk, and most
labels and relationship types of a small graph have far fewer rows than a batch.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from queue import SimpleQueue
from threading import Event, Thread
from typing import TypeVar

from neo4j import ManagedTransaction, Session

from graph import cypher_queries as cypher
from graph.projection_rows import DATASET, ProjectionRows, RelKey

T = TypeVar("T")
Progress = Callable[[str, int], None]
"""Told what is being written and how many rows were just written."""
Statement = tuple[str, str, list[dict]]  # (what it writes, its query, a batch of rows)


class BatchWriter:
    """Statements of a sync's rows, committed whenever `batch_size` rows are waiting; `flush`
    commits the rest. Every row carries the run's id (`synced`)."""

    def __init__(self, session: Session, batch_size: int, run: str, tell: Progress) -> None:
        self.session = session
        self.batch_size = batch_size
        self.run = run
        self.tell = tell
        self.pending: list[Statement] = []
        self.waiting = 0  # rows in `pending`

    def write(self, rows: ProjectionRows) -> None:
        for statement in statements(rows, self.batch_size):
            self.pending.append(statement)
            self.waiting += len(statement[2])
            if self.waiting >= self.batch_size:
                self.flush()

    def flush(self) -> None:
        if not self.pending:
            return
        self.session.execute_write(run_all, self.pending, self.run)
        for what, _, batch in self.pending:
            self.tell(what, len(batch))
        self.pending, self.waiting = [], 0


def statements(rows: ProjectionRows, size: int) -> Iterator[Statement]:
    """(what, query, batch of at most `size` rows) for every row, nodes first: relationships
    need both their ends to exist."""
    queries = [(label, cypher.merge_nodes(label), n) for label, n in nodes_in_order(rows)]
    queries += [(key[0], merge_query(key, r), r) for key, r in rows.relationships.items()]
    for what, query, all_rows in queries:
        for start in range(0, len(all_rows), size):
            yield what, query, all_rows[start : start + size]


def run_all(tx: ManagedTransaction, batches: list[Statement], run: str) -> None:
    for _, query, batch in batches:
        tx.run(query, {"rows": batch, "run": run}).consume()


def nodes_in_order(rows: ProjectionRows) -> Iterable[tuple[str, list[dict]]]:
    """Node rows, the dataset first: the curated graph's claims start at its Dataset node."""
    return sorted(rows.nodes.items(), key=lambda item: (item[0] != DATASET, item[0]))


def merge_query(key: RelKey, rows: list[dict]) -> str:
    keys = tuple(name for name in cypher.MERGE_ORDER if rows and name in rows[0])
    return cypher.merge_relationships(*key, keys)


@contextmanager
def read_ahead(items: Iterator[T]) -> Iterator[Iterator[T]]:
    """The items, produced by a thread of their own from the moment the block starts, while
    the caller works on earlier ones. An error in the thread is raised to the caller; a
    caller leaving early stops the thread at its next item."""
    queue: SimpleQueue[tuple[bool, object]] = SimpleQueue()
    stop = Event()

    def produce() -> None:
        try:
            for item in items:
                if stop.is_set():
                    return
                queue.put((True, item))
        except BaseException as e:  # handed to the caller, who re-raises it
            queue.put((False, e))
        queue.put((False, None))

    def consume() -> Iterator[T]:
        while True:
            ok, item = queue.get()
            if not ok:
                if item is not None:
                    raise item  # type: ignore[misc]  # a BaseException, from produce()
                return
            yield item  # type: ignore[misc]  # a T, from produce()

    Thread(target=produce, name="projection-reader", daemon=True).start()
    try:
        yield consume()
    finally:
        stop.set()
