"""An extraction as RDF: document, evidence, facts and their provenance."""

from dataclasses import replace

import pytest
from rdflib import RDF, Graph
from rdflib.compare import isomorphic
from sample_extractions import agreement, update

from councilgraph.errors import DocumentError
from graph import ids
from graph.model import Document, Evidence, Extraction, PersonRole
from graph.rdf_extraction import extraction_graph
from graph.vocab import CG, ORG, PROV, SDO, TIME
from loaders.register_reader import Register

GOLDEN = """
@prefix cg: <https://w3id.org/councilgraph/def#> .
@prefix id: <https://w3id.org/councilgraph/id/> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix schema: <https://schema.org/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

id:document\\/d1 a cg:Document, prov:Entity, schema:CreativeWork ;
    schema:identifier "d1" ; cg:fileName "d1.txt" ; skos:prefLabel "d1.txt" ;
    schema:encodingFormat "txt" ; schema:text "Jo Bloggs, leader of Adur" .

id:evidence\\/EV a cg:Evidence, prov:Entity ;
    prov:wasQuotedFrom id:document\\/d1 ;
    cg:quote "Jo Bloggs, leader" ; cg:spanStart 0 ;
    cg:spanEnd 17 ; cg:rule "person" ;
    cg:confidence "0.5"^^xsd:decimal .

id:person\\/P a cg:Person, prov:Person, schema:Person ; skos:prefLabel "Jo Bloggs" .

id:appointment\\/A a cg:Appointment, org:Membership ;
    org:member id:person\\/P ; org:role cg:Leader ; org:organization id:council\\/ADU ;
    prov:wasDerivedFrom id:evidence\\/EV .
"""


def _one_leader() -> Extraction:
    doc = Document(id="d1", name="d1.txt", text="Jo Bloggs, leader of Adur", format="txt")
    evidence = Evidence("d1", 0, 17, "Jo Bloggs, leader", "person", 0.5)
    return Extraction(doc, people=(PersonRole("Jo Bloggs", "leader", "ADU", (evidence,)),))


def test_a_person_role_matches_the_golden_graph(register: Register) -> None:
    person = ids.person("Jo Bloggs", "ADU")
    expected = Graph().parse(
        data=GOLDEN.replace("id:evidence\\/EV", f"<{ids.evidence('d1', 0, 17, 'person')}>")
        .replace("id:person\\/P", f"<{person}>")
        .replace("id:appointment\\/A", f"<{ids.appointment(person, 'leader', 'ADU')}>"),
        format="turtle",
    )
    assert isomorphic(extraction_graph(_one_leader(), register), expected)


@pytest.fixture(scope="module")
def both(register: Register) -> Graph:
    graph = Graph()
    for extraction in (agreement(), update()):
        graph += extraction_graph(extraction, register)
    return graph


def test_one_partnership_named_in_two_documents_is_one_node(both: Graph) -> None:
    partnerships = set(both.subjects(RDF.type, CG.Partnership))
    assert partnerships == {ids.partnership("strategic_alliance", ["BAB", "MSU"])}
    (node,) = partnerships
    quoted = {both.value(e, PROV.wasQuotedFrom) for e in both.objects(node, PROV.wasDerivedFrom)}
    assert quoted == {ids.document("doc-agreement"), ids.document("doc-update")}
    assert set(both.objects(node, CG.status)) == {CG.Agreed, CG.Active}


def test_a_council_that_declined_has_a_declined_membership(both: Graph) -> None:
    partnership = ids.partnership("strategic_alliance", ["BAB", "MSU"])
    membership = ids.membership(partnership, ids.council("ESK"))
    assert both.value(membership, ORG.member) == ids.council("ESK")
    assert both.value(membership, CG.status) == CG.Declined
    assert both.value(membership, ORG.memberDuring) is None


def test_members_are_in_the_partnership_from_its_start(both: Graph) -> None:
    partnership = ids.partnership("strategic_alliance", ["BAB", "MSU"])
    membership = ids.membership(partnership, ids.council("MSU"))
    beginning = both.value(both.value(membership, ORG.memberDuring), TIME.hasBeginning)
    assert str(both.value(beginning, TIME.inXSDDate)) == "2020-07-01"
    assert both.value(beginning, CG.precision) == TIME.unitMonth


def test_a_shared_post_serves_each_council_and_is_held_by_its_person(both: Graph) -> None:
    (post,) = set(both.subjects(RDF.type, CG.SharedPost))
    assert set(both.objects(post, ORG.postIn)) == {ids.council("BAB"), ids.council("MSU")}
    assert both.value(post, ORG.role) == CG.ChiefExecutive
    assert both.value(post, ORG.heldBy) == ids.person("Pat Example", "BAB")


def test_a_person_named_with_and_without_a_title_is_one_person(both: Graph) -> None:
    assert set(both.subjects(RDF.type, CG.Person)) == {
        ids.person("Sam Sample", "BAB"),
        ids.person("Pat Example", "BAB"),
    }


def test_a_saving_has_an_amount_a_currency_and_its_own_evidence(both: Graph) -> None:
    (saving,) = set(both.subjects(RDF.type, CG.Saving))
    assert both.value(saving, SDO.value).toPython() == 250_000
    assert str(both.value(saving, SDO.currency)) == "GBP"
    evidence = both.value(saving, PROV.wasDerivedFrom)
    assert str(both.value(evidence, CG.quote)) == "save 250,000 pounds per year"


def test_the_document_date_stays_reachable_from_an_undated_fact(both: Graph) -> None:
    membership = ids.membership(
        ids.partnership("strategic_alliance", ["BAB", "MSU"]), ids.council("ESK")
    )
    evidence = both.value(membership, PROV.wasDerivedFrom)
    document = both.value(evidence, PROV.wasQuotedFrom)
    assert str(both.value(document, SDO.datePublished)) == "2021-03-01"


def test_an_unknown_council_is_a_document_error_naming_the_document(register: Register) -> None:
    extraction = agreement()
    broken = replace(
        extraction, partnerships=(replace(extraction.partnerships[0], members=("BAB", "ZZZ")),)
    )
    with pytest.raises(DocumentError, match="agreement.txt.*'ZZZ'"):
        extraction_graph(broken, register)


def test_a_date_that_is_not_iso_is_a_document_error(register: Register) -> None:
    extraction = agreement()
    broken = replace(
        extraction, shared_posts=(replace(extraction.shared_posts[0], start="July 2020"),)
    )
    with pytest.raises(DocumentError, match="July 2020"):
        extraction_graph(broken, register)


def test_a_passage_scored_twice_by_one_rule_keeps_the_higher_confidence(
    register: Register,
) -> None:
    extraction = agreement()
    post = extraction.shared_posts[0]
    doubt = replace(post.evidence[0], confidence=0.3)
    doubtful = replace(post, post="section_151_officer", evidence=(doubt,))
    graph = extraction_graph(replace(extraction, shared_posts=(post, doubtful)), register)
    node = ids.evidence(doubt.document_id, doubt.start, doubt.end, doubt.rule)
    assert [c.toPython() for c in graph.objects(node, CG.confidence)] == [0.9]
