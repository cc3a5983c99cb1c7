"""What the embedded store holds, as rows ready for Neo4j: one list of node rows per label and
one list of relationship rows per (type, start label, end label).

Pure functions over the rows of graph/projection_sparql.py; nothing here talks to a database.
A node row is `{"id", "props", "sources"}`; a relationship row is `{"start", "end", "props"}`
plus its merge keys (`source`, and `role` for HOLDS). `sources` and `source` name the graphs
(register, document, curated) that state a thing: see docs/decisions/20261122-neo4j-projection.md.

Facts several documents state (a partnership, a shared post, a person) are one node whose
properties come from the newest document that gives each one (by publication date, then graph
name); every document's own statement stays on its per-source relationships.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from hashlib import sha256

from graph.store import Row
from graph.vocab import CG, ID, NEO4J_LABELS, NEO4J_TYPES, ORG, PROV, SDO, TIME

COUNCIL = NEO4J_LABELS[CG.Council]
PARTNERSHIP = NEO4J_LABELS[CG.Partnership]
SHARED_POST = NEO4J_LABELS[CG.SharedPost]
PERSON = NEO4J_LABELS[CG.Person]
DOCUMENT = NEO4J_LABELS[CG.Document]
EVIDENCE = NEO4J_LABELS[CG.Evidence]
SAVING = NEO4J_LABELS[CG.Saving]
DATASET = NEO4J_LABELS[SDO.Dataset]

IN_COUNTY = NEO4J_TYPES[CG.county]
IN_COMBINED_AUTHORITY = NEO4J_TYPES[CG.combinedAuthority]
REPLACED_BY = NEO4J_TYPES[CG.Reorganisation]
MEMBER_OF = NEO4J_TYPES[CG.PartnershipMembership]
HOLDS = NEO4J_TYPES[CG.Appointment]
POST_IN = NEO4J_TYPES[ORG.postIn]
HELD_BY = NEO4J_TYPES[ORG.heldBy]
SUPPORTS = NEO4J_TYPES[PROV.wasDerivedFrom]
QUOTED_FROM = NEO4J_TYPES[PROV.wasQuotedFrom]
PUBLISHED_BY = NEO4J_TYPES[SDO.publisher]
MENTIONS = NEO4J_TYPES[SDO.mentions]
HAS_SAVING = NEO4J_TYPES[CG.saving]

PRECISIONS = {str(TIME.unitYear): "year", str(TIME.unitMonth): "month", str(TIME.unitDay): "day"}
DATE_FIELDS = ("start", "start_precision", "end", "end_precision")
LINKS = {"county": IN_COUNTY, "combined_authority": IN_COMBINED_AUTHORITY}
_LABEL_OF_PATH = {
    "partnership": PARTNERSHIP,
    "post": SHARED_POST,
    "person": PERSON,
    "saving": SAVING,
}

Rows = Mapping[str, list[Row]]
RelKey = tuple[str, str, str]  # (type, start label, end label)


@dataclass(slots=True)
class ProjectionRows:
    nodes: dict[str, list[dict]] = field(default_factory=lambda: defaultdict(list))
    relationships: dict[RelKey, list[dict]] = field(default_factory=lambda: defaultdict(list))

    def node(self, label: str, node_id: str, props: dict, sources: Iterable[str]) -> None:
        self.nodes[label].append({"id": node_id, "props": props, "sources": sorted(sources)})

    def link(self, key: RelKey, start: str, end: str, props: dict, **merge: object) -> None:
        self.relationships[key].append({"start": start, "end": end, "props": props, **merge})

    def size(self) -> int:
        return sum(map(len, self.nodes.values())) + sum(map(len, self.relationships.values()))


def claim_key(props: Mapping[str, object]) -> str:
    """A short digest of what a statement says: one source may state one fact twice (a
    document naming one partnership two ways), and each statement is its own relationship."""
    text = "\x1f".join(f"{name}={props[name]!r}" for name in sorted(props))
    return sha256(text.encode("utf-8")).hexdigest()[:16]


def local_id(iri: object) -> str:
    """The last segment of an instance IRI: the hash (or code) that is the node's `id`."""
    return str(iri).rsplit("/", 1)[-1]


def fact_label(iri: str) -> str | None:
    """The label of the node a fact IRI becomes, or None for facts that become relationships."""
    path = str(iri).removeprefix(str(ID)).split("/", 1)[0]
    return _LABEL_OF_PATH.get(path)


def interval_props(row: Row) -> dict:
    return {
        "start": row.get("start"),
        "start_precision": PRECISIONS.get(str(row.get("start_precision")), None),
        "end": row.get("end"),
        "end_precision": PRECISIONS.get(str(row.get("end_precision")), None),
    }


def register_rows(rows: Rows) -> ProjectionRows:
    """Councils, the register dataset, and the county, combined-authority and reorganisation
    links, all stated by the register graph."""
    out = ProjectionRows()
    dataset = rows["datasets"][0]
    source = str(dataset["g"])
    props = {"name": dataset["name"], "url": dataset["url"], "iri": dataset["dataset"]}
    out.node(DATASET, local_id(dataset["dataset"]), props, [source])
    names: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for row in rows["council_names"]:
        for name in ("alt_name", "former_gss"):
            if row[name] is not None:
                names[str(row["id"])][name].append(str(row[name]))
    for row in rows["councils"]:
        out.node(COUNCIL, str(row["id"]), _council_props(row, names[str(row["id"])]), [source])
    for row in rows["council_sources"]:
        key = (SUPPORTS, DATASET, COUNCIL)
        out.link(key, local_id(row["dataset"]), str(row["id"]), {"sources": [source]})
    for row in rows["council_links"]:
        key = (LINKS[str(row["link"])], COUNCIL, COUNCIL)
        out.link(key, str(row["from"]), str(row["to"]), {"sources": [source]})
    for row in rows["reorganisations"]:
        props = {"date": row["date"], "sources": [source]}
        out.link((REPLACED_BY, COUNCIL, COUNCIL), str(row["from"]), str(row["to"]), props)
    return out


def _council_props(row: Row, names: Mapping[str, list[str]]) -> dict:
    fields = ("gss", "name", "short_name", "type", "tier", "nation", "region", "start", "end")
    props = {name: row[name] for name in fields}
    props |= {"lat": row["lat"], "long": row["long"], "same_as": row["same_as"]}
    props["alt_names"] = sorted(names.get("alt_name", []))
    props["former_gss"] = sorted(names.get("former_gss", []))
    return props


_DATED = {"partnerships": "fact", "shared_posts": "fact", "memberships": "membership"}


def attach_intervals(
    rows: dict[str, list[Row]], names: Iterable[str] = tuple(_DATED)
) -> dict[str, list[Row]]:
    """Give each partnership, shared post and membership row (of those `names`) the interval
    its graph states (from the "intervals" rows), as start, end and their precisions; returns
    `rows`."""
    found = {(str(row["g"]), str(row["fact"])): row for row in rows.get("intervals", [])}
    for name in names:
        subject = _DATED[name]
        for row in rows.get(name, []):
            interval = found.get((str(row["g"]), str(row[subject])), {})
            row.update({column: interval.get(column) for column in DATE_FIELDS})
    return rows


def source_dates(documents: Iterable[Row]) -> dict[str, date | None]:
    """Each graph's publication date (None when unknown), for choosing the newest statement."""
    return {str(row["g"]): row["date"] for row in documents}
