"""Partial ISO dates ("2020", "2020-07", "2020-07-15") as OWL-Time instants and intervals.

An instant stores the first day of its year or month as time:inXSDDate, which SPARQL can compare,
and its precision as cg:precision, so "2020-07" is never mistaken for the first of July.
"""

from __future__ import annotations

import re
from datetime import date

from rdflib import XSD, Graph, Literal, URIRef

from graph import ids
from graph.rdf_nodes import add_typed
from graph.vocab import CG, TIME

_PARTIAL_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_PRECISION = {1: TIME.unitYear, 2: TIME.unitMonth, 3: TIME.unitDay}


def parse_partial_date(value: str) -> tuple[date, URIRef]:
    """The first day a partial ISO date covers, and its precision. Raises ValueError."""
    match = _PARTIAL_DATE.fullmatch(value.strip())
    if match is None:
        raise ValueError(f"{value!r} is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)")
    parts = [int(p) for p in match.groups() if p is not None]
    first_day = date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    return first_day, _PRECISION[len(parts)]


def add_instant(graph: Graph, value: str) -> URIRef:
    first_day, precision = parse_partial_date(value)
    node = ids.instant(value.strip())
    add_typed(graph, node, TIME.Instant)
    graph.add((node, TIME.inXSDDate, Literal(first_day.isoformat(), datatype=XSD.date)))
    graph.add((node, CG.precision, precision))
    return node


def add_interval(graph: Graph, start: str | None, end: str | None) -> URIRef | None:
    """The interval from start to end (either may be open), or None when both are unknown."""
    if start is None and end is None:
        return None
    node = ids.interval(start, end)
    add_typed(graph, node, TIME.Interval)
    if start is not None:
        graph.add((node, TIME.hasBeginning, add_instant(graph, start)))
    if end is not None:
        graph.add((node, TIME.hasEnd, add_instant(graph, end)))
    return node
