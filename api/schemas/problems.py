"""RFC 9457 problem details, the body of every error response."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class FieldError(BaseModel):
    field: str = Field(description="The parameter at fault, as the request named it.")
    message: str


class Problem(BaseModel):
    """An error, as `application/problem+json`. `type` is stable per kind of error."""

    model_config = ConfigDict(
        extra="allow",
        json_schema_extra={
            "examples": [
                {
                    "type": "https://w3id.org/councilgraph/problems/not-found",
                    "title": "Not found",
                    "status": 404,
                    "detail": "no council with id 'XYZ'",
                    "instance": "/v1/councils/XYZ",
                }
            ]
        },
    )

    type: str
    title: str
    status: int
    detail: str | None = None
    instance: str | None = None
    errors: list[FieldError] | None = Field(
        None, description="For invalid parameters: each field and what is wrong with it."
    )
