"""`councilgraph serve` as a real process on a free loopback port, configured by environment
variables as a deployment would be; for tests that need real HTTP and a real uvicorn."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

import httpx

CLI = Path(sys.executable).parent / "councilgraph"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def serving(store: Path, **settings: str) -> Iterator[str]:
    """The server's base URL; `settings` become COUNCILGRAPH_<NAME> variables. Its log goes
    to a file (a pipe nobody reads would fill and stall the server)."""
    port = free_port()
    env = {**os.environ, **{f"COUNCILGRAPH_{k.upper()}": v for k, v in settings.items()}}
    command = [str(CLI), "serve", "--port", str(port), "--store", str(store)]
    with tempfile.TemporaryFile() as log:
        process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=log)
        base = f"http://127.0.0.1:{port}"
        try:
            _wait_until_up(base, process, log)
            yield base
        finally:
            process.terminate()
            process.wait(15)


def _wait_until_up(base: str, process: subprocess.Popen[bytes], log: IO[bytes]) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            log.seek(0)
            raise AssertionError(f"serve exited: {log.read().decode()}")
        try:
            httpx.get(f"{base}/healthz", timeout=1)
            return
        except httpx.TransportError:
            time.sleep(0.2)
    raise AssertionError("serve did not answer within 30 s")
