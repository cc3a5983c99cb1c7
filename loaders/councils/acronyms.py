"""Councils named by letters: abbreviations the text defines ("Cheshire East (CE)") and the
usual initialisms of councils the text already names (HPBC, NEDDC, SBDC). An initialism only
counts when it fits exactly one council named in the same document."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

_DEFINITION = re.compile(r"\s*\(\s*(?:the\s+)?[\"“‘']?(?P<abbr>[A-Z][A-Za-z&]{1,9})[\"”’']?\s*\)")
# acronyms that are common in council documents and are never a council
_NOT_COUNCILS = frozenset(
    "BBC ITV NHS LGA CEO DCN CCN LEP MP MEP UK EU ICT HR IT PDF KB CSS DCLG MHCLG ONS GVA VAT "
    "PLC LTD SLA OBE CBE MBE CIPFA SOLACE PWC PwC GDPR FAQ CCTV COVID TBC AGM".split()
)


# not frozen, as one is built for every mention: never changed once built
@dataclass(slots=True)
class Named:
    """A council mention found so far: where it is and which council."""

    start: int
    end: int
    code: str
    surface: str


@dataclass(frozen=True, slots=True)
class LetterMention:
    start: int
    end: int
    code: str
    surface: str
    rule: str


def defined_abbreviations(text: str, named: Iterable[Named]) -> dict[str, str]:
    """Abbreviation -> council for "Full Name (ABBR)" right after a council mention."""
    found: dict[str, set[str]] = defaultdict(set)
    for mention in named:
        match = _DEFINITION.match(text, mention.end)
        if match and match.group("abbr")[0] == _first_letter(mention.surface):
            found[match.group("abbr")].add(mention.code)
    return {abbr: next(iter(codes)) for abbr, codes in found.items() if len(codes) == 1}


def find_letters(
    tokens: Iterable[tuple[int, int, str]],
    defined: dict[str, str],
    initials: dict[str, frozenset[str]],
) -> Iterator[LetterMention]:
    """Of the capital-letter tokens (start, end, token): every defined abbreviation, and every
    unambiguous initialism of a council in `initials`."""
    by_letters: dict[str, set[str]] = defaultdict(set)
    for code, letters in initials.items():
        for item in letters:
            by_letters[item].add(code)
    for start, end, token in tokens:
        if token in defined:
            yield LetterMention(start, end, defined[token], token, "abbreviation")
            continue
        codes = by_letters.get(token.upper(), ())
        if len(codes) == 1 and token not in _NOT_COUNCILS and len(token) >= 3:
            yield LetterMention(start, end, next(iter(codes)), token, "initialism")


def _first_letter(surface: str) -> str:
    words = [w for w in surface.split() if w.lower() != "the"]
    return words[0][0].upper() if words else ""
