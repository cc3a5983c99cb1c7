"""The build of the embedded store at scale: `councilgraph build` as a user runs it (ontology,
register, then every document of a folder), in a child process, into a fresh store."""

from __future__ import annotations

import re
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

from bench.measure import run_step

CLI = Path(sys.executable).with_name("councilgraph")
# built STORE: 470 councils, 1000 documents (0 skipped), 215350 triples in 23.2 s
BUILT = re.compile(r"(\d+) documents \((\d+) skipped\), (\d+) triples in ([\d.]+) s")


@dataclass(frozen=True, slots=True)
class BuildRun:
    documents: int
    skipped: int
    jobs: int
    seconds: float  # as the command reports it: register and documents, not Python's start-up
    wall_s: float
    cpu_s: float
    triples: int
    store_mb: float
    peak_rss_mb: float

    @property
    def docs_per_s(self) -> float:
        return self.documents / self.seconds


def measure_build(documents: Path, store: Path, jobs: int) -> BuildRun:
    """Build `documents` into a new store at `store` (replacing any) on `jobs` processes."""
    shutil.rmtree(store, ignore_errors=True)
    argv = [str(CLI), "build", "--store", str(store), "--documents", str(documents)]
    run = run_step([*argv, "--jobs", str(jobs)])
    found = BUILT.search(run.stdout)
    if found is None:
        raise ValueError(f"build printed no summary: {run.stdout!r}")
    docs, skipped, triples, seconds = found.groups()
    return BuildRun(
        documents=int(docs),
        skipped=int(skipped),
        jobs=jobs,
        seconds=float(seconds),
        wall_s=run.wall_s,
        cpu_s=run.cpu_s,
        triples=int(triples),
        store_mb=sum(f.stat().st_size for f in store.rglob("*") if f.is_file()) / 1e6,
        peak_rss_mb=run.peak_rss_mb,
    )
