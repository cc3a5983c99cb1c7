"""Dependencies routers declare with `Annotated`."""

from typing import Annotated

from fastapi import Depends, Request

from graph.repository import GraphRepository
from graph.sparql_pool import SparqlPool
from graph.store import GraphStore


def get_repository(request: Request) -> GraphRepository:
    return request.app.state.repository


RepositoryDep = Annotated[GraphRepository, Depends(get_repository)]


def get_store(request: Request) -> GraphStore:
    return request.app.state.store


def get_sparql_pool(request: Request) -> SparqlPool:
    return request.app.state.sparql


StoreDep = Annotated[GraphStore, Depends(get_store)]
SparqlPoolDep = Annotated[SparqlPool, Depends(get_sparql_pool)]
