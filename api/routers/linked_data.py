"""GET /v1/context.jsonld: the JSON-LD context every JSON-LD answer refers to."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import JSONResponse

from graph.jsonld_context import context
from graph.linked_data import JSON_LD

router = APIRouter(prefix="/v1", tags=["linked data"])

_EXAMPLE = {
    "@context": {
        "cg": "https://w3id.org/councilgraph/def#",
        "Council": "cg:Council",
        "county": {"@id": "cg:county", "@type": "@id"},
    }
}


@router.get(
    "/context.jsonld",
    name="jsonld_context",
    response_class=JSONResponse,
    responses={
        200: {
            "description": "Prefixes and a term per ontology class and property.",
            "content": {JSON_LD: {"schema": {"type": "object"}, "example": _EXAMPLE}},
        }
    },
)
def jsonld_context() -> JSONResponse:
    """The @context, generated from the ontology: one term per class, individual and
    property, object properties typed `@id`, datatype properties with their range."""
    headers = {"Cache-Control": "public, max-age=86400"}
    return JSONResponse({"@context": context()}, media_type=JSON_LD, headers=headers)
