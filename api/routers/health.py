"""GET /healthz: is the graph answering?"""

from fastapi import APIRouter

from api.deps import RepositoryDep
from api.schemas.health import Health
from api.schemas.problems import Problem

router = APIRouter(tags=["health"])


@router.get(
    "/healthz",
    response_model=Health,
    responses={503: {"model": Problem, "description": "The graph cannot be read."}},
)
def healthz(repository: RepositoryDep) -> Health:
    """200 when the graph backend can answer questions, else a 503 problem."""
    repository.check()
    return Health(status="ok", backend=repository.backend)
