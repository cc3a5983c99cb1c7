"""Sending hostile requests to a real server and counting what comes back.

An attempt is an httpx request, or a whole request in bytes sent on a socket as it is (what a
client library would refuse to send or would tidy: NUL or CRLF in the target, raw `..`
segments, megabytes of header). Every wait is bounded by BOUND_S: no answer by then is a hang.
A redirect on the same host is followed once, and its answer counted. The one 5xx allowed is
the 504 problem of a SPARQL query stopped at the time limit, counted apart as time-limited.
"""

from __future__ import annotations

import json
import socket
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import httpx

from councilgraph.errors import DocumentError
from loaders.readers import read_bytes

BOUND_S = 10.0
# what an answer would hold had it read a file: /etc/passwd, our own source, win.ini
LEAK_MARKS = (b"root:x:0:0", b"from __future__", b"[project]", b"[fonts]")
INJECTED_HEADER = "x-injected"  # the header CRLF payloads try to add to an answer


@dataclass(frozen=True)
class Attempt:
    category: str
    label: str
    expect: frozenset[int]  # statuses that are right for it
    method: str = "GET"
    path: str = "/"
    options: dict[str, Any] = field(default_factory=dict)  # httpx request arguments
    raw: bytes | None = None  # or the whole request, sent as is


def raw_request(method: str, target: bytes, headers: bytes = b"", body: bytes = b"") -> bytes:
    length = b"Content-Length: %d\r\n" % len(body) if body else b""
    head = b"Host: 127.0.0.1\r\nConnection: close\r\n" + length + headers
    return method.encode() + b" " + target + b" HTTP/1.1\r\n" + head + b"\r\n" + body


@dataclass(frozen=True)
class Outcome:
    status: int | None  # None when nothing came back
    failure: str = ""  # then "hang" (nothing within BOUND_S) or "closed" (dropped unanswered)
    body: bytes = b""
    headers: frozenset[str] = frozenset()  # names, lower-cased
    location: str = ""

    @property
    def seen(self) -> str:
        return str(self.status) if self.status is not None else self.failure

    @property
    def time_limited(self) -> bool:
        if self.status != 504:
            return False
        try:
            return str(json.loads(self.body).get("type", "")).endswith("/query-timeout")
        except (ValueError, AttributeError):
            return False


def send(client: httpx.Client, base: str, attempt: Attempt) -> Outcome:
    """The server's answer to `attempt`; a redirect on this host is followed once."""
    if attempt.raw is None:
        outcome = _request(client, attempt.method, base + attempt.path, attempt.options)
    else:
        outcome = _send_raw(base, attempt.raw)
    moved = urlsplit(outcome.location)
    if outcome.status in (301, 302, 303, 307, 308) and moved.hostname in (None, "127.0.0.1"):
        # sent raw as well: httpx would resolve a `..` the server handed back
        target = moved.path + (f"?{moved.query}" if moved.query else "")
        return _send_raw(base, raw_request("GET", target.encode("latin-1")))
    return outcome


def _request(client: httpx.Client, method: str, url: str, options: dict[str, Any]) -> Outcome:
    try:
        response = client.request(method, url, timeout=BOUND_S, **options)
    except httpx.TimeoutException:
        return Outcome(None, "hang")
    except httpx.TransportError:
        return Outcome(None, "closed")
    names = frozenset(name.lower() for name in response.headers)
    location = response.headers.get("location", "")
    return Outcome(response.status_code, "", response.content, names, location)


