"""GET /v1/documents and GET /v1/documents/{id}."""

from fastapi import APIRouter

from api.deps import RepositoryDep
from api.params import INVALID, NOT_FOUND, HashId, Limit, Offset
from api.schemas.documents import DocumentDetail, DocumentList, DocumentSummary

router = APIRouter(prefix="/v1", tags=["documents"])


@router.get("/documents", response_model=DocumentList, responses=INVALID)
def list_documents(
    repository: RepositoryDep, limit: Limit = 50, offset: Offset = 0
) -> DocumentList:
    """The documents in the graph, newest first."""
    page = repository.list_documents(limit, offset)
    return DocumentList(
        data=[DocumentSummary.model_validate(d) for d in page.items], count=page.count
    )


@router.get("/documents/{id}", response_model=DocumentDetail, responses={**NOT_FOUND, **INVALID})
def get_document(repository: RepositoryDep, document_id: HashId) -> DocumentDetail:
    """One document: metadata, its text, and every fact extracted from it with its spans."""
    return DocumentDetail.model_validate(repository.get_document(document_id))
