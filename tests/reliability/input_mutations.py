"""Seeded random damage to valid input, for the soak runs: bytes flipped, the end cut off,
junk inserted, a slice dropped or repeated, words swapped or doubled, one to three times over.
Applied to documents (text, HTML and PDF), to the targets of valid reads and to valid SPARQL
queries; whatever comes out may be refused, but never with a 5xx or a hang."""

from __future__ import annotations

import random
from collections.abc import Callable

from bad_input_probe import Attempt, raw_request
from hostile_documents import CREATED, html, pdf
from press_items import press_items

from loaders.register_reader import Register

ANY_ANSWER = frozenset(range(200, 500))
DOCUMENT_ANSWERS = CREATED | {413, 415, 422}
SPARQL_ANSWERS = ANY_ANSWER | {504}  # a query damaged into a runaway meets the time limit
READS = (
    b"/v1/councils?q=north&limit=5",
    b"/v1/councils/NTH",
    b"/v1/councils/E10000021/relationships?as_of=2020-01-01&kind=county",
    b"/v1/partnerships?status=active&limit=3",
    b"/v1/people?q=smith&offset=1",
    b"/v1/documents?limit=2",
    b"/v1/shared-chief-executives?council=NTH&as_of=2021-01-01",
    b"/v1/connections?from=NTH&to=WNT&max_hops=2",
    b"/v1/export/edges.csv?as_of=2021-04-01",
    b"/councils/NTH",
)
QUERIES = (
    b"SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 10",
    b"SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
    b"ASK { ?s a ?type }",
    b"CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 5",
    b"SELECT ?l WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l "
    b"FILTER(CONTAINS(LCASE(?l), 'north')) } ORDER BY ?l LIMIT 5",
)


def _span(data: bytes, pick: random.Random) -> tuple[int, int]:
    start, end = sorted(pick.randrange(len(data) + 1) for _ in range(2))
    return start, end


def _flip(data: bytes, pick: random.Random) -> bytes:
    damaged = bytearray(data)
    for _ in range(pick.randint(1, 16)):
        if damaged:
            damaged[pick.randrange(len(damaged))] = pick.randrange(256)
    return bytes(damaged)


def _cut(data: bytes, pick: random.Random) -> bytes:
    return data[: pick.randrange(len(data) + 1)]


def _junk(data: bytes, pick: random.Random) -> bytes:
    at = pick.randrange(len(data) + 1)
    return data[:at] + pick.randbytes(pick.randint(1, 512)) + data[at:]


def _drop(data: bytes, pick: random.Random) -> bytes:
    start, end = _span(data, pick)
    return data[:start] + data[end:]


def _repeat(data: bytes, pick: random.Random) -> bytes:
    start, end = _span(data, pick)
    return data[:end] + data[start:end] * pick.randint(2, 50) + data[end:]


def _words(data: bytes, pick: random.Random) -> bytes:
    """Two words swapped, or one doubled: damage a parser more often lets through."""
    words = data.split(b" ")
    i, j = pick.randrange(len(words)), pick.randrange(len(words))
    if pick.random() < 0.5:
        words[i], words[j] = words[j], words[i]
    else:
        words.insert(i, words[j])
    return b" ".join(words)


Damage = Callable[[bytes, random.Random], bytes]
_DAMAGE: tuple[Damage, ...] = (_flip, _cut, _junk, _drop, _repeat, _words)


def mutate(data: bytes, pick: random.Random) -> bytes:
    for _ in range(pick.randint(1, 3)):
        data = pick.choice(_DAMAGE)(data, pick)
    return data


_FORMATS: tuple[tuple[str, str, Callable[[str], bytes]], ...] = (
    ("item.txt", "text/plain", str.encode),
    ("item.html", "text/html", lambda text: html(f"<h1>Item</h1><p>{text}</p>".encode())),
    ("item.pdf", "application/pdf", pdf),
)


def document_mutations(register: Register, count: int, seed: int, key: str) -> list[Attempt]:
    """`count` damaged press items, each as text, an HTML page or a PDF."""
    pick, attempts = random.Random(seed), []
    for n, text in enumerate(press_items(register, count, seed)):
        name, kind, render = pick.choice(_FORMATS)
        upload = (name, mutate(render(text), pick), kind)
        options = {"files": {"file": upload}, "headers": {"X-API-Key": key}}
        label = f"damaged {name} {n}"
        attempts.append(
            Attempt("damaged documents", label, DOCUMENT_ANSWERS, "POST", "/v1/documents", options)
        )
    return attempts


def read_mutations(count: int, seed: int) -> list[Attempt]:
    """`count` damaged targets of valid reads, sent raw, and as many damaged SPARQL queries."""
    pick, attempts = random.Random(seed), []
    for n in range(count):
        target = mutate(pick.choice(READS), pick)
        target = target if target.startswith(b"/") else b"/" + target
        request = raw_request("GET", target)
        attempts.append(
            Attempt("damaged reads", f"read {n}: {target[:60]!r}", ANY_ANSWER, raw=request)
        )
        query = mutate(pick.choice(QUERIES), pick)
        options = {"content": query, "headers": {"Content-Type": "application/sparql-query"}}
        label = f"query {n}: {query[:60]!r}"
        attempts.append(
            Attempt("damaged sparql", label, SPARQL_ANSWERS, "POST", "/v1/sparql", options)
        )
    return attempts
