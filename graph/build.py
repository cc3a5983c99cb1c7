"""Loading sources into the store, each into its own named graph.

Every load replaces its graph whole, so loading a source twice leaves the store as loading it
once did, and a changed document replaces only its own facts.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph
from rdflib.exceptions import ParserError

from councilgraph.errors import DocumentError
from graph import ids
from graph.model import Extraction
from graph.rdf_extraction import extraction_graph
from graph.rdf_register import register_graph
from graph.store import GraphStore, NTriples, ntriples
from graph.validation import check, ontology
from graph.vocab import ID
from loaders.register_reader import Register

DOCUMENT_GRAPHS = str(ID["graph/document/"])


def load_ontology(store: GraphStore) -> None:
    """The ontology itself, so queries can read notations and labels of terms."""
    store.replace_graph(ids.ontology_graph(), ontology())


def load_register(store: GraphStore, register: Register) -> int:
    """Every council in the register; returns how many."""
    store.replace_graph(ids.register_graph(), register_graph(register))
    return len(register)


@dataclass(frozen=True, slots=True)
class DocumentTriples:
    """One document's graph written out, ready to load: what a parallel build's workers make."""

    document_id: str
    triples: NTriples


def document_triples(extraction: Extraction, register: Register) -> DocumentTriples:
    """The graph of one document's facts, as text (DocumentError as `extraction_graph`)."""
    return DocumentTriples(extraction.document.id, ntriples(extraction_graph(extraction, register)))


def load_document(store: GraphStore, document: DocumentTriples) -> None:
    """One document's graph, replacing whatever that document said before."""
    store.replace_graph_ntriples(ids.document_graph(document.document_id), document.triples)


def load_extraction(store: GraphStore, extraction: Extraction, register: Register) -> None:
    """One document's facts, replacing whatever that document said before."""
    load_document(store, document_triples(extraction, register))


def prune_documents(store: GraphStore, keep: Iterable[str]) -> int:
    """Drop the graphs of documents not in `keep` (ids); returns how many were dropped."""
    kept = {ids.document_graph(document_id) for document_id in keep}
    stale = [
        name
        for name in store.graph_names()
        if str(name).startswith(DOCUMENT_GRAPHS) and name not in kept
    ]
    for name in stale:
        store.drop_graph(name)
    return len(stale)


def load_curated(store: GraphStore, folder: Path) -> int:
    """Hand-curated facts: every *.ttl file in `folder`, together, as the curated graph.
    Returns how many files were read; with none, the curated graph is dropped."""
    files = sorted(folder.glob("*.ttl")) if folder.is_dir() else []
    graph = Graph()
    for path in files:
        try:
            graph.parse(path, format="turtle")
        except (ParserError, SyntaxError, ValueError) as e:
            raise DocumentError(str(path), f"not valid Turtle: {e}") from e
    if files:
        store.replace_graph(ids.curated_graph(), graph)
    else:
        store.drop_graph(ids.curated_graph())
    return len(files)


def validate_store(store: GraphStore) -> None:
    """Check everything but the ontology against the SHACL shapes; raise ShapeViolation."""
    check(store.union(exclude=[ids.ontology_graph()]))
