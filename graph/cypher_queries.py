"""Every Cypher statement the Neo4j backend runs: named constants and small builders.

Values only ever travel as `$parameters`. Labels, relationship types and property keys cannot
be parameters, so the builders take them only from the ontology-generated whitelist
(graph/vocab.py NEO4J_LABELS and NEO4J_TYPES) or from this module's own constants, and refuse
anything else with a ValueError before a statement is built.
"""

from __future__ import annotations

from graph.projection_rows import (
    COUNCIL,
    DATASET,
    DOCUMENT,
    EVIDENCE,
    HAS_SAVING,
    HELD_BY,
    HOLDS,
    IN_COMBINED_AUTHORITY,
    IN_COUNTY,
    MEMBER_OF,
    MENTIONS,
    PARTNERSHIP,
    PERSON,
    POST_IN,
    PUBLISHED_BY,
    QUOTED_FROM,
    REPLACED_BY,
    SAVING,
    SHARED_POST,
    SUPPORTS,
)
from graph.vocab import NEO4J_LABELS, NEO4J_TYPES

LABELS = frozenset(NEO4J_LABELS.values())
TYPES = frozenset(NEO4J_TYPES.values())
MERGE_ORDER = ("source", "role", "appointment", "claim")
MERGE_KEYS = frozenset(MERGE_ORDER)
FACT_LABELS = (PARTNERSHIP, SHARED_POST, PERSON)
"""Nodes several sources may state; their `sources` list says which."""
SINGLE_SOURCE_LABELS = (DOCUMENT, EVIDENCE, SAVING)
"""Nodes only their own document states."""


def _label(name: str) -> str:
    if name not in LABELS:
        raise ValueError(f"{name!r} is not a Neo4j label the ontology declares")
    return name


def _type(name: str) -> str:
    if name not in TYPES:
        raise ValueError(f"{name!r} is not a Neo4j relationship type the ontology declares")
    return name


# --- schema ---------------------------------------------------------------------------------


def schema_statements() -> dict[str, str]:
    """Uniqueness of `id` per label and the lookups the API filters on, by index name (a
    constraint's backing index has its name). No index on the relationships' `source`:
    maintaining twelve of them halved write speed, and re-projecting a document finds its
    relationships from its nodes instead (delete_source_relationships)."""
    statements = {
        f"{label.lower()}_id": f"CREATE CONSTRAINT {label.lower()}_id IF NOT EXISTS "
        f"FOR (n:{_label(label)}) REQUIRE n.id IS UNIQUE"
        for label in sorted(LABELS)
    }
    statements["council_gss"] = (
        f"CREATE INDEX council_gss IF NOT EXISTS FOR (n:{COUNCIL}) ON (n.gss)"
    )
    statements["document_graph"] = (
        f"CREATE INDEX document_graph IF NOT EXISTS FOR (n:{DOCUMENT}) ON (n.graph)"
    )
    return statements


INDEX_NAMES = "SHOW INDEXES YIELD name RETURN name"
"""Every index's name, constraints' backing indexes included: what schema_statements need not
create."""


# --- writes -----------------------------------------------------------------------------------


def merge_nodes(label: str) -> str:
    """Create or update one node per row; `sources` is replaced, never appended to, so
    writing a row twice leaves the node as writing it once."""
    return (
        f"UNWIND $rows AS row MERGE (n:{_label(label)} {{id: row.id}}) "
        "SET n += row.props, n.sources = row.sources, n.synced = $run"
    )


def merge_relationships(kind: str, start: str, end: str, keys: tuple[str, ...]) -> str:
    """One relationship per row between existing nodes, keyed by `keys` (e.g. its source)."""
    unknown = set(keys) - MERGE_KEYS
    if unknown:
        raise ValueError(f"cannot merge relationships on {sorted(unknown)}")
    merge_map = ", ".join(f"{key}: row.{key}" for key in keys)
    merge_map = f" {{{merge_map}}}" if keys else ""
    return (
        f"UNWIND $rows AS row MATCH (a:{_label(start)} {{id: row.start}}) "
        f"MATCH (b:{_label(end)} {{id: row.end}}) "
        f"MERGE (a)-[r:{_type(kind)}{merge_map}]->(b) SET r += row.props, r.synced = $run"
    )


