"""Response models for /v1/connections."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from api.schemas.relations import COUNTY, Relationship

_BABERGH = {"type": "council", "id": "BAB", "name": "Babergh District Council"}
_SUFFOLK = {"type": "council", "id": "SFK", "name": "Suffolk County Council"}
HOP = {"from": _BABERGH, "to": _SUFFOLK, "relationships": [COUNTY]}


class Node(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    type: Literal["council", "person"]
    id: str
    name: str


class Hop(BaseModel):
    """One step, with every relationship linking its two ends on as_of."""

    model_config = ConfigDict(
        from_attributes=True, populate_by_name=True, json_schema_extra={"examples": [HOP]}
    )

    source: Node = Field(alias="from")
    target: Node = Field(alias="to")
    relationships: list[Relationship]


class Connection(BaseModel):
    model_config = ConfigDict(
        from_attributes=True, json_schema_extra={"examples": [{"hops": [HOP]}]}
    )

    hops: list[Hop]


class ConnectionList(BaseModel):
    """The shortest paths (at most 20), fewest hops first is implied: all have one length."""

    model_config = ConfigDict(
        json_schema_extra={"examples": [{"data": [{"hops": [HOP]}], "count": 1}]}
    )

    data: list[Connection]
    count: int
