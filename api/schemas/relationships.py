"""Response model for /v1/councils/{id}/relationships."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from api.schemas.relations import BABERGH, COUNTY, SHARED_POST, CouncilBrief, Relationship


class CouncilRelationshipList(BaseModel):
    """The council asked about, and a page of its relationships."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [{"council": BABERGH, "data": [SHARED_POST, COUNTY], "count": 2}]
        }
    )

    council: CouncilBrief
    data: list[Relationship]
    count: int
