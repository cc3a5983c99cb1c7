"""Answers encoded once: a route's JSON body, kept while the graph's data stays the same.

A read route returns `answers.json(key, build)`: on a miss, `build()` makes the response model
(~4 ms from the records of a 100 KB answer) and pydantic encodes it straight to bytes; FastAPI's
response_model path is skipped (it validated the model again, in one more worker thread).
Routes still declare `response_model`, so the OpenAPI document is unchanged.

Bodies are cached under the question (the route and its parameters after defaults: `as_of`
already today when not given, the page; a route that also answers RDF caches only its JSON)
and the data's version (the embedded store's count of writes, and the backend's
`GraphRepository.version()`), in an LRU bounded in bytes. A write changes the version: the
next question misses and drops every body of the old one, so no answer is older than the data
the request could see.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from threading import Lock
from typing import Annotated

from fastapi import Depends, Request, Response
from pydantic import BaseModel

from graph.repository import GraphRepository
from graph.store import GraphStore

JSON = "application/json"


class AnswerCache:
    """Encoded bodies of one data version, least recently used dropped past `max_bytes`."""

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self._lock = Lock()
        self._version: Hashable = None
        self._bodies: OrderedDict[Hashable, bytes] = OrderedDict()
        self._size = 0

    def get(self, version: Hashable, key: Hashable) -> bytes | None:
        with self._lock:
            if version != self._version:
                self._clear(version)
                return None
            body = self._bodies.get(key)
            if body is not None:
                self._bodies.move_to_end(key)
            return body

    def put(self, version: Hashable, key: Hashable, body: bytes) -> None:
        with self._lock:
            # a request that read the version before a write must not refill the cache with it
            if version != self._version or len(body) > self.max_bytes:
                return
            old = self._bodies.pop(key, None)
            self._size += len(body) - (len(old) if old is not None else 0)
            self._bodies[key] = body
            while self._size > self.max_bytes:
                _, dropped = self._bodies.popitem(last=False)
                self._size -= len(dropped)

    def _clear(self, version: Hashable) -> None:
        self._version = version
        self._bodies.clear()
        self._size = 0


@dataclass(frozen=True, slots=True)
class Answers:
    """The answers of one request: its repository, and the cache of encoded bodies."""

    repository: GraphRepository
    store: GraphStore
    cache: AnswerCache

    def json(self, key: Hashable, build: Callable[[], BaseModel]) -> Response:
        """The body of `build()`'s model as JSON, from the cache when this data answered it."""
        # read before answering, so a body is never cached under a version older than its data
        version = (self.store.generation, self.repository.version())
        body = self.cache.get(version, key)
        if body is None:
            body = build().model_dump_json(by_alias=True).encode()
            self.cache.put(version, key, body)
        return Response(body, media_type=JSON)


async def get_answers(request: Request) -> Answers:
    state = request.app.state
    return Answers(state.repository, state.store, state.answers)


AnswersDep = Annotated[Answers, Depends(get_answers)]
