"""Reading the relationship Snapshot (graph/fact_snapshot.py) out of the projected Neo4j graph.

The same records graph/embedded_facts.py reads from Oxigraph, read with the SNAPSHOT_* queries
of graph/cypher_queries.py: per-source statements and names from the SUPPORTS claims of the
sources (documents, the curated dataset), membership statements from the per-source MEMBER_OF
relationships, evidence from Evidence nodes and the evidence ids on relationships. The shared
rules (graph/relationship_answers.py) then answer from it exactly as for the embedded store.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from datetime import date

from graph import cypher_queries as cypher
from graph.fact_rules import evidence_key, ordered_evidence
from graph.fact_snapshot import (
    AppointmentFact,
    CouncilRecord,
    Label,
    MembershipFact,
    PartnershipFact,
    PersonRecord,
    Reorganisation,
    SharedPostFact,
    Snapshot,
    Statement,
)
from graph.projection_rows import PARTNERSHIP, PERSON, SAVING, SHARED_POST
from graph.relationship_records import (
    REGISTER_DOCUMENT_ID,
    DocumentRef,
    DocumentSummary,
    EvidenceItem,
    SavingItem,
)

Record = dict[str, object]
Read = Callable[..., list[Record]]


def _str(value: object) -> str | None:
    return None if value is None else str(value)


def _date(value: object) -> date | None:
    return value if isinstance(value, date) else None


def load_snapshot(read: Read) -> Snapshot:
    """The snapshot, from `read(query, **params)` returning records with native values."""
    snapshot = Snapshot()
    _load_councils(read, snapshot)
    passages = _passages(read)
    _load_partnerships(read, snapshot, passages)
    _load_posts(read, snapshot, passages)
    _load_people(read, snapshot, passages)
    _load_documents(read, snapshot)
    return snapshot


def _load_councils(read: Read, snapshot: Snapshot) -> None:
    codes: list[tuple[int, str, str]] = []
    for row in read(cypher.SNAPSHOT_COUNCILS):
        code = str(row["id"])
        snapshot.councils[code] = CouncilRecord(
            id=code,
            gss=_str(row["gss"]),
            name=str(row["name"]),
            type=str(row["type"]),  # type: ignore[arg-type]  # a notation of CouncilTypes
            start=_date(row["start"]),
            end=_date(row["end"]),
            county=_str(row["county"]),
            combined_authority=_str(row["authority"]),
        )
        codes += [(0, code, code)] + ([(1, code, str(row["gss"]))] if row["gss"] else [])
        codes += [(2, code, str(former)) for former in row["former_gss"] or ()]
    # a current code beats a former one; between equals the smallest register code wins
    for _, code, key in sorted(codes, reverse=True):
        snapshot.codes[key.upper()] = code
    successors: dict[tuple[str, date | None], list[str]] = defaultdict(list)
    for row in read(cypher.SNAPSHOT_REORGANISATIONS):
        successors[(str(row["abolished"]), _date(row["effective"]))].append(str(row["successor"]))
    snapshot.reorganisations = tuple(
        Reorganisation(code, tuple(sorted(found)), effective)
        for (code, effective), found in sorted(successors.items())
    )
    rows = read(cypher.SNAPSHOT_DATASET, id=REGISTER_DOCUMENT_ID)
    if rows:
        title, url = str(rows[0]["title"]), _str(rows[0]["url"])
        snapshot.register = DocumentRef(REGISTER_DOCUMENT_ID, title, url, None)


def _passages(read: Read) -> dict[str, EvidenceItem]:
    """Every Evidence node as an EvidenceItem, by evidence id."""
    found: dict[str, EvidenceItem] = {}
    for row in read(cypher.SNAPSHOT_EVIDENCE):
        document = DocumentRef(
            str(row["doc_id"]), str(row["title"]), _str(row["url"]), _date(row["doc_date"])
        )
        found[str(row["id"])] = EvidenceItem(
            document=document,
            quote=str(row["quote"]),
            span=(int(str(row["start"])), int(str(row["end"]))),
            rule=str(row["rule"]),
            confidence=float(str(row["confidence"])),
            page=int(str(row["page"])) if row["page"] is not None else None,
        )
    return found


def _evidence(read: Read, label: str, passages: dict[str, EvidenceItem]) -> dict[str, list]:
    """node id -> the EvidenceItems SUPPORTing it."""
    found: dict[str, list[EvidenceItem]] = defaultdict(list)
    for row in read(cypher.evidence_of(label)):
        found[str(row["fact"])].append(passages[str(row["evidence"])])
    return found


def _statement(row: Record) -> Statement:
    return Statement(
        document_date=_date(row["doc_date"]),
        status=row["status"],  # type: ignore[arg-type]  # a MembershipStatuses notation
        start=_date(row["start"]),
        end=_date(row["end"]),
        document=_str(row["doc_id"]),
    )


def _claims(read: Read, label: str) -> dict[str, list[Record]]:
    found: dict[str, list[Record]] = defaultdict(list)
    for row in read(cypher.statements_of(label)):
        found[str(row["fact"])].append(row)
    return found


def _labels(rows: list[Record], field: str) -> tuple[Label, ...]:
    given = {
        Label(str(row[field]), _date(row["doc_date"]), _str(row["doc_id"]))
        for row in rows
        if row[field] is not None
    }
    return tuple(given)


def _load_partnerships(read: Read, snapshot: Snapshot, passages: dict) -> None:
    claims = _claims(read, PARTNERSHIP)
    evidence = _evidence(read, PARTNERSHIP, passages)
    savings = _savings(read, passages)
    for row in read(cypher.SNAPSHOT_PARTNERSHIPS):
        key = str(row["id"])
        snapshot.partnerships[key] = PartnershipFact(
            id=key,
            kind=str(row["kind"]),  # type: ignore[arg-type]  # a PartnershipKinds notation
            labels=_labels(claims[key], "name"),
            statements=tuple({_statement(claim) for claim in claims[key]}),
            evidence=tuple(evidence[key]),
            legal_bases=_labels(claims[key], "legal_basis"),
            services=tuple(sorted(str(s) for s in row["services"] or ())),
            savings=tuple(savings[key]),
        )
    snapshot.memberships = _memberships(read, passages)


def _savings(read: Read, passages: dict) -> dict[str, list[SavingItem]]:
    evidence = _evidence(read, SAVING, passages)
    found: dict[str, list[SavingItem]] = defaultdict(list)
    for row in read(cypher.SNAPSHOT_SAVINGS):
        items = ordered_evidence(evidence[str(row["saving"])])
        saving = SavingItem(float(str(row["amount"])), _str(row["period"]), items)
        found[str(row["partnership"])].append(saving)
    for items in found.values():
        items.sort(key=_saving_order)
    return found


def _saving_order(saving: SavingItem) -> tuple[object, ...]:
    """Amount descending, then period, then first evidence (relationship_records.SavingItem)."""
    first = evidence_key(saving.evidence[0]) if saving.evidence else ()
    return (-saving.amount_gbp, saving.period or "", first)


def _memberships(read: Read, passages: dict) -> tuple[MembershipFact, ...]:
    """One MembershipFact per membership, its statements and evidence from every source."""
    grouped: dict[tuple[str, str, str], list[Record]] = defaultdict(list)
    for row in read(cypher.SNAPSHOT_MEMBERSHIPS):
        grouped[(str(row["id"]), str(row["partnership"]), str(row["council"]))].append(row)
    return tuple(
        MembershipFact(
            id=key,
            partnership=partnership,
            council=council,
            statements=tuple({_statement(row) for row in rows}),
            evidence=tuple(passages[e] for e in _evidence_ids(rows)),
        )
        for (key, partnership, council), rows in sorted(grouped.items())
    )


def _evidence_ids(rows: list[Record]) -> list[str]:
    """The evidence ids on relationships, each once (a source's statements share them)."""
    return list(dict.fromkeys(str(e) for row in rows for e in row["evidence"] or ()))


def _load_posts(read: Read, snapshot: Snapshot, passages: dict) -> None:
    claims = _claims(read, SHARED_POST)
    evidence = _evidence(read, SHARED_POST, passages)
    snapshot.shared_posts = tuple(
        SharedPostFact(
            id=str(row["id"]),
            role=str(row["role"]),  # type: ignore[arg-type]  # a Roles notation
            councils=tuple(sorted(str(c) for c in row["councils"] or ())),
            holders=tuple(sorted(str(p) for p in row["holders"] or ())),
            statements=tuple({_statement(claim) for claim in claims[str(row["id"])]}),
            evidence=tuple(evidence[str(row["id"])]),
        )
        for row in read(cypher.SNAPSHOT_SHARED_POSTS)
    )


def _load_people(read: Read, snapshot: Snapshot, passages: dict) -> None:
    for key, rows in _claims(read, PERSON).items():
        snapshot.people[key] = PersonRecord(key, _labels(rows, "name"))
    grouped: dict[tuple[str, str, str, str | None], list[str]] = defaultdict(list)
    for row in read(cypher.SNAPSHOT_APPOINTMENTS):
        key = (str(row["id"]), str(row["person"]), str(row["role"]), _str(row["council"]))
        grouped[key] += [str(e) for e in row["evidence"] or ()]
    snapshot.appointments = tuple(
        AppointmentFact(
            id=key,
            person=person,
            role=role,  # type: ignore[arg-type]  # a Roles notation
            council=council,
            evidence=tuple(passages[e] for e in dict.fromkeys(found)),
        )
        for (key, person, role, council), found in sorted(grouped.items(), key=str)
    )


def _load_documents(read: Read, snapshot: Snapshot) -> None:
    for row in read(cypher.SNAPSHOT_DOCUMENTS):
        publisher = snapshot.councils.get(str(row["publisher"]))
        snapshot.documents[str(row["id"])] = DocumentSummary(
            id=str(row["id"]),
            title=str(row["title"]),
            url=_str(row["url"]),
            date=_date(row["date"]),
            format=_str(row["format"]),
            publisher=publisher.brief if publisher else None,
        )
