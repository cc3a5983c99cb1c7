"""GET /healthz: is the process serving (liveness)? GET /readyz: can it answer (readiness)?

Liveness asks nothing of the graph, so a Neo4j outage or a damaged store never gets a healthy
API process restarted; readiness names what cannot answer and why, and turns 200 again by
itself once it can (a Neo4j that comes back on the same address).
"""

from fastapi import APIRouter

from api.deps import RepositoryDep, StoreDep
from api.schemas.health import Health
from api.schemas.problems import Problem

router = APIRouter(tags=["health"])


@router.get("/healthz", response_model=Health)
def healthz(repository: RepositoryDep) -> Health:
    """200 while the process serves HTTP, whatever the state of the graph (see /readyz)."""
    return Health(status="ok", backend=repository.backend)


@router.get(
    "/readyz",
    response_model=Health,
    responses={
        503: {
            "model": Problem,
            "description": "The embedded store or the graph backend cannot answer; the detail "
            "says which, where, and how to put it right.",
        }
    },
)
def readyz(repository: RepositoryDep, store: StoreDep) -> Health:
    """200 when the embedded store and the graph backend both answer, else a 503 problem."""
    store.check()
    repository.check()
    return Health(status="ok", backend=repository.backend)