DELETE_UNSYNCED_RELATIONSHIPS = """
MATCH ()-[r]->() WHERE type(r) IN $types AND r.synced <> $run WITH r LIMIT $limit
DELETE r RETURN count(*) AS deleted
"""
"""A batch of the projection's relationships the run $run did not write (gone from the store);
returns how many. One query for every type ($types), run until it deletes nothing."""

DELETE_UNSYNCED_NODES = """
MATCH (n) WHERE any(label IN labels(n) WHERE label IN $labels) AND n.synced <> $run
WITH n LIMIT $limit DETACH DELETE n RETURN count(*) AS deleted
"""


def delete_source_relationships(label: str) -> str:
    """The relationships the graph `$source` states at nodes of `label` it states. Every such
    relationship has one end the graph states (its document, evidence, saving, partnership,
    post or person), so going through the nodes finds them all without a relationship index."""
    return (
        f"MATCH (n:{_label(label)}) WHERE $source IN n.sources "
        "MATCH (n)-[r {source: $source}]-() DELETE r"
    )


def delete_source_nodes(label: str) -> str:
    """The single-source nodes (documents, evidence, savings) of the graph `$source`."""
    return f"MATCH (n:{_label(label)}) WHERE $source IN n.sources DETACH DELETE n"


def facts_of_source() -> str:
    """The IRIs of the multi-source fact nodes the graph `$source` states."""
    labels = "|".join(_label(label) for label in FACT_LABELS)
    return f"MATCH (n:{labels}) WHERE $source IN n.sources RETURN n.iri AS iri"


def delete_facts() -> str:
    """Fact nodes (by IRI) that no graph states any longer."""
    labels = "|".join(_label(label) for label in FACT_LABELS)
    return f"MATCH (n:{labels}) WHERE n.iri IN $iris DETACH DELETE n"


COUNT_NODES = "MATCH (n) RETURN count(n) AS count"
COUNT_RELATIONSHIPS = "MATCH ()-[r]->() RETURN count(r) AS count"
COUNT_BY_LABEL = "MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS count"
COUNT_BY_TYPE = "MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS count"
DOCUMENT_GRAPHS = f"MATCH (d:{DOCUMENT}) RETURN d.graph AS graph"

# --- reads: councils ----------------------------------------------------------------------------

_COUNCIL_COLUMNS = """c.id AS id, c.gss AS gss, c.name AS name, c.type AS type, c.tier AS tier,
    county.id AS county, c.start AS start, c.end AS end"""

COUNCIL_FILTERS = {
    "type": "c.type = $type",
    "tier": "c.tier = $tier",
    "county": "county.id = $county",
    "as_of": "(c.start IS NULL OR c.start <= $as_of) AND (c.end IS NULL OR $as_of < c.end)",
    "q": """(toLower(c.id) = $q OR toLower(coalesce(c.gss, '')) = $q
        OR any(label IN [c.name, c.short_name] + coalesce(c.alt_names, [])
               WHERE toLower(label) CONTAINS $q))""",
}
"""Filters of the council list, the same questions as sparql_queries.COUNCIL_FILTERS."""


def _council_match(params: dict[str, object]) -> str:
    conditions = [COUNCIL_FILTERS[name] for name in COUNCIL_FILTERS if name in params]
    # WITH before WHERE: a WHERE right after OPTIONAL MATCH would only make the match optional
    where = f"\nWITH c, county WHERE {' AND '.join(conditions)}" if conditions else ""
    return f"MATCH (c:{COUNCIL})\nOPTIONAL MATCH (c)-[:{IN_COUNTY}]->(county:{COUNCIL}){where}"


def list_councils(params: dict[str, object]) -> str:
    """One page ($limit, $skip) of councils matching `params`, by name then id."""
    return (
        f"{_council_match(params)}\nRETURN {_COUNCIL_COLUMNS}\n"
        "ORDER BY toLower(c.name), c.id SKIP $skip LIMIT $limit"
    )


