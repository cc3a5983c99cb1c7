"""Reading the relationship Snapshot (graph/fact_snapshot.py) out of the embedded store.

A dozen SELECTs from graph/sparql_queries.py, each over the whole graph, grouped in Python by
the fact they describe. Ids shown to users are the last segment of an instance IRI.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from graph import ids
from graph import sparql_queries as sparql
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
from graph.relationship_records import (
    REGISTER_DOCUMENT_ID,
    DocumentRef,
    DocumentSummary,
    EvidenceItem,
    SavingItem,
)
from graph.store import GraphStore, Row


def local_id(iri: object) -> str:
    """The id users see for an instance IRI: its last path segment."""
    return str(iri).rsplit("/", 1)[-1]


def _str(value: object) -> str | None:
    return None if value is None else str(value)


def _date(value: object) -> date | None:
    return value if isinstance(value, date) else None


def load_snapshot(store: GraphStore) -> Snapshot:
    snapshot = Snapshot()
    _load_councils(store, snapshot)
    _load_documents(store, snapshot)
    evidence = _evidence(store, snapshot)
    statements = _statements(store)
    labels = _labels(store)
    _load_partnerships(store, snapshot, evidence, statements, labels)
    _load_posts(store, snapshot, evidence, statements)
    _load_people(store, snapshot, evidence, labels)
    return snapshot


def _load_councils(store: GraphStore, snapshot: Snapshot) -> None:
    for row in store.select(sparql.COUNCIL_RECORDS):
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
    for row in store.select(sparql.COUNCIL_CODES):
        snapshot.codes[str(row["code"]).upper()] = str(row["id"])
    _load_register_events(store, snapshot)


def _load_register_events(store: GraphStore, snapshot: Snapshot) -> None:
    """Reorganisations, and the register dataset register-derived links cite."""
    successors: dict[tuple[str, date | None], list[str]] = defaultdict(list)
    for row in store.select(sparql.REORGANISATIONS):
        key = (str(row["abolished"]), _date(row["effective"]))
        successors[key] += [str(row["successor"])] if row["successor"] else []
    snapshot.reorganisations = tuple(
        Reorganisation(code, tuple(sorted(set(found))), effective)
        for (code, effective), found in sorted(successors.items())
    )
    rows = store.select(sparql.REGISTER_DATASET, {"dataset": ids.register_dataset()})
    if rows:
        title, url = str(rows[0]["title"]), _str(rows[0]["url"])
        snapshot.register = DocumentRef(REGISTER_DOCUMENT_ID, title, url, None)


def _evidence(store: GraphStore, snapshot: Snapshot) -> dict[str, list[EvidenceItem]]:
    """Fact IRI -> its evidence, each citing its document as the snapshot lists it."""
    items = {}
    for row in store.select(sparql.EVIDENCE_RECORDS):
        document = snapshot.documents[str(row["doc_id"])]
        items[str(row["evidence"])] = EvidenceItem(
            document=DocumentRef(document.id, document.title, document.url, document.date),
            quote=str(row["quote"]),
            span=(int(row["start"]), int(row["end"])),  # type: ignore[call-overload]
            rule=str(row["rule"]),
            confidence=float(row["confidence"]),  # type: ignore[arg-type]
            page=int(row["page"]) if row["page"] is not None else None,  # type: ignore[call-overload]
        )
    found: dict[str, list[EvidenceItem]] = defaultdict(list)
    for row in store.select(sparql.FACT_EVIDENCE):
        found[str(row["fact"])].append(items[str(row["evidence"])])
    return found


def _statements(store: GraphStore) -> dict[str, list[Statement]]:
    found: dict[str, list[Statement]] = defaultdict(list)
    for row in store.select(sparql.FACT_STATEMENTS):
        found[str(row["fact"])].append(
            Statement(
                document_date=_date(row["doc_date"]),
                status=str(row["status"]),  # type: ignore[arg-type]  # a MembershipStatuses notation
                start=_date(row["start"]),
                end=_date(row["end"]),
                document=_str(row["doc_id"]),
            )
        )
    return found


def _labels(store: GraphStore) -> dict[tuple[str, str], list[Label]]:
    """(node IRI, "name", "person" or "legal_basis") -> what each graph calls it."""
    found: dict[tuple[str, str], list[Label]] = defaultdict(list)
    for row in store.select(sparql.FACT_LABELS):
        label = Label(str(row["label"]), _date(row["doc_date"]), _str(row["doc_id"]))
        found[(str(row["node"]), str(row["property"]))].append(label)
    return found


def _load_partnerships(
    store: GraphStore,
    snapshot: Snapshot,
    evidence: dict[str, list[EvidenceItem]],
    statements: dict[str, list[Statement]],
    labels: dict[tuple[str, str], list[Label]],
) -> None:
    services, savings = _services(store), _savings(store, evidence)
    for row in store.select(sparql.PARTNERSHIP_FACTS):
        iri = str(row["partnership"])
        snapshot.partnerships[local_id(iri)] = PartnershipFact(
            id=local_id(iri),
            kind=str(row["kind"]),  # type: ignore[arg-type]  # a PartnershipKinds notation
            labels=tuple(labels[(iri, "name")]),
            statements=tuple(statements[iri]),
            evidence=tuple(evidence[iri]),
            legal_bases=tuple(labels[(iri, "legal_basis")]),
            services=tuple(services.get(iri, ())),
            savings=tuple(savings.get(iri, ())),
        )
    _load_memberships(store, snapshot, evidence, statements)


def _services(store: GraphStore) -> dict[str, list[str]]:
    found: dict[str, set[str]] = defaultdict(set)
    for row in store.select(sparql.PARTNERSHIP_SERVICES):
        found[str(row["partnership"])].add(str(row["service"]))
    return {iri: sorted(names) for iri, names in found.items()}


def _savings(
    store: GraphStore, evidence: dict[str, list[EvidenceItem]]
) -> dict[str, list[SavingItem]]:
    found: dict[str, list[SavingItem]] = defaultdict(list)
    for row in store.select(sparql.PARTNERSHIP_SAVINGS):
        saving = SavingItem(
            float(row["amount"]),  # type: ignore[arg-type]
            _str(row["period"]),
            tuple(evidence[str(row["saving"])]),
        )
        found[str(row["partnership"])].append(saving)
    return found


def _load_memberships(
    store: GraphStore,
    snapshot: Snapshot,
    evidence: dict[str, list[EvidenceItem]],
    statements: dict[str, list[Statement]],
) -> None:
    memberships = (
        MembershipFact(
            id=local_id(row["membership"]),
            partnership=local_id(row["partnership"]),
            council=str(row["council"]),
            statements=tuple(statements[str(row["membership"])]),
            evidence=tuple(evidence[str(row["membership"])]),
        )
        for row in store.select(sparql.MEMBERSHIP_FACTS)
    )
    # in the order graph/neo4j_facts.py gives them, not the order the store found them
    snapshot.memberships = tuple(
        sorted(memberships, key=lambda m: (m.id, m.partnership, m.council))
    )


def _load_posts(
    store: GraphStore,
    snapshot: Snapshot,
    evidence: dict[str, list[EvidenceItem]],
    statements: dict[str, list[Statement]],
) -> None:
    rows: dict[str, list[Row]] = defaultdict(list)
    for row in store.select(sparql.SHARED_POST_FACTS):
        rows[str(row["post"])].append(row)
    snapshot.shared_posts = tuple(
        SharedPostFact(
            id=local_id(iri),
            role=str(found[0]["role"]),  # type: ignore[arg-type]  # a Roles notation
            councils=tuple(sorted({str(r["council"]) for r in found})),
            holders=tuple(sorted({local_id(r["person"]) for r in found if r["person"]})),
            statements=tuple(statements[iri]),
            evidence=tuple(evidence[iri]),
        )
        for iri, found in sorted(rows.items())
    )


def _load_people(
    store: GraphStore,
    snapshot: Snapshot,
    evidence: dict[str, list[EvidenceItem]],
    labels: dict[tuple[str, str], list[Label]],
) -> None:
    for (iri, prop), given in labels.items():
        if prop == "person":
            snapshot.people[local_id(iri)] = PersonRecord(local_id(iri), tuple(given))
    appointments = (
        AppointmentFact(
            id=local_id(row["appointment"]),
            person=local_id(row["person"]),
            role=str(row["role"]),  # type: ignore[arg-type]  # a Roles notation
            council=_str(row["council"]),
            evidence=tuple(evidence[str(row["appointment"])]),
        )
        for row in store.select(sparql.APPOINTMENT_FACTS)
    )
    snapshot.appointments = tuple(
        sorted(appointments, key=lambda a: str((a.id, a.person, a.role, a.council)))
    )


def _load_documents(store: GraphStore, snapshot: Snapshot) -> None:
    for row in store.select(sparql.DOCUMENT_RECORDS):
        publisher = snapshot.councils.get(str(row["publisher"]))
        snapshot.documents[str(row["id"])] = DocumentSummary(
            id=str(row["id"]),
            title=str(row["title"]),
            url=_str(row["url"]),
            date=_date(row["date"]),
            format=_str(row["format"]),
            publisher=publisher.brief if publisher else None,
        )
