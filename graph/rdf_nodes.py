"""Small helpers the RDF builders share: typing a node, adding optional values."""

from __future__ import annotations

from datetime import date

from rdflib import RDF, XSD, Graph, Literal, URIRef

from graph.vocab import SUPERCLASSES


def add_typed(graph: Graph, node: URIRef, cls: URIRef) -> URIRef:
    """Type a node with its class and every superclass: no reasoner runs over the store, so a
    query for cg:Council must find a county council directly."""
    for each in (cls, *SUPERCLASSES.get(cls, ())):
        graph.add((node, RDF.type, each))
    return node


def add_date(graph: Graph, node: URIRef, predicate: URIRef, day: date | None) -> None:
    if day is not None:
        graph.add((node, predicate, Literal(day.isoformat(), datatype=XSD.date)))


def add_text(graph: Graph, node: URIRef, predicate: URIRef, value: str | None) -> None:
    if value:
        graph.add((node, predicate, Literal(value)))
