"""The whole store as RDF files, streamed in chunks: Turtle (every graph merged), N-Quads (each
triple in its named graph) and JSON-LD (a named-graph object per graph).

Quads are read from one consistent view of the store (Oxigraph iterates a snapshot) and
serialised CHUNK at a time, so memory stays flat however large the store. Chunks join into
one valid document: Turtle allows its prefixes to be declared again, N-Quads is a line per
quad, and JSON-LD chunks are the members of one top-level array (a graph named in two chunks
is two node objects with one @id, which JSON-LD merges).
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import islice

import pyoxigraph as ox

from councilgraph.errors import StoreError
from graph.linked_data import rdf_prefixes
from graph.store import GraphStore

CHUNK = 5000
FORMATS = {
    "ttl": ("text/turtle", ox.RdfFormat.TURTLE),
    "nq": ("application/n-quads", ox.RdfFormat.N_QUADS),
    "jsonld": ("application/ld+json", ox.RdfFormat.JSON_LD),
}


def _chunks(store: GraphStore) -> Iterator[list[ox.Quad]]:
    try:
        quads = iter(store.oxigraph.quads_for_pattern(None, None, None, None))
        while chunk := list(islice(quads, CHUNK)):
            yield chunk
    except (OSError, RuntimeError) as e:
        raise StoreError(f"cannot read the graph store at {store.path}: {e}") from e


def export(store: GraphStore, extension: str) -> Iterator[bytes]:
    """The store in the format of `extension` (a key of FORMATS), chunk by chunk."""
    if extension == "jsonld":
        yield from _json_ld(store)
        return
    rdf_format = FORMATS[extension][1]
    for chunk in _chunks(store):
        if rdf_format.supports_datasets:
            yield ox.serialize(chunk, format=rdf_format)
        else:
            triples = [quad.triple for quad in chunk]
            yield ox.serialize(triples, format=rdf_format, prefixes=rdf_prefixes())


def _json_ld(store: GraphStore) -> Iterator[bytes]:
    yield b"["
    first = True
    for chunk in _chunks(store):
        members = ox.serialize(chunk, format=ox.RdfFormat.JSON_LD).strip()
        if members in (b"[]", b""):
            continue
        yield (b"" if first else b",") + members[1:-1]  # the array's members, unwrapped
        first = False
    yield b"]\n"
