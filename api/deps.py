"""Dependencies routers declare with `Annotated`. They are coroutines because they only look
something up: FastAPI would run a plain function in a worker thread, a hop per dependency."""

from typing import Annotated

from fastapi import Depends, Request

from graph.repository import GraphRepository
from graph.sparql_pool import SparqlPool
from graph.store import GraphStore


async def get_repository(request: Request) -> GraphRepository:
    return request.app.state.repository


RepositoryDep = Annotated[GraphRepository, Depends(get_repository)]


async def get_store(request: Request) -> GraphStore:
    return request.app.state.store


async def get_sparql_pool(request: Request) -> SparqlPool:
    return request.app.state.sparql


StoreDep = Annotated[GraphStore, Depends(get_store)]
SparqlPoolDep = Annotated[SparqlPool, Depends(get_sparql_pool)]
