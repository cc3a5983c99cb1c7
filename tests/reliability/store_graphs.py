"""A store's named graphs as sets of N-Triples lines, to compare a store left by a killed
process with one a clean run wrote (the graphs hold no blank nodes, so sets compare)."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pyoxigraph as ox

from councilgraph.errors import StoreError
from graph.build import DOCUMENT_GRAPHS
from graph.store import GraphStore

Graphs = dict[str, frozenset[str]]


def read_graphs(path: Path) -> Graphs:
    """Every named graph of the store at `path` (opened read-only) and its triples."""
    triples: dict[str, set[str]] = defaultdict(set)
    with GraphStore.open(path, read_only=True) as store:
        for quad in store.oxigraph:
            assert isinstance(quad.graph_name, ox.NamedNode), quad
            triples[quad.graph_name.value].add(f"{quad.subject} {quad.predicate} {quad.object}")
    return {name: frozenset(found) for name, found in triples.items()}


def documents(graphs: Graphs) -> set[str]:
    return {name for name in graphs if name.startswith(DOCUMENT_GRAPHS)}


def document_count(path: Path) -> int:
    """Documents in the store as a reader opening it now sees them; -1 while it cannot be
    opened (a writer may be between two files of its manifest)."""
    try:
        with GraphStore.open(path, read_only=True) as store:
            return sum(str(name).startswith(DOCUMENT_GRAPHS) for name in store.graph_names())
    except StoreError:
        return -1


def damaged_graphs(found: Graphs, reference: Graphs) -> list[str]:
    """Graphs in `found` that differ from the same graph in `reference` (half written, or
    written with something else)."""
    return sorted(name for name, triples in found.items() if reference.get(name) != triples)
