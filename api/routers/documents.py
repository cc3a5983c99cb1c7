"""GET /v1/documents and GET /v1/documents/{id}."""

from fastapi import APIRouter, Response

from api.answers import AnswersDep
from api.params import INVALID, NOT_FOUND, HashId, Limit, Offset
from api.schemas.documents import DocumentDetail, DocumentList, DocumentSummary

router = APIRouter(prefix="/v1", tags=["documents"])


@router.get("/documents", response_model=DocumentList, responses=INVALID)
def list_documents(answers: AnswersDep, limit: Limit = 50, offset: Offset = 0) -> Response:
    """The documents in the graph, newest first."""

    def build() -> DocumentList:
        page = answers.repository.list_documents(limit, offset)
        return DocumentList(
            data=[DocumentSummary.model_validate(d) for d in page.items], count=page.count
        )

    return answers.json(("documents", limit, offset), build)


@router.get("/documents/{id}", response_model=DocumentDetail, responses={**NOT_FOUND, **INVALID})
def get_document(answers: AnswersDep, document_id: HashId) -> Response:
    """One document: metadata, its text, and every fact extracted from it with its spans."""
    return answers.json(
        ("document", document_id),
        lambda: DocumentDetail.model_validate(answers.repository.get_document(document_id)),
    )
