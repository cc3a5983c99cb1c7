"""Generate graph/vocab.py from ontology/councilgraph.ttl, so no other module writes a URI by hand.

    python scripts/generate_vocab.py          # rewrite graph/vocab.py
    python scripts/generate_vocab.py --check  # exit 1 if graph/vocab.py is stale

The module holds one rdflib DefinedNamespace (with `_fail = True`, so a typo raises) per
namespace the ontology declares terms in, the instance namespace, the code lists (skos:notation
per skos:inScheme), each councilgraph class's councilgraph superclasses, and sets of every
declared class and property, and the Neo4j labels and relationship types the ontology names
(cg:neo4jLabel, cg:neo4jType): the whitelist of what the Neo4j projection may write.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from rdflib import OWL, RDF, RDFS, Graph, URIRef
from rdflib.namespace import SKOS

ROOT = Path(__file__).resolve().parents[1]
ONTOLOGY = ROOT / "ontology" / "councilgraph.ttl"
TARGET = ROOT / "graph" / "vocab.py"

# Python class name -> namespace; terms outside these (rdf, rdfs, owl, xsd) come from rdflib.
NAMESPACES = {
    "CG": "https://w3id.org/councilgraph/def#",
    "ORG": "http://www.w3.org/ns/org#",
    "PROV": "http://www.w3.org/ns/prov#",
    "SDO": "https://schema.org/",
    "TIME": "http://www.w3.org/2006/time#",
    "SKOS": "http://www.w3.org/2004/02/skos/core#",
}
INSTANCE_NAMESPACE = URIRef(NAMESPACES["CG"] + "instanceNamespace")
NEO4J_NAMES = (
    ("NEO4J_LABELS", URIRef(NAMESPACES["CG"] + "neo4jLabel"), r"[A-Z][A-Za-z]*"),
    ("NEO4J_TYPES", URIRef(NAMESPACES["CG"] + "neo4jType"), r"[A-Z][A-Z_]*[A-Z]"),
)
KINDS = {
    OWL.Class: "CLASSES",
    OWL.ObjectProperty: "OBJECT_PROPERTIES",
    OWL.DatatypeProperty: "DATATYPE_PROPERTIES",
    OWL.AnnotationProperty: "ANNOTATION_PROPERTIES",
    OWL.NamedIndividual: "INDIVIDUALS",
}
HEADER = '''"""The councilgraph vocabulary, generated from ontology/councilgraph.ttl by
scripts/generate_vocab.py (`make vocab`). Do not edit: change the ontology and regenerate."""

# ruff: noqa: N815

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace
'''


def declared_terms(graph: Graph) -> dict[URIRef, URIRef]:
    """Every term the ontology declares, mapped to its kind (owl:Class, owl:ObjectProperty...)."""
    terms: dict[URIRef, URIRef] = {}
    for kind in KINDS:
        for term in graph.subjects(RDF.type, kind):
            if isinstance(term, URIRef) and _split(term) is not None:
                terms.setdefault(term, kind)
    for term in graph.subjects(RDF.type, SKOS.ConceptScheme):
        terms.setdefault(term, OWL.NamedIndividual)
    return terms


def _split(term: URIRef) -> tuple[str, str] | None:
    """(python namespace class, local name) of a term in one of NAMESPACES, else None."""
    for name, base in NAMESPACES.items():
        local = str(term)[len(base) :]
        if str(term).startswith(base) and re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", local):
            return name, local
    return None


def _parts(term: URIRef) -> tuple[str, str]:
    parts = _split(term)
    if parts is None:
        raise ValueError(f"{term} is not in a namespace the vocabulary covers")
    return parts


def _ref(term: URIRef) -> str:
    name, local = _parts(term)
    return f"{name}.{local}"


def _is_ours(term: object) -> bool:
    return isinstance(term, URIRef) and str(term).startswith(NAMESPACES["CG"])


def render_namespaces(graph: Graph, terms: dict[URIRef, URIRef]) -> list[str]:
    lines: list[str] = []
    for name, base in NAMESPACES.items():
        members = sorted((t for t in terms if str(t).startswith(base)), key=str)
        if not members:
            continue
        lines += ["", "", f"class {name}(DefinedNamespace):", f'    _NS = Namespace("{base}")']
        lines.append("    _fail = True")
        lines.append("")
        for term in members:
            label = graph.value(term, RDFS.label)
            lines.append(f"    {_parts(term)[1]}: URIRef  # {label}")
    return lines


def render_code_lists(graph: Graph) -> list[str]:
    """One dict per skos:ConceptScheme: notation -> term, in notation order."""
    lines: list[str] = []
    for scheme in sorted(graph.subjects(RDF.type, SKOS.ConceptScheme), key=str):
        constant = re.sub(r"(?<!^)(?=[A-Z])", "_", _parts(scheme)[1]).upper()
        lines += ["", f"{constant}: dict[str, URIRef] = {{"]
        members = graph.subjects(SKOS.inScheme, scheme)
        coded = sorted((str(graph.value(t, SKOS.notation)), t) for t in members)
        lines += [f'    "{notation}": {_ref(term)},' for notation, term in coded]
        lines.append("}")
    return lines


def superclasses(graph: Graph, cls: URIRef, terms: dict[URIRef, URIRef]) -> list[URIRef]:
    """The declared superclasses of a class, nearest first (breadth first, then by name)."""
    found: list[URIRef] = []
    level = [cls]
    while level:
        parents = {p for c in level for p in graph.objects(c, RDFS.subClassOf) if p in terms}
        level = sorted(parents - set(found) - {cls}, key=_ref)
        found += level
    return found


def render_superclasses(graph: Graph, terms: dict[URIRef, URIRef]) -> list[str]:
    """Each councilgraph class -> every declared superclass, which builders assert as types
    because no reasoner runs over the store."""
    lines = ["", "SUPERCLASSES: dict[URIRef, tuple[URIRef, ...]] = {"]
    for cls in sorted((t for t, k in terms.items() if k == OWL.Class and _is_ours(t)), key=_ref):
        lines += _tuple_entry(_ref(cls), [_ref(c) for c in superclasses(graph, cls, terms)])
    lines.append("}")
    return lines


def _tuple_entry(key: str, items: list[str]) -> list[str]:
    """A `key: (items)` dict entry as ruff format writes it, exploded when over 100 columns."""
    inline = f"({items[0]},)" if len(items) == 1 else f"({', '.join(items)})"
    line = f"    {key}: {inline},"
    if len(line) <= 100:
        return [line]
    return [f"    {key}: (", *(f"        {item}," for item in items), "    ),"]


def render_sets(terms: dict[URIRef, URIRef]) -> list[str]:
    lines: list[str] = []
    for kind, constant in KINDS.items():
        members = sorted((t for t, k in terms.items() if k == kind), key=_ref)
        lines += ["", f"{constant}: frozenset[URIRef] = frozenset(", "    {"]
        lines += [f"        {_ref(t)}," for t in members]
        lines += ["    }", ")"]
    return lines


def render_neo4j_names(graph: Graph, terms: dict[URIRef, URIRef]) -> list[str]:
    """NEO4J_LABELS and NEO4J_TYPES: term -> the name the projection writes. Names are pasted
    into Cypher (labels and types cannot be parameters), so a name of any other shape fails."""
    lines: list[str] = []
    for constant, annotation, shape in NEO4J_NAMES:
        lines += ["", f"{constant}: dict[URIRef, str] = {{"]
        for term, name in sorted(graph.subject_objects(annotation), key=lambda p: _ref(p[0])):
            if term not in terms or not re.fullmatch(shape, str(name)):
                raise ValueError(
                    f"{term} has {annotation} {name!r}: not a declared term, or not {shape}"
                )
            lines.append(f'    {_ref(term)}: "{name}",')
        lines.append("}")
    return lines


def render_labels(graph: Graph, terms: dict[URIRef, URIRef]) -> list[str]:
    lines = ["", "LABELS: dict[URIRef, str] = {"]
    for term in sorted(terms, key=_ref):
        label = json.dumps(str(graph.value(term, RDFS.label)), ensure_ascii=False)
        lines.append(f"    {_ref(term)}: {label},")
    lines.append("}")
    return lines


def render(ontology: Path = ONTOLOGY) -> str:
    graph = Graph().parse(ontology)
    terms = declared_terms(graph)
    ontology_iri = next(graph.subjects(RDF.type, OWL.Ontology))
    instances = graph.value(ontology_iri, INSTANCE_NAMESPACE)
    lines = [HEADER.rstrip("\n"), "", f'ONTOLOGY = URIRef("{ontology_iri}")']
    lines.append(f'ID = Namespace("{instances}")')
    lines += render_namespaces(graph, terms)
    lines += ["", ""]
    lines += render_code_lists(graph)[1:]
    lines += render_superclasses(graph, terms)
    lines += render_sets(terms)
    lines += render_neo4j_names(graph, terms)
    lines += render_labels(graph, terms)
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the module is stale")
    parser.add_argument("--ontology", type=Path, default=ONTOLOGY, help="ontology to read")
    parser.add_argument("--target", type=Path, default=TARGET, help="module to write or check")
    args = parser.parse_args(argv)
    text = render(args.ontology)
    if args.check:
        if args.target.is_file() and args.target.read_text(encoding="utf-8") == text:
            return 0
        print(f"{args.target} is stale: run `make vocab` and commit the result", file=sys.stderr)
        return 1
    args.target.write_text(text, encoding="utf-8")
    print(f"wrote {args.target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
