"""Extraction throughput against its floor, on one core.

The floor is what any extractor must pay: reading each document (decoding, cleaning) and
splitting it into sentences. Extraction is reading plus `loaders.pipeline.extract_document`.
Both run over the corpus documents (../shared/corpus/seeds and dev, read at run time)
repeated to at least --mb megabytes, and are timed in CPU seconds of this process, pinned to
one core, so other work on the machine does not skew the numbers.

    python bench/extract.py [--mb 20] [--corpus DIR ...] [--max-ratio 5]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from councilgraph.settings import SHARED, get_settings
from loaders.readers import read_bytes
from loaders.register_reader import Register, load_register
from loaders.sentences import split_sentences

Corpus = list[tuple[str, bytes]]
DEFAULT_CORPUS = [SHARED / "corpus" / "seeds", SHARED / "corpus" / "dev"]


def load_corpus(folders: list[Path]) -> Corpus:
    files = sorted(path for folder in folders for path in folder.glob("*.txt"))
    if not files:
        raise SystemExit(f"no .txt documents in {', '.join(map(str, folders))}")
    return [(path.name, path.read_bytes()) for path in files]


def repeat(corpus: Corpus, megabytes: float) -> Corpus:
    """The corpus repeated to at least `megabytes`. Each copy gets a distinct last line so no
    cache keyed on the text or the document id can skip work."""
    target = megabytes * 1_000_000
    copies: Corpus = []
    size = 0
    while size < target:
        for name, data in corpus:
            copy = data + f"\n\nCopy {len(copies)}.\n".encode()
            copies.append((name, copy))
            size += len(copy)
    return copies


def floor(name: str, data: bytes) -> None:
    split_sentences(read_bytes(data, name).text)


def extraction(register: Register) -> Callable[[str, bytes], None]:
    try:
        from loaders.pipeline import extract_document
    except ImportError as e:
        raise SystemExit(f"extraction not measured: loaders.pipeline.extract_document ({e})") from e

    def run(name: str, data: bytes) -> None:
        extract_document(read_bytes(data, name), register)

    return run


def throughput(step: Callable[[str, bytes], None], documents: Corpus) -> float:
    """MB of document text per CPU second."""
    started = time.process_time()
    for name, data in documents:
        step(name, data)
    seconds = time.process_time() - started
    return sum(len(data) for _, data in documents) / 1_000_000 / seconds


def pin_to_one_core() -> int:
    core = min(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {core})
    return core


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, default=20.0, help="megabytes of text per run")
    parser.add_argument("--corpus", type=Path, nargs="+", default=DEFAULT_CORPUS)
    parser.add_argument("--max-ratio", type=float, help="exit 1 when extraction is slower")
    args = parser.parse_args()

    core = pin_to_one_core()
    corpus = load_corpus(args.corpus)
    documents = repeat(corpus, args.mb)
    size = sum(len(data) for _, data in documents) / 1_000_000
    copies = len(documents)
    print(f"corpus: {len(corpus)} documents, {copies} copies, {size:.1f} MB; on core {core}")

    for name, data in corpus:  # warm up: imports, compiled patterns
        floor(name, data)
    floor_rate = throughput(floor, documents)
    print(f"floor (read + split into sentences): {floor_rate:8.2f} MB/s")

    extract = extraction(load_register(get_settings().register_dir()))
    for name, data in corpus:  # warm up: the register's indexes
        extract(name, data)
    extract_rate = throughput(extract, documents)
    ratio = floor_rate / extract_rate
    print(f"extraction (read + extract_document): {extract_rate:7.2f} MB/s")
    print(f"ratio floor / extraction: {ratio:.2f}x (target: within 5x)")
    return 1 if args.max_ratio is not None and ratio > args.max_ratio else 0


if __name__ == "__main__":
    sys.exit(main())
