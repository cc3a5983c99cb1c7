"""Query and path parameters the relationship routers share, each with its bounds, so a bad
value is a 422 naming the parameter before any question reaches the graph."""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated

from fastapi import Path, Query
from pydantic import BeforeValidator

from api.schemas.problems import Problem
from graph.relationship_records import MAX_LIMIT

_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _iso_day(value: object) -> object:
    """Only YYYY-MM-DD: pydantic alone would also read a number as a Unix timestamp."""
    if isinstance(value, str) and not _ISO_DAY.fullmatch(value):
        raise ValueError("must be a day written YYYY-MM-DD")
    return value


IsoDate = Annotated[date, BeforeValidator(_iso_day)]
AsOf = Annotated[
    IsoDate | None,
    Query(
        description="Only what holds on this day (YYYY-MM-DD); default today. A relationship "
        "holds when its start is unknown or on or before the day, and its end is unknown or "
        "after it.",
        examples=["2021-01-01"],
    ),
]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Page size.")]
Offset = Annotated[int, Query(ge=0, le=1_000_000, description="Items to skip.")]
CouncilId = Annotated[
    str,
    Path(
        alias="id",
        min_length=1,
        max_length=20,
        description="Register code (BOS) or current or former GSS code (E07000033).",
        examples=["E07000033"],
    ),
]
HashId = Annotated[
    str,
    Path(alias="id", min_length=1, max_length=64, description="The id from a list or link."),
]

NOT_FOUND = {404: {"model": Problem, "description": "Nothing has that id."}}
INVALID = {422: {"model": Problem, "description": "A parameter is invalid; `errors` names it."}}


def today_or(as_of: date | None) -> date:
    """The as_of the API applies: the caller's day, else today."""
    return as_of or date.today()
