"""`councilgraph serve` as a real server process, answered over real HTTP."""

import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlencode

import httpx
import pytest

CLI = Path(sys.executable).parent / "councilgraph"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def server(built_store: Path) -> Iterator[str]:
    port = _free_port()
    process = subprocess.Popen(
        [str(CLI), "serve", "--port", str(port), "--store", str(built_store)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(base, process)
        yield base
    finally:
        process.terminate()
        process.wait(10)


def _wait_until_up(base: str, process: subprocess.Popen) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"serve exited: {process.stderr.read().decode()}")  # type: ignore[union-attr]
        try:
            httpx.get(f"{base}/healthz", timeout=1)
            return
        except httpx.TransportError:
            time.sleep(0.2)
    raise AssertionError("serve did not answer within 30 s")


def test_the_served_api_counts_counties_and_combined_authorities(server: str) -> None:
    counties = httpx.get(f"{server}/v1/councils", params={"type": "county", "as_of": "2025-06-01"})
    assert counties.json()["count"] == 21
    authorities = httpx.get(
        f"{server}/v1/councils", params={"type": "combined_authority", "as_of": "2025-06-01"}
    )
    assert authorities.json()["count"] == 14


def test_the_served_api_returns_problem_json(server: str) -> None:
    response = httpx.get(f"{server}/v1/councils/XYZ")
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/problem+json"


def test_a_long_get_query_is_answered_however_its_bytes_arrive(server: str) -> None:
    """A 48 kB SPARQL query in the URL, sent 1 kB at a time: h11's default 16 KiB limit on a
    request head arriving in pieces refused it with 400."""
    query = "SELECT * WHERE { ?s ?p ?o } LIMIT 1 #" + "x" * 48_000
    target = f"/v1/sparql?{urlencode({'query': query})}"
    request = f"GET {target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".encode()
    port = int(server.rsplit(":", 1)[1])
    with socket.create_connection(("127.0.0.1", port), timeout=30) as sock:
        for start in range(0, len(request), 1024):
            sock.sendall(request[start : start + 1024])
            time.sleep(0.001)
        status_line = sock.makefile("rb").readline()
    assert status_line.split()[1] == b"200", status_line


def test_serve_without_a_store_fails_clearly(tmp_path: Path) -> None:
    result = subprocess.run(
        [str(CLI), "serve", "--store", str(tmp_path / "missing")],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.returncode == 2
    assert "no graph store" in result.stderr and "councilgraph build" in result.stderr
    assert "Traceback" not in result.stderr
