"""Projecting the embedded RDF store into Neo4j as a labelled property graph.

`sync` projects everything: it writes every node and relationship in `UNWIND $rows` batches
(managed write transactions of about `batch_size` rows: graph/projection_writer.py), stamping
each with the run's id, then deletes what the run did not stamp, so a source gone from the
store is gone from Neo4j and syncing twice leaves the same graph. `sync_source` re-projects one
named graph (a document) in a single transaction: it deletes that graph's relationships and
single-source nodes, re-merges what the store now says, and recomputes the shared fact nodes
(partnerships, posts, people) it touched from every graph that states them. The shape is
described in docs/decisions/20261122-neo4j-projection.md.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterable
from dataclasses import dataclass

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
    attach_intervals,
    fact_label,
    source_dates,
)
from graph.projection_stages import stages
from graph.projection_writer import BatchWriter, Progress, read_ahead, run_all, statements
from graph.store import GraphStore, Row
from graph.vocab import ID

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
        """Create the constraints and indexes the database lacks. Listing the ones it has is
        one query; each `CREATE ... IF NOT EXISTS` is a schema transaction of its own even
        when there is nothing to create (all of them took a quarter to a whole second on a
        freshly started server, and every sync and re-projected document ran them)."""
        names = {r["name"] for r in self.driver.execute_query(cypher.INDEX_NAMES).records}
        for name, statement in cypher.schema_statements().items():
            if name not in names:
                self.driver.execute_query(statement)

    def sync(self, store: GraphStore, progress: Progress | None = None) -> SyncReport:
        """Project the whole store, replacing whatever an earlier sync wrote. A thread of its
        own reads the store in stages (graph/projection_stages.py), so reading the next stage
        overlaps with writing this one."""
        tell = progress or (lambda _what, _n: None)
        run = _run_id()
        written = 0
        with translated(self.where), read_ahead(stages(store)) as staged:
            self.ensure_schema()
            # an empty database holds nothing stale: no need to look for it afterwards
            empty = self._node_count() == 0
            with self.driver.session() as session:
                writer = BatchWriter(session, self.batch_size, run, tell)
                for rows in staged:
                    written += rows.size()
                    writer.write(rows)
                writer.flush()
            if not empty:
                self._delete_unsynced(run)
            self.driver.execute_query(cypher.MARK_GENERATION, run=run)
            return SyncReport(written, *self.counts())

    def sync_source(self, store: GraphStore, graph: URIRef) -> SyncReport:
        """Re-project one named graph, atomically; a graph gone from the store is removed."""
        with translated(self.where):
            self.ensure_schema()
        bound = {"g": graph}
        stated = {n: store.select(q, bound) for n, q in sparql.DOCUMENT_QUERIES.items()}
        attach_intervals(stated)
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
            run_all(tx, list(statements(rows, max(rows.size(), 1))), run)
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
        rels = self.driver.execute_query(cypher.COUNT_RELATIONSHIPS).records[0]["count"]
        return self._node_count(), int(rels)

    def _node_count(self) -> int:
        return int(self.driver.execute_query(cypher.COUNT_NODES).records[0]["count"])

    def _delete_unsynced(self, run: str) -> None:
        params = {"run": run, "limit": self.batch_size}
        params |= {"types": sorted(cypher.TYPES), "labels": sorted(cypher.LABELS)}
        with self.driver.session() as session:
            for query in (cypher.DELETE_UNSYNCED_RELATIONSHIPS, cypher.DELETE_UNSYNCED_NODES):
                while session.execute_write(_deleted, query, params):
                    pass


def _run_id() -> str:
    """A sync's id: time-ordered, so ids also say which sync came last."""
    return f"{time.time_ns():020d}-{uuid.uuid4().hex[:8]}"


def _deleted(tx: ManagedTransaction, query: str, params: dict) -> int:
    return int(tx.run(query, params).single(strict=True)["deleted"])


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
