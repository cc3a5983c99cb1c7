"""What the API opens at startup and closes at shutdown, kept on `app.state`:

- `store`: the embedded GraphStore (SPARQL, linked data, exports, and the embedded backend's
  data), read-only unless writes are enabled (graph.backends.open_store);
- `repository`: the GraphRepository of the chosen backend, over that same store when embedded,
  so it sees the server's own writes;
- `sparql`: the pool of killable SPARQL worker processes (started on first query);
- `answers`: the cache of encoded answers (api/answers.py), emptied by the next question
  after a write;
- `writer`: the DocumentWriter when writes are enabled, else None. After each write it refreshes
  the SPARQL workers and, on the Neo4j backend, projects the document into Neo4j.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import ExitStack, asynccontextmanager

from fastapi import FastAPI
from rdflib import URIRef

from api.answers import AnswerCache
from councilgraph.settings import Settings
from graph.backends import open_repository, open_store
from graph.embedded_repository import EmbeddedRepository
from graph.ingest import DocumentWriter, WriteListener
from graph.neo4j_connection import open_driver, translated
from graph.neo4j_projection import Neo4jProjection
from graph.repository import GraphRepository
from graph.sparql_pool import SparqlPool
from graph.store import GraphStore
from loaders.register_reader import load_register


@asynccontextmanager
async def opened(
    app: FastAPI,
    settings: Settings,
    repository: GraphRepository | None,
    store: GraphStore | None,
) -> AsyncIterator[None]:
    """Open what was not given; close only what was opened here."""
    with ExitStack() as stack:
        if store is None and isinstance(repository, EmbeddedRepository):
            store = repository.store
        if store is None:
            store = stack.enter_context(open_store(settings))
        if repository is None:
            repository = open_repository(settings, store)
            stack.callback(repository.close)
        pool = SparqlPool(
            store.path,
            size=settings.sparql_workers,
            time_limit_s=settings.sparql_timeout_s,
            row_limit=settings.sparql_row_limit,
        )
        stack.callback(pool.close)
        app.state.store, app.state.repository, app.state.sparql = store, repository, pool
        app.state.answers = AnswerCache(int(settings.answer_cache_mb * 1024 * 1024))
        app.state.writer = _writer(settings, store, pool, stack) if settings.write_enabled else None
        yield


def _writer(
    settings: Settings, store: GraphStore, pool: SparqlPool, stack: ExitStack
) -> DocumentWriter:
    listeners: list[WriteListener] = [lambda _graph: pool.invalidate()]
    if settings.backend == "neo4j":
        listeners.append(_neo4j_listener(settings, store, stack))
    return DocumentWriter(store, load_register(settings.register_dir()), listeners)


def _neo4j_listener(settings: Settings, store: GraphStore, stack: ExitStack) -> WriteListener:
    driver = open_driver(settings)
    stack.callback(driver.close)
    projection = Neo4jProjection(driver, settings.neo4j_batch_size)
    # a server killed between writing a document and projecting it left them disagreeing
    projection.reconcile_documents(store)

    def project(graph: URIRef) -> None:
        with translated(settings.neo4j_uri):
            projection.sync_source(store, graph)

    return project
