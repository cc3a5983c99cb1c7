"""Every error the API returns, as RFC 9457 problem details, mapped in one place.

PROBLEMS maps each project error to its HTTP status and a stable problem `type`; the most
specific class in an exception's MRO wins. Request validation (bad parameters) is a 422 naming
each field; unknown routes and methods keep their HTTP status; anything unexpected is a 500
that says nothing about the internals.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from http import HTTPStatus

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from councilgraph.errors import (
    BackendUnavailable,
    CouncilGraphError,
    DocumentError,
    DocumentTooLarge,
    InvalidParameter,
    InvalidQuery,
    NotAcceptable,
    NotFound,
    QueryTimeout,
    StoreError,
    Unauthorized,
    UnsupportedFormat,
    UpdateRejected,
    WritesDisabled,
)

PROBLEM_BASE = "https://w3id.org/councilgraph/problems/"
MEDIA_TYPE = "application/problem+json"
log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class ProblemType:
    status: int
    slug: str
    title: str

    @property
    def uri(self) -> str:
        return PROBLEM_BASE + self.slug


INVALID_PARAMETER = ProblemType(422, "invalid-parameter", "Invalid parameter")
INTERNAL = ProblemType(500, "internal-error", "Internal error")

PROBLEMS: dict[type[Exception], ProblemType] = {
    NotFound: ProblemType(404, "not-found", "Not found"),
    InvalidParameter: INVALID_PARAMETER,
    UpdateRejected: ProblemType(400, "update-not-allowed", "SPARQL updates not allowed"),
    InvalidQuery: ProblemType(400, "invalid-query", "Invalid query"),
    NotAcceptable: ProblemType(406, "not-acceptable", "No acceptable representation"),
    Unauthorized: ProblemType(401, "unauthorized", "API key missing or wrong"),
    WritesDisabled: ProblemType(403, "writes-disabled", "This server accepts no documents"),
    QueryTimeout: ProblemType(504, "query-timeout", "Query timed out"),
    StoreError: ProblemType(503, "store-unavailable", "Graph store unavailable"),
    BackendUnavailable: ProblemType(503, "backend-unavailable", "Graph backend unavailable"),
    UnsupportedFormat: ProblemType(415, "unsupported-format", "Unsupported document format"),
    DocumentTooLarge: ProblemType(413, "document-too-large", "Document too large"),
    DocumentError: ProblemType(422, "invalid-document", "Invalid document"),
    CouncilGraphError: INTERNAL,
}


def problem_type(error: Exception) -> ProblemType:
    for cls in type(error).__mro__:
        if cls in PROBLEMS:
            return PROBLEMS[cls]
    return INTERNAL


def problem_response(
    request: Request, kind: ProblemType, detail: str | None, **extra: object
) -> JSONResponse:
    body = {"type": kind.uri, "title": kind.title, "status": kind.status}
    body |= {"detail": detail, "instance": request.url.path, **extra}
    return JSONResponse(body, status_code=kind.status, media_type=MEDIA_TYPE)


async def _project_error(request: Request, error: Exception) -> JSONResponse:
    kind = problem_type(error)
    if kind is INTERNAL:
        log.exception("unexpected error on %s", request.url.path, exc_info=error)
        return problem_response(request, kind, "the server could not answer this request")
    extra: dict[str, object] = {}
    if isinstance(error, InvalidParameter):
        extra["errors"] = [{"field": error.field, "message": error.reason}]
    if isinstance(error, NotFound):
        extra["id"] = error.identifier
    response = problem_response(request, kind, str(error), **extra)
    if isinstance(error, Unauthorized):
        response.headers["WWW-Authenticate"] = 'Bearer realm="councilgraph"'
    return response


async def _validation_error(request: Request, error: Exception) -> JSONResponse:
    assert isinstance(error, RequestValidationError)
    fields = [
        {"field": str(e["loc"][-1]) if e.get("loc") else "request", "message": e["msg"]}
        for e in error.errors()
    ]
    detail = "; ".join(f"{f['field']}: {f['message']}" for f in fields)
    return problem_response(request, INVALID_PARAMETER, detail, errors=fields)


async def _http_error(request: Request, error: Exception) -> JSONResponse:
    assert isinstance(error, StarletteHTTPException)
    status = HTTPStatus(error.status_code)
    slug = status.phrase.lower().replace(" ", "-")
    kind = ProblemType(status.value, slug, status.phrase)
    return problem_response(request, kind, str(error.detail))


HANDLERS = {
    RequestValidationError: _validation_error,
    StarletteHTTPException: _http_error,
    CouncilGraphError: _project_error,
    Exception: _project_error,
}


def install(app: FastAPI) -> None:
    for error, handler in HANDLERS.items():
        app.add_exception_handler(error, handler)
