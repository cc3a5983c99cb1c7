"""What one run of bench/scale.py measured, and the Markdown section it becomes."""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

from bench.build_scale import BuildRun
from bench.extract_scale import ExtractionRun
from bench.latency import Latencies
from bench.measure import growth_exponent
from bench.neo4j_scale import SyncRun
from bench.sparql_peers import PeerRun

TARGET_OVERHEAD = 2.0  # API p50 within this multiple of the direct query's p50
TARGET_P99_MS = 50.0  # council and shared-chief-executive endpoints on Neo4j, at 100k documents
TARGET_SCALE = 100_000
TARGET_QUESTIONS = ("shared chief executives", "council relationships")


class PlanLike(Protocol):
    requests: int
    single: int
    direct: int
    rdflib_limit_s: float


@dataclass(frozen=True, slots=True)
class LatencyRow:
    documents: int
    backend: str
    question: str
    direct: Latencies
    single: Latencies  # HTTP, one client
    concurrent: Latencies  # HTTP, many clients

    def __str__(self) -> str:
        return (
            f"direct p50 {self.direct.p50_ms:.2f} ms, HTTP p50 {self.single.p50_ms:.1f} ms, "
            f"{self.concurrent.per_s:.0f}/s under load p50 {self.concurrent.p50_ms:.1f} / "
            f"p99 {self.concurrent.p99_ms:.1f} ms"
        )


@dataclass
class Results:
    clients: int
    load_at_start: str
    load_at_end: str = ""
    extraction: list[ExtractionRun] = field(default_factory=list)
    builds: list[BuildRun] = field(default_factory=list)
    syncs: dict[int, SyncRun] = field(default_factory=dict)
    councils: dict[int, list[str]] = field(default_factory=dict)
    snapshot_s: dict[tuple[int, str], float] = field(default_factory=dict)
    first_answer_s: dict[tuple[int, str], float] = field(default_factory=dict)
    latency: list[LatencyRow] = field(default_factory=list)
    peers: dict[int, PeerRun] = field(default_factory=dict)
    rdflib_unfinished: dict[str, str] = field(default_factory=dict)


def render(heading: str, results: Results, machine: str, minutes: float, plan: PlanLike) -> str:
    day = time.strftime("%Y-%m-%d %H:%M")
    parts = [
        f"Run of {day}, {minutes:.1f} minutes in all. Machine: {machine} Load average "
        f"(1 / 5 / 15 min) {results.load_at_start} at the start, {results.load_at_end} at the "
        "end: the two cores were shared with other work, so absolute times are noisy; "
        "ratios within one table were measured minutes apart in this run.",
        "Documents are synthetic (`python -m bench.synthetic`, seed 1): minutes, reports and "
        "press items naming real register councils, with gold; scale N is the first N.",
        _extraction(results.extraction),
        _builds(results.builds),
        _syncs(results.syncs),
        _latency(results, plan),
        _targets(results.latency),
        _peers(results.peers, plan),
    ]
    return "\n\n".join(part for part in parts if part)


def _table(header: Sequence[str], rows: Sequence[Sequence[object]], left: int = 1) -> str:
    align = ["---"] * left + ["---:"] * (len(header) - left)
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join(align) + "|"]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return "\n".join(lines)


def _ms(value: float) -> str:
    if value < 1:
        return f"{value:.3f}"
    return f"{value:.2f}" if value < 10 else f"{value:.1f}" if value < 100 else f"{value:.0f}"


def _ratio(value: float) -> str:
    return f"{value:.2f}x" if value < 10 else f"{value:,.0f}x"


def _exponent(pairs: Sequence[tuple[float, float]]) -> str:
    sizes = sorted({size for size, _ in pairs})
    if len(sizes) < 2:
        return "one scale only: no growth exponent"
    exponent = growth_exponent([s for s, _ in pairs], [t for _, t in pairs])
    return f"growth exponent {exponent:.2f} (slope of log time on log documents; 1 is linear)"


def _extraction(runs: list[ExtractionRun]) -> str:
    if not runs:
        return ""
    rows = [
        (f"{r.documents:,}", f"{r.megabytes:.1f}", r.jobs, f"{r.seconds:.1f}",
         f"{r.docs_per_s:.0f}", f"{r.mb_per_s:.2f}", f"{r.peak_rss_mb:.0f}",
         f"{r.f1['overall']:.3f}", f"{r.f1['councils']:.3f}",
         f"{r.f1['shared_chief_executive']:.3f}", f"{r.f1['partnership_pairs']:.3f}",
         f"{r.f1['people']:.3f}")
        for r in runs
    ]  # fmt: skip
    header = ("documents", "MB", "processes", "seconds", "docs/s", "MB/s", "peak RSS MB",
              "F1", "councils F1", "shared CE F1", "partnership F1", "people F1")  # fmt: skip
    speedups = []
    for docs in dict.fromkeys(r.documents for r in runs):
        by_jobs = {r.jobs: r for r in runs if r.documents == docs}
        if 1 in by_jobs and 2 in by_jobs:
            speedups.append(f"{by_jobs[1].seconds / by_jobs[2].seconds:.2f}x at {docs:,}")
    f1s = sorted({r.f1["overall"] for r in runs})
    steady = (
        f"F1 {f1s[0]:.3f} at every scale"
        if len(f1s) == 1
        else f"F1 from {f1s[0]:.3f} to {f1s[-1]:.3f} across scales"
    )
    return (
        "### Extraction\n\n"
        "Each document read, extracted and written out in the gold format (what "
        "`councilgraph extract` does) by `python -m bench.extract_scale`, on one process or "
        "a pool of two over the documents; seconds are the extraction loop's wall time; peak "
        "RSS is the largest single process; F1 is ../shared/corpus/score.py against the "
        "synthetic gold (the regression check).\n\n"
        f"{_table(header, rows)}\n\n"
        f"- Two processes against one: {', '.join(speedups) or 'not measured'}.\n"
        f"- {steady}."
    )