def _send_raw(base: str, request: bytes) -> Outcome:
    address = urlsplit(base)
    with socket.create_connection((address.hostname, address.port), timeout=BOUND_S) as sock:
        # sent from a thread while the answer is read: a server refusing a huge request
        # answers and closes before taking it all, and that answer must still be read
        threading.Thread(target=_send_all, args=(sock, request), daemon=True).start()
        try:
            data = _read_to_end(sock)
        except TimeoutError:
            return Outcome(None, "hang")
    if not data:
        return Outcome(None, "closed")
    head, _, body = data.partition(b"\r\n\r\n")
    status_line, *lines = head.decode("latin-1").split("\r\n")
    fields = dict(line.split(":", 1) for line in lines if ":" in line)
    headers = {name.strip().lower(): value.strip() for name, value in fields.items()}
    status = int(status_line.split()[1])
    return Outcome(status, "", body, frozenset(headers), headers.get("location", ""))


def _send_all(sock: socket.socket, request: bytes) -> None:
    try:
        sock.sendall(request)
    except OSError:
        pass  # the server refused the rest; its answer is what counts


def _read_to_end(sock: socket.socket) -> bytes:
    chunks = []
    try:
        while chunk := sock.recv(65536):
            chunks.append(chunk)
    except ConnectionResetError:
        pass  # a reset after the answer, for the bytes the server never read
    return b"".join(chunks)


@dataclass
class Tally:
    """One category's answers, and each wrong one named."""

    tried: int = 0
    seconds: float = 0.0
    seen: Counter[str] = field(default_factory=Counter)
    time_limited: int = 0
    wrong: dict[str, list[str]] = field(default_factory=dict)  # kind -> attempt labels

    def add(self, attempt: Attempt, outcome: Outcome) -> None:
        self.tried += 1
        self.seen[outcome.seen] += 1
        self.time_limited += outcome.time_limited
        checks = {
            "5xx": outcome.status is not None and outcome.status >= 500,
            "hangs": outcome.failure == "hang",
            "unexpected": outcome.status not in attempt.expect,
            "leaks": any(mark in outcome.body for mark in LEAK_MARKS),
            "injected headers": INJECTED_HEADER in outcome.headers,
        }
        checks["5xx"] &= not outcome.time_limited
        for kind, failed in checks.items():
            if failed:
                self.wrong.setdefault(kind, []).append(f"{attempt.label} -> {outcome.seen}")

    def summary(self, category: str) -> dict[str, object]:
        tried = {"category": category, "tried": self.tried, "seconds": round(self.seconds, 1)}
        statuses = {"statuses": dict(sorted(self.seen.items()))}
        counts = {kind: len(self.wrong.get(kind, [])) for kind in KINDS}
        return tried | statuses | counts | {"time-limited 504": self.time_limited}


KINDS = ("5xx", "hangs", "unexpected", "leaks", "injected headers")


def probe(base: str, attempts: list[Attempt]) -> dict[str, Tally]:
    """Each attempt sent in turn, its answer counted under its category."""
    tallies: dict[str, Tally] = {}
    with httpx.Client() as client:
        for attempt in attempts:
            started = time.monotonic()
            outcome = send(client, base, attempt)
            tally = tallies.setdefault(attempt.category, Tally())
            tally.add(attempt, outcome)
            tally.seconds += time.monotonic() - started
    return tallies


def failures(tallies: dict[str, Tally]) -> dict[str, list[str]]:
    """Every wrong answer, by category and kind: empty when all were right."""
    return {
        f"{category} {kind}": labels
        for category, tally in tallies.items()
        for kind, labels in tally.wrong.items()
    }


def read_outcome(name: str, data: bytes, media_type: str, limit: int) -> str:
    """What the library's reader makes of a file: 'read', the DocumentError subclass it
    raised, 'other <Exception>' for any other error, or 'hang' past BOUND_S."""
    found: list[str] = []

    def read() -> None:
        try:
            read_bytes(data, name, media_type=media_type, max_bytes=limit)
            found.append("read")
        except DocumentError as e:
            found.append(type(e).__name__)
        except Exception as e:  # noqa: BLE001 - any other error is what this looks for
            found.append(f"other {type(e).__name__}")

    reader = threading.Thread(target=read, daemon=True)  # a hung reader is left behind
    reader.start()
    reader.join(BOUND_S)
    return found[0] if found else "hang"
