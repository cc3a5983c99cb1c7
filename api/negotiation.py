"""Content negotiation (RFC 9110 Accept), and the linked-data representations of resources.

`choose` picks, among the media types a route offers (in the server's order of preference),
the one the Accept header ranks highest; parameters other than q are ignored. A resource route
(council, partnership, person) takes `LinkedDataDep` and, when the client asked for RDF,
returns `linked_data.response(iri)` instead of its JSON:

    def get_thing(answers: AnswersDep, linked_data: LinkedDataDep, ...) -> Response:
        repository = answers.repository
        if linked_data.wanted:  # the repository's 404 first, whatever the Accept
            return linked_data.response(ids.thing(repository.get_thing(thing_id).id))
        return answers.json(("thing", thing_id), lambda: Thing.model_validate(...))

and declares `responses=LINKED_DATA_RESPONSES` (merged with its problems) so the OpenAPI
document lists Turtle and JSON-LD.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request, Response
from rdflib import URIRef

from api.schemas.problems import Problem
from councilgraph.errors import NotAcceptable, NotFound
from graph import linked_data
from graph.store import GraphStore

JSON = "application/json"
RESOURCE_TYPES = (JSON, linked_data.TURTLE, linked_data.JSON_LD)
CONTEXT_PATH = "/v1/context.jsonld"


def _ranges(accept: str) -> list[tuple[str, float]]:
    ranges = []
    for part in accept.split(","):
        media_range, *params = (p.strip() for p in part.split(";"))
        q = 1.0
        for param in params:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    q = min(max(float(value), 0.0), 1.0)
                except ValueError:
                    q = 0.0
        if media_range:
            ranges.append((media_range.lower(), q))
    return ranges


def _quality(media_type: str, ranges: list[tuple[str, float]]) -> float:
    """The q of the most specific range matching `media_type` (exact, type/*, */*)."""
    kind = media_type.split("/")[0]
    for pattern in (media_type, f"{kind}/*", "*/*"):
        matching = [q for media_range, q in ranges if media_range == pattern]
        if matching:
            return max(matching)
    return 0.0


def choose(accept: str | None, offered: Sequence[str]) -> str | None:
    """The offered type Accept prefers (the earliest offered on a tie), or None when it accepts
    none of them. No Accept header, or an empty one, accepts anything."""
    if not accept or not accept.strip():
        return offered[0]
    ranges = _ranges(accept)
    best, best_q = None, 0.0
    for media_type in offered:
        q = _quality(media_type, ranges)
        if q > best_q:
            best, best_q = media_type, q
    return best


def require(accept: str | None, offered: Sequence[str]) -> str:
    chosen = choose(accept, offered)
    if chosen is None:
        raise NotAcceptable(f"this resource is available as {', '.join(offered)}")
    return chosen


@dataclass(frozen=True, slots=True)
class LinkedData:
    """The representation a resource request asked for, and how to answer it as RDF."""

    request: Request
    media_type: str

    @property
    def wanted(self) -> bool:
        return self.media_type != JSON

    def response(self, resource: URIRef) -> Response:
        store: GraphStore = self.request.app.state.store
        triples = linked_data.neighbourhood(store, resource)
        if not linked_data.is_described(triples, resource):
            raise NotFound("resource", str(resource))
        if self.media_type == linked_data.TURTLE:
            body = linked_data.turtle(triples)
        else:
            body = linked_data.json_ld(triples, str(self.request.url_for("jsonld_context")))
        return Response(body, media_type=self.media_type, headers={"Vary": "Accept"})


async def get_linked_data(request: Request) -> LinkedData:
    return LinkedData(request, require(request.headers.get("accept"), RESOURCE_TYPES))


LinkedDataDep = Annotated[LinkedData, Depends(get_linked_data)]

LINKED_DATA_RESPONSES: dict[int | str, dict[str, object]] = {
    200: {
        "description": "The resource: JSON by default; RDF (the resource and its direct "
        "neighbourhood) for `Accept: text/turtle` or `application/ld+json`.",
        "content": {
            linked_data.TURTLE: {"schema": {"type": "string"}},
            linked_data.JSON_LD: {"schema": {"type": "object"}},
        },
    },
    406: {"model": Problem, "description": "Accept names none of JSON, Turtle or JSON-LD."},
}
