"""The questions the API asks of the graph, whatever backend answers them.

`GraphRepository` is the interface: the embedded Oxigraph backend (graph/embedded_repository.py)
implements it, and the Neo4j backend implements the same methods with the same answers; a
contract test runs the same questions against both. Results are frozen dataclasses of plain
values, so routers and the CLI never see RDF or Cypher.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Protocol, runtime_checkable

from councilgraph.errors import InvalidParameter
from graph.model import CouncilType, Tier

MAX_LIMIT = 500


@dataclass(frozen=True, slots=True)
class CouncilQuery:
    """Which councils to list. Every filter is optional; `as_of` None means at any time.

    `q` matches, case-insensitively, part of any name (official, short or alternative) or a
    whole register or GSS code. `county` is the county's register code or GSS code. Results
    are ordered by name, then register code, so pages are stable.
    """

    q: str | None = None
    type: CouncilType | None = None
    tier: Tier | None = None
    county: str | None = None
    as_of: date | None = None
    limit: int = 50
    offset: int = 0

    def __post_init__(self) -> None:
        if not 1 <= self.limit <= MAX_LIMIT:
            raise InvalidParameter("limit", f"must be between 1 and {MAX_LIMIT}")
        if self.offset < 0:
            raise InvalidParameter("offset", "must not be negative")


@dataclass(frozen=True, slots=True)
class CouncilSummary:
    """One council in a list. `end` is the first day it no longer existed."""

    id: str
    gss: str | None
    name: str
    type: str
    tier: str | None
    county: str | None
    start: date | None
    end: date | None


@dataclass(frozen=True, slots=True)
class CouncilRef:
    """Another council named in a council's record."""

    id: str
    gss: str | None
    name: str
    type: str
    start: date | None
    end: date | None


@dataclass(frozen=True, slots=True)
class CouncilPage:
    items: tuple[CouncilSummary, ...]
    count: int  # every council matching, not just this page


@dataclass(frozen=True, slots=True)
class CouncilDetail:
    """One council with its neighbours in the register: its county, its districts (a
    county's, current and former), its combined authority, its constituent councils (a
    combined authority's) and the councils it replaced or was replaced by."""

    id: str
    gss: str | None
    name: str
    short_name: str
    type: str
    tier: str | None
    nation: str
    region: str | None
    start: date | None
    end: date | None
    same_as: str | None  # the ONS statistical-geography URI
    lat: float | None = None
    long: float | None = None
    alt_names: tuple[str, ...] = ()
    former_gss: tuple[str, ...] = ()
    county: CouncilRef | None = None
    combined_authority: CouncilRef | None = None
    districts: tuple[CouncilRef, ...] = ()
    constituents: tuple[CouncilRef, ...] = ()
    predecessors: tuple[CouncilRef, ...] = ()
    successors: tuple[CouncilRef, ...] = ()


@runtime_checkable
class GraphRepository(Protocol):
    """What the API depends on. Implementations raise NotFound for an unknown id,
    InvalidParameter for an unusable parameter, and StoreError or BackendUnavailable when the
    graph cannot be read."""

    backend: str

    def list_councils(self, query: CouncilQuery) -> CouncilPage:
        """A page of councils matching `query`, and how many match in all."""
        ...

    def get_council(self, identifier: str) -> CouncilDetail:
        """The council whose register code, GSS code or former GSS code is `identifier`."""
        ...

    def check(self) -> None:
        """Raise if the graph cannot answer questions (for /healthz)."""
        ...

    def close(self) -> None:
        """Release the backend's connections or files."""
        ...
