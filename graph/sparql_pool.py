"""Running public SPARQL queries under a time limit and a row limit, in killable workers.

pyoxigraph evaluates a query without ever checking a clock, and a thread cannot be stopped, so
each query runs in a worker process (graph/sparql_worker.py). The pool keeps `size` of them;
a query waits for a free one, and when its answer has not arrived by the time limit its worker
is killed (SIGKILL: it only reads, so nothing is left half-done) and replaced. A per-row
deadline check in-process would not do: a COUNT or ORDER BY over a cross join spends all its
time before the first row.

Workers open the store read-only. `invalidate()` (called after every write) bumps a generation
number each request carries, and a worker reopens the store when it changes, so a query sees
every document written before it was sent.
"""

from __future__ import annotations

import json
import os
import queue
import selectors
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from councilgraph.errors import InvalidQuery, NotAcceptable, QueryTimeout, StoreError
from graph.sparql_worker import HEADER_SIZE, Header, encode_frame

_STARTUP_S = 30.0  # importing pyoxigraph and opening the store, not counted in the limit
_READ_CHUNK = 1 << 16


@dataclass(frozen=True, slots=True)
class SparqlRequest:
    """A query and the media types the client accepts for each kind of answer."""

    query: str
    results_type: str | None  # for SELECT and ASK: a SPARQL results media type
    graph_type: str | None  # for CONSTRUCT and DESCRIBE: an RDF media type
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()
    prefixes: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class SparqlAnswer:
    media_type: str
    body: bytes
    truncated: bool  # more rows (or triples) than the row limit; the first ones are in body


class _Worker:
    def __init__(self, store: Path, generation: int) -> None:
        command = [sys.executable, "-m", "graph.sparql_worker", str(store), str(generation)]
        self.process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        self.ready = False

    def ask(self, request: Header, time_limit: float) -> tuple[Header, bytes]:
        """Send one request and wait for its answer; QueryTimeout past `time_limit`."""
        if not self.ready:
            self._read_frame(time.monotonic() + _STARTUP_S, "start")
            self.ready = True
        assert self.process.stdin is not None
        try:
            self.process.stdin.write(encode_frame(request))
            self.process.stdin.flush()
        except OSError as e:
            raise StoreError(f"the SPARQL worker stopped unexpectedly: {e}") from e
        return self._read_frame(time.monotonic() + time_limit, "answer")

    def _read_frame(self, deadline: float, stage: str) -> tuple[Header, bytes]:
        prefix = self._read(HEADER_SIZE.size, deadline, stage)
        header = json.loads(self._read(HEADER_SIZE.unpack(prefix)[0], deadline, stage))
        return header, self._read(int(header.get("length", 0)), deadline, stage)

    def _read(self, size: int, deadline: float, stage: str) -> bytes:
        assert self.process.stdout is not None
        fd = self.process.stdout.fileno()
        chunks: list[bytes] = []
        with selectors.DefaultSelector() as selector:
            selector.register(fd, selectors.EVENT_READ)
            while size > 0:
                remaining = deadline - time.monotonic()
                if remaining <= 0 or not selector.select(remaining):
                    raise QueryTimeout(stage)
                chunk = os.read(fd, min(size, _READ_CHUNK))
                if not chunk:
                    raise StoreError("the SPARQL worker stopped unexpectedly")
                chunks.append(chunk)
                size -= len(chunk)
        return b"".join(chunks)

    def stop(self) -> None:
        self.process.kill()
        self.process.wait()
        for stream in (self.process.stdin, self.process.stdout):
            if stream is not None:
                stream.close()


class SparqlPool:
    """`size` workers over the store at `store`; `run` answers one query."""

    def __init__(self, store: Path, *, size: int, time_limit_s: float, row_limit: int) -> None:
        self.store = store
        self.time_limit_s = time_limit_s
        self.row_limit = row_limit
        self._generation = 0
        self._closed = False
        self._lock = threading.Lock()
        self._idle: queue.LifoQueue[_Worker | None] = queue.LifoQueue()
        for _ in range(size):
            self._idle.put(None)  # a free slot; its worker starts on first use

    def invalidate(self) -> None:
        """The store has changed: workers reopen it before their next query."""
        with self._lock:
            self._generation += 1

    def run(self, request: SparqlRequest) -> SparqlAnswer:
        """The answer, or QueryTimeout, InvalidQuery (the parser's message), NotAcceptable."""
        if self._closed:
            raise StoreError("the SPARQL workers have been stopped (the server is shutting down)")
        try:
            worker = self._idle.get(timeout=self.time_limit_s)
        except queue.Empty as e:
            raise QueryTimeout(
                f"every SPARQL worker stayed busy for the whole time limit of "
                f"{self.time_limit_s:g} s; try again later"
            ) from e
        try:
            worker = worker or _Worker(self.store, self._generation)
            header, body = worker.ask(self._payload(request), self.time_limit_s)
        except (QueryTimeout, StoreError) as e:
            worker.stop()  # a killed worker is replaced by a fresh one on the next query
            worker = None
            raise self._explain(e) from e
        finally:
            self._idle.put(worker)
        return _answer(header, body)

    def _payload(self, request: SparqlRequest) -> Header:
        return {
            "query": request.query,
            "results_type": request.results_type,
            "graph_type": request.graph_type,
            "default_graphs": list(request.default_graphs),
            "named_graphs": list(request.named_graphs),
            "prefixes": request.prefixes,
            "row_limit": self.row_limit,
            "generation": self._generation,
        }

    def _explain(self, error: Exception) -> Exception:
        if isinstance(error, QueryTimeout) and str(error) == "answer":
            return QueryTimeout(
                f"the query ran past the time limit of {self.time_limit_s:g} s "
                "(COUNCILGRAPH_SPARQL_TIMEOUT_S) and was stopped"
            )
        if isinstance(error, QueryTimeout):
            return StoreError(f"a SPARQL worker did not start within {_STARTUP_S:g} s")
        return error

    def close(self) -> None:
        """Stop every worker; queries after this fail at once with StoreError."""
        self._closed = True
        while True:
            try:
                worker = self._idle.get_nowait()
            except queue.Empty:
                return
            if worker is not None:
                worker.stop()


def _answer(header: Header, body: bytes) -> SparqlAnswer:
    if header.get("status") == "ok":
        return SparqlAnswer(str(header["media_type"]), body, bool(header["truncated"]))
    kind, message = header.get("error"), str(header.get("message"))
    if kind == "not_acceptable":
        offered = "RDF" if message == "graph" else "SPARQL results"
        raise NotAcceptable(f"this query answers with {offered}, and Accept allows none of them")
    if kind == "store":
        raise StoreError(f"the SPARQL worker cannot open the graph store: {message}")
    raise InvalidQuery(message)
