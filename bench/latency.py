"""Query latency of the main questions: directly on a repository in this process (the floor),
and through the HTTP API from one client and from many concurrent clients.

The questions are asked in turn over a fixed set of parameters drawn from the graph itself
(councils that share a chief executive, pairs of them, four dates), the same set for every way
of asking, so each way answers the same questions the same number of times.
"""

from __future__ import annotations

import asyncio
import itertools
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

import httpx

from bench.measure import percentile
from graph.relationship_records import (
    MAX_LIMIT,
    ConnectionQuery,
    RelationshipQuery,
    SharedPostQuery,
)
from graph.repository import CouncilQuery, GraphRepository

DATES = tuple(date(year, 4, 1) for year in (2012, 2016, 2020, 2024))
COUNCILS = 16  # councils asked about in turn

Call = Callable[[GraphRepository], object]


@dataclass(frozen=True, slots=True)
class Question:
    name: str
    paths: tuple[str, ...]  # HTTP paths, asked in turn
    calls: tuple[Call, ...]  # the same questions on a repository, in the same turn


@dataclass(frozen=True, slots=True)
class Latencies:
    count: int
    p50_ms: float
    p99_ms: float
    per_s: float  # answers per second of wall time
    errors: int = 0  # answers other than 200 (HTTP only)
    mean_kb: float = 0.0  # size of an answer's body (HTTP only)

    @classmethod
    def of(
        cls, seconds: Sequence[float], wall_s: float, errors: int = 0, kb: float = 0
    ) -> Latencies:
        p50, p99 = percentile(seconds, 0.5), percentile(seconds, 0.99)
        count = len(seconds)
        return cls(count, p50 * 1000, p99 * 1000, count / wall_s, errors, kb / count)


def questions(councils: Sequence[str]) -> list[Question]:
    """Shared chief executives as of a date, the relationships of each of `councils`, and
    connections of up to three hops between pairs of them, at each of DATES."""
    asked = list(itertools.product(councils, DATES))
    pairs = [(a, councils[(i + COUNCILS // 3) % len(councils)]) for i, a in enumerate(councils)]
    linked = [(a, b, d) for (a, b), d in itertools.product(pairs, DATES)]
    return [
        Question(
            "shared chief executives",
            tuple(f"/v1/shared-chief-executives?as_of={d}" for d in DATES),
            tuple(_shared(d) for d in DATES),
        ),
        Question(
            "council relationships",
            tuple(f"/v1/councils/{c}/relationships?as_of={d}" for c, d in asked),
            tuple(_relationships(c, d) for c, d in asked),
        ),
        Question(
            "connections (3 hops)",
            tuple(f"/v1/connections?from={a}&to={b}&max_hops=3&as_of={d}" for a, b, d in linked),
            tuple(_connections(a, b, d) for a, b, d in linked),
        ),
    ]


def _shared(as_of: date) -> Call:
    return lambda repository: repository.shared_chief_executives(SharedPostQuery(as_of))


def _relationships(council: str, as_of: date) -> Call:
    return lambda repository: repository.council_relationships(council, RelationshipQuery(as_of))


def _connections(source: str, target: str, as_of: date) -> Call:
    return lambda repository: repository.connections(ConnectionQuery(source, target, 3, as_of))


def busy_councils(repository: GraphRepository) -> list[str]:
    """COUNCILS register codes, spread evenly over the councils in shared chief-executive
    groups (at any time), ordered by code."""
    groups = repository.shared_chief_executives(SharedPostQuery(None, limit=MAX_LIMIT)).items
    codes = sorted({council.id for group in groups for council in group.councils})
    if len(codes) < 2:
        page = repository.list_councils(CouncilQuery(limit=MAX_LIMIT))
        codes = sorted(council.id for council in page.items)
    step = max(1, len(codes) // COUNCILS)
    return codes[::step][:COUNCILS]


def time_direct(repository: GraphRepository, question: Question, count: int) -> Latencies:
    """Each call timed on its own, one after another."""
    seconds = []
    began = time.perf_counter()
    for i in range(count):
        started = time.perf_counter()
        question.calls[i % len(question.calls)](repository)
        seconds.append(time.perf_counter() - started)
    return Latencies.of(seconds, time.perf_counter() - began)


def time_http(url: str, question: Question, count: int, clients: int) -> Latencies:
    """`count` requests from `clients` concurrent clients (a closed loop: each sends its next
    request when the last is answered), each request timed from send to full answer."""
    return asyncio.run(_time_http(url, question.paths, count, clients))


async def _time_http(url: str, paths: Sequence[str], count: int, clients: int) -> Latencies:
    seconds: list[float] = []
    errors, size = 0, 0
    turn = itertools.count()
    address = httpx.URL(url)

    async def one_client() -> None:
        nonlocal errors, size
        reader, writer = await asyncio.open_connection(address.host, address.port)
        try:
            while (i := next(turn)) < count:
                started = time.perf_counter()
                status, body = await _get(reader, writer, address.host, paths[i % len(paths)])
                seconds.append(time.perf_counter() - started)
                errors += status != 200
                size += len(body)
        finally:
            writer.close()
            await writer.wait_closed()

    began = time.perf_counter()
    await asyncio.gather(*(one_client() for _ in range(clients)))
    return Latencies.of(seconds, time.perf_counter() - began, errors, size / 1024)


async def _get(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter, host: str, path: str
) -> tuple[int, bytes]:
    """One GET on a kept-alive connection: HTTP/1.1 by hand, because httpx spent about 2 ms of
    CPU per request on the two cores the server needs (the API sends every answer with a
    Content-Length)."""
    writer.write(f"GET {path} HTTP/1.1\r\nHost: {host}\r\n\r\n".encode())
    status, *fields = (await reader.readuntil(b"\r\n\r\n")).decode("latin-1").split("\r\n")
    for field in fields:
        name, _, value = field.partition(":")
        if name.strip().lower() == "content-length":
            return int(status.split()[1]), await reader.readexactly(int(value))
    raise RuntimeError(f"no Content-Length in the answer to {path}: {status}")


def first_answer(url: str, question: Question) -> float:
    """Seconds for the first answer of a fresh server: it reads its snapshot of the graph."""
    started = time.perf_counter()
    httpx.get(url + question.paths[0], timeout=3600).raise_for_status()
    return time.perf_counter() - started
