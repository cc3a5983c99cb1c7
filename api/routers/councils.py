"""GET /v1/councils and GET /v1/councils/{id}."""

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Path, Query, Response

from api.answers import AnswersDep
from api.negotiation import LINKED_DATA_RESPONSES, LinkedDataDep
from api.params import IsoDate
from api.schemas.councils import CouncilDetail, CouncilItem, CouncilList
from api.schemas.problems import Problem
from graph import ids
from graph import repository as repo
from graph.model import CouncilType, Tier

router = APIRouter(prefix="/v1", tags=["councils"])

PROBLEMS = {
    404: {"model": Problem, "description": "No council has that id."},
    422: {"model": Problem, "description": "A parameter is invalid; `errors` names it."},
}


@router.get("/councils", response_model=CouncilList, responses={422: PROBLEMS[422]})
def list_councils(
    answers: AnswersDep,
    q: Annotated[
        str | None,
        Query(max_length=200, description="Part of a name, or a whole register or GSS code."),
    ] = None,
    council_type: Annotated[CouncilType | None, Query(alias="type")] = None,
    tier: Tier | None = None,
    county: Annotated[
        str | None, Query(max_length=20, description="The county's register or GSS code.")
    ] = None,
    as_of: Annotated[
        IsoDate | None, Query(description="Councils existing on this day; default today.")
    ] = None,
    limit: Annotated[int, Query(ge=1, le=repo.MAX_LIMIT)] = 50,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
) -> Response:
    """Councils by name, then register code. `count` is the total matching."""
    query = repo.CouncilQuery(
        q=q,
        type=council_type,
        tier=tier,
        county=county,
        as_of=as_of or date.today(),
        limit=limit,
        offset=offset,
    )

    def build() -> CouncilList:
        page = answers.repository.list_councils(query)
        return CouncilList(
            data=[CouncilItem.model_validate(c) for c in page.items], count=page.count
        )

    return answers.json(("councils", query), build)


@router.get(
    "/councils/{id}",
    response_model=CouncilDetail,
    responses={**PROBLEMS, **LINKED_DATA_RESPONSES},
)
def get_council(
    answers: AnswersDep,
    linked_data: LinkedDataDep,
    council_id: Annotated[
        str,
        Path(
            alias="id",
            max_length=20,
            description="Register code (NTH) or current or former GSS code (E10000021).",
            examples=["NTH"],
        ),
    ],
) -> Response:
    """One council with its county, districts, combined authority, predecessors and
    successors; as RDF (Turtle, JSON-LD) when Accept asks for it."""
    repository = answers.repository
    if linked_data.wanted:
        return linked_data.response(ids.council(repository.get_council(council_id).id))
    return answers.json(
        ("council", council_id),
        lambda: CouncilDetail.model_validate(repository.get_council(council_id)),
    )
