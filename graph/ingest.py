"""Adding one uploaded document to a running graph: extraction, then its named graph, once.

The write path of `POST /v1/documents`. A document's id is a hash of its text, and its facts
live in their own named graph, so a document already in the store is left alone (idempotent
by content). Writes are serialised by a lock (the store's own lock keeps other processes out)
and atomic: the named graph is written in one store transaction, so a killed process leaves
the document wholly there or wholly absent. Listeners (the SPARQL pool's refresh, the Neo4j
projection) run under the same lock after the write; when one fails the graph is dropped
again, so the store and its projections never disagree about a document.
"""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from rdflib import URIRef

from councilgraph.errors import InvalidParameter
from graph import ids
from graph.model import Document
from graph.rdf_extraction import extraction_graph
from graph.store import GraphStore
from loaders.pipeline import extract_document
from loaders.register_reader import Register

WriteListener = Callable[[URIRef], None]
"""Told the named graph of each document just written; raising undoes the write."""


@dataclass(frozen=True, slots=True)
class Metadata:
    """What the uploader says about a document, overriding what the reader found."""

    title: str | None = None
    date: date | None = None
    publisher: str | None = None  # register or GSS code of the council that published it


@dataclass(frozen=True, slots=True)
class Ingested:
    document_id: str
    created: bool  # False: the same text was already in the graph, nothing was written


class DocumentWriter:
    """The one writer of a server's store."""

    def __init__(
        self, store: GraphStore, register: Register, listeners: Sequence[WriteListener] = ()
    ) -> None:
        self.store = store
        self.register = register
        self.listeners = list(listeners)
        self._lock = threading.Lock()

    def with_metadata(self, document: Document, metadata: Metadata) -> Document:
        """`document` with the uploader's title, date and publisher (InvalidParameter for a
        publisher the register does not hold)."""
        changes: dict[str, object] = {}
        if metadata.title and metadata.title.strip():
            changes["title"] = metadata.title.strip()
        if metadata.date is not None:
            changes["date"] = metadata.date
        if metadata.publisher:
            code = self.register.resolve(metadata.publisher)
            if code is None:
                raise InvalidParameter("publisher", f"no council with id {metadata.publisher!r}")
            changes["publisher"] = code
        return dataclasses.replace(document, **changes)  # type: ignore[arg-type]

    def ingest(self, document: Document) -> Ingested:
        """Extract `document` and add its graph, unless a document of the same text is there.
        Extraction runs outside the lock, so a long document does not hold up other writes."""
        name = ids.document_graph(document.id)
        if self.store.has_graph(name):
            return Ingested(document.id, created=False)
        graph = extraction_graph(extract_document(document, self.register), self.register)
        # The store's lock too: a reader taking several queries to see the graph (the answers'
        # snapshot, in this process or from Neo4j) waits until the projections agree again.
        with self._lock, self.store.lock:
            if self.store.has_graph(name):  # the same text, posted meanwhile
                return Ingested(document.id, created=False)
            self.store.replace_graph(name, graph)
            self._tell(name)
        return Ingested(document.id, created=True)

    def _tell(self, name: URIRef) -> None:
        try:
            for listener in self.listeners:
                listener(name)
        except Exception:
            self.store.drop_graph(name)
            for listener in self.listeners:
                _quietly(listener, name)
            raise


def _quietly(listener: WriteListener, name: URIRef) -> None:
    """Tell a listener the graph is gone again; it already failed once, so do not raise."""
    try:
        listener(name)
    except Exception:  # the first failure is the one the caller hears of
        return
