"""`councilgraph serve`: the HTTP API on uvicorn."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal

import typer
import uvicorn

from api.app import create_app
from councilgraph.cli import fail
from councilgraph.commands.options import load_settings
from councilgraph.errors import CouncilGraphError
from graph.backends import open_repository, open_store

Backend = Literal["embedded", "neo4j"]
# h11 refuses (400) a request line and headers over its default 16 KiB when they arrive in
# more than one read, and takes them when they arrive in one: a GET /v1/sparql within the 64
# KiB query limit (up to three times that percent-encoded) was answered or refused by how TCP
# happened to split it. This is room for it; a longer head always takes more than one read
# (asyncio reads at most 256 KiB at a time), so it is always refused.
MAX_REQUEST_HEAD_BYTES = 256 * 1024


def serve(
    host: Annotated[str | None, typer.Option(help="Interface (default: 127.0.0.1).")] = None,
    port: Annotated[int | None, typer.Option(help="Port (default: 8000).")] = None,
    backend: Annotated[
        Backend | None, typer.Option(help="Graph backend (default: embedded).")
    ] = None,
    store: Annotated[Path | None, typer.Option(help="Store folder (default: var/store).")] = None,
) -> None:
    """Serve the HTTP API (interactive docs at /docs).

    The embedded store is opened read-only, so `build` can run meanwhile; restart the server
    to see what it built. With COUNCILGRAPH_WRITE_ENABLED (and COUNCILGRAPH_API_KEYS) the server
    opens it read-write for POST /v1/documents and holds its lock: stop it before `build`.

    Example: councilgraph serve --port 8000, then curl 127.0.0.1:8000/v1/councils/NTH
    """
    try:
        settings = load_settings(host=host, port=port, backend=backend, store=store)
        graph_store = open_store(settings)
        repository = open_repository(settings, graph_store)
    except CouncilGraphError as e:
        raise fail(e) from e
    try:
        app = create_app(settings, repository, graph_store)
        uvicorn.run(
            app,
            host=settings.host,
            port=settings.port,
            h11_max_incomplete_event_size=MAX_REQUEST_HEAD_BYTES,
        )
    finally:
        repository.close()
        graph_store.close()
