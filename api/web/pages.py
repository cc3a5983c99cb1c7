"""The explorer's pages. Each is an HTML skeleton (headings, labelled controls, empty regions)
that its script in static/js/pages/ fills from /v1, so the explorer answers what the API
answers, whichever backend is behind it. A page's state lives in its URL query: the URL is
the permalink."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, HTTPException, Request
from fastapi import Path as PathParam
from fastapi.responses import FileResponse, HTMLResponse
from fastapi.templating import Jinja2Templates

from api.web import vendor

HERE = Path(__file__).resolve().parent
STATIC_DIR = HERE / "static"
templates = Jinja2Templates(directory=HERE / "templates")

router = APIRouter(include_in_schema=False)

# Register codes, GSS codes, and the hash ids of documents, partnerships and people. None
# opens with a dot, so `..` (sent raw, no client tidies it away) is refused, not made a page
# whose script would ask for /v1/councils/.. and so /v1/.
Identifier = Annotated[
    str, PathParam(min_length=1, max_length=100, pattern=r"^[A-Za-z0-9_-][A-Za-z0-9_.-]*$")
]


def _page(request: Request, page: str, title: str, **context: object) -> HTMLResponse:
    context |= {"page": page, "title": title, "vendor": vendor.installed()}
    return templates.TemplateResponse(request, f"{page}.html", context)


@router.get("/", response_class=HTMLResponse)
def home(request: Request) -> HTMLResponse:
    return _page(request, "home", "Search")


@router.get("/councils/{council_id}", response_class=HTMLResponse)
def council(request: Request, council_id: Identifier) -> HTMLResponse:
    return _page(request, "council", "Council", identifier=council_id)


@router.get("/partnerships/{partnership_id}", response_class=HTMLResponse)
def partnership(request: Request, partnership_id: Identifier) -> HTMLResponse:
    return _page(request, "partnership", "Partnership", identifier=partnership_id)


@router.get("/people/{person_id}", response_class=HTMLResponse)
def person(request: Request, person_id: Identifier) -> HTMLResponse:
    return _page(request, "person", "Person", identifier=person_id)


@router.get("/documents/{document_id}", response_class=HTMLResponse)
def document(request: Request, document_id: Identifier) -> HTMLResponse:
    return _page(request, "document", "Document", identifier=document_id)


@router.get("/shared-chief-executives", response_class=HTMLResponse)
def shared_chief_executives(request: Request) -> HTMLResponse:
    return _page(request, "shared", "Shared chief executives")


@router.get("/network", response_class=HTMLResponse)
def network(request: Request) -> HTMLResponse:
    return _page(request, "network", "Network")


@router.get("/connections", response_class=HTMLResponse)
def connections(request: Request) -> HTMLResponse:
    return _page(request, "connections", "Connections")


@router.get("/explorer/vendor/{name}")
def vendor_file(name: str) -> FileResponse:
    """A third-party library or data file installed by npm; 404 when not installed."""
    path = vendor.vendor_file(name)
    if path is None:
        raise HTTPException(404, f"{name} is not installed (run make install)")
    return FileResponse(path)
