"""The relationship half of the embedded repository: a RelationshipAnswers over the store's
snapshot, rebuilt when the store has been written since, and documents read with SPARQL.

Caching: the snapshot is read once (a dozen SELECTs) and kept while the store's generation
(its count of writes, `GraphStore.generation`) is the same. A read-only store never changes
under the server; a writable one changes only through the server's own store object, which
holds the folder's lock, so every document added or dropped is counted. (Listing the named
graphs instead cost every question time in proportion to the documents: 10 ms at 1,000.)
Rebuilding the store with `build` needs a restart, as ever.
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
        self._generation: int | None = None
        self._answers: RelationshipAnswers | None = None

    def answers(self) -> RelationshipAnswers:
        """The answers for the store as it is now."""
        with self._lock:
            if self._answers is None or self.store.generation != self._generation:
                with self.store.lock:  # no write between the snapshot's dozen queries
                    self._generation = self.store.generation
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