def count_councils(params: dict[str, object]) -> str:
    return f"{_council_match(params)}\nRETURN count(DISTINCT c) AS total"


RESOLVE_COUNCIL = f"""
CALL () {{
    MATCH (c:{COUNCIL} {{id: $key}}) RETURN c, 0 AS rank
    UNION MATCH (c:{COUNCIL} {{gss: $key}}) RETURN c, 1 AS rank
    UNION MATCH (c:{COUNCIL}) WHERE $key IN c.former_gss RETURN c, 2 AS rank
}}
RETURN c.id AS id ORDER BY rank, id LIMIT 1
"""
"""The register code of the council whose register code, GSS code or former GSS code is $key;
a current code wins over a former one."""

COUNCIL_DETAIL = f"""
MATCH (c:{COUNCIL} {{id: $id}})
OPTIONAL MATCH (c)-[:{IN_COUNTY}]->(county:{COUNCIL})
RETURN {_COUNCIL_COLUMNS}, c.short_name AS short_name, c.nation AS nation, c.region AS region,
    c.lat AS lat, c.long AS long, c.same_as AS same_as, c.alt_names AS alt_names,
    c.former_gss AS former_gss
"""

_REF = """other.id AS other_id, other.gss AS other_gss, other.name AS other_name,
    other.type AS other_type, other.start AS other_start, other.end AS other_end"""

RELATED_COUNCILS = f"""
MATCH (c:{COUNCIL} {{id: $id}})
CALL (c) {{
    MATCH (c)-[:{IN_COUNTY}]->(other:{COUNCIL}) RETURN other, 'county' AS relation
    UNION MATCH (c)<-[:{IN_COUNTY}]-(other:{COUNCIL}) RETURN other, 'district' AS relation
    UNION MATCH (c)-[:{IN_COMBINED_AUTHORITY}]->(other:{COUNCIL})
        RETURN other, 'combined_authority' AS relation
    UNION MATCH (c)<-[:{IN_COMBINED_AUTHORITY}]-(other:{COUNCIL})
        RETURN other, 'constituent' AS relation
    UNION MATCH (c)<-[:{REPLACED_BY}]-(other:{COUNCIL}) RETURN other, 'predecessor' AS relation
    UNION MATCH (c)-[:{REPLACED_BY}]->(other:{COUNCIL}) RETURN other, 'successor' AS relation
}}
RETURN relation, {_REF}
ORDER BY relation, toLower(other.name), other.id
"""
"""Every council related to $id, with the relation names of sparql_queries.RELATED_COUNCILS."""

COUNCILS_PRESENT = f"MATCH (c:{COUNCIL}) RETURN count(c) AS councils"

# --- reads: the relationship snapshot (graph/neo4j_facts.py) --------------------------------

_SOURCE_DOCUMENT = f"OPTIONAL MATCH (doc:{DOCUMENT} {{graph: s.source}})"

SNAPSHOT_COUNCILS = f"""
MATCH (c:{COUNCIL})
OPTIONAL MATCH (c)-[:{IN_COUNTY}]->(county:{COUNCIL})
OPTIONAL MATCH (c)-[:{IN_COMBINED_AUTHORITY}]->(authority:{COUNCIL})
RETURN c.id AS id, c.gss AS gss, c.name AS name, c.type AS type, c.start AS start,
    c.end AS end, county.id AS county, authority.id AS authority, c.former_gss AS former_gss
ORDER BY id
"""

SNAPSHOT_REORGANISATIONS = f"""
MATCH (abolished:{COUNCIL})-[r:{REPLACED_BY}]->(successor:{COUNCIL})
RETURN abolished.id AS abolished, successor.id AS successor, r.date AS effective
"""

SNAPSHOT_DATASET = f"MATCH (d:{DATASET} {{id: $id}}) RETURN d.name AS title, d.url AS url"

SNAPSHOT_EVIDENCE = f"""
MATCH (e:{EVIDENCE})-[:{QUOTED_FROM}]->(doc:{DOCUMENT})
RETURN e.id AS id, e.quote AS quote, e.span_start AS start, e.span_end AS end, e.rule AS rule,
    e.confidence AS confidence, e.page AS page, doc.id AS doc_id, doc.title AS title,
    doc.url AS url, doc.date AS doc_date
"""


