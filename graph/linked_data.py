"""One resource of the graph as RDF: itself and its direct neighbourhood, in Turtle or JSON-LD.

The neighbourhood of a council, partnership or person is: every triple about it and every
triple naming it; the type and label of each node at the other end; for the memberships, posts
and reorganisations naming it (n-ary relations), their own triples (the other members, the
status, the holder, the successor); and the days its intervals and theirs begin and end. Evidence
nodes come with their identity and type; follow them (or use /v1/sparql) for quotes.
"""

from __future__ import annotations

import json
from urllib.parse import quote

import pyoxigraph as ox
from rdflib import RDF, Graph, URIRef

from councilgraph.errors import StoreError
from graph.jsonld_context import INSTANCE_PREFIX, context, prefixes
from graph.store import GraphStore
from graph.vocab import CG, ID, ORG, SKOS, TIME

TURTLE = "text/turtle"
JSON_LD = "application/ld+json"
MEDIA_TYPES = (TURTLE, JSON_LD)

_NARY = ", ".join(f"<{kind}>" for kind in (ORG.Membership, ORG.Post, ORG.ChangeEvent))
NEIGHBOURHOOD = f"""
CONSTRUCT {{
    ?resource ?p ?o . ?o a ?o_type ; <{SKOS.prefLabel}> ?o_label .
    ?s ?q ?resource . ?s a ?s_type ; <{SKOS.prefLabel}> ?s_label .
    ?s ?s_p ?s_o . ?s_o <{SKOS.prefLabel}> ?s_o_label .
    ?interval ?edge ?instant . ?instant <{TIME.inXSDDate}> ?day .
}} WHERE {{
    {{ ?resource ?p ?o . }}
    UNION
    {{ ?resource ?p ?o . FILTER (?p != <{RDF.type}>)
       OPTIONAL {{ ?o a ?o_type }} OPTIONAL {{ ?o <{SKOS.prefLabel}> ?o_label }} }}
    UNION
    {{ ?s ?q ?resource .
       OPTIONAL {{ ?s a ?s_type }} OPTIONAL {{ ?s <{SKOS.prefLabel}> ?s_label }} }}
    UNION
    {{ ?s ?q ?resource .
       FILTER EXISTS {{ ?s a ?nary FILTER (?nary IN ({_NARY})) }}
       ?s ?s_p ?s_o . OPTIONAL {{ ?s_o <{SKOS.prefLabel}> ?s_o_label }} }}
    UNION
    {{ {{ ?resource <{CG.during}>|<{ORG.memberDuring}> ?interval }}
       UNION {{ ?s ?q ?resource . ?s <{CG.during}>|<{ORG.memberDuring}> ?interval }}
       ?interval ?edge ?instant . FILTER (?edge IN (<{TIME.hasBeginning}>, <{TIME.hasEnd}>))
       ?instant <{TIME.inXSDDate}> ?day }}
}}
"""


def instance(kind: str, identifier: str) -> URIRef:
    """The IRI of the `kind` ("council", "partnership", "person") the API calls `identifier`:
    its id is the last segment of its IRI (graph/ids.py)."""
    return ID[f"{kind}/{quote(identifier, safe='')}"]


def neighbourhood(store: GraphStore, resource: URIRef) -> list[ox.Triple]:
    """The triples of `resource`'s neighbourhood, over the union of every named graph."""
    try:
        triples = store.oxigraph.query(
            NEIGHBOURHOOD,
            use_default_graph_as_union=True,
            substitutions={ox.Variable("resource"): ox.NamedNode(str(resource))},
        )
        return sorted(triples, key=str)
    except (OSError, RuntimeError) as e:
        raise StoreError(f"cannot read the graph store at {store.path}: {e}") from e


def rdf_prefixes() -> dict[str, str]:
    """The ontology's prefixes for Turtle; instances keep full IRIs, which read better than
    the escaped local names (cgid:council\\/NTH) a prefix for them would need."""
    return {name: uri for name, uri in prefixes().items() if name != INSTANCE_PREFIX}


def turtle(triples: list[ox.Triple]) -> bytes:
    return ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=rdf_prefixes())


def json_ld(triples: list[ox.Triple], context_url: str) -> bytes:
    """Compact JSON-LD whose @context is the published one at `context_url` (the same object
    as graph.jsonld_context.context(), which compaction here uses)."""
    graph = Graph(bind_namespaces="none")
    graph.parse(data=ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES), format="nt")
    compacted = json.loads(graph.serialize(format="json-ld", context=context(), auto_compact=True))
    compacted["@context"] = context_url
    return json.dumps(compacted, ensure_ascii=False, indent=2).encode("utf-8")


def is_described(triples: list[ox.Triple], resource: URIRef) -> bool:
    """Whether the store says anything about `resource` itself (a type, at least)."""
    subject, kind = ox.NamedNode(str(resource)), ox.NamedNode(str(RDF.type))
    return any(t.subject == subject and t.predicate == kind for t in triples)
