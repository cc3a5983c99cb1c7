"""What the relationship questions of GraphRepository take and return: plain frozen dataclasses.

Ids the API shows: a council's id is its register code; a partnership's and a person's id is
the hash segment of its IRI (`.../id/partnership/<id>`, `.../id/person/<id>`); a document's id
is its schema:identifier (a hash of its text). Dates are `datetime.date`; a partial date
("2020-07") is its first day. Every tuple in a result is in the order its docstring gives, so
both backends answer identically.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Generic, Literal, TypeVar

from councilgraph.errors import InvalidParameter
from graph.model import PartnershipKind, Role, Status

MAX_LIMIT = 500
MAX_HOPS = 4
MAX_PATHS = 20  # shortest paths returned at most, in the order Connection describes

T = TypeVar("T")

RelationshipKind = Literal[
    "partnership",
    "shared_post",
    "county",
    "district",
    "combined_authority",
    "constituent",
    "predecessor",
    "successor",
    "appointment",
]
# The order relationships of one council are listed in (kind first). "appointment" links a
# person to a council; it appears in connections and person records, never among a council's
# relationships.
RELATIONSHIP_KINDS: tuple[RelationshipKind, ...] = (
    "partnership",
    "shared_post",
    "county",
    "district",
    "combined_authority",
    "constituent",
    "predecessor",
    "successor",
    "appointment",
)
COUNCIL_RELATIONSHIP_KINDS = RELATIONSHIP_KINDS[:-1]
REGISTER_KINDS = frozenset(RELATIONSHIP_KINDS[2:8])  # read from the register, not documents

REGISTER_DOCUMENT_ID = "register"
REGISTER_RULE = "register"


def check_page(limit: int, offset: int) -> None:
    """Raise InvalidParameter for a limit outside 1..MAX_LIMIT or a negative offset."""
    if not 1 <= limit <= MAX_LIMIT:
        raise InvalidParameter("limit", f"must be between 1 and {MAX_LIMIT}")
    if offset < 0:
        raise InvalidParameter("offset", "must not be negative")


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    items: tuple[T, ...]
    count: int  # every item matching, not just this page


# --- references -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CouncilBrief:
    """A council inside another record. Lists of them are ordered by id (register code)."""

    id: str
    gss: str | None
    name: str


@dataclass(frozen=True, slots=True)
class PersonRef:
    id: str
    name: str


@dataclass(frozen=True, slots=True)
class PartnershipRef:
    id: str
    name: str
    kind: PartnershipKind


@dataclass(frozen=True, slots=True)
class DocumentRef:
    """The source of a piece of evidence. Register-derived facts cite the register dataset:
    id "register", its title and URL, no date."""

    id: str
    title: str
    url: str | None
    date: date | None


@dataclass(frozen=True, slots=True)
class EvidenceItem:
    """Why a fact is believed. Register evidence has no quote, span or page, rule "register"
    and confidence 1.0. A fact's evidence is ordered by document date (undated last), document
    id, span start, rule."""

    document: DocumentRef
    quote: str | None
    span: tuple[int, int] | None
    rule: str
    confidence: float
    page: int | None = None


# --- shared chief executives ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SharedPostQuery:
    """`as_of` None means at any time; `council` is a register, GSS or former GSS code (an
    unknown one is InvalidParameter("council"))."""

    as_of: date | None = None
    council: str | None = None
    limit: int = 50
    offset: int = 0

    def __post_init__(self) -> None:
        check_page(self.limit, self.offset)


@dataclass(frozen=True, slots=True)
class SharedPostGroup:
    """Councils sharing one post holder (see graph/fact_rules.py for how groups are made and
    merged). `councils` ordered by id; groups ordered by their tuple of council ids."""

    role: Role
    councils: tuple[CouncilBrief, ...]
    person: PersonRef | None
    start: date | None
    end: date | None
    status: Status
    evidence: tuple[EvidenceItem, ...]


# --- relationships of a council, and hops of a connection -------------------------------------


@dataclass(frozen=True, slots=True)
class Relationship:
    """One link of a council (or person) to others.

    - partnership: `partnership` set, `councils` the other members (not those that declined),
      status and dates those of this council's membership (status "declined" for a council
      that declined or left);
    - shared_post: `role`, `person` (when named), `councils` the other councils sharing it;
    - county / district / combined_authority / constituent: `councils` the one other council;
      dates are where both councils existed (the later start, the earlier end), status
      "ended" when that has an end, else "active";
    - predecessor / successor: the council before or after a reorganisation; start is the
      reorganisation's effective date, no end, status "active";
    - appointment: a person's role at a council (`role`, `person`, `councils` the council).

    Register-derived kinds carry one register EvidenceItem.
    """

    kind: RelationshipKind
    status: Status
    start: date | None
    end: date | None
    councils: tuple[CouncilBrief, ...]
    evidence: tuple[EvidenceItem, ...]
    partnership: PartnershipRef | None = None
    role: Role | None = None
    person: PersonRef | None = None


@dataclass(frozen=True, slots=True)
class RelationshipQuery:
    """A council's relationships holding on `as_of` (None: at any time), of one `kind` or all.
    Ordered by kind (RELATIONSHIP_KINDS order), then partnership name (case-folded; none
    first), then the other councils' ids, then partnership id, then role."""

    as_of: date | None = None
    kind: RelationshipKind | None = None
    limit: int = 100
    offset: int = 0

    def __post_init__(self) -> None:
        check_page(self.limit, self.offset)


