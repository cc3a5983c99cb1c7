"""GET /v1/export/...: the graph as files, streamed.

edges.csv (council-to-council edges with both names, kind, status, dates and evidence),
graph.graphml and graph.gexf (councils, partnerships and people for Gephi), and the whole
store as graph.ttl, graph.nq (with named graphs) and graph.jsonld. The relationship exports
take `as_of`; without it they hold every relationship, past and present, each with its dates.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated, Literal

from fastapi import APIRouter, Path, Query
from fastapi.responses import StreamingResponse

from api.deps import RepositoryDep, StoreDep
from api.params import IsoDate
from api.schemas.exports import RDF_RESPONSES, network_responses
from graph import exports, graph_files, rdf_exports

router = APIRouter(prefix="/v1/export", tags=["exports"])

AsOf = Annotated[
    IsoDate | None,
    Query(description="Only relationships holding on this day; default: every relationship."),
]


def _file(chunks: Iterator[str] | Iterator[bytes], media_type: str, name: str) -> StreamingResponse:
    headers = {"Content-Disposition": f'attachment; filename="{name}"'}
    return StreamingResponse(chunks, media_type=media_type, headers=headers)


@router.get("/edges.csv", response_class=StreamingResponse, responses=network_responses("csv"))
def edges_csv(repository: RepositoryDep, as_of: AsOf = None) -> StreamingResponse:
    """Council-to-council edges, one row each: partnerships and shared posts once per pair,
    county, combined authority and successor links from the lower or earlier council."""
    edges = list(exports.council_edges(repository, as_of))  # errors before the 200 starts
    return _file(graph_files.edges_csv(edges), "text/csv; charset=utf-8", "edges.csv")


@router.get(
    "/graph.graphml", response_class=StreamingResponse, responses=network_responses("graphml")
)
def graph_graphml(repository: RepositoryDep, as_of: AsOf = None) -> StreamingResponse:
    """Councils, partnerships and people as nodes; memberships, shared posts, register links
    and posts held as edges with kind, status and dates (GraphML, for Gephi or networkx)."""
    network = exports.network(repository, as_of)
    return _file(graph_files.graphml(network), "application/graphml+xml", "councilgraph.graphml")


@router.get("/graph.gexf", response_class=StreamingResponse, responses=network_responses("gexf"))
def graph_gexf(repository: RepositoryDep, as_of: AsOf = None) -> StreamingResponse:
    """The same network as graph.graphml, as GEXF 1.2 (Gephi's own format)."""
    network = exports.network(repository, as_of)
    return _file(graph_files.gexf(network), "application/gexf+xml", "councilgraph.gexf")


@router.get("/graph.{extension}", response_class=StreamingResponse, responses=RDF_RESPONSES)
def graph_rdf(
    store: StoreDep,
    extension: Annotated[
        Literal["ttl", "nq", "jsonld"],
        Path(
            description="ttl: Turtle; nq: N-Quads (named graphs); jsonld: JSON-LD.",
            examples=["nq"],
        ),
    ],
) -> StreamingResponse:
    """Every triple in the store: the register, the ontology, curated facts and each
    document's graph (named graphs kept in N-Quads and JSON-LD)."""
    media_type = rdf_exports.FORMATS[extension][0]
    return _file(rdf_exports.export(store, extension), media_type, f"councilgraph.{extension}")
