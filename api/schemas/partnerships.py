"""Response models for /v1/partnerships and /v1/partnerships/{id}."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, ConfigDict, Field

from api.schemas.relations import (
    BABERGH,
    EVIDENCE,
    MID_SUFFOLK,
    PARTNERSHIP,
    CouncilBrief,
    Evidence,
)
from graph.model import PartnershipKind, Status

SUMMARY = {
    **PARTNERSHIP,
    "status": "active",
    "start": "2020-07-01",
    "end": None,
    "members": [BABERGH, MID_SUFFOLK],
}
MEMBER = {
    "council": BABERGH,
    "status": "active",
    "start": "2020-07-01",
    "end": None,
    "evidence": [EVIDENCE],
}
DETAIL = {
    **SUMMARY,
    "names": ["Babergh and Mid Suffolk Partnership"],
    "members": [MEMBER, {**MEMBER, "council": MID_SUFFOLK}],
    "declined": [],
    "legal_basis": None,
    "services": ["Planning"],
    "savings": [
        {"amount_gbp": 250000.0, "currency": "GBP", "period": "per year", "evidence": [EVIDENCE]}
    ],
    "evidence": [EVIDENCE],
}


class PartnershipSummary(BaseModel):
    model_config = ConfigDict(from_attributes=True, json_schema_extra={"examples": [SUMMARY]})

    id: str
    name: str
    kind: PartnershipKind
    status: Status = Field(description="As the latest document states it.")
    start: date | None
    end: date | None
    members: list[CouncilBrief] = Field(description="Members on as_of that did not decline.")


class PartnershipList(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{"data": [SUMMARY], "count": 1}]})

    data: list[PartnershipSummary]
    count: int


class Member(BaseModel):
    model_config = ConfigDict(from_attributes=True, json_schema_extra={"examples": [MEMBER]})

    council: CouncilBrief
    status: Status
    start: date | None
    end: date | None
    evidence: list[Evidence]


class Saving(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    amount_gbp: float
    currency: str = "GBP"
    period: str | None
    evidence: list[Evidence]


class PartnershipDetail(PartnershipSummary):
    model_config = ConfigDict(from_attributes=True, json_schema_extra={"examples": [DETAIL]})

    names: list[str] = Field(description="Every name documents give it.")
    members: list[Member]  # type: ignore[assignment]  # members with their own dates here
    declined: list[Member] = Field(description="Councils that declined or left.")
    legal_basis: str | None
    services: list[str]
    savings: list[Saving]
    evidence: list[Evidence]
