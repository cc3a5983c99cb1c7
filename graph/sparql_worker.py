"""A SPARQL query worker: a process of its own, so a query can be stopped by killing it.

pyoxigraph cannot interrupt a query once it runs, in any thread; graph/sparql_pool.py keeps a
few of these workers and kills the one whose query outlives the time limit. Run as
`python -m graph.sparql_worker STORE GENERATION`: the worker opens the store read-only (no
lock, so it runs beside a server that writes), reports ready, then answers each request frame
on stdin with one answer frame on stdout. A request carries the store generation: when it
changes (the server has written a document) the store is reopened, so queries see every write.

Frames are a 4-byte big-endian length, a JSON header of that length, then `length` bytes of
body. This module imports only pyoxigraph and the standard library, so a worker starts fast.
"""

from __future__ import annotations

import itertools
import json
import os
import struct
import sys
import threading
import time
from typing import BinaryIO

import pyoxigraph as ox

HEADER_SIZE = struct.Struct(">I")
# Oxigraph parses and plans a query by recursion, so one nested or chained deep enough
# (3,000 nested `{ }`, or `1+1+...` 10,000 terms long: both well inside the 64 KiB a query may
# be) overflowed the main thread's 8 MiB stack and the worker died of SIGSEGV (a 503 for a
# bad query). Every construct we tried at 64 KiB fits in 128 MiB; only the pages a query
# touches are ever mapped.
QUERY_STACK_BYTES = 512 * 1024 * 1024
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
Header = dict[str, object]


def encode_frame(header: Header, body: bytes = b"") -> bytes:
    data = json.dumps({**header, "length": len(body)}).encode("utf-8")
    return HEADER_SIZE.pack(len(data)) + data + body


def _read_exactly(stream: BinaryIO, size: int) -> bytes | None:
    data = stream.read(size)
    return data if data is not None and len(data) == size else None


def read_frame(stream: BinaryIO) -> tuple[Header, bytes] | None:
    """The next frame, or None at the end of the stream."""
    prefix = _read_exactly(stream, HEADER_SIZE.size)
    if prefix is None:
        return None
    header = json.loads(_read_exactly(stream, HEADER_SIZE.unpack(prefix)[0]) or b"{}")
    body = _read_exactly(stream, int(header.get("length", 0))) if header.get("length") else b""
    return header, body or b""


def answer(store: ox.Store, request: Header) -> tuple[Header, bytes]:
    """Run one query; an error header (syntax, evaluation, not_acceptable) when it fails."""
    try:
        result = store.query(str(request["query"]), **_dataset(request))
        return _serialise(result, request)
    except SyntaxError as e:
        return {"status": "error", "error": "syntax", "message": str(e)}, b""
    except (OSError, RuntimeError, ValueError, TypeError) as e:
        return {"status": "error", "error": "evaluation", "message": str(e)}, b""


def _dataset(request: Header) -> dict[str, object]:
    """The protocol's default-graph-uri and named-graph-uri; else the union of every graph."""
    defaults = [ox.NamedNode(g) for g in request.get("default_graphs") or ()]  # type: ignore[union-attr]
    named = [ox.NamedNode(g) for g in request.get("named_graphs") or ()]  # type: ignore[union-attr]
    dataset: dict[str, object] = {"default_graph": defaults} if defaults else {}
    if not defaults:
        dataset["use_default_graph_as_union"] = True
    if named:
        dataset["named_graphs"] = named
    return dataset


def _serialise(result: object, request: Header) -> tuple[Header, bytes]:
    limit = int(request["row_limit"])  # type: ignore[call-overload]
    if isinstance(result, ox.QueryTriples):
        media_type = request.get("graph_type")
        if not media_type:
            return _not_acceptable("graph")
        triples = list(itertools.islice(result, limit + 1))
        body = ox.serialize(
            triples[:limit],
            format=ox.RdfFormat.from_media_type(str(media_type)),
            prefixes=request.get("prefixes") or None,  # type: ignore[arg-type]
        )
        return _ok(str(media_type), len(triples) > limit), body
    media_type = request.get("results_type")
    if not media_type:
        return _not_acceptable("results")
    results_format = ox.QueryResultsFormat.from_media_type(str(media_type))
    if isinstance(result, ox.QueryBoolean):
        return _ok(str(media_type), False), result.serialize(format=results_format)
    body, truncated = _limited_solutions(result, limit)  # type: ignore[arg-type]
    if results_format != ox.QueryResultsFormat.JSON:
        parsed = ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON)
        body = parsed.serialize(format=results_format)  # type: ignore[union-attr]
    return _ok(str(media_type), truncated), body


def _ok(media_type: str, truncated: bool) -> Header:
    return {"status": "ok", "media_type": media_type, "truncated": truncated}


def _not_acceptable(kind: str) -> tuple[Header, bytes]:
    return {"status": "error", "error": "not_acceptable", "message": kind}, b""


def _limited_solutions(solutions: ox.QuerySolutions, limit: int) -> tuple[bytes, bool]:
    """The first `limit` solutions as SPARQL JSON results (Oxigraph serialises only whole
    result sets, so a truncated one is written here and converted to other formats after)."""
    names = [v.value for v in solutions.variables]
    rows = []
    for solution in itertools.islice(solutions, limit + 1):
        row = {n: _term(solution[n]) for n in names if solution[n] is not None}
        rows.append(row)
    document = {"head": {"vars": names}, "results": {"bindings": rows[:limit]}}
    return json.dumps(document, ensure_ascii=False).encode("utf-8"), len(rows) > limit


def _term(term: object) -> dict[str, object]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Triple):
        parts = ("subject", "predicate", "object")
        return {"type": "triple", "value": {p: _term(getattr(term, p)) for p in parts}}
    assert isinstance(term, ox.Literal)
    literal: dict[str, object] = {"type": "literal", "value": term.value}
    if term.language:
        literal["xml:lang"] = term.language
    elif term.datatype.value != _XSD_STRING:
        literal["datatype"] = term.datatype.value
    return literal


def _open(path: str) -> tuple[ox.Store | None, Header]:
    try:
        return ox.Store.read_only(path), {"status": "ready"}
    except (OSError, RuntimeError) as e:
        return None, {"status": "error", "error": "store", "message": str(e)}


def _exit_with(parent: int) -> None:
    """A server killed outright cannot stop its workers, and a worker deep in a query never
    reads the end of its input; so each one leaves when its parent has gone. (pyoxigraph lets
    other threads run while it evaluates.)"""
    while os.getppid() == parent:
        time.sleep(1)
    os._exit(1)


def serve(path: str, generation: int, requests: BinaryIO, answers: BinaryIO) -> None:
    """Answer requests until the input closes, or the parent process goes."""
    threading.Thread(target=_exit_with, args=(os.getppid(),), daemon=True).start()
    store, status = _open(path)
    answers.write(encode_frame(status))
    answers.flush()
    while (frame := read_frame(requests)) is not None:
        request = frame[0]
        if store is None or request.get("generation") != generation:
            store, status = _open(path)
            generation = int(request.get("generation", generation))  # type: ignore[call-overload]
        reply = answer(store, request) if store is not None else (status, b"")
        answers.write(encode_frame(*reply))
        answers.flush()


def main(store: str, generation: int) -> None:
    """`serve` on a thread with a QUERY_STACK_BYTES stack, the process ending with it."""
    threading.stack_size(QUERY_STACK_BYTES)
    worker = threading.Thread(
        target=serve, args=(store, generation, sys.stdin.buffer, sys.stdout.buffer)
    )
    worker.start()
    worker.join()


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
