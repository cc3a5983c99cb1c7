"""The GraphRepository over Neo4j, answering with graph/cypher_queries.py from the graph that
`councilgraph sync` projected (graph/neo4j_projection.py)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from datetime import date

from neo4j import Driver

from councilgraph.errors import BackendUnavailable, InvalidParameter, NotFound
from graph import cypher_queries as cypher
from graph.neo4j_connection import translated
from graph.neo4j_generation import ProjectionGeneration
from graph.neo4j_relationships import Neo4jRelationships
from graph.relationship_records import (
    Connection,
    ConnectionQuery,
    CouncilRelationships,
    DocumentDetail,
    DocumentSummary,
    Page,
    PartnershipDetail,
    PartnershipQuery,
    PartnershipSummary,
    PeopleQuery,
    PersonDetail,
    PersonSummary,
    RelationshipQuery,
    SharedPostGroup,
    SharedPostQuery,
)
from graph.repository import CouncilDetail, CouncilPage, CouncilQuery, CouncilRef, CouncilSummary
from graph.store import GraphStore

Record = dict[str, object]
_RELATIONS = ("districts", "constituents", "predecessors", "successors")


class Neo4jRepository:
    """Answers the API's questions from the Neo4j database behind `driver` (read routing)."""

    backend = "neo4j"

    def __init__(
        self,
        driver: Driver,
        uri: str,
        store: GraphStore | None = None,
        generation_check_s: float = 0,
    ) -> None:
        """`store`: the server's, whose writes this process projects into Neo4j holding its
        lock, so answers are never read from the middle of one and are read again after it.
        `generation_check_s`: how long a read of the latest sync is trusted (see
        graph/neo4j_generation.py)."""
        self.driver = driver
        self.uri = uri
        self.check()
        latest = ProjectionGeneration(self._read, store, generation_check_s)
        self.relationships = Neo4jRelationships(self._read, latest)

    def _read(self, query: str, **params: object) -> list[Record]:
        with translated(self.uri):
            records = self.driver.execute_query(query, params, routing_="r").records
        return [{key: _native(value) for key, value in r.items()} for r in records]

    def check(self) -> None:
        rows = self._read(cypher.COUNCILS_PRESENT)
        if not rows or not rows[0]["councils"]:
            raise BackendUnavailable(
                f"Neo4j at {self.uri} holds no councils: run `councilgraph sync` to project "
                "the graph into it"
            )

    def close(self) -> None:
        self.driver.close()

    def version(self) -> object:
        """The generation of the latest sync, or of this process's latest write into Neo4j."""
        return self.relationships.current()[0]

    def list_councils(self, query: CouncilQuery) -> CouncilPage:
        params = self._params(query)
        rows = self._read(
            cypher.list_councils(params), **params, skip=query.offset, limit=query.limit
        )
        total = self._read(cypher.count_councils(params), **params)[0]["total"]
        return CouncilPage(tuple(_summary(row) for row in rows), int(str(total)))

    def _params(self, query: CouncilQuery) -> dict[str, object]:
        params: dict[str, object] = {
            "type": query.type,
            "tier": query.tier,
            "as_of": query.as_of,
            "q": query.q.strip().lower() if query.q and query.q.strip() else None,
        }
        if query.county:
            county = self._resolve(query.county)
            if county is None:
                raise InvalidParameter("county", f"no council with id {query.county!r}")
            params["county"] = county
        return {name: value for name, value in params.items() if value is not None}

    def _resolve(self, identifier: str) -> str | None:
        """The register code of a council named by register, GSS or former GSS code."""
        rows = self._read(cypher.RESOLVE_COUNCIL, key=identifier.strip().upper())
        return str(rows[0]["id"]) if rows else None

    def get_council(self, identifier: str) -> CouncilDetail:
        code = self._resolve(identifier)
        rows = self._read(cypher.COUNCIL_DETAIL, id=code) if code else []
        if not rows:
            raise NotFound("council", identifier)
        related = self._read(cypher.RELATED_COUNCILS, id=code)
        return _with_relations(_detail(rows[0]), related)

    # relationship questions: graph/neo4j_relationships.py and graph/relationship_answers.py

    def shared_chief_executives(self, query: SharedPostQuery) -> Page[SharedPostGroup]:
        return self.relationships.answers().shared_chief_executives(query)

    def council_relationships(
        self, identifier: str, query: RelationshipQuery
    ) -> CouncilRelationships:
        return self.relationships.answers().council_relationships(identifier, query)

    def list_partnerships(self, query: PartnershipQuery) -> Page[PartnershipSummary]:
        return self.relationships.answers().list_partnerships(query)

    def get_partnership(self, identifier: str, as_of: date | None) -> PartnershipDetail:
        return self.relationships.answers().get_partnership(identifier, as_of)

    def list_people(self, query: PeopleQuery) -> Page[PersonSummary]:
        return self.relationships.answers().list_people(query)

    def get_person(self, identifier: str, as_of: date | None) -> PersonDetail:
        return self.relationships.answers().get_person(identifier, as_of)

    def connections(self, query: ConnectionQuery) -> tuple[Connection, ...]:
        return self.relationships.answers().connections(query)

    def list_documents(self, limit: int, offset: int) -> Page[DocumentSummary]:
        return self.relationships.list_documents(limit, offset)

    def get_document(self, identifier: str) -> DocumentDetail:
        return self.relationships.get_document(identifier)


def _native(value: object) -> object:
    """Neo4j temporal values as Python ones (neo4j.time.Date -> datetime.date)."""
    to_native = getattr(value, "to_native", None)
    return to_native() if callable(to_native) else value


def _optional_str(value: object) -> str | None:
    return None if value is None else str(value)


def _optional_date(value: object) -> date | None:
    return value if isinstance(value, date) else None


def _summary(row: Record) -> CouncilSummary:
    return CouncilSummary(
        id=str(row["id"]),
        gss=_optional_str(row["gss"]),
        name=str(row["name"]),
        type=str(row["type"]),
        tier=_optional_str(row["tier"]),
        county=_optional_str(row["county"]),
        start=_optional_date(row["start"]),
        end=_optional_date(row["end"]),
    )


def _detail(row: Record) -> CouncilDetail:
    summary = _summary(row)
    return CouncilDetail(
        id=summary.id,
        gss=summary.gss,
        name=summary.name,
        short_name=str(row["short_name"]),
        type=summary.type,
        tier=summary.tier,
        nation=str(row["nation"]),
        region=_optional_str(row["region"]),
        start=summary.start,
        end=summary.end,
        same_as=_optional_str(row["same_as"]),
        lat=row["lat"] if isinstance(row["lat"], float) else None,
        long=row["long"] if isinstance(row["long"], float) else None,
        alt_names=tuple(str(name) for name in row["alt_names"] or ()),
        former_gss=tuple(str(code) for code in row["former_gss"] or ()),
    )


def _with_relations(detail: CouncilDetail, rows: list[Record]) -> CouncilDetail:
    related: dict[str, list[CouncilRef]] = defaultdict(list)
    for row in rows:
        related[str(row["relation"])].append(_ref(row))
    return replace(
        detail,
        county=next(iter(related["county"]), None),
        combined_authority=next(iter(related["combined_authority"]), None),
        **{name: tuple(related[name.removesuffix("s")]) for name in _RELATIONS},
    )


def _ref(row: Record) -> CouncilRef:
    return CouncilRef(
        id=str(row["other_id"]),
        gss=_optional_str(row["other_gss"]),
        name=str(row["other_name"]),
        type=str(row["other_type"]),
        start=_optional_date(row["other_start"]),
        end=_optional_date(row["other_end"]),
    )
