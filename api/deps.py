"""Dependencies routers declare with `Annotated`."""

from typing import Annotated

from fastapi import Depends, Request

from graph.repository import GraphRepository


def get_repository(request: Request) -> GraphRepository:
    return request.app.state.repository


RepositoryDep = Annotated[GraphRepository, Depends(get_repository)]
