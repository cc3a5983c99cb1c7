"""What surrounds a matched name and says it is a council: "... District Council", "... MBC",
"London Borough of ...", or a bare type word in a coordinated list ("Boston Borough and East
Lindsey District Councils"). The type word also picks between councils sharing a name."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

Kind = Literal["county", "district", "borough", "metropolitan", "city", "london_borough"]

_TYPE_WORDS = r"metropolitan\s+borough|london\s+borough|borough|district|city|county|town"
# "council tax", "council houses" are things, not the council itself
_NOT_BODY = r"(?![ \t]+(?:tax|taxes|house|houses|housing|homes|estate|estates|flats?)\b)"
_SUFFIX = re.compile(
    rf"[ \t\-]+(?:(?P<type>{_TYPE_WORDS})[ \t]+)?(?P<council>councils?)\b{_NOT_BODY}",
    re.IGNORECASE,
)
_ABBREVIATION = re.compile(r"[ \t]+(?P<abbr>MBC|MDC|CBC|DBC|BC|DC|CC|UA|DCs|BCs|CCs)\b")
# a capitalised type word not followed by another capitalised word ("Boston Borough and ...",
# but not "Sheffield City Region")
_PARTIAL = re.compile(
    r"[ \t]+(?P<type>Metropolitan Borough|Borough|District|City|County)\b(?![ \t]+[A-Z])"
)
_PREFIX = re.compile(
    r"(?P<prefix>(?:London|Royal|Metropolitan)\s+Borough\s+of|Borough\s+of|City\s+of|County\s+of)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_ABBREVIATION_KIND: dict[str, Kind | None] = {
    "MBC": "metropolitan",
    "MDC": "metropolitan",
    "CBC": "borough",
    "DBC": "borough",
    "BC": "borough",
    "BCs": "borough",
    "DC": "district",
    "DCs": "district",
    "CC": None,
    "CCs": None,
    "UA": None,
}


@dataclass(slots=True)
class Designation:
    """The council words around a name: where they end, the type they give, whether the name
    is plural ("... District Councils") and whether they make the name unambiguous."""

    start: int
    end: int
    kind: Kind | None
    designated: bool
    plural: bool = False


def designate(text: str, start: int, end: int) -> Designation:
    """Read the words before and after the name at text[start:end]."""
    prefix = _PREFIX.search(text, max(0, start - 40), start) if _after_of(text, start) else None
    new_start = prefix.start() if prefix else start
    prefix_designates = bool(prefix and "borough" in prefix.group("prefix").lower())
    # a council word after a name follows a space, tab or hyphen: most names skip the patterns
    after = _words_after(text, end) if text[end : end + 1] in (" ", "\t", "-") else None
    if after is not None:
        after_end, kind, plural = after
        return Designation(new_start, after_end, kind, True, plural)
    kind: Kind | None = "london_borough" if prefix_designates else None
    return Designation(new_start, end, kind, prefix_designates)


def _words_after(text: str, end: int) -> tuple[int, Kind | None, bool] | None:
    """(where they end, the type they give, plural) for the council words after a name."""
    suffix = _SUFFIX.match(text, end)
    if suffix:
        plural = suffix.group("council").lower() == "councils"
        return suffix.end(), _kind(suffix.group("type")), plural
    abbreviation = _ABBREVIATION.match(text, end)
    if abbreviation:
        abbr = abbreviation.group("abbr")
        return abbreviation.end(), _ABBREVIATION_KIND[abbr], abbr.endswith("s")
    partial = _PARTIAL.match(text, end)
    if partial:
        return partial.end(), _kind(partial.group("type")), False
    return None


def _after_of(text: str, start: int) -> bool:
    """Whether the name follows "of" or "the" (every prefix ends so): a cheap test that spares
    most names the prefix search."""
    before = text[max(0, start - 40) : start].rstrip()[-3:].lower()
    return before.endswith("of") or before == "the"


def _kind(word: str | None) -> Kind | None:
    if not word:
        return None
    word = " ".join(word.lower().split())
    if word == "town":
        return None
    if word == "metropolitan borough":
        return "metropolitan"
    if word == "london borough":
        return "london_borough"
    return word  # type: ignore[return-value]
