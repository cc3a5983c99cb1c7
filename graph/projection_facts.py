"""Documents' facts as Neo4j rows (see graph/projection_rows.py for the row shapes).

`document_rows` turns what named graphs state into per-source nodes (documents, evidence,
savings) and per-source relationships (memberships, appointments, posts, evidence links).
`fact_nodes` merges what every graph says about a partnership, shared post or person into one
node: each property from the newest graph that gives it, names and services from all of them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from datetime import date

from graph.fact_rules import fact_dates, fact_status, latest_label
from graph.fact_snapshot import Label, Statement
from graph.projection_rows import (
    COUNCIL,
    DATASET,
    DOCUMENT,
    EVIDENCE,
    HAS_SAVING,
    HELD_BY,
    HOLDS,
    MEMBER_OF,
    MENTIONS,
    PARTNERSHIP,
    PERSON,
    POST_IN,
    PUBLISHED_BY,
    QUOTED_FROM,
    SAVING,
    SHARED_POST,
    SUPPORTS,
    ProjectionRows,
    Rows,
    claim_key,
    fact_label,
    interval_props,
    local_id,
)
from graph.store import Row

Dates = Mapping[str, date | None]
_CLAIMED = {
    "partnerships": (PARTNERSHIP, ("name", "status", "legal_basis")),
    "shared_posts": (SHARED_POST, ("status",)),
    "people": (PERSON, ("name",)),
}


def document_rows(rows: Rows) -> ProjectionRows:
    """Everything but the merged fact nodes, from the per-graph rows of DOCUMENT_QUERIES."""
    out = ProjectionRows()
    evidence = evidence_ids(rows["derivations"])
    documents(out, rows)
    mentions(out, rows)
    quotes(out, rows)
    claims(out, rows)
    savings(out, rows)
    supports(out, rows)
    memberships(out, rows, evidence)
    posts(out, rows)
    appointments(out, rows, evidence)
    return out


def evidence_ids(derivations: Iterable[Row]) -> dict[tuple[str, str], list[str]]:
    """(graph, fact IRI) -> the ids of the evidence that graph derives the fact from."""
    found: dict[tuple[str, str], list[str]] = defaultdict(list)
    for row in derivations:
        found[(str(row["g"]), str(row["fact"]))].append(local_id(row["evidence"]))
    return {key: sorted(ids) for key, ids in found.items()}


def _sources(out: ProjectionRows, rows: Rows) -> dict[str, tuple[str, str]]:
    """graph -> (label, id) of the node standing for it: its document, else (the curated
    graph) a Dataset node of its own."""
    sources = {str(row["g"]): (DOCUMENT, str(row["id"])) for row in rows["documents"]}
    stating = {str(row["g"]) for name in _CLAIMED for row in rows[name]}
    for graph in sorted(stating - set(sources)):
        out.node(DATASET, local_id(graph), {"name": local_id(graph), "graph": graph}, [graph])
        sources[graph] = (DATASET, local_id(graph))
    return sources


def documents(out: ProjectionRows, rows: Rows) -> None:
    for row in rows["documents"]:
        source = str(row["g"])
        props = {"title": row["title"], "name": row["file_name"], "url": row["url"]}
        props |= {"date": row["date"], "format": row["format"], "text": row["text"]}
        out.node(DOCUMENT, str(row["id"]), props | {"graph": source, "iri": row["doc"]}, [source])
        if row["publisher"] is not None:
            key = (PUBLISHED_BY, DOCUMENT, COUNCIL)
            out.link(key, str(row["id"]), str(row["publisher"]), {}, source=source)


def mentions(out: ProjectionRows, rows: Rows) -> None:
    for row in rows["mentions"]:
        key = (MENTIONS, DOCUMENT, COUNCIL)
        out.link(key, local_id(row["doc"]), str(row["council"]), {}, source=str(row["g"]))


def quotes(out: ProjectionRows, rows: Rows) -> None:
    """Evidence nodes, each QUOTED_FROM its document."""
    fields = ("quote", "span_start", "span_end", "page", "rule", "confidence")
    for row in rows["evidence"]:
        source, node_id, document = str(row["g"]), local_id(row["evidence"]), local_id(row["doc"])
        props = {name: row[name] for name in fields} | {"document": document}
        out.node(EVIDENCE, node_id, props, [source])
        out.link((QUOTED_FROM, EVIDENCE, DOCUMENT), node_id, document, {}, source=source)


def supports(out: ProjectionRows, rows: Rows) -> None:
    """Evidence -> the fact nodes it supports; memberships and appointments, which are
    relationships, carry their evidence ids instead."""
    for row in rows["derivations"]:
        label = fact_label(str(row["fact"]))
        if label is not None:
            key = (SUPPORTS, EVIDENCE, label)
            start, end = local_id(row["evidence"]), local_id(row["fact"])
            out.link(key, start, end, {}, source=str(row["g"]))


def claims(out: ProjectionRows, rows: Rows) -> None:
    """What each source says of each partnership, shared post and person, on a SUPPORTS
    relationship from the source's node: the statements the API's rules choose between."""
    sources = _sources(out, rows)
    for name, (label, fields) in _CLAIMED.items():
        for row in rows[name]:
            source = str(row["g"])
            start_label, start = sources[source]
            props = {field: row[field] for field in fields}
            if label != PERSON:
                props |= interval_props(row)
            key = (SUPPORTS, start_label, label)
            claim = claim_key(props)
            out.link(key, start, local_id(row["fact"]), props, source=source, claim=claim)


def memberships(out: ProjectionRows, rows: Rows, evidence: Mapping) -> None:
    """MEMBER_OF per statement; `evidence` is what evidence_ids gives for the derivations."""
    for row in rows["memberships"]:
        source, membership = str(row["g"]), str(row["membership"])
        props = {"id": local_id(membership), "status": row["status"], **interval_props(row)}
        claim = claim_key(props)
        props["evidence_ids"] = evidence.get((source, membership), [])
        key = (MEMBER_OF, COUNCIL, PARTNERSHIP)
        start, end = str(row["council"]), local_id(row["fact"])
        out.link(key, start, end, props, source=source, claim=claim)


def posts(out: ProjectionRows, rows: Rows) -> None:
    """POST_IN per council and HELD_BY per named holder, as each graph states them."""
    for row in rows["posts_in"]:
        key = (POST_IN, SHARED_POST, COUNCIL)
        post, council = local_id(row["fact"]), str(row["council"])
        out.link(key, post, council, {}, source=str(row["g"]))
    for row in rows["shared_posts"]:
        if row["person"] is not None:
            key = (HELD_BY, SHARED_POST, PERSON)
            post, person = local_id(row["fact"]), local_id(row["person"])
            out.link(key, post, person, {}, source=str(row["g"]))


def appointments(out: ProjectionRows, rows: Rows, evidence: Mapping) -> None:
    """HOLDS from a person to the council of each appointment, with its evidence ids. An
    appointment naming no council has no council to point at: its evidence SUPPORTS the
    person instead, carrying the appointment's id and role."""
    for row in rows["appointments"]:
        source, appointment = str(row["g"]), str(row["appointment"])
        ids = evidence.get((source, appointment), [])
        person, role, appointment_id = local_id(row["person"]), row["role"], local_id(appointment)
        if row["council"] is not None:
            props = {"id": appointment_id, "evidence_ids": ids}
            key = (HOLDS, PERSON, COUNCIL)
            out.link(key, person, str(row["council"]), props, source=source, role=role)
            continue
        for passage in ids:
            props = {"role": role}
            key = (SUPPORTS, EVIDENCE, PERSON)
            out.link(key, passage, person, props, source=source, appointment=appointment_id)


