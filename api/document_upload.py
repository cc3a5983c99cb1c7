"""The body of POST /v1/documents, read within the size limit and turned into a Document.

Two shapes: multipart/form-data with the document as the `file` part (its Content-Type and
file name choose the reader) and optional metadata fields, or application/json with the text
and metadata (api/schemas/ingest.py). The body may be `max_document_bytes` plus FORM_OVERHEAD
(boundaries, part headers, metadata, JSON escapes); the document itself is held to
`max_document_bytes` by the reader.
"""

from __future__ import annotations

from fastapi import Request
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from pydantic import ValidationError
from starlette.datastructures import UploadFile
from starlette.formparsers import MultiPartException, MultiPartParser

from api.request_body import limited_stream, media_type, read_body
from api.schemas.ingest import DocumentMetadata, DocumentSubmission
from councilgraph.errors import DocumentTooLarge, InvalidParameter, UnsupportedFormat
from graph.ingest import Metadata
from graph.model import Document
from loaders.readers import read_bytes

FORM_OVERHEAD = 64 * 1024
TEXT_NAME = "submitted-text"  # the name a JSON document's errors and cg:fileName carry
_FIELDS = ("title", "url", "date", "publisher")


def _too_large(reason: str) -> Exception:
    return DocumentTooLarge("request", reason)


async def read_upload(request: Request, limit: int) -> tuple[Document, Metadata]:
    """The uploaded document (read by its reader, in a worker thread: reading a PDF takes a
    while) and the uploader's metadata. 415 for any other body, 413 when too large, 422 for
    bad fields or an unreadable document."""
    kind = media_type(request)
    if kind == "multipart/form-data":
        return await _from_form(request, limit)
    if kind == "application/json":
        return await _from_json(request, limit)
    raise UnsupportedFormat(
        "request",
        "send multipart/form-data with a `file` part, or application/json with `text`, "
        f"not {kind or 'a body without Content-Type'}",
    )


async def _from_json(request: Request, limit: int) -> tuple[Document, Metadata]:
    body = await read_body(request, limit + FORM_OVERHEAD, _too_large)
    try:
        submission = DocumentSubmission.model_validate_json(body)
    except ValidationError as e:
        raise RequestValidationError(e.errors(include_context=False)) from e
    data = submission.text.encode("utf-8")
    document = await run_in_threadpool(
        read_bytes, data, TEXT_NAME, max_bytes=limit, url=submission.url
    )
    return document, _metadata(submission)


async def _from_form(request: Request, limit: int) -> tuple[Document, Metadata]:
    stream = limited_stream(request, limit + FORM_OVERHEAD, _too_large)
    parser = MultiPartParser(request.headers, stream, max_files=1, max_fields=len(_FIELDS))
    try:
        form = await parser.parse()
    except MultiPartException as e:
        raise InvalidParameter("file", f"not a readable multipart body: {e.message}") from e
    upload = form.get("file")
    if not isinstance(upload, UploadFile):
        raise InvalidParameter("file", "the form must have a `file` part holding the document")
    fields = {name: value for name in _FIELDS if isinstance(value := form.get(name), str)}
    try:
        metadata = DocumentMetadata.model_validate({k: v for k, v in fields.items() if v})
    except ValidationError as e:
        raise RequestValidationError(e.errors(include_context=False)) from e
    data = await upload.read()
    name, kind = upload.filename or "upload", upload.content_type
    document = await run_in_threadpool(
        read_bytes, data, name, media_type=kind, max_bytes=limit, url=metadata.url
    )
    return document, _metadata(metadata)


def _metadata(fields: DocumentMetadata) -> Metadata:
    return Metadata(title=fields.title, date=fields.date, publisher=fields.publisher)
