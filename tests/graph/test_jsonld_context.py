"""The JSON-LD context is generated from the ontology: every term names a declared term."""

from rdflib import URIRef

from graph.jsonld_context import INSTANCE_PREFIX, context, prefixes
from graph.vocab import (
    ANNOTATION_PROPERTIES,
    CLASSES,
    DATATYPE_PROPERTIES,
    ID,
    INDIVIDUALS,
    OBJECT_PROPERTIES,
    ORG,
    SDO,
)

DECLARED = CLASSES | INDIVIDUALS | OBJECT_PROPERTIES | DATATYPE_PROPERTIES | ANNOTATION_PROPERTIES


def expand(compact: str) -> URIRef:
    prefix, local = compact.split(":", 1)
    return URIRef(prefixes()[prefix] + local)


def test_every_term_expands_to_a_declared_term() -> None:
    terms = {k: v for k, v in context().items() if k not in prefixes()}
    assert len(terms) > 100
    for name, definition in terms.items():
        iri = expand(definition if isinstance(definition, str) else definition["@id"])
        assert iri in DECLARED, name
        assert str(iri).endswith(name)


def test_object_properties_hold_ids_and_dates_are_typed() -> None:
    assert context()["member"] == {"@id": "org:member", "@type": "@id"}
    assert context()["endDate"] == {"@id": "cg:endDate", "@type": "xsd:date"}


def test_a_shared_local_name_stays_prefixed() -> None:
    assert ORG.identifier in DECLARED and SDO.identifier in DECLARED
    assert "identifier" not in context()
    assert context()["Person"] == "cg:Person"  # councilgraph's own term wins


def test_instances_have_a_prefix() -> None:
    assert prefixes()[INSTANCE_PREFIX] == str(ID)
