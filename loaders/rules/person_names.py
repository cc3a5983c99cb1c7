"""People's names as council texts write them ("Councillor A.F. Tomlinson", "Lord Gary
Porter", "Labour's Stephen Cowan", "ANDREW P STOKES") and as they are stored (titles dropped,
capitals folded, a bare surname resolved to the full name the text gave earlier)."""

from __future__ import annotations

import re
from collections import defaultdict

TITLES = (
    r"(?:Councillor|Cllr|Coun|Mr|Mrs|Ms|Miss|Mx|Dr|Lord|Lady|Baroness|Sir|Dame|Professor|Prof"
    r"|Rt\.?\s+Hon\.?)\.?"
)
_WORD = r"(?:[A-Z][a-z]+(?:['’\-][A-Z]?[a-z]+)*|Mc[A-Z][a-z]+|Mac[A-Z][a-z]+|O['’][A-Z][a-z]+)"
_INITIALS = r"(?:[A-Z]\.\s?){1,3}|[A-Z]\b(?!['’])"
# up to three name words and initials, ending on a word: "Barry Lewis", "E. Watts",
# "A.F. Tomlinson", "Andrew P Stokes", "Nicholas Paget-Brown"
NAME = rf"(?:{TITLES}\s+)*(?:(?:{_WORD}|{_INITIALS})\s*){{0,3}}{_WORD}"
_TITLE_START = re.compile(rf"^(?:{TITLES}\s+)+")
# capitalised words that are never part of a person's name
_NOT_NAMES = frozenset(
    "The A An This That He She They It We I Council Councils Leader Deputy Chief Executive "
    "Officer Director Mayor Cabinet Member Members Committee Chairman Chair Government Minister "
    "Labour Conservative Conservatives Liberal Democrat Democrats Lib Dem Independent "
    "Reform Opposition Group Party Borough District County City Town Service Services Head "
    "Section Monitoring Finance Strategic Alliance Joint Shared Local Authority MP MEP Today "
    "Yesterday Meanwhile However Speaking Also Both Each Now Then Last Under Following "
    # heading words: "Shared Chief Executive Proposal", "Chief Executive's Report"
    "Proposal Proposals Report Update Arrangement Arrangements Review Plan Strategy "
    "Appointment Recruitment Post Team Structure Annual Agreement Item Minutes Meeting".split()
)


def clean(name: str) -> str | None:
    """The stored form of a name, or None when what was caught is not a person's name."""
    words = _TITLE_START.sub("", name.strip()).split()
    while words and words[0] in _NOT_NAMES:  # "Yesterday Barry Lewis", "Labour Stephen Cowan"
        words = _TITLE_START.sub("", " ".join(words[1:])).split()
    name = " ".join(words)
    parts = name.replace(".", ". ").split()
    if not parts or any(len(w.strip(".")) > 1 and w.strip(".") in _NOT_NAMES for w in parts):
        return None
    if name.isupper():
        name = " ".join(w if len(w) == 1 else w.capitalize() for w in name.split())
    return name


def surname(name: str) -> str:
    return name.split()[-1]


_FULL_NAME = re.compile(rf"(?=[A-Z])\b{_WORD}\s+(?:(?:{_INITIALS})\s*)?{_WORD}\b")


class NameBook:
    """Full names seen in a document, so "Mr Thomson" or "Myers" can be read as the person
    the text introduced earlier. The text is read for names only when a bare surname needs
    one, and only the names that may end in that surname are cleaned."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._by_last_word: dict[str, list[str]] | None = None
        self._by_surname: dict[str, set[str]] = {}

    def full(self, name: str) -> str:
        if len(name.split()) > 1:
            return name
        found = self._with_surname(name)
        return next(iter(found)) if len(found) == 1 else name

    def _with_surname(self, name: str) -> set[str]:
        if name not in self._by_surname:
            if self._by_last_word is None:
                self._by_last_word = defaultdict(list)
                for match in _FULL_NAME.finditer(self._text):
                    self._by_last_word[match.group().split()[-1]].append(match.group())
            # a name in capitals is stored capitalised ("ANDREW STOKES" as Andrew Stokes)
            written = self._by_last_word.get(name, []) + self._by_last_word.get(name.upper(), [])
            cleaned = (clean(full) for full in dict.fromkeys(written))
            self._by_surname[name] = {
                n for n in cleaned if n and len(n.split()) >= 2 and surname(n) == name
            }
        return self._by_surname[name]
