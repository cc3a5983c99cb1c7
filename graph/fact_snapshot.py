"""Every relationship fact in the graph as plain records: what a backend reads, before any rule.

A backend fills one `Snapshot` from its store (graph/embedded_facts.py for Oxigraph; the Neo4j
backend reads the same records with Cypher), and graph/relationship_answers.py answers every
relationship question from it with the rules of graph/fact_rules.py. So both backends answer
alike as long as they read the same snapshot, which a contract test can compare directly.

Per-source statements keep what each document said apart (status, dates, names), because the
rules pick between documents by date. A statement from the curated graph has no document date.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from graph.model import CouncilType, PartnershipKind, Role, Status
from graph.relationship_records import (
    REGISTER_DOCUMENT_ID,
    CouncilBrief,
    DocumentRef,
    DocumentSummary,
    EvidenceItem,
    SavingItem,
)


@dataclass(frozen=True, slots=True)
class Statement:
    """What one source says of a fact: a status and an interval, either part possibly absent."""

    document_date: date | None
    status: Status | None = None
    start: date | None = None
    end: date | None = None
    document: str | None = None  # the document's id; None for the curated graph


@dataclass(frozen=True, slots=True)
class Label:
    """A name (or any text value) one source gives a node."""

    text: str
    document_date: date | None
    document: str | None = None


@dataclass(frozen=True, slots=True)
class CouncilRecord:
    id: str
    gss: str | None
    name: str
    type: CouncilType
    start: date | None
    end: date | None
    county: str | None = None  # register codes
    combined_authority: str | None = None

    @property
    def brief(self) -> CouncilBrief:
        return CouncilBrief(self.id, self.gss, self.name)


@dataclass(frozen=True, slots=True)
class Reorganisation:
    abolished: str
    successors: tuple[str, ...]
    effective: date | None


@dataclass(frozen=True, slots=True)
class PartnershipFact:
    id: str
    kind: PartnershipKind
    labels: tuple[Label, ...]
    statements: tuple[Statement, ...]
    evidence: tuple[EvidenceItem, ...]
    legal_bases: tuple[Label, ...] = ()
    services: tuple[str, ...] = ()
    savings: tuple[SavingItem, ...] = ()


@dataclass(frozen=True, slots=True)
class MembershipFact:
    id: str
    partnership: str
    council: str
    statements: tuple[Statement, ...]
    evidence: tuple[EvidenceItem, ...]


@dataclass(frozen=True, slots=True)
class SharedPostFact:
    id: str
    role: Role
    councils: tuple[str, ...]
    holders: tuple[str, ...]  # person ids
    statements: tuple[Statement, ...]
    evidence: tuple[EvidenceItem, ...]


@dataclass(frozen=True, slots=True)
class AppointmentFact:
    """A person's role at a council; no stated status or dates (the rules make it active from
    its earliest evidence)."""

    id: str
    person: str
    role: Role
    council: str | None
    evidence: tuple[EvidenceItem, ...]


@dataclass(frozen=True, slots=True)
class PersonRecord:
    id: str
    labels: tuple[Label, ...]


@dataclass(slots=True)
class Snapshot:
    """The whole relationship graph. `codes` maps every upper-cased register code, GSS code and
        former GSS code to its council's register code (a current code wins over a former one);
    `register` is the register dataset, the document register-derived links cite."""

    councils: dict[str, CouncilRecord] = field(default_factory=dict)
    codes: dict[str, str] = field(default_factory=dict)
    reorganisations: tuple[Reorganisation, ...] = ()
    partnerships: dict[str, PartnershipFact] = field(default_factory=dict)
    memberships: tuple[MembershipFact, ...] = ()
    shared_posts: tuple[SharedPostFact, ...] = ()
    appointments: tuple[AppointmentFact, ...] = ()
    people: dict[str, PersonRecord] = field(default_factory=dict)
    documents: dict[str, DocumentSummary] = field(default_factory=dict)
    register: DocumentRef = DocumentRef(REGISTER_DOCUMENT_ID, "council register", None, None)

    def resolve(self, identifier: str) -> str | None:
        """The register code of a council named by register, GSS or former GSS code."""
        return self.codes.get(identifier.strip().upper())
