"""The relationship half of the embedded repository: a RelationshipAnswers over the store's
snapshot, rebuilt when the store's set of named graphs changes, and documents read with SPARQL.

Caching: the snapshot is read once (a dozen SELECTs) and kept while the store holds the same
named graphs. A read-only store never changes under the server; a writable one changes by adding
or dropping a document's graph (a changed document has a new id, hence a new graph), which the
check sees. Rebuilding the curated graph in place needs a restart, as every `build` does.
"""

from __future__ import annotations

from threading import Lock

from graph import sparql_queries as sparql
from graph.embedded_facts import load_snapshot
from graph.relationship_answers import RelationshipAnswers
from graph.relationship_records import DocumentDetail, DocumentSummary, Page
from graph.store import GraphStore


class EmbeddedRelationships:
    def __init__(self, store: GraphStore) -> None:
        self.store = store
        self._lock = Lock()
        self._generation: frozenset[str] | None = None
        self._answers: RelationshipAnswers | None = None

    def answers(self) -> RelationshipAnswers:
        """The answers for the store as it is now."""
        generation = frozenset(str(name) for name in self.store.graph_names())
        with self._lock:
            if self._answers is None or generation != self._generation:
                with self.store.lock:  # no write between the snapshot's dozen queries
                    self._generation = frozenset(str(name) for name in self.store.graph_names())
                    self._answers = RelationshipAnswers(load_snapshot(self.store))
            return self._answers

    def list_documents(self, limit: int, offset: int) -> Page[DocumentSummary]:
        return self.answers().list_documents(limit, offset)

    def get_document(self, identifier: str) -> DocumentDetail:
        answers = self.answers()
        summary = answers.document_summary(identifier)
        bound = {"id": summary.id}
        rows = self.store.select(sparql.DOCUMENT_TEXT, bound)
        text = str(rows[0]["text"]) if rows and rows[0]["text"] is not None else None
        mentions = [
            str(row["council"]) for row in self.store.select(sparql.DOCUMENT_MENTIONS, bound)
        ]
        return answers.document_detail(summary, text, mentions)
