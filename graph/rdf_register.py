"""The council register as RDF: one node per council, current and former, in the register graph.

A council is typed with its kind and every superclass of it (see rdf_nodes.add_typed). A council
the register says was `replaced-by` others is the original organisation of one cg:Reorganisation
whose resulting organisations are the successors.
"""

from __future__ import annotations

from rdflib import OWL, XSD, Graph, Literal, URIRef

from graph import ids
from graph.model import Council
from graph.rdf_nodes import add_date, add_typed
from graph.vocab import CG, COUNCIL_TYPES, NATIONS, ORG, PROV, SDO, SKOS, TIERS
from loaders.register_reader import Register

ONS_GEOGRAPHY = "http://statistics.data.gov.uk/id/statistical-geography/"
REGISTER_URL = "https://github.com/mysociety/uk_local_authority_names_and_codes"
MIT_LICENCE = URIRef("https://opensource.org/licenses/MIT")


def register_graph(register: Register) -> Graph:
    """Every council in the register, its regions and its reorganisations."""
    graph = Graph()
    _add_dataset(graph)
    for council in register:
        _add_council(graph, council, register)
    return graph


def _add_dataset(graph: Graph) -> None:
    dataset = ids.register_dataset()
    add_typed(graph, dataset, SDO.Dataset)
    graph.add((dataset, SKOS.prefLabel, Literal("mySociety UK local authority register")))
    graph.add((dataset, SDO.url, Literal(REGISTER_URL, datatype=XSD.anyURI)))
    graph.add((dataset, SDO.license, MIT_LICENCE))


def _add_council(graph: Graph, council: Council, register: Register) -> None:
    node = add_typed(graph, ids.council(council.code), COUNCIL_TYPES[council.type])
    graph.add((node, PROV.wasDerivedFrom, ids.register_dataset()))
    _add_identity(graph, node, council)
    _add_names(graph, node, council)
    _add_place(graph, node, council)
    _add_links(graph, node, council, register)
    add_date(graph, node, CG.startDate, council.start)
    add_date(graph, node, CG.endDate, council.end)
    if council.replaced_by:
        _add_reorganisation(graph, council, register)


def _add_identity(graph: Graph, node: URIRef, council: Council) -> None:
    graph.add((node, CG.registerCode, Literal(council.code)))
    if council.gss:
        graph.add((node, CG.gssCode, Literal(council.gss)))
        graph.add((node, OWL.sameAs, URIRef(ONS_GEOGRAPHY + council.gss)))
    for gss in council.former_gss:
        graph.add((node, CG.formerGssCode, Literal(gss)))


def _add_names(graph: Graph, node: URIRef, council: Council) -> None:
    graph.add((node, SKOS.prefLabel, Literal(council.name)))
    graph.add((node, CG.shortName, Literal(council.short_name)))
    # the register repeats names in lower case; keep the first spelling of each
    seen = {council.name.casefold(), council.short_name.casefold()}
    for name in council.alt_names:
        if name.casefold() not in seen:
            seen.add(name.casefold())
            graph.add((node, SKOS.altLabel, Literal(name)))


def _add_place(graph: Graph, node: URIRef, council: Council) -> None:
    graph.add((node, CG.nation, NATIONS[council.nation]))
    if council.tier:
        graph.add((node, CG.tier, TIERS[council.tier]))
    if council.region:
        region = ids.region(council.region)
        add_typed(graph, region, CG.Region)
        graph.add((region, SKOS.prefLabel, Literal(council.region)))
        graph.add((node, CG.region, region))
    if council.lat is not None and council.long is not None:
        graph.add((node, SDO.latitude, Literal(council.lat, datatype=XSD.decimal)))
        graph.add((node, SDO.longitude, Literal(council.long, datatype=XSD.decimal)))


def _add_links(graph: Graph, node: URIRef, council: Council, register: Register) -> None:
    # links only to councils the register holds, so no edge points at a missing node
    county = council.county and register.resolve(council.county)
    if county:
        graph.add((node, CG.county, ids.council(county)))
    authority = council.combined_authority and register.resolve(council.combined_authority)
    if authority:
        graph.add((node, CG.combinedAuthority, ids.council(authority)))


def _add_reorganisation(graph: Graph, council: Council, register: Register) -> None:
    event = add_typed(graph, ids.reorganisation(council.code), CG.Reorganisation)
    abolished = ids.council(council.code)
    graph.add((event, ORG.originalOrganization, abolished))
    graph.add((abolished, ORG.changedBy, event))
    add_date(graph, event, CG.effectiveDate, council.end)
    for code in council.replaced_by:
        successor = register.resolve(code)
        if successor:
            graph.add((event, ORG.resultingOrganization, ids.council(successor)))
            graph.add((ids.council(successor), ORG.resultedFrom, event))
