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

import threading
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from councilgraph.errors import StoreError
from graph.store_seal import damaged_tables

Row = dict[str, object]

_XSD = "http://www.w3.org/2001/XMLSchema#"
_NUMBERS = {_XSD + "integer"}  # Oxigraph stores every derived integer type as xsd:integer
_DECIMALS = {_XSD + t for t in ("decimal", "double", "float")}
REBUILD = "run `councilgraph build` (or `make build`) to build it"


def rebuild_hint(path: Path) -> str:
    """How to make a store at `path` again, with the folder named."""
    return f"delete the folder and run `councilgraph build --store {path}` to build it again"


class GraphStore:
    """A persistent Oxigraph store. Open it with `GraphStore.open(path, read_only=...)`."""

    def __init__(self, store: ox.Store, path: Path, read_only: bool) -> None:
        self._store: ox.Store | None = store
        self.path = path
        self.read_only = read_only
        # Writes made through this object. A writer holds the folder's lock, so these are all
        # the writes there are: an unchanged count means an unchanged store (and a read-only
        # store never changes: it reads the snapshot it opened). Cheap to compare, unlike
        # listing the named graphs, one per document.
        self.generation = 0
        # Held by every write, and by a reader that needs several queries to see one state of
        # the store (each query alone sees one): a write landing between two of them would
        # show it half a document.
        self.lock = threading.RLock()
        # RocksDB finds corruption only when it reads the damaged block, and may serve other
        # requests from its cache afterwards; the first sighting is kept, so check() reports it.
        self._corruption: StoreError | None = None

    @classmethod
    def open(cls, path: Path, *, read_only: bool = False, verify: bool = False) -> GraphStore:
        """Open (read-write: create) the store at `path`; StoreError says what to do if not.
        With `verify`, first check its table files against the seal `build` left (a second
        per GB: for servers and commands that open it once, not for every worker)."""
        if read_only and not (path / "CURRENT").is_file():
            raise StoreError(
                f"no graph store at {path}: run `councilgraph build --store {path}` "
                "(or `make build` for the default store) to build it"
            )
        if verify and (damaged := damaged_tables(path)):
            raise StoreError(
                f"the graph store at {path} is corrupt ({', '.join(damaged)} no longer holds "
                f"what `councilgraph build` wrote): {rebuild_hint(path)}"
            )
        try:
            store = ox.Store.read_only(str(path)) if read_only else ox.Store(str(path))
        except OSError as e:
            if "lock" in str(e).lower():
                raise StoreError(
                    f"the graph store at {path} is in use by another process (a running "
                    "`councilgraph build`, or a server with writes enabled): stop it, or pass "
                    "--store to use another folder"
                ) from e
            # a file the store's manifest names is missing or unreadable
            raise StoreError(
                f"the graph store at {path} is damaged ({e}): {rebuild_hint(path)}"
            ) from e
        except RuntimeError as e:  # RocksDB reports corruption as a RuntimeError
            raise StoreError(
                f"the graph store at {path} is corrupt ({e}): {rebuild_hint(path)}"
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

    def flush(self) -> None:
        """Move what is only in the write-ahead log into checksummed table files. RocksDB
        replays a damaged log only up to the damage and drops the rest without a word; table
        files are checked on open and on every read, so damage there is reported instead."""
        with self._reading("write"):
            self.oxigraph.flush()

    def check(self) -> None:
        """Raise StoreError when the store cannot serve: closed, its folder gone (a server keeps
        reading the files it opened, but the next start will not find them), or corruption
        met by any earlier read."""
        if self._corruption is not None:
            raise self._corruption
        if not (self.path / "CURRENT").is_file():
            raise StoreError(
                f"the graph store at {self.path} is gone from disk: run `councilgraph build "
                f"--store {self.path}`, then restart"
            )
        with self._reading():
            self.oxigraph.query("ASK { ?s ?p ?o }")

    @contextmanager
    def _reading(self, doing: str = "read") -> Iterator[None]:
        """RocksDB's errors as StoreError, naming the store and, for corruption, the cure."""
        try:
            yield
        except (OSError, RuntimeError) as e:
            if "corrupt" not in str(e).lower():
                raise StoreError(f"cannot {doing} the graph store at {self.path}: {e}") from e
            error = StoreError(
                f"the graph store at {self.path} is corrupt ({e}): {rebuild_hint(self.path)}"
            )
            self._corruption = self._corruption or error
            raise error from e

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
        self.replace_graph_ntriples(name, ntriples(graph))

    def replace_graph_ntriples(self, name: URIRef, triples: NTriples) -> None:
        """`replace_graph` for a graph `ntriples` has already written out (a parallel build's
        workers hand back text, which crosses between processes far cheaper than a Graph)."""
        target = ox.NamedNode(str(name))
        body = triples.text
        update = f"DROP SILENT GRAPH {target} ;\nINSERT DATA {{ GRAPH {target} {{\n{body}\n}} }}"
        self._write(update)

    def drop_graph(self, name: URIRef) -> None:
        self._write(f"DROP SILENT GRAPH {ox.NamedNode(str(name))}")

    def _write(self, update: str) -> None:
        if self.read_only:
            raise StoreError(f"the graph store at {self.path} is open read-only")
        with self.lock, self._reading("write to"):
            self.oxigraph.update(update)
            self.generation += 1

    def graph_names(self) -> set[URIRef]:
        with self._reading():
            return {URIRef(g.value) for g in self.oxigraph.named_graphs()}

    def has_graph(self, name: URIRef) -> bool:
        with self._reading():
            return self.oxigraph.contains_named_graph(ox.NamedNode(str(name)))

    def quad_count(self) -> int:
        """Triples stored, counting a triple once per named graph that holds it."""
        with self._reading():
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
            with self._reading():
                solutions = self.oxigraph.query(
                    query, use_default_graph_as_union=True, substitutions=substitutions
                )
                names = [v.value for v in solutions.variables]
                # a solution iterates its values in the order of its variables: a fifth
                # quicker than looking each one up by name
                return [dict(zip(names, map(_from_ox, s), strict=True)) for s in solutions]
        except SyntaxError as e:
            raise StoreError(f"a named query failed to parse: {e}") from e

    def union(self, exclude: Iterable[URIRef] = ()) -> Graph:
        """Every named graph but `exclude`, merged into one rdflib Graph (for SHACL)."""
        skip = {str(name) for name in exclude}
        merged = Graph()
        with self._reading():
            quads = list(self.oxigraph)
        for quad in quads:
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


@dataclass(frozen=True, slots=True)
class NTriples:
    """A graph as N-Triples lines, each term written by Oxigraph's serialiser; made only by
    `ntriples`, so its text is safe to place in an INSERT DATA."""

    text: str
    count: int


def ntriples(graph: Graph) -> NTriples:
    lines = [" ".join(str(_to_ox(t)) for t in triple) + " ." for triple in graph]
    return NTriples("\n".join(lines), len(lines))


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


def _decimal(text: str) -> float:
    return float(Decimal(text))


_VALUES = {_XSD + "date": date.fromisoformat} | dict.fromkeys(_NUMBERS, int)
_VALUES |= dict.fromkeys(_DECIMALS, _decimal)
"""How a literal of each datatype becomes a Python value; any other is its lexical form."""


def _from_ox(term: object) -> object:
    """A query result as a plain Python value: IRIs as str, typed literals as their value.
    Dispatched on the exact class, most common first: this runs for every value a query
    returns (over a million for a full sync of a million triples)."""
    kind = type(term)
    if kind is ox.NamedNode or kind is ox.BlankNode:
        return term.value  # type: ignore[attr-defined]
    if term is None:
        return None
    value = _VALUES.get(term.datatype.value)  # type: ignore[attr-defined]
    return term.value if value is None else value(term.value)  # type: ignore[attr-defined]
