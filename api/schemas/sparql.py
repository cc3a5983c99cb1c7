"""OpenAPI descriptions of /v1/sparql: its request bodies, answers and examples."""

from __future__ import annotations

from api.schemas.problems import Problem

EXAMPLE_QUERY = """PREFIX cg: <https://w3id.org/councilgraph/def#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?council ?name WHERE {
  ?council cg:county/cg:registerCode "NTH" ; skos:prefLabel ?name .
} ORDER BY ?name"""

_RESULTS_EXAMPLE = {
    "head": {"vars": ["council", "name"]},
    "results": {
        "bindings": [
            {
                "council": {"type": "uri", "value": "https://w3id.org/councilgraph/id/council/COR"},
                "name": {"type": "literal", "value": "Corby Borough Council"},
            }
        ]
    },
}
_TURTLE_EXAMPLE = """@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<https://w3id.org/councilgraph/id/council/COR> skos:prefLabel "Corby Borough Council" .
"""
_TEXT = {"schema": {"type": "string"}}

OPENAPI_REQUEST_BODY = {
    "required": True,
    "content": {
        "application/sparql-query": {"schema": {"type": "string"}, "example": EXAMPLE_QUERY},
        "application/x-www-form-urlencoded": {
            "schema": {
                "type": "object",
                "properties": {
                    "query": {"type": "string"},
                    "default-graph-uri": {"type": "array", "items": {"type": "string"}},
                    "named-graph-uri": {"type": "array", "items": {"type": "string"}},
                },
                "required": ["query"],
            },
            "example": {"query": EXAMPLE_QUERY},
        },
    },
}

RESPONSES: dict[int | str, dict[str, object]] = {
    200: {
        "description": "SELECT and ASK: SPARQL results; CONSTRUCT and DESCRIBE: RDF. "
        "`X-Results-Truncated: true` when the answer stopped at the row limit (`X-Row-Limit`).",
        "headers": {
            "X-Results-Truncated": {"schema": {"type": "string", "enum": ["true", "false"]}},
            "X-Row-Limit": {"schema": {"type": "integer"}},
        },
        "content": {
            "application/sparql-results+json": {
                "schema": {"type": "object"},
                "example": _RESULTS_EXAMPLE,
            },
            "application/sparql-results+xml": _TEXT,
            "text/csv": {**_TEXT, "example": "council,name\r\n...,Corby Borough Council\r\n"},
            "text/tab-separated-values": _TEXT,
            "text/turtle": {**_TEXT, "example": _TURTLE_EXAMPLE},
            "application/n-triples": _TEXT,
            "application/ld+json": {"schema": {}},
            "application/rdf+xml": _TEXT,
        },
    },
    400: {
        "model": Problem,
        "description": "A malformed query (the parser's message), an update, or SERVICE.",
    },
    406: {"model": Problem, "description": "Accept allows no format this kind of query has."},
    422: {"model": Problem, "description": "A parameter is missing or invalid."},
    503: {"model": Problem, "description": "A query worker could not start or stopped."},
    504: {"model": Problem, "description": "The query ran past the time limit and was stopped."},
}
