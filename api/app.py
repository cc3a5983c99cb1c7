"""The FastAPI application factory."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from api import errors, openapi, services, web
from api.routers import (
    connections,
    councils,
    documents,
    exports,
    health,
    ingest,
    linked_data,
    partnerships,
    people,
    relationships,
    shared_posts,
    sparql,
)
from councilgraph import __version__
from councilgraph.settings import Settings, get_settings
from graph.repository import GraphRepository
from graph.store import GraphStore

DESCRIPTION = """A knowledge graph of English local government: every council in the mySociety
register (current and former), its county, combined authority and reorganisations, and the
partnerships, shared chief executives and people that documents describe, each fact with its
evidence (document, quote, span, rule, confidence). Relationships are as of a day (`as_of`,
default today). Errors are RFC 9457 `application/problem+json`."""


def create_app(
    settings: Settings | None = None,
    repository: GraphRepository | None = None,
    store: GraphStore | None = None,
) -> FastAPI:
    """The API over `repository` and `store`, or over what `settings` choose, opened at startup
    and closed at shutdown (api/services.py)."""
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        async with services.opened(app, settings, repository, store):
            yield

    app = FastAPI(
        title="councilgraph", version=__version__, description=DESCRIPTION, lifespan=lifespan
    )
    app.state.settings = settings
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_methods=["GET", "POST"],
            allow_headers=["Authorization", "X-API-Key", "Content-Type"],
            expose_headers=["Location", "X-Results-Truncated", "X-Row-Limit"],
        )
    errors.install(app)
    openapi.install(app)  # errors documented as the problem+json they are
    app.include_router(health.router)
    app.include_router(councils.router)
    for resource in (relationships, shared_posts, partnerships, people, connections, documents):
        app.include_router(resource.router)
    for resource in (ingest, linked_data, sparql, exports):
        app.include_router(resource.router)
    web.install(app)  # the explorer: pages at /, its files under /explorer
    return app
