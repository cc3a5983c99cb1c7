"""`councilgraph serve` in a child process on a loopback port, as a user runs it (one uvicorn
worker, access log on), for the latency benchmark to call over real HTTP."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

from graph.neo4j_server import free_port

CLI = Path(sys.executable).with_name("councilgraph")


class ServerFailed(RuntimeError):
    """The API server exited or never answered."""


@contextmanager
def served(store: Path, backend: str, neo4j_uri: str | None = None) -> Iterator[str]:
    """The base URL of a server over `store` (and Neo4j at `neo4j_uri` for that backend),
    answering /healthz; stopped on exit."""
    port = free_port()
    env = dict(os.environ)
    if neo4j_uri:
        env["COUNCILGRAPH_NEO4J_URI"] = neo4j_uri
    argv = [str(CLI), "serve", "--store", str(store), "--port", str(port)]
    with tempfile.TemporaryFile("w+") as log:
        process = subprocess.Popen(
            [*argv, "--backend", backend], env=env, stdout=subprocess.DEVNULL, stderr=log
        )
        try:
            url = f"http://127.0.0.1:{port}"
            _wait_ready(url, process, log)
            yield url
        finally:
            process.terminate()
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def _wait_ready(url: str, process: subprocess.Popen, log, timeout_s: float = 120.0) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if process.poll() is not None:
            log.seek(0)
            raise ServerFailed(f"the server exited with {process.returncode}:\n{log.read()}")
        try:
            if httpx.get(f"{url}/healthz", timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    raise ServerFailed(f"no answer from {url}/healthz within {timeout_s:.0f} s")