def savings(out: ProjectionRows, rows: Rows) -> None:
    for row in rows["savings"]:
        source, saving = str(row["g"]), local_id(row["saving"])
        props = {"value": row["value"], "currency": row["currency"], "period": row["period"]}
        out.node(SAVING, saving, props | {"iri": row["saving"]}, [source])
        key = (HAS_SAVING, PARTNERSHIP, SAVING)
        out.link(key, local_id(row["fact"]), saving, {}, source=source)


def fact_nodes(rows: Rows, dates: Dates, out: ProjectionRows | None = None) -> ProjectionRows:
    """One node per partnership, shared post and person, merged over every graph in `rows`
    with the API's rules (graph/fact_rules.py): the newest name, the newest status, the
    earliest start (else the earliest source's date) and the latest end. These are display
    values for people browsing Neo4j; the API recomputes them from the SUPPORTS statements."""
    out = out or ProjectionRows()
    services: dict[str, set[str]] = defaultdict(set)
    for row in rows["services"]:
        services[str(row["fact"])].add(str(row["service"]))
    for label, name in ((PARTNERSHIP, "partnerships"), (SHARED_POST, "shared_posts")):
        for fact, stated in _by_fact(rows[name]).items():
            props = _resolved(stated, dates) | {"iri": fact}
            if label == PARTNERSHIP:
                props |= {"kind": stated[0]["kind"], "services": sorted(services[fact])}
            else:
                props["role"] = stated[0]["role"]
            out.node(label, local_id(fact), props, {str(row["g"]) for row in stated})
    for fact, stated in _by_fact(rows["people"]).items():
        props = {"name": _label(stated, "name", dates), "iri": fact}
        props["names"] = sorted({str(row["name"]) for row in stated})
        out.node(PERSON, local_id(fact), props, {str(row["g"]) for row in stated})
    return out


def _by_fact(rows: Iterable[Row]) -> dict[str, list[Row]]:
    grouped: dict[str, list[Row]] = defaultdict(list)
    for row in rows:
        grouped[str(row["fact"])].append(row)
    return grouped


def _label(stated: list[Row], field: str, dates: Dates) -> str | None:
    given = [Label(str(row[field]), dates.get(str(row["g"]))) for row in stated if row[field]]
    return latest_label(given)


def _resolved(stated: list[Row], dates: Dates) -> dict:
    statements = [
        Statement(dates.get(str(row["g"])), row["status"], row["start"], row["end"])
        for row in stated
    ]
    start, end = fact_dates(statements, [])
    if start is None:
        start = min((d for row in stated if (d := dates.get(str(row["g"])))), default=None)
    props = {"status": fact_status(statements), "start": start, "end": end}
    if "name" in stated[0]:
        props["name"] = _label(stated, "name", dates)
        props["names"] = sorted({str(row["name"]) for row in stated})
        props["legal_basis"] = _label(stated, "legal_basis", dates)
    return props
