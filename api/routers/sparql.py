"""GET|POST /v1/sparql: the SPARQL 1.1 protocol, read-only, over the embedded store.

The default graph is the union of every named graph (register, ontology, curated, documents)
unless the request names graphs with default-graph-uri. SELECT and ASK answer as SPARQL
results (JSON, XML, CSV, TSV), CONSTRUCT and DESCRIBE as RDF (Turtle, N-Triples, JSON-LD,
RDF/XML), as Accept asks. Updates are refused with 400, and so is SERVICE. Each query runs in
a worker process killed at the time limit (504); answers stop at the row limit, and the
X-Results-Truncated header says when they did.
"""

from __future__ import annotations

from typing import Annotated
from urllib.parse import parse_qs

from fastapi import APIRouter, Query, Request, Response
from fastapi.concurrency import run_in_threadpool

from api import negotiation
from api.deps import SparqlPoolDep
from api.request_body import media_type, read_body
from api.schemas.problems import Problem
from api.schemas.sparql import EXAMPLE_QUERY, OPENAPI_REQUEST_BODY, RESPONSES
from councilgraph.errors import InvalidQuery, UnsupportedFormat, UpdateRejected
from graph.linked_data import rdf_prefixes
from graph.sparql_pool import SparqlPool, SparqlRequest
from graph.sparql_text import query_form

router = APIRouter(prefix="/v1", tags=["sparql"])

RESULTS_TYPES = (
    "application/sparql-results+json",
    "application/json",
    "application/sparql-results+xml",
    "text/csv",
    "text/tab-separated-values",
)
GRAPH_TYPES = ("text/turtle", "application/n-triples", "application/ld+json", "application/rdf+xml")
MAX_QUERY_BYTES = 64 * 1024

QueryText = Annotated[
    str,
    Query(
        min_length=1,
        max_length=MAX_QUERY_BYTES,
        description="A SPARQL 1.1 SELECT, ASK, CONSTRUCT or DESCRIBE query.",
        examples=[EXAMPLE_QUERY],
    ),
]
GraphUris = Annotated[
    list[str] | None,
    Query(alias="default-graph-uri", description="Named graphs whose union is the default."),
]
NamedUris = Annotated[
    list[str] | None,
    Query(alias="named-graph-uri", description="Named graphs GRAPH may address."),
]


def _too_long(reason: str) -> Exception:
    return InvalidQuery(f"the query is too long: {reason}")


def run_query(
    request: Request, pool: SparqlPool, query: str, default: list[str], named: list[str]
) -> Response:
    """Check, negotiate and run one query; blocks until its worker answers."""
    form = query_form(query)
    offered = RESULTS_TYPES if form in ("select", "ask") else GRAPH_TYPES
    chosen = negotiation.require(request.headers.get("accept"), offered)
    answer = pool.run(
        SparqlRequest(
            query=query,
            results_type=chosen if offered is RESULTS_TYPES else None,
            graph_type=chosen if offered is GRAPH_TYPES else None,
            default_graphs=tuple(default),
            named_graphs=tuple(named),
            prefixes=rdf_prefixes(),
        )
    )
    headers = {
        "Vary": "Accept",
        "X-Row-Limit": str(pool.row_limit),
        "X-Results-Truncated": "true" if answer.truncated else "false",
    }
    return Response(answer.body, media_type=answer.media_type, headers=headers)


@router.get("/sparql", response_class=Response, responses=RESPONSES)
def sparql_get(
    request: Request,
    pool: SparqlPoolDep,
    query: QueryText,
    default_graph_uri: GraphUris = None,
    named_graph_uri: NamedUris = None,
) -> Response:
    """Run a read-only SPARQL query given as the `query` parameter."""
    return run_query(request, pool, query, default_graph_uri or [], named_graph_uri or [])


@router.post(
    "/sparql",
    response_class=Response,
    responses={**RESPONSES, 415: {"model": Problem, "description": "Not a query body."}},
    openapi_extra={"requestBody": OPENAPI_REQUEST_BODY},
)
async def sparql_post(
    request: Request,
    pool: SparqlPoolDep,
    default_graph_uri: GraphUris = None,
    named_graph_uri: NamedUris = None,
) -> Response:
    """Run a read-only SPARQL query sent as a form (`query=`) or as application/sparql-query."""
    kind = media_type(request)
    body = await read_body(request, MAX_QUERY_BYTES, _too_long)
    default, named = default_graph_uri or [], named_graph_uri or []
    if kind == "application/sparql-query":
        query = body.decode("utf-8", errors="replace")
    elif kind == "application/x-www-form-urlencoded":
        query, default, named = _form(body, default, named)
    elif kind == "application/sparql-update":
        raise UpdateRejected("this endpoint is read-only: SPARQL updates are not accepted")
    else:
        raise UnsupportedFormat(
            "request",
            "send application/sparql-query or application/x-www-form-urlencoded, "
            f"not {kind or 'no Content-Type'}",
        )
    return await run_in_threadpool(run_query, request, pool, query, default, named)


def _form(body: bytes, default: list[str], named: list[str]) -> tuple[str, list[str], list[str]]:
    fields = parse_qs(body.decode("utf-8", errors="replace"), keep_blank_values=True)
    if "update" in fields:
        raise UpdateRejected("this endpoint is read-only: SPARQL updates are not accepted")
    queries = fields.get("query", [])
    if len(queries) != 1 or not queries[0].strip():
        raise InvalidQuery("the form must hold exactly one non-empty `query` field")
    default = default + fields.get("default-graph-uri", [])
    named = named + fields.get("named-graph-uri", [])
    return queries[0], default, named