def evidence_of(label: str) -> str:
    """(fact id, evidence id) for every piece of evidence SUPPORTing a node of `label`."""
    return (
        f"MATCH (e:{EVIDENCE})-[:{SUPPORTS}]->(f:{_label(label)}) "
        "RETURN DISTINCT f.id AS fact, e.id AS evidence"
    )


def statements_of(label: str) -> str:
    """What each source says of each node of `label` (a partnership, shared post or person):
    the properties of its SUPPORTS claim, and the source's document id and date."""
    return f"""
MATCH (source)-[s:{SUPPORTS}]->(f:{_label(label)}) WHERE source:{DOCUMENT} OR source:{DATASET}
{_SOURCE_DOCUMENT}
RETURN DISTINCT f.id AS fact, s.name AS name, s.legal_basis AS legal_basis, s.status AS status,
    s.start AS start, s.end AS end, doc.id AS doc_id, doc.date AS doc_date
"""


SNAPSHOT_PARTNERSHIPS = (
    f"MATCH (p:{PARTNERSHIP}) RETURN p.id AS id, p.kind AS kind, p.services AS services"
)

SNAPSHOT_SAVINGS = f"""
MATCH (p:{PARTNERSHIP})-[:{HAS_SAVING}]->(s:{SAVING})
RETURN DISTINCT p.id AS partnership, s.id AS saving, s.value AS amount, s.period AS period
"""

SNAPSHOT_MEMBERSHIPS = f"""
MATCH (c:{COUNCIL})-[s:{MEMBER_OF}]->(p:{PARTNERSHIP})
{_SOURCE_DOCUMENT}
RETURN s.id AS id, p.id AS partnership, c.id AS council, s.status AS status, s.start AS start,
    s.end AS end, s.evidence_ids AS evidence, doc.id AS doc_id, doc.date AS doc_date
"""

SNAPSHOT_SHARED_POSTS = f"""
MATCH (post:{SHARED_POST})-[:{POST_IN}]->(c:{COUNCIL})
OPTIONAL MATCH (post)-[:{HELD_BY}]->(person:{PERSON})
RETURN post.id AS id, post.role AS role, collect(DISTINCT c.id) AS councils,
    collect(DISTINCT person.id) AS holders
ORDER BY id
"""

SNAPSHOT_APPOINTMENTS = f"""
MATCH (person:{PERSON})-[s:{HOLDS}]->(c:{COUNCIL})
RETURN s.id AS id, person.id AS person, s.role AS role, c.id AS council, s.evidence_ids AS evidence
UNION ALL
MATCH (e:{EVIDENCE})-[s:{SUPPORTS}]->(person:{PERSON}) WHERE s.appointment IS NOT NULL
RETURN s.appointment AS id, person.id AS person, s.role AS role, null AS council,
    collect(e.id) AS evidence
"""
"""Appointments at a council (HOLDS), then those naming no council (evidence SUPPORTing the
person with the appointment's id); one row per source."""

SNAPSHOT_DOCUMENTS = f"""
MATCH (d:{DOCUMENT})
OPTIONAL MATCH (d)-[:{PUBLISHED_BY}]->(c:{COUNCIL})
RETURN d.id AS id, d.title AS title, d.url AS url, d.date AS date, d.format AS format,
    c.id AS publisher
"""

DOCUMENT_TEXT = f"MATCH (d:{DOCUMENT} {{id: $id}}) RETURN d.text AS text"

DOCUMENT_MENTIONS = f"""
MATCH (d:{DOCUMENT} {{id: $id}})-[:{MENTIONS}]->(c:{COUNCIL})
RETURN DISTINCT c.id AS council ORDER BY council
"""

GENERATION = f"MATCH (d:{DATASET}) RETURN max(d.generation) AS generation"
"""The id of the latest sync, which every sync writes on the Dataset nodes: the repository
rebuilds its snapshot when it changes."""

MARK_GENERATION = f"MATCH (d:{DATASET}) SET d.generation = $run"
