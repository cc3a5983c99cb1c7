"""Preparing documents for the store on several processes.

Each worker reads a document, extracts its facts and writes its graph out as N-Triples
(`graph.build.document_triples`); the caller, the store's one writer, loads them in the order
given. Reading, extracting and writing out are about two thirds of a build's work, so a second
process pays on a two-core machine (docs/benchmarks.md has the speed-up).
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterator, Sequence
from pathlib import Path

from councilgraph.errors import DocumentError
from graph.build import DocumentTriples, document_triples
from loaders.pipeline import extract_path
from loaders.register_reader import Register

Prepared = tuple[Path, DocumentTriples | DocumentError]
CHUNK = 8  # documents per task: enough to amortise the pipe, few enough to keep workers even

_WORKER: dict[str, Register] = {}


def prepare(path: Path, register: Register) -> Prepared:
    """The path with its document's graph, or with the DocumentError that stopped it."""
    try:
        return path, document_triples(extract_path(path, register), register)
    except DocumentError as e:
        return path, e


def prepared_documents(
    paths: Sequence[Path], register: Register, jobs: int = 1
) -> Iterator[Prepared]:
    """`prepare` for each path, in order, on `jobs` processes. Workers are forked, so they
    share the register as it is rather than receiving a pickled copy; the first document is
    read here first, so they also inherit the indexes and patterns it warmed (half a second
    each would otherwise spend building its own)."""
    if jobs <= 1 or len(paths) <= CHUNK:
        yield from (prepare(path, register) for path in paths)
        return
    yield prepare(paths[0], register)
    context = multiprocessing.get_context("fork")
    with context.Pool(jobs, _start_worker, (register,)) as pool:
        yield from pool.imap(_prepare_in_worker, paths[1:], chunksize=CHUNK)


def _start_worker(register: Register) -> None:
    _WORKER["register"] = register


def _prepare_in_worker(path: Path) -> Prepared:
    return prepare(path, _WORKER["register"])
