"""The ontology is the one place a term is defined: every term must say what it is."""

from pathlib import Path

import pytest
from rdflib import OWL, RDF, RDFS, Graph

ONTOLOGY = Path(__file__).resolve().parents[2] / "ontology" / "councilgraph.ttl"
KINDS = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY)


def test_every_class_and_property_has_a_label_and_a_comment(ontology: Graph) -> None:
    terms = {t for kind in KINDS for t in ontology.subjects(RDF.type, kind)}
    assert len(terms) > 80
    missing = sorted(
        str(t)
        for t in terms
        if not (ontology.value(t, RDFS.label) and ontology.value(t, RDFS.comment))
    )
    assert missing == []


def test_the_ontology_reuses_the_w3c_organisation_ontology(ontology: Graph) -> None:
    superclasses = {str(o) for o in ontology.objects(None, RDFS.subClassOf)}
    for term in ("FormalOrganization", "OrganizationalCollaboration", "Membership", "Post"):
        assert f"http://www.w3.org/ns/org#{term}" in superclasses
