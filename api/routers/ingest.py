"""POST /v1/documents: add a document to the graph (API key required).

The document is read (text, Markdown, HTML or PDF), its facts extracted, and its named graph
written in one transaction (graph/ingest.py). The same text posted again adds nothing: 201 the
first time, 200 after, both with the document as GET /v1/documents/{id} shows it.
"""

from __future__ import annotations

from fastapi import APIRouter, Request, Response
from fastapi.concurrency import run_in_threadpool

from api.auth import WriterDep
from api.deps import RepositoryDep
from api.document_upload import read_upload
from api.schemas.ingest import DocumentMetadata, DocumentSubmission, IngestResult
from api.schemas.problems import Problem

router = APIRouter(prefix="/v1", tags=["documents"])

_MULTIPART = {
    "type": "object",
    "properties": {
        "file": {"type": "string", "format": "binary", "description": "The document."},
        **DocumentMetadata.model_json_schema()["properties"],
    },
    "required": ["file"],
}
REQUEST_BODY = {
    "required": True,
    "content": {
        "multipart/form-data": {"schema": _MULTIPART},
        "application/json": {"schema": DocumentSubmission.model_json_schema()},
    },
}


def _problem(description: str) -> dict[str, object]:
    return {"model": Problem, "description": description}


RESPONSES: dict[int | str, dict[str, object]] = {
    200: {"model": IngestResult, "description": "The same text was already in the graph."},
    401: _problem("No API key, or a wrong one (see WWW-Authenticate)."),
    403: _problem("The server was started with writes disabled."),
    413: _problem("The body is over the size limit (COUNCILGRAPH_MAX_DOCUMENT_BYTES)."),
    415: _problem("Neither multipart nor JSON, or a file no reader takes (an image...)."),
    422: _problem("Empty, binary or undecodable document, or an invalid field."),
}


@router.post(
    "/documents",
    status_code=201,
    response_model=IngestResult,
    responses=RESPONSES,
    openapi_extra={"requestBody": REQUEST_BODY},
)
async def post_document(
    request: Request, response: Response, writer: WriterDep, repository: RepositoryDep
) -> IngestResult:
    """Add a document, as a multipart upload (`file` and optional `title`, `url`, `date`,
    `publisher`) or as JSON (`text` and the same fields)."""
    limit = request.app.state.settings.max_document_bytes
    document, metadata = await read_upload(request, limit)
    document = writer.with_metadata(document, metadata)
    ingested = await run_in_threadpool(writer.ingest, document)
    detail = await run_in_threadpool(repository.get_document, ingested.document_id)
    response.status_code = 201 if ingested.created else 200
    response.headers["Location"] = request.url_for("get_document", id=ingested.document_id).path
    return IngestResult.model_validate(
        {"id": ingested.document_id, "created": ingested.created, "document": detail},
        from_attributes=True,
    )
