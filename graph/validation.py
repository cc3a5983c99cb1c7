"""SHACL validation of built graphs against ontology/shapes.ttl, with readable messages."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rdflib import RDF, Graph, Namespace, URIRef
from rdflib.term import Node

from councilgraph.errors import ShapeViolation
from graph.vocab import CG, ID, ORG, PROV

ONTOLOGY_DIR = Path(__file__).resolve().parents[1] / "ontology"
ONTOLOGY_FILE = ONTOLOGY_DIR / "councilgraph.ttl"
SHAPES_FILE = ONTOLOGY_DIR / "shapes.ttl"
SH = Namespace("http://www.w3.org/ns/shacl#")


@dataclass(frozen=True, slots=True)
class Violation:
    focus: str
    path: str | None
    message: str

    def __str__(self) -> str:
        where = f" ({self.path})" if self.path else ""
        return f"{self.focus}{where}: {self.message}"


@lru_cache(maxsize=1)
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY_FILE)


@lru_cache(maxsize=1)
def shapes() -> Graph:
    return Graph().parse(SHAPES_FILE)


def violations(data: Graph) -> list[Violation]:
    """Every way `data` breaks the shapes, sorted; empty when it conforms. The ontology is
    mixed in so that coded terms (tiers, roles, statuses) are typed."""
    from pyshacl import validate  # imported here: it costs every CLI command 0.4 s at start

    _, report, _ = validate(data, shacl_graph=shapes(), ont_graph=ontology(), inference="none")
    found = [
        Violation(
            focus=str(_short(report.value(result, SH.focusNode))),
            path=_short(report.value(result, SH.resultPath)),
            message=str(report.value(result, SH.resultMessage)),
        )
        for result in report.subjects(RDF.type, SH.ValidationResult)
    ]
    return sorted(found, key=str)


_PREFIXES = (("id", str(ID)), ("cg", str(CG._NS)), ("org", str(ORG._NS)), ("prov", str(PROV._NS)))


def _short(term: Node | None) -> str | None:
    """`id:council/NTH` rather than the whole IRI (rdflib will not put a / in a prefixed name)."""
    if term is None:
        return None
    for prefix, namespace in _PREFIXES:
        if isinstance(term, URIRef) and str(term).startswith(namespace):
            return f"{prefix}:{str(term)[len(namespace) :]}"
    return term.n3()


def check(data: Graph, limit: int = 20) -> None:
    """Raise ShapeViolation listing (up to `limit`) violations when `data` does not conform."""
    found = violations(data)
    if found:
        listed = "\n".join(f"  - {v}" for v in found[:limit])
        more = f"\n  ... and {len(found) - limit} more" if len(found) > limit else ""
        raise ShapeViolation(f"the graph breaks {len(found)} shape constraints:\n{listed}{more}")
