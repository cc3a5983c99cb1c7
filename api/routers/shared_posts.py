"""GET /v1/shared-chief-executives."""

from typing import Annotated

from fastapi import APIRouter, Query, Response

from api.answers import AnswersDep
from api.params import INVALID, AsOf, Limit, Offset, today_or
from api.schemas.shared_posts import SharedChiefExecutive, SharedChiefExecutiveList
from graph.relationship_records import SharedPostQuery

router = APIRouter(prefix="/v1", tags=["shared posts"])


@router.get("/shared-chief-executives", response_model=SharedChiefExecutiveList, responses=INVALID)
def shared_chief_executives(
    answers: AnswersDep,
    as_of: AsOf = None,
    council: Annotated[
        str | None,
        Query(max_length=20, description="Only groups including this council (register or GSS)."),
    ] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> Response:
    """Groups of councils sharing one chief executive on `as_of`, each with its evidence,
    ordered by their councils' register codes."""
    query = SharedPostQuery(today_or(as_of), council, limit, offset)

    def build() -> SharedChiefExecutiveList:
        page = answers.repository.shared_chief_executives(query)
        return SharedChiefExecutiveList(
            data=[SharedChiefExecutive.model_validate(group) for group in page.items],
            count=page.count,
        )

    return answers.json(("shared-chief-executives", query), build)
