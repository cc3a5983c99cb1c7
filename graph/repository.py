"""The questions the API asks of the graph, whatever backend answers them.

`GraphRepository` is the interface: the embedded Oxigraph backend (graph/embedded_repository.py)
implements it, and the Neo4j backend implements the same methods with the same answers; a
contract test runs the same questions against both. Results are frozen dataclasses of plain
values (here and in graph/relationship_records.py), so routers and the CLI never see RDF or
Cypher.

Rules every backend follows for relationships (partnerships, memberships, shared posts,
appointments, register links), so that both answer alike:

- **as_of**: a relationship holds on day D when (its start is unknown or start <= D) and (its
  end is unknown or D < end): `holds_on` below, the one implementation both backends call.
  `as_of` None means "at any time" (no filter); the API passes today when the caller gives none.
- **Dates of a fact** (one graph node, possibly stated by several documents): start is the
  earliest start any document states (a partial date "2020-07" is its first day); when no
  document states one, the date of its earliest dated evidence document; else unknown. End is
  the latest end any document states, else unknown.
- **Status of a fact**: the status stated by the latest-dated document (undated documents are
  older than every dated one); on a tie, the furthest along wins: ended > active > agreed >
  proposed > declined. An appointment's status is "active".
- **Name** of a partnership or person: the label the latest-dated document gives; ties go to
  the smallest string.
- **Shared-post groups** (`shared_chief_executives`, shared_post relationships): each
  cg:SharedPost is a group; for the chief executive role, so is each normalised person name
  (graph.ids.normalise_name) holding that role (by appointment or shared post held) at two or
  more councils. Groups of one role merge, transitively, when they have the same set of
  councils or a holder of the same normalised name; a merged group has the union of councils,
  evidence and statements, and dates and status by the rules above over all of them. Its
  person is the holder named by the latest-dated evidence (ties: smallest normalised name),
  with the smallest person id of that name. graph/fact_rules.py implements these rules over
  backend-neutral statements; both backends feed it.
- **Register links** (county, district, combined authority, constituent) hold where both
  councils existed; predecessor and successor links from the reorganisation's effective date.
  Their evidence is one EvidenceItem citing the register dataset (rule "register").
- **Connections** run a breadth-first search over an undirected graph of councils and people
  whose edges are the relationships holding on as_of: partnership co-membership (both
  memberships hold, neither declined), shared posts, county/district and combined-authority
  links, appointments and shared posts held (person to council). Reorganisations are not
  edges. See Connection and Hop for the order of paths.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass
from datetime import date
from typing import Protocol, runtime_checkable

from graph.model import CouncilType, Tier
from graph.relationship_records import MAX_LIMIT as MAX_LIMIT  # re-exported for routers
from graph.relationship_records import (
    Connection,
    ConnectionQuery,
    CouncilRelationships,
    DocumentDetail,
    DocumentSummary,
    Page,
    PartnershipDetail,
    PartnershipQuery,
    PartnershipSummary,
    PeopleQuery,
    PersonDetail,
    PersonSummary,
    RelationshipQuery,
    SharedPostGroup,
    SharedPostQuery,
    check_page,
)


def holds_on(start: date | None, end: date | None, as_of: date | None) -> bool:
    """The as_of rule: true when `as_of` is None, or start <= as_of < end with an unknown start
    or end leaving that side open."""
    if as_of is None:
        return True
    return (start is None or start <= as_of) and (end is None or as_of < end)


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
        check_page(self.limit, self.offset)


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

    def shared_chief_executives(self, query: SharedPostQuery) -> Page[SharedPostGroup]:
        """Chief-executive groups (see the module docstring) holding on query.as_of, that
        include query.council when given; ordered by their tuple of council ids."""
        ...

    def council_relationships(
        self, identifier: str, query: RelationshipQuery
    ) -> CouncilRelationships:
        """Every relationship of the council `identifier` (register, GSS or former GSS code)
        holding on query.as_of, of query.kind when given. NotFound for an unknown council."""
        ...

    def list_partnerships(self, query: PartnershipQuery) -> Page[PartnershipSummary]:
        """Partnerships holding on query.as_of and matching its filters. An unknown member
        council is InvalidParameter("member")."""
        ...

    def get_partnership(self, identifier: str, as_of: date | None) -> PartnershipDetail:
        """One partnership by id, its members holding on `as_of`. NotFound when unknown."""
        ...

    def list_people(self, query: PeopleQuery) -> Page[PersonSummary]:
        """People whose name contains query.q (every person without it)."""
        ...

    def get_person(self, identifier: str, as_of: date | None) -> PersonDetail:
        """One person by id, with the posts they hold on `as_of`. NotFound when unknown."""
        ...

    def connections(self, query: ConnectionQuery) -> tuple[Connection, ...]:
        """The shortest paths of at most query.max_hops hops from source to target, through
        relationships holding on query.as_of; () when there is none. NotFound (naming the id)
        when either end is unknown."""
        ...

    def list_documents(self, limit: int, offset: int) -> Page[DocumentSummary]:
        """A page of the documents in the graph, newest first."""
        ...

    def get_document(self, identifier: str) -> DocumentDetail:
        """One document with its text and every fact it states. NotFound when unknown."""
        ...

    def version(self) -> Hashable:
        """What changes whenever an answer may: the API keeps encoded answers under it. As
        fresh as the answers (read again for each call unless a setting says otherwise), and
        raising as they would when the graph is away."""
        ...

    def check(self) -> None:
        """Raise if the graph cannot answer questions (for /healthz)."""
        ...

    def close(self) -> None:
        """Release the backend's connections or files."""
        ...
