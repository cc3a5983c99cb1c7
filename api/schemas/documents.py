"""Response models for /v1/documents and /v1/documents/{id}."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from api.schemas.relations import (
    BABERGH,
    DOCUMENT,
    EVIDENCE,
    MID_SUFFOLK,
    PERSON,
    CouncilBrief,
    Evidence,
    PartnershipRef,
    PersonRef,
)
from graph.model import Role, Status

SUMMARY = {**DOCUMENT, "format": "txt", "publisher": BABERGH}
FACT = {
    "kind": "shared_post",
    "id": "3e1f0a9b8c7d6e5f4a3b",
    "status": "agreed",
    "start": "2020-07-01",
    "end": None,
    "councils": [BABERGH, MID_SUFFOLK],
    "declined": [],
    "partnership": None,
    "role": "chief_executive",
    "person": PERSON,
    "evidence": [EVIDENCE],
}
DETAIL = {
    **SUMMARY,
    "text": "Cabinet report. ... The two councils will share one chief executive, Pat Example.",
    "mentions": [BABERGH, MID_SUFFOLK],
    "facts": [FACT],
}


class DocumentSummary(BaseModel):
    model_config = ConfigDict(from_attributes=True, json_schema_extra={"examples": [SUMMARY]})

    id: str = Field(description="A hash of the document's text.")
    title: str
    url: str | None
    date: dt.date | None
    format: str | None
    publisher: CouncilBrief | None = Field(description="The council that wrote it, if one did.")


class DocumentList(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{"data": [SUMMARY], "count": 1}]})

    data: list[DocumentSummary]
    count: int


class DocumentFact(BaseModel):
    """A fact as this document states it, with this document's evidence only."""

    model_config = ConfigDict(from_attributes=True, json_schema_extra={"examples": [FACT]})

    kind: Literal["partnership", "shared_post", "appointment"]
    id: str
    status: Status | None
    start: dt.date | None
    end: dt.date | None
    councils: list[CouncilBrief]
    declined: list[CouncilBrief]
    partnership: PartnershipRef | None
    role: Role | None
    person: PersonRef | None
    evidence: list[Evidence]


class DocumentDetail(DocumentSummary):
    model_config = ConfigDict(from_attributes=True, json_schema_extra={"examples": [DETAIL]})

    text: str | None = Field(description="The clean text evidence spans index into.")
    mentions: list[CouncilBrief]
    facts: list[DocumentFact]
