"""The relationship half of the Neo4j repository: a RelationshipAnswers over the snapshot read
from Neo4j (graph/neo4j_facts.py), rebuilt when a sync has run since it was read.

Every sync writes its id on the Dataset nodes; each question compares it with the id the
snapshot was read at (graph/neo4j_generation.py says how often it is read), so a server sees a
`councilgraph sync` without a restart.
"""

from __future__ import annotations

from collections.abc import Callable
from threading import Lock

from councilgraph.errors import NotFound
from graph import cypher_queries as cypher
from graph.neo4j_facts import load_snapshot
from graph.neo4j_generation import ProjectionGeneration
from graph.relationship_answers import RelationshipAnswers, page
from graph.relationship_records import DocumentDetail, DocumentSummary, Page, check_page

Read = Callable[..., list[dict[str, object]]]


class Neo4jRelationships:
    def __init__(self, read: Read, latest: ProjectionGeneration) -> None:
        self.read = read
        self._latest = latest
        self._lock = Lock()
        self._generation: object = None
        self._answers: RelationshipAnswers | None = None

    def answers(self) -> RelationshipAnswers:
        """The answers for the graph as the latest sync left it."""
        return self.current()[1]

    def current(self) -> tuple[object, RelationshipAnswers]:
        """The generation of the latest sync, and the answers read at it."""
        generation = self._latest()
        with self._lock:
            if self._answers is None or generation != self._generation:
                # the snapshot is a dozen queries: a write landing between two would tear it.
                # A sync ending meanwhile leaves it newer than `generation`, never older.
                with self._latest.writes:
                    self._generation = generation
                    self._answers = RelationshipAnswers(load_snapshot(self.read))
            return self._generation, self._answers

    def list_documents(self, limit: int, offset: int) -> Page[DocumentSummary]:
        """Newest first (undated last), then by id."""
        check_page(limit, offset)
        documents = sorted(self.answers().snapshot.documents.values(), key=lambda d: d.id)
        documents.sort(key=lambda d: d.date.toordinal() if d.date else 0, reverse=True)
        return page(documents, limit, offset)

    def get_document(self, identifier: str) -> DocumentDetail:
        answers = self.answers()
        summary = answers.snapshot.documents.get(identifier.strip())
        if summary is None:
            raise NotFound("document", identifier)
        text = self.read(cypher.DOCUMENT_TEXT, id=summary.id)
        councils = answers.snapshot.councils
        mentions = [
            str(row["council"]) for row in self.read(cypher.DOCUMENT_MENTIONS, id=summary.id)
        ]
        return DocumentDetail(
            id=summary.id,
            title=summary.title,
            url=summary.url,
            date=summary.date,
            format=summary.format,
            publisher=summary.publisher,
            text=str(text[0]["text"]) if text and text[0]["text"] is not None else None,
            mentions=tuple(councils[code].brief for code in mentions if code in councils),
            facts=answers.document_facts(summary.id),
        )
