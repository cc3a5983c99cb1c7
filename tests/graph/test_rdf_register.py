"""The register as RDF: council nodes, links, reorganisations, the ONS link."""

import pytest
from rdflib import OWL, RDF, Graph, Literal, URIRef

from graph import ids
from graph.rdf_register import register_graph
from graph.vocab import CG, ORG, SKOS
from loaders.register_reader import Register


@pytest.fixture(scope="module")
def graph(register: Register) -> Graph:
    return register_graph(register)


def test_every_council_is_a_node_with_its_register_code(graph: Graph, register: Register) -> None:
    councils = set(graph.subjects(RDF.type, CG.Council))
    assert len(councils) == len(register) == 470
    assert {str(graph.value(c, CG.registerCode)) for c in councils} == set(register.councils)


def test_a_county_is_typed_with_its_kind_and_every_superclass(graph: Graph) -> None:
    types = set(graph.objects(ids.council("NTH"), RDF.type))
    assert {CG.CountyCouncil, CG.PrincipalCouncil, CG.Council, ORG.FormalOrganization} <= types
    assert graph.value(ids.council("NTH"), CG.tier) == CG.UpperTier


def test_a_council_is_the_same_as_its_ons_statistical_geography(graph: Graph) -> None:
    ons = URIRef("http://statistics.data.gov.uk/id/statistical-geography/E10000021")
    assert graph.value(ids.council("NTH"), OWL.sameAs) == ons


def test_a_district_links_to_its_county_and_a_council_to_its_combined_authority(
    graph: Graph,
) -> None:
    assert graph.value(ids.council("COR"), CG.county) == ids.council("NTH")
    assert graph.value(ids.council("BIR"), CG.combinedAuthority) == ids.council("WMCA")


def test_a_replaced_council_is_the_original_of_a_reorganisation(graph: Graph) -> None:
    event = graph.value(ids.council("NTH"), ORG.changedBy)
    assert (event, RDF.type, CG.Reorganisation) in graph
    assert set(graph.objects(event, ORG.resultingOrganization)) == {
        ids.council("NNT"),
        ids.council("WNT"),
    }
    assert graph.value(event, CG.effectiveDate).toPython().isoformat() == "2021-04-01"


def test_alternative_names_keep_one_spelling_each(graph: Graph) -> None:
    names = [str(n).casefold() for n in graph.objects(ids.council("NTH"), SKOS.altLabel)]
    assert len(names) == len(set(names))
    assert Literal("Northamptonshire County Council") not in set(
        graph.objects(ids.council("NTH"), SKOS.altLabel)
    )


def test_building_twice_gives_the_same_graph(graph: Graph, register: Register) -> None:
    again = register_graph(register)
    assert set(again) == set(graph)