def _builds(runs: list[BuildRun]) -> str:
    if not runs:
        return ""
    rows = [
        (f"{r.documents:,}", r.jobs, f"{r.seconds:.1f}", f"{r.docs_per_s:.0f}",
         f"{r.seconds / r.documents * 1000:.1f}", f"{r.triples:,}", f"{r.store_mb:.0f}",
         f"{r.peak_rss_mb:.0f}", f"{r.cpu_s:.0f}")
        for r in runs
    ]  # fmt: skip
    header = ("documents", "processes", "seconds", "docs/s", "ms per document", "triples",
              "store MB", "peak RSS MB", "CPU s")  # fmt: skip
    two = [(r.documents, r.seconds) for r in runs if r.jobs == 2]
    triples = [(r.documents, r.triples) for r in runs if r.jobs == 2]
    lines = [f"- Time on two processes: {_exponent(two)}."]
    if len({d for d, _ in triples}) > 1:
        exponent = growth_exponent([d for d, _ in triples], [t for _, t in triples])
        lines.append(f"- Triples grow with exponent {exponent:.2f}.")
    for docs in dict.fromkeys(r.documents for r in runs):
        by_jobs = {r.jobs: r for r in runs if r.documents == docs}
        if 1 in by_jobs and 2 in by_jobs:
            ratio = by_jobs[1].seconds / by_jobs[2].seconds
            lines.append(f"- Two processes against one at {docs:,} documents: {ratio:.2f}x.")
    return (
        "### Build of the embedded store\n\n"
        "`councilgraph build --documents DIR --jobs N` into a fresh store (ontology, register, "
        "then every document); seconds as the command reports them (after Python's start-up); "
        "CPU s is user + system of every process of the build.\n\n"
        f"{_table(header, rows)}\n\n" + "\n".join(lines)
    )


def _syncs(syncs: dict[int, SyncRun]) -> str:
    if not syncs:
        return ""
    rows = [
        (f"{docs:,}", f"{s.seconds:.1f}", f"{s.rows:,}", f"{s.nodes:,}", f"{s.relationships:,}",
         f"{s.peak_rss_mb:.0f}")
        for docs, s in syncs.items()
    ]  # fmt: skip
    header = ("documents", "seconds", "rows written", "nodes", "relationships", "peak RSS MB")
    growth = _exponent([(docs, s.seconds) for docs, s in syncs.items()])
    return (
        "### Projection into Neo4j\n\n"
        "`councilgraph sync` of the built store into an emptied local Neo4j 5.26 community "
        "server (2 GB heap, 1 GB page cache), before the Neo4j latencies.\n\n"
        f"{_table(header, rows)}\n\n- Time: {growth}."
    )


def _latency(results: Results, plan: PlanLike) -> str:
    if not results.latency:
        return ""
    rows = [
        (f"{r.documents:,}", r.backend, r.question, _ms(r.direct.p50_ms), _ms(r.direct.p99_ms),
         _ms(r.single.p50_ms), _ms(r.single.p99_ms), _ms(r.concurrent.p50_ms),
         _ms(r.concurrent.p99_ms), f"{r.concurrent.per_s:.0f}", f"{r.concurrent.mean_kb:.1f}",
         f"{r.concurrent.errors + r.single.errors}")
        for r in results.latency
    ]  # fmt: skip
    n = results.clients
    header = ("documents", "backend", "question", "direct p50", "direct p99", "HTTP 1 p50",
              "HTTP 1 p99", f"HTTP {n} p50", f"HTTP {n} p99", f"answers/s ({n})",
              "answer KB", "non-200")  # fmt: skip
    first = results.first_answer_s
    firsts = [
        (f"{docs:,}", backend, f"{seconds:.1f}", f"{first.get((docs, backend), 0):.1f}")
        for (docs, backend), seconds in results.snapshot_s.items()
    ]
    return (
        "### Query latency\n\n"
        "Milliseconds. **direct**: the repository's method called in this process, one call "
        f"after another ({plan.direct} per question; the floor). **HTTP 1**: {plan.single} "
        f"requests from one client; **HTTP {n}**: {plan.requests} requests from {n} "
        "concurrent clients (a closed loop of asyncio streams speaking HTTP/1.1 with keep-alive; "
        "httpx cost about 2 ms of CPU per request), each timed from send to full answer, to "
        "`councilgraph serve` (one uvicorn process) on loopback; client and server "
        "share the two cores. Questions asked in turn: shared chief executives as of four dates; "
        "the relationships of 16 councils in shared chief-executive groups at those dates; "
        "connections of up to 3 hops between 16 pairs of them. Neo4j: the same store after "
        "`sync`, served with `--backend neo4j`.\n\n"
        f"{_table(header, rows, left=3)}\n\n"
        "Reading each backend's snapshot of the facts (a dozen queries, once per store state; "
        "the first question pays it):\n\n"
        + _table(("documents", "backend", "in process, s", "first HTTP answer, s"), firsts, 2)
    )


