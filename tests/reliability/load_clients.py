"""Concurrent HTTP clients for the load test: each loops until the deadline, choosing by a
seeded draw between the API's main reads and authenticated ingests of documents of its own.

Every request has a client timeout: one that runs out counts as a hang. Afterwards every
document whose POST was answered 2xx is asked for again (GET /v1/documents/{id}).
"""

from __future__ import annotations

import asyncio
import os
import random
import statistics
import time
from collections import Counter
from collections.abc import Awaitable, Iterator
from dataclasses import dataclass, field

import httpx

TIMEOUT_S = 10.0
COUNCILS = ("NTH", "WNT", "MEL", "RUS", "KEN", "SOM", "CAM", "OXF", "BIR", "MAN", "LDS", "CON")
READS = {  # name -> share of requests
    "councils": 0.15,
    "council": 0.10,
    "shared_chief_executives": 0.15,
    "relationships": 0.20,
    "connections": 0.15,
}
INGEST_SHARE = 0.25


@dataclass
class Sample:
    kind: str
    status: int  # 0: no answer (a transport error or the timeout)
    seconds: float
    error: str = ""


@dataclass
class Load:
    samples: list[Sample] = field(default_factory=list)
    ingested: list[str] = field(default_factory=list)  # ids answered 201 or 200
    seconds: float = 0.0


def _read(kind: str, pick: random.Random) -> tuple[str, dict[str, str]]:
    council = pick.choice(COUNCILS)
    day = f"{pick.randint(2015, 2026)}-{pick.randint(1, 12):02d}-01"
    if kind == "councils":
        return "/v1/councils", {"q": pick.choice(("north", "borough", "city", "shire", "ham"))}
    if kind == "council":
        return f"/v1/councils/{council}", {}
    if kind == "shared_chief_executives":
        return "/v1/shared-chief-executives", {"as_of": day}
    if kind == "relationships":
        return f"/v1/councils/{council}/relationships", {"as_of": day}
    other = pick.choice([c for c in COUNCILS if c != council])
    return "/v1/connections", {"from": council, "to": other, "max_hops": "3", "as_of": day}


async def _request(kind: str, call: Awaitable[httpx.Response]) -> tuple[Sample, object]:
    started = time.perf_counter()
    try:
        response = await call
    except httpx.TransportError as e:  # the timeout included
        return Sample(kind, 0, time.perf_counter() - started, type(e).__name__), None
    body = response.json() if response.status_code < 300 and kind == "ingest" else None
    return Sample(kind, response.status_code, time.perf_counter() - started), body


def _call(
    client: httpx.AsyncClient, kind: str, pick: random.Random, key: str, text: str
) -> Awaitable[httpx.Response]:
    """The request to send: a coroutine not yet awaited."""
    if kind == "ingest":
        return client.post("/v1/documents", json={"text": text}, headers={"X-API-Key": key})
    path, params = _read(kind, pick)
    return client.get(path, params=params)


async def _client(
    base: str, key: str, seed: int, deadline: float, documents: Iterator[str], load: Load
) -> None:
    pick = random.Random(seed)
    kinds, weights = [*READS, "ingest"], [*READS.values(), INGEST_SHARE]
    async with httpx.AsyncClient(base_url=base, timeout=TIMEOUT_S) as client:
        while time.monotonic() < deadline:
            kind = pick.choices(kinds, weights)[0]
            text = next(documents) if kind == "ingest" else ""
            sample, body = await _request(kind, _call(client, kind, pick, key, text))
            load.samples.append(sample)
            if isinstance(body, dict):
                load.ingested.append(str(body["id"]))


def run_load(
    base: str, key: str, clients: int, seconds: float, seed: int, documents: list[str]
) -> Load:
    """`clients` clients for `seconds`, each drawing with its own seed from `seed`."""
    load, texts = Load(), iter(documents)
    deadline = time.monotonic() + seconds

    async def everyone() -> None:
        await asyncio.gather(
            *(_client(base, key, seed * 1000 + n, deadline, texts, load) for n in range(clients))
        )

    started = time.perf_counter()
    asyncio.run(everyone())
    load.seconds = time.perf_counter() - started
    return load


def missing_documents(base: str, ids: list[str]) -> list[str]:
    """Ingested ids that GET /v1/documents/{id} does not answer with 200."""
    with httpx.Client(base_url=base, timeout=30) as client:
        return [i for i in ids if client.get(f"/v1/documents/{i}").status_code != 200]


def _percentile(values: list[float], share: float) -> float:
    if len(values) < 2:
        return values[0] if values else 0.0
    return statistics.quantiles(values, n=100, method="inclusive")[round(share * 100) - 1]


def summary(load: Load) -> dict[str, object]:
    """Requests per second and latency percentiles (ms), overall and by kind."""
    by_kind: dict[str, list[float]] = {}
    for sample in load.samples:
        by_kind.setdefault(sample.kind, []).append(sample.seconds * 1000)
    latency = {
        kind: {
            "requests": len(values),
            "p50_ms": round(_percentile(values, 0.50), 1),
            "p95_ms": round(_percentile(values, 0.95), 1),
            "p99_ms": round(_percentile(values, 0.99), 1),
            "max_ms": round(max(values), 1),
        }
        for kind, values in sorted(by_kind.items())
    }
    statuses = Counter(str(sample.status) for sample in load.samples)
    return {
        "load_average_after": [round(x, 1) for x in os.getloadavg()],
        "requests": len(load.samples),
        "seconds": round(load.seconds, 1),
        "requests_per_s": round(len(load.samples) / load.seconds, 1),
        "statuses": dict(sorted(statuses.items())),
        "latency": latency,
    }
