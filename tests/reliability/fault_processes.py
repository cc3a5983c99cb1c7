"""Real councilgraph processes for the fault tests: started, killed with SIGKILL at a chosen
moment, and started again on the same store and port."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

import httpx
from served import CLI, free_port


def environment(**settings: str) -> dict[str, str]:
    """This process's environment with `settings` as COUNCILGRAPH_<NAME> variables."""
    return {**os.environ, **{f"COUNCILGRAPH_{k.upper()}": v for k, v in settings.items()}}


def run_cli(*args: str, timeout_s: float = 300, **settings: str) -> subprocess.CompletedProcess:
    """`councilgraph ARGS` run to its end, its output captured."""
    command = [str(CLI), *args]
    return subprocess.run(
        command, env=environment(**settings), capture_output=True, text=True, timeout=timeout_s
    )


def start_cli(
    *args: str, log: Path, progress: bool = False, **settings: str
) -> subprocess.Popen[bytes]:
    """`councilgraph ARGS` in the background; its output goes to `log` (a pipe nobody reads
    would fill and stall it). With `progress`, its progress bars are drawn there as on a
    terminal, so `progress_count` can follow them."""
    env = environment(**settings)
    if progress:
        env |= {"TTY_INTERACTIVE": "1", "TTY_COMPATIBLE": "1", "COLUMNS": "120"}
    with log.open("ab") as sink:
        return subprocess.Popen([str(CLI), *args], env=env, stdout=sink, stderr=subprocess.STDOUT)


_ESCAPES = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def progress_count(log: Path, task: str) -> int:
    """How many of its items the progress bar `task` last showed as done in `log`; -1 when it
    has not been drawn yet. Reads only the end of the file: it is polled every few ms."""
    with log.open("rb") as handle:
        handle.seek(max(0, log.stat().st_size - 8192))
        tail = _ESCAPES.sub("", handle.read().decode("utf-8", errors="replace"))
    shown = re.findall(rf"{re.escape(task)}\s.*?(\d+)/\d+", tail)
    return int(shown[-1]) if shown else -1


def sigkill(process: subprocess.Popen[bytes]) -> None:
    """Kill at once: no handler runs, no buffer is flushed, no lock is released but by the OS."""
    if process.poll() is None:
        process.send_signal(signal.SIGKILL)
    process.wait(30)


def kill_when(
    process: subprocess.Popen[bytes],
    ready: Callable[[], bool],
    timeout_s: float = 300,
    poll_s: float = 0.05,
) -> bool:
    """SIGKILL `process` as soon as `ready()` holds. False when the process ended first."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if process.poll() is not None:
            return False
        if ready():
            sigkill(process)
            return True
        time.sleep(poll_s)
    sigkill(process)
    raise AssertionError(f"the kill point was not reached within {timeout_s:.0f} s")


class ApiServer:
    """`councilgraph serve` on one port for its whole life, however often it is killed."""

    def __init__(self, store: Path, log: Path, **settings: str) -> None:
        self.store = store
        self.log = log
        self.settings = settings
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen[bytes] | None = None

    def start(self, timeout_s: float = 60) -> str:
        args = ("serve", "--port", str(self.port), "--store", str(self.store))
        self.process = start_cli(*args, log=self.log, **self.settings)
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise AssertionError(f"serve exited: {self.log.read_text()[-3000:]}")
            try:
                httpx.get(f"{self.base}/healthz", timeout=1)
                return self.base
            except httpx.TransportError:
                time.sleep(0.1)
        raise AssertionError(f"serve did not answer within {timeout_s:.0f} s")

    def kill(self) -> None:
        if self.process is not None:
            sigkill(self.process)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(30)
