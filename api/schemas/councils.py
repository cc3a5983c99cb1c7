"""Response models for /v1/councils."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, ConfigDict, Field

from graph.model import CouncilType, Tier

_NORTHAMPTONSHIRE = {
    "id": "NTH",
    "gss": "E10000021",
    "name": "Northamptonshire County Council",
    "type": "county",
    "tier": "upper",
    "county": None,
    "start": None,
    "end": "2021-04-01",
}
_CORBY = {
    "id": "COR",
    "gss": "E07000150",
    "name": "Corby Borough Council",
    "type": "non_metropolitan_district",
    "start": None,
    "end": "2021-04-01",
}
_NORTH_NORTHAMPTONSHIRE = {
    "id": "NNT",
    "gss": "E06000061",
    "name": "North Northamptonshire Council",
    "type": "unitary",
    "start": "2021-04-01",
    "end": None,
}


class _Council(BaseModel):
    """What every council record says about itself."""

    id: str = Field(description="The mySociety register code: the council's stable identity.")
    gss: str | None = Field(description="Current (or last) ONS GSS code.")
    name: str = Field(description="Official name.")
    type: CouncilType
    tier: Tier | None = Field(description="upper, lower or single; null above the councils.")
    start: date | None = Field(description="First day the council existed, when known.")
    end: date | None = Field(description="First day the council no longer existed.")


class CouncilItem(_Council):
    """A council in a list."""

    model_config = ConfigDict(
        from_attributes=True, json_schema_extra={"examples": [_NORTHAMPTONSHIRE]}
    )

    county: str | None = Field(description="Register code of the county, for a district.")


class CouncilList(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={"examples": [{"data": [_NORTHAMPTONSHIRE], "count": 1}]}
    )

    data: list[CouncilItem]
    count: int = Field(description="How many councils match in all, not just on this page.")


class CouncilRef(BaseModel):
    """Another council named in a council's record."""

    model_config = ConfigDict(from_attributes=True, json_schema_extra={"examples": [_CORBY]})

    id: str
    gss: str | None
    name: str
    type: CouncilType
    start: date | None
    end: date | None


class CouncilDetail(_Council):
    """A council with its place in the register: county, districts, combined authority,
    constituent councils (of a combined authority), predecessors and successors."""

    model_config = ConfigDict(
        from_attributes=True,
        json_schema_extra={
            "examples": [
                {
                    **_NORTHAMPTONSHIRE,
                    "short_name": "Northamptonshire",
                    "nation": "England",
                    "region": "East Midlands",
                    "same_as": "http://statistics.data.gov.uk/id/statistical-geography/E10000021",
                    "lat": None,
                    "long": None,
                    "alt_names": ["northamptonshire county"],
                    "former_gss": [],
                    "county": None,
                    "combined_authority": None,
                    "districts": [_CORBY],
                    "constituents": [],
                    "predecessors": [],
                    "successors": [_NORTH_NORTHAMPTONSHIRE],
                }
            ]
        },
    )

    county: CouncilRef | None = Field(description="The county, for a district.")
    short_name: str
    nation: str
    region: str | None
    same_as: str | None = Field(description="The ONS statistical-geography URI.")
    lat: float | None
    long: float | None
    alt_names: list[str]
    former_gss: list[str]
    combined_authority: CouncilRef | None
    districts: list[CouncilRef]
    constituents: list[CouncilRef]
    predecessors: list[CouncilRef]
    successors: list[CouncilRef]
