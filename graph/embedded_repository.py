"""The GraphRepository over the embedded Oxigraph store, answering with graph/sparql_queries.py."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from datetime import date

from rdflib import URIRef

from councilgraph.errors import InvalidParameter, NotFound, StoreError
from graph import sparql_queries as sparql
from graph.embedded_relationships import EmbeddedRelationships
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
from graph.store import REBUILD, GraphStore, Row

_RELATIONS = ("districts", "constituents", "predecessors", "successors")


class EmbeddedRepository:
    """Answers the API's questions from a GraphStore (usually opened read-only)."""

    backend = "embedded"

    def __init__(self, store: GraphStore) -> None:
        self.store = store
        self.check()
        self.relationships = EmbeddedRelationships(store)

    def check(self) -> None:
        rows = self.store.select(sparql.REGISTER_PRESENT)
        if not rows or not rows[0]["councils"]:
            raise StoreError(f"the graph store at {self.store.path} holds no councils: {REBUILD}")

    def close(self) -> None:
        self.store.close()

    def version(self) -> int:
        """The store's count of writes: every write goes through this process's store object."""
        return self.store.generation

    def list_councils(self, query: CouncilQuery) -> CouncilPage:
        params = self._params(query)
        rows = self._run(sparql.list_councils(params, query.limit, query.offset))
        counted = self._run(sparql.count_councils(params))
        total = int(counted[0]["total"]) if counted else 0
        return CouncilPage(tuple(_summary(row) for row in rows), total)

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
            params["county"] = county["id"]
        return {name: value for name, value in params.items() if value is not None}

    def _resolve(self, identifier: str) -> Row | None:
        """The row (?council IRI, ?id register code) of a register or (former) GSS code."""
        rows = self.store.select(sparql.RESOLVE_COUNCIL, {"key": identifier.strip().upper()})
        return rows[0] if rows else None

    def _run(self, query: sparql.Query) -> list[Row]:
        return self.store.select(query.text, query.bindings)

    def get_council(self, identifier: str) -> CouncilDetail:
        resolved = self._resolve(identifier)
        council = {"council": URIRef(str(resolved["council"]))} if resolved else {}
        rows = self.store.select(sparql.COUNCIL_DETAIL, council) if council else []
        if not rows:
            raise NotFound("council", identifier)
        names = self.store.select(sparql.COUNCIL_NAMES, council)
        detail = replace(
            _detail(rows[0]),
            alt_names=tuple(str(r["alt_name"]) for r in names if r["alt_name"]),
            former_gss=tuple(str(r["former_gss"]) for r in names if r["former_gss"]),
        )
        return _with_relations(detail, self.store.select(sparql.RELATED_COUNCILS, council))

    # relationship questions: graph/embedded_relationships.py and graph/relationship_answers.py

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


def _optional_str(value: object) -> str | None:
    return None if value is None else str(value)


def _optional_date(value: object) -> date | None:
    return value if isinstance(value, date) else None


def _summary(row: Row) -> CouncilSummary:
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


def _detail(row: Row) -> CouncilDetail:
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
    )


def _with_relations(detail: CouncilDetail, rows: list[Row]) -> CouncilDetail:
    related: dict[str, list[CouncilRef]] = defaultdict(list)
    for row in rows:
        related[str(row["relation"])].append(_ref(row))
    return replace(
        detail,
        county=next(iter(related["county"]), None),
        combined_authority=next(iter(related["combined_authority"]), None),
        **{name: tuple(related[name.removesuffix("s")]) for name in _RELATIONS},
    )


def _ref(row: Row) -> CouncilRef:
    return CouncilRef(
        id=str(row["other_id"]),
        gss=_optional_str(row["other_gss"]),
        name=str(row["other_name"]),
        type=str(row["other_type"]),
        start=_optional_date(row["other_start"]),
        end=_optional_date(row["other_end"]),
    )
