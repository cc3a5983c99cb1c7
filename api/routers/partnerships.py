"""GET /v1/partnerships and GET /v1/partnerships/{id}."""

from typing import Annotated

from fastapi import APIRouter, Query, Response

from api.answers import AnswersDep
from api.negotiation import LINKED_DATA_RESPONSES, LinkedDataDep
from api.params import INVALID, NOT_FOUND, AsOf, HashId, Limit, Offset, today_or
from api.schemas.partnerships import PartnershipDetail, PartnershipList, PartnershipSummary
from graph.linked_data import instance
from graph.model import PartnershipKind, Status
from graph.relationship_records import PartnershipQuery

router = APIRouter(prefix="/v1", tags=["partnerships"])


@router.get("/partnerships", response_model=PartnershipList, responses=INVALID)
def list_partnerships(
    answers: AnswersDep,
    kind: PartnershipKind | None = None,
    member: Annotated[
        str | None, Query(max_length=20, description="A member council (register or GSS code).")
    ] = None,
    status: Status | None = None,
    as_of: AsOf = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> Response:
    """Partnerships holding on `as_of`, by name."""
    query = PartnershipQuery(kind, member, status, today_or(as_of), limit, offset)

    def build() -> PartnershipList:
        page = answers.repository.list_partnerships(query)
        return PartnershipList(
            data=[PartnershipSummary.model_validate(p) for p in page.items], count=page.count
        )

    return answers.json(("partnerships", query), build)


@router.get(
    "/partnerships/{id}",
    response_model=PartnershipDetail,
    responses={**NOT_FOUND, **INVALID, **LINKED_DATA_RESPONSES},
)
def get_partnership(
    answers: AnswersDep,
    linked_data: LinkedDataDep,
    partnership_id: HashId,
    as_of: AsOf = None,
) -> Response:
    """One partnership: its members on `as_of` with their status and dates, the councils that
    declined, legal basis, services, savings and evidence; RDF when Accept asks for it."""
    repository, day = answers.repository, today_or(as_of)
    if linked_data.wanted:
        found = repository.get_partnership(partnership_id, day)
        return linked_data.response(instance("partnership", found.id))
    return answers.json(
        ("partnership", partnership_id, day),
        lambda: PartnershipDetail.model_validate(repository.get_partnership(partnership_id, day)),
    )
