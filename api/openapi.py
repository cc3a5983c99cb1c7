"""The OpenAPI document as the API really answers: every error is `application/problem+json`.

FastAPI documents error responses as application/json, and its automatic 422 with its own
HTTPValidationError body; api/errors.py answers every error as an RFC 9457 problem instead.
`install` rewrites each 4xx and 5xx response of the generated document to the Problem schema
under application/problem+json (keeping any example), and drops the unused validation models.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

from api.errors import MEDIA_TYPE

PROBLEM_REF = {"$ref": "#/components/schemas/Problem"}
_FASTAPI_MODELS = ("HTTPValidationError", "ValidationError")


def _is_error(status: str) -> bool:
    return status[:1] in {"4", "5"}


def problem_responses(document: dict[str, Any]) -> dict[str, Any]:
    """`document` with every error response's body a Problem, as problem+json."""
    for item in document.get("paths", {}).values():
        for operation in item.values():
            for status, response in operation.get("responses", {}).items():
                if not _is_error(status):
                    continue
                content = response.get("content", {})
                example = next((c["example"] for c in content.values() if "example" in c), None)
                problem: dict[str, Any] = {"schema": PROBLEM_REF}
                if example is not None:
                    problem["example"] = example
                response["content"] = {MEDIA_TYPE: problem}
    schemas = document.get("components", {}).get("schemas", {})
    for name in _FASTAPI_MODELS:
        schemas.pop(name, None)
    return document


def install(app: FastAPI) -> None:
    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            document = get_openapi(
                title=app.title,
                version=app.version,
                description=app.description,
                routes=app.routes,
            )
            app.openapi_schema = problem_responses(document)
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]  # FastAPI's documented override
