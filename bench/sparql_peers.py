"""The same SPARQL on Oxigraph (the embedded store) and on rdflib's in-memory store loaded from
the store's N-Quads export, each rdflib query stopped at a time limit and recorded as not
finished rather than waited for."""

from __future__ import annotations

import json
import selectors
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from graph.store import GraphStore

OXIGRAPH_RUNS = 3  # Oxigraph's time is the median of these


@dataclass(frozen=True, slots=True)
class PeerTime:
    query: str
    oxigraph_s: float
    oxigraph_rows: int
    rdflib_s: float | None  # None: stopped at the limit, or not run (see note)
    rdflib_rows: int | None
    note: str = ""


@dataclass(frozen=True, slots=True)
class PeerRun:
    quads: int
    export_s: float
    export_mb: float
    rdflib_load_s: float | None
    rdflib_rss_mb: float | None
    times: tuple[PeerTime, ...]
    note: str = ""


class RdflibWorker:
    """bench/rdflib_worker.py, asked one query at a time, killed when one runs too long."""

    def __init__(self, export: Path, load_limit_s: float) -> None:
        argv = [sys.executable, "-m", "bench.rdflib_worker", str(export)]
        self.process = subprocess.Popen(
            argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        self.loaded = self._answer(load_limit_s)

    def ask(self, query: str, limit_s: float) -> dict | None:
        """{"seconds", "rows"}, or None when the query did not finish within `limit_s`."""
        assert self.process.stdin is not None
        self.process.stdin.write(json.dumps({"query": query}) + "\n")
        self.process.stdin.flush()
        return self._answer(limit_s)

    def _answer(self, limit_s: float) -> dict | None:
        with selectors.DefaultSelector() as selector:
            selector.register(self.process.stdout, selectors.EVENT_READ)  # type: ignore[arg-type]
            if not selector.select(limit_s):
                self.close()
                return None
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        return json.loads(line) if line else None

    @property
    def alive(self) -> bool:
        return self.process.poll() is None

    def close(self) -> None:
        self.process.kill()
        self.process.wait()


def compare(
    store_path: Path,
    export: Path,
    queries: dict[str, str],
    limit_s: float,
    skip: dict[str, str],
    rdflib_refused: str = "",
) -> PeerRun:
    """Time `queries` (name -> SPARQL) on both engines. rdflib skips those in `skip` (name ->
    why), and every query when its load passes five times the limit or when `rdflib_refused`
    says why it is not loaded at all."""
    with GraphStore.open(store_path, read_only=True) as store:
        started = time.perf_counter()
        store.oxigraph.dump(str(export), format=ox.RdfFormat.N_QUADS)
        export_s = time.perf_counter() - started
        quads = store.quad_count()
        oxigraph = {name: _time_oxigraph(store, text) for name, text in queries.items()}
    loaded, rdflib = None, {}
    if not rdflib_refused:
        loaded, rdflib = _time_rdflib(export, queries, limit_s, skip)
        rdflib_refused = "" if loaded else f"rdflib did not load the export in {limit_s * 5:.0f} s"
    times = []
    for name, (ox_s, ox_rows) in oxigraph.items():
        answer, why = rdflib.get(name), rdflib_refused or skip.get(name, "")
        if answer is None and not why:
            why = f"did not finish in {limit_s:.0f} s"
        times.append(
            PeerTime(
                name,
                ox_s,
                ox_rows,
                answer["seconds"] if answer else None,
                answer["rows"] if answer else None,
                why,
            )
        )
    return PeerRun(
        quads=quads,
        export_s=export_s,
        export_mb=export.stat().st_size / 1e6,
        rdflib_load_s=loaded["loaded_s"] if loaded else None,
        rdflib_rss_mb=loaded["rss_mb"] if loaded else None,
        times=tuple(times),
    )


def _time_rdflib(
    export: Path, queries: dict[str, str], limit_s: float, skip: dict[str, str]
) -> tuple[dict | None, dict[str, dict | None]]:
    """What rdflib's load reported, and each query's answer (None: did not finish); a query
    after one that did not finish gets a freshly loaded worker."""
    worker = RdflibWorker(export, limit_s * 5)
    loaded, answers = worker.loaded, {}
    for name, text in queries.items():
        if loaded is None or name in skip:
            continue
        if not worker.alive:
            worker = RdflibWorker(export, limit_s * 5)
        answers[name] = worker.ask(text, limit_s)
    if worker.alive:
        worker.close()
    return loaded, answers


def _time_oxigraph(store: GraphStore, query: str) -> tuple[float, int]:
    seconds, rows = [], 0
    for _ in range(OXIGRAPH_RUNS):
        started = time.perf_counter()
        rows = len(list(store.oxigraph.query(query, use_default_graph_as_union=True)))
        seconds.append(time.perf_counter() - started)
    return statistics.median(seconds), rows
