"""Models every relationship resource shares: councils, people and partnerships inside other
records, evidence, and one relationship. The examples are invented, not taken from documents."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field

from graph.model import PartnershipKind, Role, Status
from graph.relationship_records import RelationshipKind

BABERGH = {"id": "BAB", "gss": "E07000200", "name": "Babergh District Council"}
MID_SUFFOLK = {"id": "MSU", "gss": "E07000203", "name": "Mid Suffolk District Council"}
SUFFOLK = {"id": "SFK", "gss": "E10000029", "name": "Suffolk County Council"}
PERSON = {"id": "59cfc74cbf4552f392b8", "name": "Pat Example"}
PARTNERSHIP = {
    "id": "990e8819574d3a5843dc",
    "name": "Babergh and Mid Suffolk Partnership",
    "kind": "strategic_alliance",
}
DOCUMENT = {
    "id": "5f0c6d3a1e2b4c7d8e9f",
    "title": "Strategic alliance report",
    "url": "https://example.org/agreement",
    "date": "2019-05-01",
}
EVIDENCE = {
    "document": DOCUMENT,
    "quote": "The two councils will share one chief executive, Pat Example.",
    "span": [93, 155],
    "rule": "shared_post.share_one",
    "confidence": 0.9,
    "page": None,
}
REGISTER_EVIDENCE = {
    "document": {
        "id": "register",
        "title": "mySociety UK local authority register",
        "url": "https://github.com/mysociety/uk_local_authority_names_and_codes",
        "date": None,
    },
    "quote": None,
    "span": None,
    "rule": "register",
    "confidence": 1.0,
    "page": None,
}
SHARED_POST = {
    "kind": "shared_post",
    "status": "agreed",
    "start": "2020-07-01",
    "end": None,
    "councils": [MID_SUFFOLK],
    "partnership": None,
    "role": "chief_executive",
    "person": PERSON,
    "evidence": [EVIDENCE],
}
COUNTY = {
    "kind": "county",
    "status": "active",
    "start": None,
    "end": None,
    "councils": [SUFFOLK],
    "partnership": None,
    "role": None,
    "person": None,
    "evidence": [REGISTER_EVIDENCE],
}


class CouncilBrief(BaseModel):
    model_config = ConfigDict(from_attributes=True, json_schema_extra={"examples": [BABERGH]})

    id: str = Field(description="The council's register code.")
    gss: str | None
    name: str


class PersonRef(BaseModel):
    model_config = ConfigDict(from_attributes=True, json_schema_extra={"examples": [PERSON]})

    id: str
    name: str


class PartnershipRef(BaseModel):
    model_config = ConfigDict(from_attributes=True, json_schema_extra={"examples": [PARTNERSHIP]})

    id: str
    name: str
    kind: PartnershipKind


class DocumentRef(BaseModel):
    """A source document; id "register" is the council register dataset."""

    model_config = ConfigDict(from_attributes=True, json_schema_extra={"examples": [DOCUMENT]})

    id: str
    title: str
    url: str | None
    date: dt.date | None


class Evidence(BaseModel):
    """The passage a fact was read from. Register-derived facts cite the register, with no
    quote or span and rule "register"."""

    model_config = ConfigDict(from_attributes=True, json_schema_extra={"examples": [EVIDENCE]})

    document: DocumentRef
    quote: str | None
    span: list[int] | None = Field(
        description="[start, end) character offsets into the document's text."
    )
    rule: str = Field(description="The extraction rule, or 'register'.")
    confidence: float = Field(ge=0, le=1)
    page: int | None = Field(None, description="The PDF page the quote begins on.")


class Relationship(BaseModel):
    """One link to other councils (or a person's post). `councils` are the other side."""

    model_config = ConfigDict(
        from_attributes=True, json_schema_extra={"examples": [SHARED_POST, COUNTY]}
    )

    kind: RelationshipKind
    status: Status
    start: dt.date | None = Field(description="First day it holds, when known.")
    end: dt.date | None = Field(description="First day it no longer holds, when known.")
    councils: list[CouncilBrief]
    partnership: PartnershipRef | None = None
    role: Role | None = None
    person: PersonRef | None = None
    evidence: list[Evidence]
