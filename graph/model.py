"""Domain records shared by the loaders (which make them), the graph builders (which turn them
into RDF and Neo4j rows) and the API. Plain frozen dataclasses: no I/O, no backend."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

CouncilType = Literal[
    "county",
    "non_metropolitan_district",
    "unitary",
    "metropolitan_district",
    "london_borough",
    "city_corporation",
    "combined_authority",
    "regional_authority",
    "scottish_unitary",
    "welsh_unitary",
    "ni_district",
]
Tier = Literal["upper", "lower", "single"]
Status = Literal["proposed", "agreed", "active", "ended", "declined"]
PartnershipKind = Literal[
    "strategic_alliance",
    "shared_service",
    "joint_committee",
    "combined_authority",
    "programme",
    "network",
    "merger",
    "other",
]
Role = Literal[
    "chief_executive",
    "leader",
    "deputy_leader",
    "councillor",
    "opposition_leader",
    "section_151_officer",
    "monitoring_officer",
    "director",
    "mayor",
    "other",
]


@dataclass(frozen=True, slots=True)
class Council:
    """One council from the register. Identity is the register `code`; GSS codes change."""

    code: str
    gss: str | None
    name: str
    short_name: str
    type: CouncilType
    tier: Tier | None
    nation: str
    region: str | None = None
    county: str | None = None
    combined_authority: str | None = None
    start: date | None = None
    end: date | None = None  # first day the council no longer exists
    replaced_by: tuple[str, ...] = ()
    former_gss: tuple[str, ...] = ()
    alt_names: tuple[str, ...] = ()
    lat: float | None = None
    long: float | None = None

    def active_on(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@dataclass(frozen=True, slots=True)
class Document:
    """A source document after reading: clean text plus whatever metadata could be found.
    `id` is a hash of the text, so the same document read twice has the same id."""

    id: str
    name: str
    text: str
    format: str
    title: str | None = None
    url: str | None = None
    date: date | None = None
    publisher: str | None = None  # register code
    page_starts: tuple[int, ...] = ()  # character offset where each PDF page begins

    def page_of(self, offset: int) -> int | None:
        if not self.page_starts:
            return None
        return sum(1 for start in self.page_starts if start <= offset)


@dataclass(frozen=True, slots=True)
class Evidence:
    """Why a fact is believed: the sentence in the document that states it."""

    document_id: str
    start: int
    end: int
    quote: str
    rule: str
    confidence: float


@dataclass(frozen=True, slots=True)
class CouncilMention:
    council: str  # register code
    start: int
    end: int
    surface: str
    rule: str


@dataclass(frozen=True, slots=True)
class Saving:
    amount_gbp: float
    period: str | None  # e.g. "per year", "over ten years"
    evidence: Evidence


@dataclass(frozen=True, slots=True)
class SharedPost:
    """Several councils sharing one post holder (a chief executive, a section 151 officer...).
    Dates are ISO strings, possibly partial ("2020-07")."""

    post: Role
    councils: tuple[str, ...]
    status: Status
    evidence: tuple[Evidence, ...]
    person: str | None = None
    start: str | None = None
    end: str | None = None


@dataclass(frozen=True, slots=True)
class Partnership:
    name: str
    kind: PartnershipKind
    members: tuple[str, ...]
    status: Status
    evidence: tuple[Evidence, ...]
    declined: tuple[str, ...] = ()
    start: str | None = None
    end: str | None = None
    legal_basis: str | None = None
    services: tuple[str, ...] = ()
    savings: tuple[Saving, ...] = ()


@dataclass(frozen=True, slots=True)
class PersonRole:
    name: str
    role: Role
    council: str | None
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything taken from one document; the stream every sink (RDF, Neo4j, JSON) consumes."""

    document: Document
    mentions: tuple[CouncilMention, ...] = ()
    shared_posts: tuple[SharedPost, ...] = ()
    partnerships: tuple[Partnership, ...] = ()
    people: tuple[PersonRole, ...] = ()
    candidates: tuple[Partnership | SharedPost, ...] = field(default=())  # talks, speculation

    def councils(self) -> list[str]:
        """Register codes of the councils mentioned, in order of first mention."""
        return list(dict.fromkeys(m.council for m in self.mentions))
