"""Open the GraphRepository the settings choose."""

from __future__ import annotations

from councilgraph.errors import ConfigError
from councilgraph.settings import Settings
from graph.embedded_repository import EmbeddedRepository
from graph.repository import GraphRepository
from graph.store import GraphStore


def open_repository(settings: Settings) -> GraphRepository:
    """The repository for `settings.backend`. The embedded store is opened read-only: serving
    takes no lock, so `councilgraph build` can run beside a server (restart it to see changes)."""
    if settings.backend == "embedded":
        return EmbeddedRepository(GraphStore.open(settings.store, read_only=True))
    raise ConfigError(
        f"the {settings.backend!r} backend cannot answer API questions yet; "
        "set COUNCILGRAPH_BACKEND=embedded"
    )
