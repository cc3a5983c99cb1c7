"""Hostile SPARQL for /v1/sparql, each query sent as the `query` parameter, a sparql-query
body and a form: updates and federation (400), reads of local files (answered from the graph
alone), malformed text (400), queries nested or chained as deep as 64 KiB allows, a runaway
stopped at the time limit (504), and protocol misuse."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from bad_input_probe import Attempt, raw_request

BAD_REQUEST, REFUSED, TIMED_OUT = frozenset({400}), frozenset({422}), frozenset({504})
OK, NOT_ACCEPTABLE, NOT_ALLOWED = frozenset({200}), frozenset({406}), frozenset({405})
QUERY, UPDATE = "application/sparql-query", "application/sparql-update"
SPARQL, DEFAULT, NAMED = "/v1/sparql", "default-graph-uri", "named-graph-uri"
# a cross join of every triple three times over: only the time limit ends it
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"

_UPDATES = (
    "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
    "DELETE WHERE { ?s ?p ?o }",
    "LOAD <http://127.0.0.1:9/graph.ttl>",
    "LOAD <file:///etc/passwd> INTO GRAPH <urn:x>",
    "CLEAR ALL",
    "DROP ALL",
    "DROP GRAPH <urn:x>",
    "CREATE GRAPH <urn:x>",
    "PREFIX x: <urn:x#> INSERT DATA { x:a x:b x:c }",
    "WITH <urn:g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
    "SELECT * WHERE { ?s ?p ?o } ; DROP ALL",
    "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
    "SELECT * WHERE { SeRvIcE SILENT <http://example.org/sparql> { ?s ?p ?o } }",
    "SELECT * WHERE { ?s ?p ?o SERVICE <file:///etc/passwd> { } }",
)
_FILE_READS = (
    "SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o } LIMIT 5",
    "SELECT * WHERE { GRAPH <file:///etc/passwd> { ?s ?p ?o } }",
    "DESCRIBE <file:///etc/passwd>",
    "CONSTRUCT { ?s ?p ?o } FROM NAMED <file:///proc/self/environ> WHERE { GRAPH ?g { ?s ?p ?o } }",
    "SELECT * WHERE { BIND(IRI('file:///etc/passwd') AS ?f) ?f ?p ?o }",
)
_MALFORMED = (
    "SELECT * WHERE { ?s ?p ",
    "SELEKT * WHERE { ?s ?p ?o }",
    "   ",
    "SELECT \x00 * WHERE { ?s ?p ?o }",
    "SELECT * WHERE { ?s ?p ?o } LIMIT 99999999999999999999999",
    'SELECT * WHERE { ?s ?p "unterminated }',
    "PREFIX : <",
    "'; -- }}}}",
)
# as deep as a form body of 64 KiB lets a query be (the URL-encoding is the longest way of the
# three): both killed their worker (503) before it ran queries on a larger stack
_DEEP = (
    ("9,000 nested groups", "ASK { " + "{ " * 9_000 + "}" * 9_000 + " }"),
    ("2,000 nested NOT EXISTS", "ASK { " + "FILTER NOT EXISTS { " * 2_000 + "}" * 2_000 + "}"),
)


def _sparql_three_ways(label: str, query: str, expect: frozenset[int]) -> list[Attempt]:
    """As the `query` parameter, a sparql-query body and a form."""
    return [
        Attempt("sparql", f"GET {label}", expect, raw=raw_request("GET", _target(query))),
        Attempt("sparql", f"POST {label}", expect, "POST", SPARQL, _body(query.encode(), QUERY)),
        Attempt("sparql", f"form {label}", expect, "POST", SPARQL, {"data": {"query": query}}),
    ]


def _target(query: str) -> bytes:
    """Sent raw: httpx refuses a query string over 64 KiB, as the deepest queries are."""
    return f"{SPARQL}?{urlencode({'query': query})}".encode()


def _body(content: bytes, kind: str, **headers: str) -> dict[str, Any]:
    return {"content": content, "headers": {"Content-Type": kind, **headers}}


def sparql_attempts() -> list[Attempt]:
    attempts = [a for q in _UPDATES for a in _sparql_three_ways(q, q, BAD_REQUEST)]
    attempts += [a for q in _FILE_READS for a in _sparql_three_ways(q, q, OK)]
    attempts += [a for q in _MALFORMED for a in _sparql_three_ways(q, q, BAD_REQUEST)]
    attempts += [a for label, query in _DEEP for a in _sparql_three_ways(label, query, OK)]
    # killed its worker too, and now runs for seconds: answered, or stopped at the limit
    chain = ("ASK { FILTER(" + "+".join("1" * 10_000) + ") }").encode()
    attempts.append(
        Attempt(
            "sparql", "1+1+... 10,000 terms", OK | TIMED_OUT, "POST", SPARQL, _body(chain, QUERY)
        )
    )
    attempts += _sparql_three_ways("runaway cross join", RUNAWAY, TIMED_OUT)
    huge = "SELECT * WHERE { ?s ?p ?o } #" + "x" * 100_000
    one = {"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 1"}
    extras = [
        ("empty query parameter", REFUSED, "GET", {"params": {"query": ""}}),
        ("empty body", BAD_REQUEST, "POST", _body(b"", QUERY)),
        ("update form field", BAD_REQUEST, "POST", {"data": {"update": "DROP ALL"}}),
        ("sparql-update body", BAD_REQUEST, "POST", _body(b"DROP ALL", UPDATE)),
        ("update parameter", REFUSED, "GET", {"params": {"update": "DROP ALL"}}),
        ("1 MB body", BAD_REQUEST, "POST", _body(huge.encode() * 10, QUERY)),
        ("no Content-Type", frozenset({415}), "POST", {"content": one["query"].encode()}),
        ("default graph not an IRI", BAD_REQUEST, "GET", {"params": one | {DEFAULT: "a <b>"}}),
        ("named graph a file", OK, "GET", {"params": one | {NAMED: "file:///etc/passwd"}}),
        ("Accept garbage", NOT_ACCEPTABLE, "GET", {"params": one, "headers": {"Accept": ";;q=x"}}),
        ("PUT", NOT_ALLOWED, "PUT", {"content": one["query"].encode()}),
        ("DELETE", NOT_ALLOWED, "DELETE", {}),
    ]
    attempts += [Attempt("sparql", label, e, m, SPARQL, options) for label, e, m, options in extras]
    raw = raw_request("GET", _target(huge))
    attempts.append(Attempt("sparql", "100 kB query in the URL", REFUSED, raw=raw))
    return attempts
