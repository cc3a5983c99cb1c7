"""What one document states: its partnerships, shared posts and appointments, each with that
document's status, dates and evidence only (not what other documents add)."""

from __future__ import annotations

from graph.fact_rules import fact_dates, fact_status, ordered_evidence
from graph.fact_snapshot import (
    AppointmentFact,
    MembershipFact,
    PartnershipFact,
    SharedPostFact,
    Statement,
)
from graph.relationship_index import RelationshipIndex
from graph.relationship_records import CouncilBrief, DocumentFact, EvidenceItem, PersonRef

_KINDS = ("partnership", "shared_post", "appointment")


def document_facts(index: RelationshipIndex, document_id: str) -> tuple[DocumentFact, ...]:
    """Every fact with evidence in the document, by first span, then kind, then id."""
    facts = [
        *(_partnership(index, p, document_id) for p in index.snapshot.partnerships.values()),
        *(_post(index, p, document_id) for p in index.snapshot.shared_posts),
        *(_appointment(index, a, document_id) for a in index.snapshot.appointments),
    ]
    found = [fact for fact in facts if fact is not None]
    return tuple(sorted(found, key=_order))


def _order(fact: DocumentFact) -> tuple[object, ...]:
    spans = [e.span[0] for e in fact.evidence if e.span]
    return (min(spans, default=-1), _KINDS.index(fact.kind), fact.id)


def _from(
    document_id: str,
    fact: PartnershipFact | MembershipFact | SharedPostFact | AppointmentFact,
) -> tuple[list[Statement], tuple[EvidenceItem, ...]]:
    statements = [s for s in getattr(fact, "statements", ()) if s.document == document_id]
    evidence = ordered_evidence(e for e in fact.evidence if e.document.id == document_id)
    return statements, evidence


def _briefs(index: RelationshipIndex, codes: list[str]) -> tuple[CouncilBrief, ...]:
    return tuple(index.snapshot.councils[code].brief for code in sorted(codes))


def _partnership(
    index: RelationshipIndex, partnership: PartnershipFact, document_id: str
) -> DocumentFact | None:
    statements, evidence = _from(document_id, partnership)
    if not evidence:
        return None
    members, declined = [], []
    for membership in index.members_of[partnership.id]:
        said, _ = _from(document_id, membership)
        if said:
            status = fact_status(said)
            (declined if status == "declined" else members).append(membership.council)
    start, end = fact_dates(statements, evidence)
    return DocumentFact(
        kind="partnership",
        id=partnership.id,
        status=fact_status(statements),
        start=start,
        end=end,
        councils=_briefs(index, members),
        evidence=evidence,
        declined=_briefs(index, declined),
        partnership=index.partnership_ref(partnership.id),
    )


def _post(index: RelationshipIndex, post: SharedPostFact, document_id: str) -> DocumentFact | None:
    statements, evidence = _from(document_id, post)
    if not evidence:
        return None
    start, end = fact_dates(statements, evidence)
    return DocumentFact(
        kind="shared_post",
        id=post.id,
        status=fact_status(statements),
        start=start,
        end=end,
        councils=_briefs(index, list(post.councils)),
        evidence=evidence,
        role=post.role,
        person=_named_here(index, post.holders, document_id),
    )


def _named_here(
    index: RelationshipIndex, holders: tuple[str, ...], document_id: str
) -> PersonRef | None:
    """The holder this document names (the person node labelled in its graph)."""
    for person in sorted(holders):
        record = index.snapshot.people.get(person)
        if record and any(label.document == document_id for label in record.labels):
            return index.person_ref(person)
    return None


def _appointment(
    index: RelationshipIndex, appointment: AppointmentFact, document_id: str
) -> DocumentFact | None:
    _, evidence = _from(document_id, appointment)
    if not evidence:
        return None
    start, end = fact_dates((), evidence)
    council = [c for c in (appointment.council,) if c and c in index.snapshot.councils]
    return DocumentFact(
        kind="appointment",
        id=appointment.id,
        status="active",
        start=start,
        end=end,
        councils=_briefs(index, council),
        evidence=evidence,
        role=appointment.role,
        person=index.person_ref(appointment.person),
    )
