"""One pass over a document for the short marks recognition needs besides names: people's
titles (so "Mr Stafford" is not Stafford), capital-letter tokens (HPBC, NEDDC), "the Council"
and descriptions ("the county council", "the city council"). One combined pattern reads the
text once instead of four times."""

from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.councils.context import TITLES

_TITLE_WORDS = "|".join(t.capitalize() for t in sorted(TITLES))
_MARKS = re.compile(
    r"(?=[A-Zt])\b(?:"
    rf"(?:{_TITLE_WORDS})\.?\s+(?:[A-Z][a-z]+\s+)?(?P<surname>[A-Z][a-z’'\-]+)"
    r"|(?P<described>[Tt]he\s+(?:[Cc]ity|[Bb]orough|[Dd]istrict|[Cc]ounty)\s+[Cc]ouncil)\b(?!s)"
    r"|(?P<council>[Tt]he\s+(?:Council|Authority))\b(?!s)"
    r"|(?P<letters>(?=[A-Z][a-z]?[A-Z])[A-Za-z]{2,8})\b"
    r")"
)

Span = tuple[int, int, str]


@dataclass(frozen=True, slots=True)
class Marks:
    surnames: frozenset[str]  # words written after a title: "Mr Hughes" -> "Hughes"
    letters: tuple[Span, ...]  # tokens with two or more capitals among their first three
    the_council: tuple[Span, ...]  # "the Council", "the Authority"
    described: tuple[Span, ...]  # "the county council", "the city council", ...


def scan(text: str) -> Marks:
    surnames: set[str] = set()
    found: dict[str, list[Span]] = {"letters": [], "council": [], "described": []}
    for match in _MARKS.finditer(text):
        group = match.lastgroup
        if group == "surname":
            surnames.add(match.group(group))
        elif group is not None:
            found[group].append((match.start(group), match.end(group), match.group(group)))
    return Marks(
        frozenset(surnames),
        tuple(found["letters"]),
        tuple(found["council"]),
        tuple(found["described"]),
    )
