"""Running one benchmark step as a child process and reading what it cost.

A step runs in a process of its own so its peak memory is its own: `wait4` returns the
child's resource use, whose ru_maxrss is the largest resident set of the child or of any
process it waited for (a pool's workers), in kilobytes on Linux. Linux carries the forking
process's high-water mark across fork and exec, so a step forked straight from a large process
(a long pytest run, the benchmark driver) would report that process's peak; the step is
therefore started by a small launcher, whose own peak is what the step inherits.
"""

from __future__ import annotations

import math
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from councilgraph.settings import REPO_ROOT

# Runs argv[2:], then writes its ru_maxrss (KiB) and CPU seconds to the file argv[1].
_LAUNCHER = """
import os, subprocess, sys
child = subprocess.Popen(sys.argv[2:])
_, status, usage = os.wait4(child.pid, 0)
with open(sys.argv[1], "w") as out:
    out.write(f"{usage.ru_maxrss} {usage.ru_utime + usage.ru_stime}")
code = os.waitstatus_to_exitcode(status)
sys.exit(code if code >= 0 else 128 - code)
"""


class StepFailed(RuntimeError):
    """A benchmark step exited with an error."""


@dataclass(frozen=True, slots=True)
class Run:
    stdout: str
    wall_s: float
    cpu_s: float  # user + system, the step and the processes it waited for
    peak_rss_mb: float  # the largest single process


def run_step(argv: Sequence[str], env: dict[str, str] | None = None, cwd: Path = REPO_ROOT) -> Run:
    """Run `argv` to the end; StepFailed (with its stderr's tail) when it fails."""
    started = time.perf_counter()
    # output goes to files, not pipes: nothing is read until the child ends, so a pipe could
    # fill and block it
    with (
        tempfile.TemporaryFile("w+") as out,
        tempfile.TemporaryFile("w+") as err,
        tempfile.NamedTemporaryFile("r") as usage,
    ):
        code = subprocess.call(
            [sys.executable, "-c", _LAUNCHER, usage.name, *argv],
            cwd=cwd,
            env={**os.environ, **(env or {})},
            stdout=out,
            stderr=err,
        )
        wall = time.perf_counter() - started
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
        measured = usage.read().split()  # empty when the launcher could not start the step
    if code != 0 or len(measured) != 2:
        tail = "\n".join(stderr.strip().splitlines()[-15:])
        raise StepFailed(f"{' '.join(argv)} exited with {code}:\n{tail}")
    return Run(stdout, wall, float(measured[1]), int(measured[0]) / 1024)


def percentile(values: Sequence[float], share: float) -> float:
    """The nearest-rank percentile (share 0.5 is the median, 0.99 the 99th)."""
    if not values:
        raise ValueError("no values")
    ordered = sorted(values)
    rank = max(1, math.ceil(share * len(ordered)))
    return ordered[rank - 1]


def growth_exponent(sizes: Sequence[float], seconds: Sequence[float]) -> float:
    """b in seconds ~ a * size**b: the least-squares slope of log(seconds) on log(size)."""
    if len(sizes) < 2 or len(sizes) != len(seconds):
        raise ValueError("need two or more (size, seconds) pairs")
    xs = [math.log(s) for s in sizes]
    ys = [math.log(t) for t in seconds]
    mean_x, mean_y = sum(xs) / len(xs), sum(ys) / len(ys)
    spread = sum((x - mean_x) ** 2 for x in xs)
    if spread == 0:
        raise ValueError("sizes must differ")
    return sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True)) / spread
