"""What a SPARQL request is before any store sees it: its query form, and whether it may run.

The public endpoint is read-only and must not reach other hosts, so a request is refused when
it is an update (INSERT, DELETE, LOAD...) or uses SERVICE (Oxigraph would fetch the remote
endpoint over HTTP: a way to make the server call any address). Keywords are found by a small
tokenizer that skips comments, strings, IRIs and variables, so "service" inside a literal, an
IRI or a name such as cg:sharesService is not mistaken for the keyword. Anything else is left
to Oxigraph's parser, whose message a malformed query gets.
"""

from __future__ import annotations

import re
from typing import Literal

from councilgraph.errors import InvalidQuery, UpdateRejected

QueryForm = Literal["select", "ask", "construct", "describe"]

_FORMS: frozenset[str] = frozenset({"select", "ask", "construct", "describe"})
_UPDATES = frozenset(
    {"insert", "delete", "load", "clear", "drop", "create", "add", "move", "copy", "with"}
)
_TOKEN = re.compile(
    r"""
    (?P<comment>\#[^\n]*)
    | (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
        |'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")
    | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
    | (?P<variable>[?$]\w+)
    | (?P<name>[A-Za-z_][\w.\-]*:[\w.\-:%]*|:[\w.\-:%]*)
    | (?P<word>[A-Za-z]+)
    | (?P<other>\S)
    """,
    re.VERBOSE | re.DOTALL,
)


def keywords(text: str) -> list[str]:
    """The bare words of a query, lower-cased, in order: no prefixed names, strings or IRIs."""
    return [m.group("word").lower() for m in _TOKEN.finditer(text) if m.lastgroup == "word"]


def query_form(text: str) -> QueryForm:
    """The form of a query that may run here; UpdateRejected for an update, InvalidQuery for
    SERVICE or a text whose form cannot be found."""
    words = keywords(text)
    if "service" in words:
        raise InvalidQuery("SERVICE is not allowed: this endpoint only queries its own graph")
    for word in words:
        if word in _UPDATES:
            raise UpdateRejected(
                f"this endpoint is read-only: a SPARQL update ({word.upper()}) is not allowed"
            )
        if word in _FORMS:
            return word  # type: ignore[return-value]  # narrowed by _FORMS
        if word not in {"prefix", "base"}:
            break
    raise InvalidQuery("not a SPARQL query: expected SELECT, ASK, CONSTRUCT or DESCRIBE")
