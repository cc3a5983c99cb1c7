"""Projecting the embedded RDF store into Neo4j as a labelled property graph.

`sync` projects everything: it writes every node and relationship in `UNWIND $rows` batches
(managed write transactions of `batch_size` rows), stamping each with the run's id, then deletes
what the run did not stamp, so a source gone from the store is gone from Neo4j and syncing twice
leaves the same graph. `sync_source` re-projects one named graph (a document) in a single
transaction: it deletes that graph's relationships and single-source nodes, re-merges what the
store now says, and recomputes the shared fact nodes (partnerships, posts, people) it touched
from every graph that states them. The shape is described in
docs/decisions/20261122-neo4j-projection.md.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from queue import SimpleQueue
from threading import Thread
from typing import TypeVar

from neo4j import Driver, ManagedTransaction
from rdflib import URIRef

from graph import cypher_queries as cypher
from graph import projection_sparql as sparql
from graph.neo4j_connection import translated
from graph.projection_facts import document_rows, fact_nodes
from graph.projection_rows import (
    DATASET,
    PARTNERSHIP,
    PERSON,
    SHARED_POST,
    ProjectionRows,
    RelKey,
    attach_intervals,
    fact_label,
    source_dates,
)
from graph.projection_stages import stages
from graph.store import GraphStore, Row
from graph.vocab import ID

T = TypeVar("T")
Progress = Callable[[str, int], None]
"""Told what is being written and how many rows were just written."""

_FACT_QUERIES = {
    PARTNERSHIP: ("partnerships", "services", "intervals"),
    SHARED_POST: ("shared_posts", "intervals"),
    PERSON: ("people",),
}
_FACT_ROWS = ("partnerships", "services", "shared_posts", "people", "intervals")
_DOCUMENTS = str(ID["graph/document/"])  # the prefix of every document's named graph


@dataclass(frozen=True, slots=True)
class SyncReport:
    rows: int  # node and relationship rows written
    nodes: int  # in the database afterwards
    relationships: int


class Neo4jProjection:
    """Writes the store's graph into the Neo4j database behind `driver`."""

    def __init__(self, driver: Driver, batch_size: int = 1000, where: str = "Neo4j") -> None:
        self.driver = driver
        self.batch_size = batch_size
        self.where = where  # the server's URI, for error messages

    def ensure_schema(self) -> None:
        for statement in cypher.schema_statements():
            self.driver.execute_query(statement)

    def sync(self, store: GraphStore, progress: Progress | None = None) -> SyncReport:
        """Project the whole store, replacing whatever an earlier sync wrote. A thread of its
        own reads the store in stages (graph/projection_stages.py), so reading the next stage
        overlaps with writing this one."""
        tell = progress or (lambda _what, _n: None)
        with translated(self.where):
            self.ensure_schema()
            run = _run_id()
            written = 0
            for rows in _in_background(stages(store)):
                written += rows.size()
                self._write(rows, run, tell)
            self._delete_unsynced(run)
            self.driver.execute_query(cypher.MARK_GENERATION, run=run)
            return SyncReport(written, *self.counts())

    def _write(self, rows: ProjectionRows, run: str, tell: Progress) -> None:
        for label, node_rows in _nodes_in_order(rows):
            self._write_batches(cypher.merge_nodes(label), node_rows, run, label, tell)
        for key, rel_rows in rows.relationships.items():
            self._write_batches(_merge_query(key, rel_rows), rel_rows, run, key[0], tell)

    def sync_source(self, store: GraphStore, graph: URIRef) -> SyncReport:
        """Re-project one named graph, atomically; a graph gone from the store is removed."""
        with translated(self.where):
            self.ensure_schema()
        bound = {"g": graph}
        stated = attach_intervals(
            {n: store.select(q, bound) for n, q in sparql.DOCUMENT_QUERIES.items()}
        )
        dates = source_dates(store.select(sparql.DOCUMENTS))
        run = _run_id()

        def work(tx: ManagedTransaction) -> int:
            old = {record["iri"] for record in tx.run(cypher.facts_of_source(), source=str(graph))}
            facts = _fact_rows(store, old | _facts_in(stated))
            rows = document_rows(stated)
            fact_nodes(facts, dates, out=rows)
            _delete_source(tx, str(graph))
            kept = {
                node["props"]["iri"] for label in cypher.FACT_LABELS for node in rows.nodes[label]
            }
            tx.run(cypher.delete_facts(), iris=sorted(old - kept)).consume()
            for label, node_rows in _nodes_in_order(rows):
                tx.run(cypher.merge_nodes(label), rows=node_rows, run=run).consume()
            for key, rel_rows in rows.relationships.items():
                tx.run(_merge_query(key, rel_rows), rows=rel_rows, run=run).consume()
            tx.run(cypher.MARK_GENERATION, run=run).consume()
            return rows.size()

        with translated(self.where), self.driver.session() as session:
            written = session.execute_write(work)
            return SyncReport(written, *self.counts())

    def reconcile_documents(self, store: GraphStore) -> list[str]:
        """Re-project each document graph that the store and Neo4j disagree on: written to
        the store but never projected (the process died between the two), or projected but
        no longer stored. Returns those graphs' names."""
        with translated(self.where):
            records = self.driver.execute_query(cypher.DOCUMENT_GRAPHS).records
        projected = {str(record["graph"]) for record in records}
        stored = {str(name) for name in store.graph_names() if name.startswith(_DOCUMENTS)}
        differing = sorted(projected ^ stored)
        for graph in differing:
            self.sync_source(store, URIRef(graph))
        return differing

    def counts(self) -> tuple[int, int]:
        nodes = self.driver.execute_query(cypher.COUNT_NODES).records[0]["count"]
        rels = self.driver.execute_query(cypher.COUNT_RELATIONSHIPS).records[0]["count"]
        return int(nodes), int(rels)

    def _write_batches(
        self, query: str, rows: list[dict], run: str, what: str, tell: Progress
    ) -> None:
        with self.driver.session() as session:
            for start in range(0, len(rows), self.batch_size):
                batch = rows[start : start + self.batch_size]
                session.execute_write(_run, query, {"rows": batch, "run": run})
                tell(what, len(batch))

    def _delete_unsynced(self, run: str) -> None:
        params = {"run": run, "limit": self.batch_size}
        params |= {"types": sorted(cypher.TYPES), "labels": sorted(cypher.LABELS)}
        with self.driver.session() as session:
            for query in (cypher.DELETE_UNSYNCED_RELATIONSHIPS, cypher.DELETE_UNSYNCED_NODES):
                while session.execute_write(_deleted, query, params):
                    pass


