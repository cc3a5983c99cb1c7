"""Extraction at scale: every document of a folder read, extracted and written out in the gold
format (what `councilgraph extract` does), on one or more processes, then scored.

Run by bench/scale.py as a child process, so its peak memory is its own:

    python -m bench.extract_scale FOLDER --out DIR [--jobs 2]

prints one JSON line: documents, bytes, seconds (the extraction loop alone, after the register
is loaded and the workers started).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import re
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from bench.measure import run_step
from councilgraph.errors import DocumentError
from councilgraph.settings import SHARED, get_settings
from loaders.gold_format import to_gold
from loaders.pipeline import extract_path, iter_document_paths
from loaders.register_reader import Register, load_register

SCORER = SHARED / "corpus" / "score.py"
CHUNK = 16
_WORKER: dict[str, object] = {}


@dataclass(frozen=True, slots=True)
class ExtractionRun:
    documents: int
    megabytes: float
    jobs: int
    seconds: float
    peak_rss_mb: float
    f1: dict[str, float]  # per score.py category, and "overall"

    @property
    def docs_per_s(self) -> float:
        return self.documents / self.seconds

    @property
    def mb_per_s(self) -> float:
        return self.megabytes / self.seconds


def measure_extraction(folder: Path, out: Path, jobs: int) -> ExtractionRun:
    """Extract `folder` into `out` on `jobs` processes (a child process) and score `out`."""
    argv = [sys.executable, "-m", "bench.extract_scale", str(folder), "--out", str(out)]
    run = run_step([*argv, "--jobs", str(jobs)])
    found = json.loads(run.stdout.strip().splitlines()[-1])
    return ExtractionRun(
        documents=found["documents"],
        megabytes=found["bytes"] / 1e6,
        jobs=jobs,
        seconds=found["seconds"],
        peak_rss_mb=run.peak_rss_mb,
        f1=score(folder, out),
    )


def score(gold: Path, predicted: Path) -> dict[str, float]:
    """F1 per category and overall, as ../shared/corpus/score.py prints them."""
    printed = subprocess.run(
        [sys.executable, str(SCORER), str(gold), str(predicted)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    found = {m[0]: float(m[1]) for m in re.findall(r"^(\w+)\s+P .* F1 ([\d.]+)", printed, re.M)}
    found["overall"] = float(re.search(r"overall F1 ([\d.]+)", printed)[1])  # type: ignore[index]
    return found


def extract_folder(folder: Path, out: Path, register: Register, jobs: int) -> tuple[int, int]:
    """(documents, bytes) extracted from `folder` into `out`, on `jobs` processes."""
    paths = list(iter_document_paths([folder]))
    out.mkdir(parents=True, exist_ok=True)
    _start_worker(register, out)
    # the first document here: workers forked after it inherit what it warmed (the register's
    # indexes, compiled patterns) instead of each paying half a second for its own
    size = _extract_one(paths[0]) if paths else 0
    if jobs <= 1:
        return len(paths), size + sum(map(_extract_one, paths[1:]))
    with multiprocessing.get_context("fork").Pool(jobs, _start_worker, (register, out)) as pool:
        rest = pool.imap_unordered(_extract_one, paths[1:], chunksize=CHUNK)
        return len(paths), size + sum(rest)


def _start_worker(register: Register, out: Path) -> None:
    _WORKER.update(register=register, out=out)


def _extract_one(path: Path) -> int:
    """The document's size in bytes, after writing what was found in it (nothing for a
    document that cannot be read: score.py counts it as found empty)."""
    register: Register = _WORKER["register"]  # type: ignore[assignment]
    out: Path = _WORKER["out"]  # type: ignore[assignment]
    try:
        gold = to_gold(extract_path(path, register), register)
    except DocumentError:
        return path.stat().st_size
    (out / f"{path.stem}.json").write_text(json.dumps(gold, ensure_ascii=False))
    return path.stat().st_size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--jobs", type=int, default=1)
    args = parser.parse_args()
    register = load_register(get_settings().register_dir())
    started = time.perf_counter()
    documents, size = extract_folder(args.folder, args.out, register, args.jobs)
    seconds = time.perf_counter() - started
    print(json.dumps({"documents": documents, "bytes": size, "seconds": seconds}))


if __name__ == "__main__":
    main()
