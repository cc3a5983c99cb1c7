"""GET /v1/connections."""

from typing import Annotated

from fastapi import APIRouter, Query, Response

from api.answers import AnswersDep
from api.params import INVALID, NOT_FOUND, AsOf, Offset, today_or
from api.schemas.connections import Connection, ConnectionList
from graph.relationship_records import MAX_HOPS, MAX_PATHS, ConnectionQuery

router = APIRouter(prefix="/v1", tags=["connections"])

_END = "A council (register or GSS code) or a person id."


@router.get("/connections", response_model=ConnectionList, responses={**NOT_FOUND, **INVALID})
def connections(
    answers: AnswersDep,
    source: Annotated[
        str, Query(alias="from", min_length=1, max_length=64, description=_END, examples=["HIG"])
    ],
    target: Annotated[
        str, Query(alias="to", min_length=1, max_length=64, description=_END, examples=["BOS"])
    ],
    max_hops: Annotated[int, Query(ge=1, le=MAX_HOPS, description="Longest path searched.")] = 3,
    as_of: AsOf = None,
    limit: Annotated[int, Query(ge=1, le=MAX_PATHS, description="Page size.")] = MAX_PATHS,
    offset: Offset = 0,
) -> Response:
    """The shortest paths (at most 20, in order of the ids along them) from one council or
    person to another through partnerships, shared posts, county/district links, combined
    authorities and appointments holding on `as_of`, each hop with its evidence. An empty list
    when nothing connects them within `max_hops`; 404 when either id is unknown."""
    query = ConnectionQuery(source, target, max_hops, today_or(as_of))

    def build() -> ConnectionList:
        paths = answers.repository.connections(query)
        return ConnectionList(
            data=[Connection.model_validate(p) for p in paths[offset : offset + limit]],
            count=len(paths),
        )

    return answers.json(("connections", query, limit, offset), build)
