"""Response models for /v1/people and /v1/people/{id}."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from api.schemas.relations import BABERGH, PERSON, SHARED_POST, CouncilBrief, Relationship
from graph.model import Role

SUMMARY = {**PERSON, "roles": ["chief_executive"], "councils": [BABERGH]}
DETAIL = {**PERSON, "posts": [SHARED_POST]}


class PersonSummary(BaseModel):
    model_config = ConfigDict(from_attributes=True, json_schema_extra={"examples": [SUMMARY]})

    id: str
    name: str
    roles: list[Role]
    councils: list[CouncilBrief]


class PersonList(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{"data": [SUMMARY], "count": 1}]})

    data: list[PersonSummary]
    count: int


class PersonDetail(BaseModel):
    """A person and the posts they hold on as_of: appointments and shared posts."""

    model_config = ConfigDict(from_attributes=True, json_schema_extra={"examples": [DETAIL]})

    id: str
    name: str
    posts: list[Relationship]
