"""GET /v1/councils/{id}/relationships."""

from typing import Annotated

from fastapi import APIRouter, Query, Response

from api.answers import AnswersDep
from api.params import INVALID, NOT_FOUND, AsOf, CouncilId, Limit, Offset, today_or
from api.schemas.relations import CouncilBrief, Relationship
from api.schemas.relationships import CouncilRelationshipList
from graph.relationship_records import RelationshipKind, RelationshipQuery

router = APIRouter(prefix="/v1", tags=["councils"])


@router.get(
    "/councils/{id}/relationships",
    response_model=CouncilRelationshipList,
    responses={**NOT_FOUND, **INVALID},
)
def council_relationships(
    answers: AnswersDep,
    council_id: CouncilId,
    as_of: AsOf = None,
    kind: Annotated[RelationshipKind | None, Query(description="Only this kind.")] = None,
    limit: Limit = 100,
    offset: Offset = 0,
) -> Response:
    """Every relationship of the council on `as_of`: partnership memberships (with the other
    members), shared posts, county and districts, combined authority and constituents,
    predecessors and successors; each with status, dates and evidence (register links cite
    the register)."""
    query = RelationshipQuery(today_or(as_of), kind, limit, offset)

    def build() -> CouncilRelationshipList:
        found = answers.repository.council_relationships(council_id, query)
        return CouncilRelationshipList(
            council=CouncilBrief.model_validate(found.council),
            data=[Relationship.model_validate(r) for r in found.page.items],
            count=found.page.count,
        )

    return answers.json(("council-relationships", council_id, query), build)
