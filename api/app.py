"""The FastAPI application factory."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from api import errors, web
from api.routers import councils, health
from councilgraph import __version__
from councilgraph.settings import Settings, get_settings
from graph.backends import open_repository
from graph.repository import GraphRepository

DESCRIPTION = """A knowledge graph of English local government: every council in the mySociety
register (current and former), its county, combined authority and reorganisations. Errors are
RFC 9457 `application/problem+json`."""


def create_app(
    settings: Settings | None = None, repository: GraphRepository | None = None
) -> FastAPI:
    """The API over `repository`, or over the backend `settings` choose, opened at startup
    and closed at shutdown."""
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        owned = repository is None
        app.state.repository = repository or open_repository(settings)
        try:
            yield
        finally:
            if owned:
                app.state.repository.close()

    app = FastAPI(
        title="councilgraph", version=__version__, description=DESCRIPTION, lifespan=lifespan
    )
    app.state.settings = settings
    if settings.cors_origins:
        app.add_middleware(CORSMiddleware, allow_origins=settings.cors_origins)
    errors.install(app)
    app.include_router(health.router)
    app.include_router(councils.router)
    web.install(app)  # the explorer: pages at /, its files under /explorer
    return app
