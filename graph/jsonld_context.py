"""The JSON-LD @context of the graph, generated from the ontology (never written by hand).

Every prefix the ontology file declares becomes a prefix, plus `cgid` for instances (the
ontology's cg:instanceNamespace). Every class, individual and property the ontology declares
becomes a term named by its local name; object properties are typed `@id` and datatype
properties carry the ontology's rdfs:range, so values compact to plain strings. When two
namespaces use one local name (org:identifier, schema:identifier), a councilgraph term keeps
the short name and the others are left to their prefixed form (schema:identifier).
"""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

from rdflib import RDFS, XSD, Graph, URIRef

from graph.validation import ONTOLOGY_FILE, ontology
from graph.vocab import (
    ANNOTATION_PROPERTIES,
    CG,
    CLASSES,
    DATATYPE_PROPERTIES,
    ID,
    INDIVIDUALS,
    OBJECT_PROPERTIES,
)

INSTANCE_PREFIX = "cgid"
Context = dict[str, object]


@lru_cache(maxsize=1)
def prefixes() -> dict[str, str]:
    """Prefix name to namespace: the ontology file's own, and the instance namespace."""
    own = Graph(bind_namespaces="none").parse(ONTOLOGY_FILE)  # without rdflib's defaults
    declared = {name: str(uri) for name, uri in own.namespaces() if name and name != "xml"}
    return {**dict(sorted(declared.items())), INSTANCE_PREFIX: str(ID)}


def _compact(term: URIRef) -> str:
    for name, namespace in prefixes().items():
        if str(term).startswith(namespace) and name != INSTANCE_PREFIX:
            return f"{name}:{str(term)[len(namespace) :]}"
    return str(term)


def _local(term: URIRef) -> str:
    return _compact(term).split(":", 1)[1]


def _definition(term: URIRef) -> object:
    if term in OBJECT_PROPERTIES:
        return {"@id": _compact(term), "@type": "@id"}
    if term in DATATYPE_PROPERTIES:
        ranges = [r for r in ontology().objects(term, RDFS.range) if isinstance(r, URIRef)]
        if len(ranges) == 1 and ranges[0] != XSD.string:
            return {"@id": _compact(term), "@type": _compact(ranges[0])}
    return _compact(term)


@lru_cache(maxsize=1)
def context() -> Context:
    """The @context object (without the {"@context": ...} wrapper)."""
    terms = CLASSES | INDIVIDUALS | OBJECT_PROPERTIES | DATATYPE_PROPERTIES | ANNOTATION_PROPERTIES
    by_name: dict[str, list[URIRef]] = defaultdict(list)
    for term in terms:
        by_name[_local(term)].append(term)
    body: Context = dict(prefixes())
    for name in sorted(by_name):
        candidates = by_name[name]
        ours = [t for t in candidates if str(t).startswith(str(CG._NS))]
        chosen = ours[0] if ours else candidates[0] if len(candidates) == 1 else None
        if chosen is not None and name not in body:
            body[name] = _definition(chosen)
    return body
