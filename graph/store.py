"""The embedded graph store: Oxigraph (RocksDB) on disk, one named graph per source.

Sources are the register, each document and the curated facts; each lives in its own named
graph, so replacing one never touches the others. Queries see the union of all graphs.

Locking: a read-write store holds an exclusive lock on its folder, so only one process can
write at a time; a second writer gets a StoreError. `serve` opens the store read-only, which
takes no lock and reads a snapshot of the store as it was when opened, so `build` can rewrite
the store under a running server; the server shows the new graph after a restart. (Oxigraph
calls a read-only instance beside a writer undefined behaviour; the snapshot is what RocksDB
gives in practice, and restarting after a build is the documented way to pick up changes.)
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from decimal import Decimal
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from councilgraph.errors import StoreError

Row = dict[str, object]

_XSD = "http://www.w3.org/2001/XMLSchema#"
_NUMBERS = {_XSD + "integer"}  # Oxigraph stores every derived integer type as xsd:integer
_DECIMALS = {_XSD + t for t in ("decimal", "double", "float")}
REBUILD = "run `councilgraph build` (or `make build`) to build it"


class GraphStore:
    """A persistent Oxigraph store. Open it with `GraphStore.open(path, read_only=...)`."""

    def __init__(self, store: ox.Store, path: Path, read_only: bool) -> None:
        self._store: ox.Store | None = store
        self.path = path
        self.read_only = read_only

    @classmethod
    def open(cls, path: Path, *, read_only: bool = False) -> GraphStore:
        """Open (read-write: create) the store at `path`; StoreError says what to do if not."""
        if read_only and not (path / "CURRENT").is_file():
            raise StoreError(f"no graph store at {path}: {REBUILD}")
        try:
            store = ox.Store.read_only(str(path)) if read_only else ox.Store(str(path))
        except OSError as e:
            if "lock" in str(e).lower():
                raise StoreError(
                    f"the graph store at {path} is in use by another process (a running "
                    "`councilgraph build`, or a server with writes enabled): stop it, or pass "
                    "--store to use another folder"
                ) from e
            raise StoreError(f"cannot open the graph store at {path}: {e}") from e
        except RuntimeError as e:  # RocksDB reports corruption as a RuntimeError
            raise StoreError(
                f"the graph store at {path} is corrupt ({e}): delete the folder and {REBUILD}"
            ) from e
        return cls(store, path, read_only)

    @property
    def oxigraph(self) -> ox.Store:
        if self._store is None:
            raise StoreError(f"the graph store at {self.path} is closed")
        return self._store

    def close(self) -> None:
        """Release the store (and its lock). Oxigraph closes when its last reference goes."""
        self._store = None

    def __enter__(self) -> GraphStore:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def replace_graph(self, name: URIRef, graph: Graph) -> None:
        """Replace the named graph `name` with `graph`, in one transaction.

        Oxigraph's Python API has no multi-step transaction, but one SPARQL UPDATE request is
        one: the drop and the insert travel together, so readers never see the graph half
        written. Every term is written by Oxigraph's own N-Triples serialiser, so no value is
        ever spliced in as raw text.
        """
        target = ox.NamedNode(str(name))
        body = "\n".join(" ".join(str(_to_ox(t)) for t in triple) + " ." for triple in graph)
        update = f"DROP SILENT GRAPH {target} ;\nINSERT DATA {{ GRAPH {target} {{\n{body}\n}} }}"
        self._write(update)

    def drop_graph(self, name: URIRef) -> None:
        self._write(f"DROP SILENT GRAPH {ox.NamedNode(str(name))}")

    def _write(self, update: str) -> None:
        if self.read_only:
            raise StoreError(f"the graph store at {self.path} is open read-only")
        try:
            self.oxigraph.update(update)
        except (OSError, RuntimeError) as e:
            raise StoreError(f"cannot write to the graph store at {self.path}: {e}") from e

    def graph_names(self) -> set[URIRef]:
        return {URIRef(g.value) for g in self.oxigraph.named_graphs()}

    def has_graph(self, name: URIRef) -> bool:
        return self.oxigraph.contains_named_graph(ox.NamedNode(str(name)))

    def quad_count(self) -> int:
        """Triples stored, counting a triple once per named graph that holds it."""
        return len(self.oxigraph)

    def select(self, query: str, bindings: Mapping[str, object] | None = None) -> list[Row]:
        """Run a SELECT over the union of all graphs. `bindings` are substituted for the
        query's variables as RDF terms (SEP-0007), never pasted into the query text."""
        substitutions = {
            ox.Variable(name): _value_to_ox(value)
            for name, value in (bindings or {}).items()
            if value is not None
        }
        try:
            solutions = self.oxigraph.query(
                query, use_default_graph_as_union=True, substitutions=substitutions
            )
            names = [v.value for v in solutions.variables]
            return [{n: _from_ox(s[n]) for n in names} for s in solutions]
        except SyntaxError as e:
            raise StoreError(f"a named query failed to parse: {e}") from e
        except (OSError, RuntimeError) as e:
            raise StoreError(f"cannot read the graph store at {self.path}: {e}") from e

    def union(self, exclude: Iterable[URIRef] = ()) -> Graph:
        """Every named graph but `exclude`, merged into one rdflib Graph (for SHACL)."""
        skip = {str(name) for name in exclude}
        merged = Graph()
        for quad in self.oxigraph:
            if isinstance(quad.graph_name, ox.NamedNode) and quad.graph_name.value in skip:
                continue
            merged.add(
                (
                    _from_ox_term(quad.subject),
                    _from_ox_term(quad.predicate),
                    _from_ox_term(quad.object),
                )
            )
        return merged


def _to_ox(term: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"cannot store {term!r}")


def _value_to_ox(value: object) -> ox.NamedNode | ox.Literal:
    if isinstance(value, URIRef):
        return ox.NamedNode(str(value))
    if isinstance(value, date):
        return ox.Literal(value.isoformat(), datatype=ox.NamedNode(_XSD + "date"))
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        return ox.Literal(value)
    raise TypeError(f"cannot bind {value!r} in a query")


def _from_ox_term(term: ox.NamedNode | ox.BlankNode | ox.Literal) -> Node:
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    if term.datatype.value == _XSD + "string":  # rdflib writes plain strings without one
        return Literal(term.value)
    return Literal(term.value, datatype=URIRef(term.datatype.value))


def _from_ox(term: object) -> object:
    """A query result as a plain Python value: IRIs as str, typed literals as their value."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode | ox.BlankNode):
        return term.value
    datatype = term.datatype.value
    if datatype == _XSD + "date":
        return date.fromisoformat(term.value)
    if datatype in _NUMBERS:
        return int(term.value)
    if datatype in _DECIMALS:
        return float(Decimal(term.value))
    return term.value
