"""SHACL: the built graph conforms; a broken one fails with messages a person can act on."""

from pathlib import Path

import pytest
import rdflib
from rdflib import RDF, Graph, Literal

from councilgraph.errors import ShapeViolation
from graph import build, ids
from graph.rdf_register import register_graph
from graph.store import GraphStore
from graph.validation import check, violations
from graph.vocab import CG, PROV
from loaders.register_reader import Register


def test_the_built_graph_conforms_to_the_shapes(built_store: Path) -> None:
    with GraphStore.open(built_store, read_only=True) as store:
        build.validate_store(store)


@pytest.fixture(scope="module")
def broken(register: Register) -> Graph:
    some = Register([register.get(code) for code in ("NTH", "NNT", "WNT", "ADU")], {})
    graph = register_graph(some)
    graph.remove((ids.council("NTH"), CG.registerCode, None))
    evidence = ids.evidence("d1", 10, 5, "rule")
    graph.add((evidence, RDF.type, CG.Evidence))
    graph.add((evidence, CG.confidence, Literal("1.5", datatype=rdflib.XSD.decimal)))
    partnership = ids.partnership("network", ["ADU"])
    graph.add((partnership, RDF.type, CG.Partnership))
    graph.add((partnership, PROV.wasDerivedFrom, evidence))
    return graph


def test_a_broken_graph_fails_naming_each_problem(broken: Graph) -> None:
    messages = {v.message for v in violations(broken)}
    assert "a council needs exactly one register code, capital letters, digits and dashes" in (
        messages
    )
    assert "evidence needs exactly one confidence between 0 and 1" in messages
    assert "evidence must be quoted from exactly one document in the graph" in messages
    assert "a partnership needs at least one member council" in messages


def test_the_error_lists_the_focus_node_and_the_fix(broken: Graph) -> None:
    with pytest.raises(ShapeViolation) as failure:
        check(broken)
    text = str(failure.value)
    assert "shape constraints" in text
    assert "id:council/NTH (cg:registerCode): a council needs exactly one register code" in text
