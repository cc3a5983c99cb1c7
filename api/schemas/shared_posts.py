"""Response models for /v1/shared-chief-executives."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, ConfigDict

from api.schemas.relations import BABERGH, EVIDENCE, MID_SUFFOLK, PERSON, CouncilBrief, Evidence
from api.schemas.relations import PersonRef as PersonRef
from graph.model import Status

GROUP = {
    "councils": [BABERGH, MID_SUFFOLK],
    "person": PERSON,
    "start": "2020-07-01",
    "end": None,
    "status": "agreed",
    "evidence": [EVIDENCE],
}


class SharedChiefExecutive(BaseModel):
    """Councils sharing one chief executive: from shared-post facts and from one person
    appointed chief executive at several councils, merged when they describe one arrangement."""

    model_config = ConfigDict(from_attributes=True, json_schema_extra={"examples": [GROUP]})

    councils: list[CouncilBrief]
    person: PersonRef | None
    start: date | None
    end: date | None
    status: Status
    evidence: list[Evidence]


class SharedChiefExecutiveList(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{"data": [GROUP], "count": 1}]})

    data: list[SharedChiefExecutive]
    count: int
