"""Sentence spans over cleaned document text. A line is a block (paragraph, heading, list item),
so a line break always ends a sentence; inside a line, a stop ends one unless it closes an
abbreviation ("Cllr.", "e.g."), an initial ("A.F. Tomlinson") or a list number ("867.")."""

from __future__ import annotations

import re

_ABBREVIATIONS = frozenset(
    "cllr cllrs mr mrs ms mx dr prof rev revd st no nos co vs v cf approx para paras ref fig vol "
    "rt hon gov dept est viz al jr sr capt col gen lt sgt supt insp sec art arts cl ch pp p "
    "e.g eg i.e ie a.k.a c.f n.b nb "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
_LINE = re.compile(r"[^\n]+")
# a stop (with any closing quotes or brackets) then space then something that can open a
# sentence; or a stop glued to a capitalised word ("Council.Councillor", pasted captions)
_BOUNDARY = re.compile(
    r"[.!?…]+['\"’”)\]]*(?:[ \t]+(?=[A-Z0-9'\"‘“(•£\[])|(?<=[a-z]{2}\.)(?=[A-Z][a-z]))"
)
_INITIALS = re.compile(r"(?:[A-Z]\.)*[A-Z]")
_TOKEN_EDGE = re.compile(r"^[^\w]+")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of each sentence in `text`, whitespace trimmed, in order."""
    spans: list[tuple[int, int]] = []
    for line in _LINE.finditer(text):
        start = line.start()
        for stop in _BOUNDARY.finditer(text, line.start(), line.end()):
            if _is_sentence_end(text, start, stop.start()):
                _add(spans, text, start, stop.end())
                start = stop.end()
        _add(spans, text, start, line.end())
    return spans


def _is_sentence_end(text: str, sentence_start: int, stop: int) -> bool:
    if text[stop] != ".":
        return True
    token_start = max(text.rfind(" ", sentence_start, stop) + 1, sentence_start)
    token = _TOKEN_EDGE.sub("", text[token_start:stop])
    if not token:
        return True
    if token.lower() in _ABBREVIATIONS or _INITIALS.fullmatch(token):
        return False
    # "867. TITLE", "2. Recommendations": a number opening the line numbers an item
    return not (token.isdigit() and not text[sentence_start:token_start].strip())


def _add(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    segment = text[start:end]
    stripped = segment.strip()
    if stripped:
        offset = start + len(segment) - len(segment.lstrip())
        spans.append((offset, offset + len(stripped)))