def _in_background(items: Iterator[T]) -> Iterator[T]:
    """The items, produced by a thread of their own while the caller works on the last one.
    An error in the thread is raised here."""
    queue: SimpleQueue[tuple[bool, object]] = SimpleQueue()

    def produce() -> None:
        try:
            for item in items:
                queue.put((True, item))
        except BaseException as e:  # handed to the caller, who re-raises it
            queue.put((False, e))
        queue.put((False, None))

    Thread(target=produce, name="projection-reader", daemon=True).start()
    while True:
        ok, item = queue.get()
        if not ok:
            if item is not None:
                raise item  # type: ignore[misc]  # a BaseException, from produce()
            return
        yield item  # type: ignore[misc]  # a T, from produce()


def _run_id() -> str:
    """A sync's id: time-ordered, so ids also say which sync came last."""
    return f"{time.time_ns():020d}-{uuid.uuid4().hex[:8]}"


def _run(tx: ManagedTransaction, query: str, params: dict) -> None:
    tx.run(query, params).consume()


def _deleted(tx: ManagedTransaction, query: str, params: dict) -> int:
    return int(tx.run(query, params).single(strict=True)["deleted"])


def _nodes_in_order(rows: ProjectionRows) -> Iterable[tuple[str, list[dict]]]:
    """Node rows, the dataset first: relationships need both their ends to exist."""
    return sorted(rows.nodes.items(), key=lambda item: (item[0] != DATASET, item[0]))


def _merge_query(key: RelKey, rows: list[dict]) -> str:
    keys = tuple(name for name in cypher.MERGE_ORDER if rows and name in rows[0])
    return cypher.merge_relationships(*key, keys)


def _facts_in(stated: dict[str, list[Row]]) -> set[str]:
    return {
        str(row["fact"])
        for name in ("partnerships", "shared_posts", "people")
        for row in stated[name]
    }


def _fact_rows(store: GraphStore, facts: Iterable[str]) -> dict[str, list[Row]]:
    """What every graph says about each of `facts` (fact IRIs)."""
    rows: dict[str, list[Row]] = {name: [] for name in _FACT_ROWS}
    for fact in sorted(facts):
        for name in _FACT_QUERIES.get(fact_label(fact) or "", ()):
            rows[name] += store.select(sparql.DOCUMENT_QUERIES[name], {"fact": URIRef(fact)})
    return attach_intervals(rows)


def _delete_source(tx: ManagedTransaction, source: str) -> None:
    for label in (*cypher.FACT_LABELS, *cypher.SINGLE_SOURCE_LABELS, DATASET):
        tx.run(cypher.delete_source_relationships(label), source=source).consume()
    for label in cypher.SINGLE_SOURCE_LABELS:
        tx.run(cypher.delete_source_nodes(label), source=source).consume()
