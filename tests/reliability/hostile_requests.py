"""Hostile requests besides documents and SPARQL: injection payloads in every query parameter
of the lists and lookups, path traversal in ids and the explorer's paths, oversized requests,
and API keys missing, wrong or sent the wrong way. Each attempt carries the statuses that are
right for it."""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator

from bad_input_probe import Attempt, raw_request

BAD_REQUEST, REFUSED, TOO_LARGE = frozenset({400}), frozenset({422}), frozenset({413})
ANSWERED = frozenset({200, 404, 422})  # a harmless value answers, a bad one is named
UNKNOWN = frozenset({400, 404, 422})  # no such thing, or not an id at all
UNAUTHORIZED = frozenset({401})
DOCUMENTS = "/v1/documents"
INJECTIONS = (
    "' OR '1'='1",
    '" } ; DROP ALL ; SELECT * WHERE { "',
    "> } INSERT DATA { <urn:x> <urn:y> <urn:z> } #",
    '") } UNION { ?s ?p ?o } FILTER("',
    "' }) DETACH DELETE n //",
    "x' RETURN 1 UNION MATCH (n) DETACH DELETE n //",
    "`) MATCH (n) SET n.hacked = true //",
    "$limit",
    "{{7*7}}",
    "<script>alert(1)</script>",
    "../../../../etc/passwd",
    "NTH\x00",
    "\r\nX-Injected: 1",
    "e\u0301\U0001f600\u202e\ufeff",
    "a" * 5000,
    "%",
    "\\",
    "(a+)+$",
)
NUMBERS = ("-1", "0", "1e3", "1.5", "0x10", "NaN", "Infinity", "99999999999999999999", "abc")
DAYS = ("2024-02-30", "0000-01-01", "9999-12-31", "2021-1-1", "2021-01-01T00:00", "1700000000")
_TEXT, _NUMBER, _DAY = "text", "number", "day"
PARAMETERS: dict[str, dict[str, str]] = {
    "/v1/councils": {"q": _TEXT, "type": _TEXT, "tier": _TEXT, "county": _TEXT, "as_of": _DAY},
    "/v1/councils/NTH/relationships": {"as_of": _DAY, "kind": _TEXT},
    "/v1/partnerships": {"kind": _TEXT, "member": _TEXT, "status": _TEXT, "as_of": _DAY},
    "/v1/people": {"q": _TEXT},
    "/v1/documents": {},
    "/v1/shared-chief-executives": {"council": _TEXT, "as_of": _DAY},
    "/v1/connections": {"from": _TEXT, "to": _TEXT, "max_hops": _NUMBER, "as_of": _DAY},
    "/v1/export/edges.csv": {"as_of": _DAY},
}
_PAGED = {"limit": _NUMBER, "offset": _NUMBER}
_NEEDED = {"/v1/connections": {"from": "NTH", "to": "WNT"}}


def parameter_attempts(every: bool) -> list[Attempt]:
    """Each parameter of each list or lookup given each payload of its kind; text parameters
    get the injections, numbers and days their junk and a few injections. With `every`, every
    parameter gets every payload."""
    payloads = {_TEXT: INJECTIONS, _NUMBER: NUMBERS, _DAY: DAYS}
    attempts = []
    for path, named in PARAMETERS.items():
        paged = named | (_PAGED if "export" not in path else {})
        for name, kind in paged.items():
            values = INJECTIONS + NUMBERS + DAYS if every else payloads[kind] + INJECTIONS[:3]
            for value in dict.fromkeys(values):
                options = {"params": _NEEDED.get(path, {}) | {name: value}}
                label = f"{path} {name}={value[:40]!r}"
                attempts.append(Attempt("parameters", label, ANSWERED, "GET", path, options))
    return attempts


TRAVERSALS = (
    "../../../../etc/passwd",
    "..%2F..%2F..%2F..%2Fetc%2Fpasswd",
    "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "%252e%252e%252f%252e%252e%252fetc%252fpasswd",
    "..%5c..%5c..%5cwindows%5cwin.ini",
    "....//....//....//etc/passwd",
    "..;/..;/etc/passwd",
    "%c0%ae%c0%ae%c0%af%c0%ae%c0%ae%c0%afetc%c0%afpasswd",
    "%c0%ae%c0%ae%2f",  # ends in a slash: redirected without it, then refused
    "..%2f",
    "..",
    "%2e%2e",
    ".",
    "/etc/passwd",
    "%2fetc%2fpasswd",
    "file:%2F%2F%2Fetc%2Fpasswd",
    "NTH%00",
    "NTH%00.json",
    "NTH\x00",
    "%ff%fe",
    "NTH%0d%0aX-Injected:%201",
    "../pages.py",
    "..%2f..%2fapp.py",
    "%2e%2e/%2e%2e/%2e%2e/pyproject.toml",
)
ID_PATHS = ("/v1/councils/", "/v1/partnerships/", "/v1/people/", "/v1/documents/")
PAGE_PATHS = ("/councils/", "/partnerships/", "/people/", "/documents/")
STATIC_PATHS = ("/explorer/static/", "/explorer/static/js/", "/explorer/vendor/")


