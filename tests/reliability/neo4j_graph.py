"""What a Neo4j database holds, as comparable values: every node and relationship with its
labels or type and properties, less the stamps that say which sync wrote it."""

from __future__ import annotations

import json
import time
from collections import Counter

from neo4j import Driver

_STAMPS = ("synced", "generation")  # which run wrote an element, not what it says
_NODES = "MATCH (n) RETURN labels(n) AS labels, properties(n) AS props"
_RELATIONSHIPS = """MATCH (a)-[r]->(b)
RETURN type(r) AS type, a.id AS start, b.id AS end, properties(r) AS props"""
_STAMPED_SINCE = """CALL () {
  MATCH (n) WHERE n.synced > $since RETURN count(n) AS written
  UNION ALL
  MATCH ()-[r]->() WHERE r.synced > $since RETURN count(r) AS written
} RETURN sum(written) AS written"""


def _value(record: dict[str, object]) -> str:
    props = {k: v for k, v in record["props"].items() if k not in _STAMPS}  # type: ignore[union-attr]
    return json.dumps({**record, "props": props}, sort_keys=True, default=str)


def contents(driver: Driver) -> Counter[str]:
    """Every node and relationship, counted (a multiset: a duplicate would show)."""
    found: Counter[str] = Counter()
    for query in (_NODES, _RELATIONSHIPS):
        found.update(_value(record.data()) for record in driver.execute_query(query).records)
    return found


def sync_started() -> str:
    """A stamp every sync run started after now sorts above (run ids begin with time_ns)."""
    return f"{time.time_ns():020d}"


def written_since(driver: Driver, since: str) -> int:
    """Nodes and relationships stamped by sync runs started after `since`."""
    return int(driver.execute_query(_STAMPED_SINCE, since=since).records[0]["written"])
