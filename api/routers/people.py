"""GET /v1/people and GET /v1/people/{id}."""

from typing import Annotated

from fastapi import APIRouter, Query, Response

from api.answers import AnswersDep
from api.negotiation import LINKED_DATA_RESPONSES, LinkedDataDep
from api.params import INVALID, NOT_FOUND, AsOf, HashId, Limit, Offset, today_or
from api.schemas.people import PersonDetail, PersonList, PersonSummary
from graph.linked_data import instance
from graph.relationship_records import PeopleQuery

router = APIRouter(prefix="/v1", tags=["people"])


@router.get("/people", response_model=PersonList, responses=INVALID)
def list_people(
    answers: AnswersDep,
    q: Annotated[str | None, Query(max_length=200, description="Part of a name.")] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> Response:
    """People named in documents with a role at a council, by name."""
    query = PeopleQuery(q, limit, offset)

    def build() -> PersonList:
        page = answers.repository.list_people(query)
        return PersonList(
            data=[PersonSummary.model_validate(p) for p in page.items], count=page.count
        )

    return answers.json(("people", query), build)


@router.get(
    "/people/{id}",
    response_model=PersonDetail,
    responses={**NOT_FOUND, **INVALID, **LINKED_DATA_RESPONSES},
)
def get_person(
    answers: AnswersDep, linked_data: LinkedDataDep, person_id: HashId, as_of: AsOf = None
) -> Response:
    """One person and the posts they hold on `as_of`, with councils, dates and evidence; RDF
    when Accept asks for it."""
    repository, day = answers.repository, today_or(as_of)
    if linked_data.wanted:
        return linked_data.response(instance("person", repository.get_person(person_id, day).id))
    return answers.json(
        ("person", person_id, day),
        lambda: PersonDetail.model_validate(repository.get_person(person_id, day)),
    )