@dataclass(frozen=True, slots=True)
class CouncilRelationships:
    council: CouncilBrief
    page: Page[Relationship]


# --- partnerships ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PartnershipQuery:
    """Partnerships holding on `as_of` (None: at any time), of `kind`, with derived `status`,
    having council `member` (register/GSS code; a member that did not decline). Ordered by name
    (case-folded), then id."""

    kind: PartnershipKind | None = None
    member: str | None = None
    status: Status | None = None
    as_of: date | None = None
    limit: int = 50
    offset: int = 0

    def __post_init__(self) -> None:
        check_page(self.limit, self.offset)


@dataclass(frozen=True, slots=True)
class Member:
    """A council's membership of a partnership; members ordered by council id."""

    council: CouncilBrief
    status: Status
    start: date | None
    end: date | None
    evidence: tuple[EvidenceItem, ...]


@dataclass(frozen=True, slots=True)
class SavingItem:
    """Ordered by amount descending, then period, then first evidence."""

    amount_gbp: float
    period: str | None
    evidence: tuple[EvidenceItem, ...]


@dataclass(frozen=True, slots=True)
class PartnershipSummary:
    """`members`: councils whose membership holds on the query's as_of and did not decline."""

    id: str
    name: str
    kind: PartnershipKind
    status: Status
    start: date | None
    end: date | None
    members: tuple[CouncilBrief, ...]


@dataclass(frozen=True, slots=True)
class PartnershipDetail:
    """`names`: every name documents give it, sorted; `members` those holding on as_of (not
    declined), `declined` the councils that declined or left (any time); `services` sorted by
    name."""

    id: str
    name: str
    kind: PartnershipKind
    status: Status
    start: date | None
    end: date | None
    names: tuple[str, ...]
    members: tuple[Member, ...]
    declined: tuple[Member, ...]
    legal_basis: str | None
    services: tuple[str, ...]
    savings: tuple[SavingItem, ...]
    evidence: tuple[EvidenceItem, ...]


# --- people ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PeopleQuery:
    """`q` matches part of a person's name, case-insensitively. Ordered by normalised name
    (graph.ids.normalise_name), then id."""

    q: str | None = None
    limit: int = 50
    offset: int = 0

    def __post_init__(self) -> None:
        check_page(self.limit, self.offset)


@dataclass(frozen=True, slots=True)
class PersonSummary:
    """`roles` sorted; `councils` every council the person holds a post at, by id."""

    id: str
    name: str
    roles: tuple[Role, ...]
    councils: tuple[CouncilBrief, ...]


@dataclass(frozen=True, slots=True)
class PersonDetail:
    """`posts`: appointments (kind "appointment") and shared posts held (kind "shared_post",
    `councils` every council of the post) holding on as_of, ordered as Relationship lists."""

    id: str
    name: str
    posts: tuple[Relationship, ...]


# --- connections -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ConnectionQuery:
    """`source` and `target`: a council (register/GSS code) or a person id. Unknown ids are
    NotFound; max_hops outside 1..MAX_HOPS is InvalidParameter("max_hops")."""

    source: str
    target: str
    max_hops: int = 3
    as_of: date | None = None

    def __post_init__(self) -> None:
        if not 1 <= self.max_hops <= MAX_HOPS:
            raise InvalidParameter("max_hops", f"must be between 1 and {MAX_HOPS}")


@dataclass(frozen=True, slots=True)
class Node:
    type: Literal["council", "person"]
    id: str
    name: str


@dataclass(frozen=True, slots=True)
class Hop:
    """One step of a path: every relationship linking `source` to `target` that holds on the
    query's as_of, ordered as a council's relationships are (`councils` in each relationship is
    the target side, `person` the person a hop reaches or leaves)."""

    source: Node
    target: Node
    relationships: tuple[Relationship, ...]


@dataclass(frozen=True, slots=True)
class Connection:
    """One shortest path. Paths are distinct node sequences, ordered by the tuple of node ids
    along them; at most MAX_PATHS are returned. Source equal to target is one path of no
    hops."""

    hops: tuple[Hop, ...]


# --- documents -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DocumentSummary:
    """Ordered by date, newest first (undated last), then id."""

    id: str
    title: str
    url: str | None
    date: date | None
    format: str | None
    publisher: CouncilBrief | None


@dataclass(frozen=True, slots=True)
class DocumentFact:
    """One fact the document states, with this document's evidence only. kind: "partnership"
    (`partnership`, `councils` its members), "membership" of a declined council is folded into
    its partnership's fact as `declined`; "shared_post" (`role`, `person`, `councils`);
    "appointment" (`role`, `person`, `councils` the council, if known). Ordered by the first
    evidence span start, then kind, then id."""

    kind: Literal["partnership", "shared_post", "appointment"]
    id: str
    status: Status | None
    start: date | None
    end: date | None
    councils: tuple[CouncilBrief, ...]
    evidence: tuple[EvidenceItem, ...]
    declined: tuple[CouncilBrief, ...] = ()
    partnership: PartnershipRef | None = None
    role: Role | None = None
    person: PersonRef | None = None


@dataclass(frozen=True, slots=True)
class DocumentDetail:
    """`text` is the document's clean text (spans index into it); None if not stored.
    `mentions` the councils it refers to, by id."""

    id: str
    title: str
    url: str | None
    date: date | None
    format: str | None
    publisher: CouncilBrief | None
    text: str | None
    mentions: tuple[CouncilBrief, ...]
    facts: tuple[DocumentFact, ...]
