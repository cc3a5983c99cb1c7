"""Request and response models of POST /v1/documents."""

from __future__ import annotations

import datetime

from pydantic import BaseModel, ConfigDict, Field

from api.schemas.documents import DETAIL, DocumentDetail

_METADATA_EXAMPLE = {
    "title": "Two districts to share a chief executive",
    "url": "https://example.org/news/shared-chief-executive",
    "date": "2025-03-03",
    "publisher": "MEL",
}
_TEXT_EXAMPLE = (
    "Melton Borough Council and Rushcliffe Borough Council have agreed to share a chief "
    "executive from 1 June 2025."
)


class DocumentMetadata(BaseModel):
    """What the uploader knows about a document; each overrides what the reader finds."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [_METADATA_EXAMPLE]})

    title: str | None = Field(None, max_length=500)
    url: str | None = Field(None, max_length=2000, pattern=r"^https?://\S+$")
    date: datetime.date | None = Field(None, description="The day it was published.")
    publisher: str | None = Field(
        None, max_length=20, description="Register or GSS code of the council that wrote it."
    )


class DocumentSubmission(DocumentMetadata):
    """A document sent as JSON: its text (plain, Markdown or HTML) and what is known of it."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"examples": [{"text": _TEXT_EXAMPLE, **_METADATA_EXAMPLE}]},
    )

    text: str = Field(min_length=1, description="The document itself.")


class IngestResult(BaseModel):
    """The document in the graph: `created` is false when the same text was already there
    (nothing was added); `document` is what GET /v1/documents/{id} answers."""

    model_config = ConfigDict(
        json_schema_extra={"examples": [{"id": DETAIL["id"], "created": True, "document": DETAIL}]}
    )

    id: str = Field(description="A hash of the document's text: posting it again changes nothing.")
    created: bool
    document: DocumentDetail