def _targets(rows: list[LatencyRow]) -> str:
    if not rows:
        return ""
    lines = ["### Targets", ""]
    overhead = [(r, r.concurrent.p50_ms / r.direct.p50_ms) for r in rows]
    met = [r for r, ratio in overhead if ratio <= TARGET_OVERHEAD]
    worst = max(overhead, key=lambda item: item[1])
    single = [r for r in rows if r.single.p50_ms <= TARGET_OVERHEAD * r.direct.p50_ms]
    lines.append(
        f"- API p50 within {TARGET_OVERHEAD:.0f}x of the direct query's p50: under the "
        f"concurrent load met in {len(met)} of {len(rows)} rows, the largest ratio "
        f"{worst[1]:,.0f}x ({worst[0].backend}, {worst[0].question}, "
        f"{worst[0].documents:,} documents: {_ms(worst[0].concurrent.p50_ms)} ms against "
        f"{_ms(worst[0].direct.p50_ms)} ms); from one client met in {len(single)} of "
        f"{len(rows)} rows, HTTP p50 minus direct p50 from "
        f"{min(r.single.p50_ms - r.direct.p50_ms for r in rows):.1f} to "
        f"{max(r.single.p50_ms - r.direct.p50_ms for r in rows):.1f} ms (below zero where "
        "the server sends an answer it keeps and the direct call computes it again). Where the "
        "direct call answers from the in-memory snapshot in microseconds no HTTP server is "
        "within 2x of it, and under concurrent load on two cores p50 is mostly queueing "
        "(clients divided by answers per second)."
    )
    neo4j = [r for r in rows if r.backend == "neo4j" and r.question in TARGET_QUESTIONS]
    if neo4j:
        largest = max(r.documents for r in neo4j)
        missing = f"; {TARGET_SCALE:,} documents were not in this run" * (largest < TARGET_SCALE)
        for r in (r for r in neo4j if r.documents == largest):
            verdict = "met" if r.concurrent.p99_ms < TARGET_P99_MS else "not met"
            lines.append(
                f"- p99 under {TARGET_P99_MS:.0f} ms, {r.question}, Neo4j: {verdict} at "
                f"{largest:,} documents ({_ms(r.concurrent.p99_ms)} ms){missing}."
            )
    return "\n".join(lines)


def _peers(peers: dict[int, PeerRun], plan: PlanLike) -> str:
    if not peers:
        return ""
    rows = []
    for docs, run in peers.items():
        for t in run.times:
            ratio = _ratio(t.rdflib_s / t.oxigraph_s) if t.rdflib_s is not None else "-"
            rdflib = f"{t.rdflib_s:.2f}" if t.rdflib_s is not None else t.note
            found = f"{t.rdflib_rows:,}" if t.rdflib_rows is not None else "-"
            rows_found = f"{t.oxigraph_rows:,} / {found}"
            rows.append((f"{docs:,}", t.query, f"{t.oxigraph_s:.3f}", rdflib, ratio, rows_found))
    loads = [
        (f"{docs:,}", f"{run.quads:,}", f"{run.export_mb:.0f}", f"{run.export_s:.1f}",
         f"{run.rdflib_load_s:.1f}" if run.rdflib_load_s is not None else "-",
         f"{run.rdflib_rss_mb:.0f}" if run.rdflib_rss_mb is not None else "-")
        for docs, run in peers.items()
    ]  # fmt: skip
    header = ("documents", "query", "Oxigraph s", "rdflib s", "rdflib / Oxigraph",
              "rows (Oxigraph / rdflib)")  # fmt: skip
    return (
        "### SPARQL: Oxigraph against rdflib\n\n"
        "The same SPARQL text (bench/peer_queries.py) on the embedded Oxigraph store (median "
        "of 3 runs) and on rdflib's in-memory `Dataset` (default graph the union of the named "
        "graphs) loaded from the store's N-Quads export, in a process of its own stopped after "
        f"{plan.rdflib_limit_s:.0f} s per query. The two questions are written as one query "
        "each (earliest start, latest end); the three `snapshot:` queries are the embedded "
        "backend's own. A query that did not finish is not run again at a larger scale.\n\n"
        f"{_table(header, rows, left=2)}\n\n"
        + _table(
            ("documents", "quads", "export MB", "export s", "rdflib load s", "rdflib peak RSS MB"),
            loads,
        )  # fmt: skip
    )