def traversal_attempts() -> list[Attempt]:
    """Every payload in every id and static path, sent raw: a client would resolve `..`."""
    prefixes = ID_PATHS + PAGE_PATHS + STATIC_PATHS
    targets = [prefix + payload for prefix in prefixes for payload in TRAVERSALS]
    targets += [f"/v1/councils/{payload}/relationships" for payload in TRAVERSALS]
    return [
        Attempt("path traversal", target, UNKNOWN, raw=raw_request("GET", target.encode()))
        for target in targets
    ]


def _chunks(size: int) -> Iterator[bytes]:
    """`size` bytes as a chunked body: no Content-Length, so it is refused as it arrives."""
    for _ in range(size // 65536 + 1):
        yield b"a" * 65536


def oversized_attempts(limit: int, auth: dict[str, str]) -> list[Attempt]:
    keyed = f"X-API-Key: {auth['X-API-Key']}\r\nContent-Type: application/json\r\n".encode()
    declared = raw_request("POST", DOCUMENTS.encode(), keyed + b"Content-Length: 99999999999\r\n")
    chunked = {
        "content": _chunks(limit + 65536),
        "headers": auth | {"Content-Type": "application/json"},
    }
    form = {"files": {"file": ("big.txt", b"a" * (limit + 200_000))}, "headers": auth}
    long_query = raw_request("GET", b"/v1/councils?q=" + b"a" * 100_000)
    posts = [
        Attempt("oversized", "chunked body over the limit", TOO_LARGE, "POST", DOCUMENTS, chunked),
        Attempt("oversized", "multipart over the limit", TOO_LARGE, "POST", DOCUMENTS, form),
        Attempt("oversized", "declared 100 GB body", TOO_LARGE, raw=declared),
        Attempt("oversized", "100 kB query string", REFUSED, raw=long_query),
    ]
    raw = {
        "1 MB URL": (b"/v1/councils?q=" + b"a" * 10**6, b""),
        "8 MB URL": (b"/v1/councils?q=" + b"a" * 8 * 10**6, b""),
        "1 MB header": (b"/healthz", b"X-Big: " + b"a" * 10**6 + b"\r\n"),
        "8 MB header": (b"/healthz", b"X-Big: " + b"a" * 8 * 10**6 + b"\r\n"),
        "100,000 headers": (b"/healthz", b"".join(b"X-H%d: v\r\n" % n for n in range(100_000))),
    }
    return posts + [
        Attempt("oversized", label, BAD_REQUEST, raw=raw_request("GET", target, headers))
        for label, (target, headers) in raw.items()
    ]


def key_attempts(key: str, body: dict[str, str]) -> list[Attempt]:
    """POSTs of a valid document with no key, a wrong one or one sent the wrong way: all 401
    (400 when the header itself is malformed)."""
    basic = base64.b64encode(f"councilgraph:{key}".encode()).decode()
    headers: dict[str, dict[str, str]] = {
        "no key": {},
        "empty X-API-Key": {"X-API-Key": ""},
        "Bearer without a key": {"Authorization": "Bearer"},
        "wrong key": {"X-API-Key": "wrong-key-0123456789abcdef"},
        "a prefix of the key": {"X-API-Key": key[:-1]},
        "half the key as bearer": {"Authorization": f"Bearer {key[: len(key) // 2]}"},
        "the key and more": {"X-API-Key": key + "x"},
        "the key upper-cased": {"X-API-Key": key.upper()},
        "a 100 kB key": {"X-API-Key": "k" * 100_000},
        "Basic scheme": {"Authorization": f"Basic {basic}"},
        "Token scheme": {"Authorization": f"Token {key}"},
        "key without a scheme": {"Authorization": key},
        "Bearer prefix in X-API-Key": {"X-API-Key": f"Bearer {key}"},
        "two keys in one bearer": {"Authorization": f"Bearer {key} {key}"},
        "wrong bearer, right X-API-Key": {
            "Authorization": "Bearer wrong-012345678",
            "X-API-Key": key,
        },
    }
    ways = {label: {"headers": sent} for label, sent in headers.items()}
    ways |= {
        "key in the query string": {"params": {"api_key": key}},
        "key as access_token": {"params": {"access_token": key}},
        "key in a cookie": {"headers": {"Cookie": f"X-API-Key={key}; api_key={key}"}},
    }
    attempts = [
        Attempt("api keys", label, UNAUTHORIZED, "POST", DOCUMENTS, {"json": body} | options)
        for label, options in ways.items()
    ]
    content = json.dumps(body).encode()
    raw = {
        "empty bearer": (b"Authorization: Bearer \r\n", UNAUTHORIZED),
        "UTF-8 key": ("X-API-Key: ключ-0123456789abcdef\r\n".encode(), UNAUTHORIZED),
        "key then NUL": (f"X-API-Key: {key}\x00\r\n".encode(), BAD_REQUEST),
    }
    json_type = b"Content-Type: application/json\r\n"
    for label, (header, expect) in raw.items():
        request = raw_request("POST", DOCUMENTS.encode(), json_type + header, content)
        attempts.append(Attempt("api keys", label, expect, raw=request))
    return attempts
