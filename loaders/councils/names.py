"""The names a council can go by in running text, derived from the register alone.

Every register name (official, short, alternative, lookup) becomes a normalised key. A key that
itself says "council" (or "authority", "London Borough of"...) is *designated*: it can only mean
the council. A key without such a word (a "core" such as "High Peak" or "Derbyshire") is also a
place name, so the recogniser checks its context before taking it for the council."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

from graph.model import Council
from loaders.register_reader import Register

# bodies above principal councils: their short names are regions ("West Midlands",
# "North East"), so only designated keys name them
_AUTHORITY_TYPES = frozenset({"combined_authority", "regional_authority"})
_DESIGNATORS = re.compile(
    r"\b(?:council|corporation|authority|london borough of|royal borough of|"
    r"metropolitan borough of|borough of|ca|cca|mca)\b"
)
# suffixes stripped from a name to get its core ("adur district council" -> "adur")
_CORE_SUFFIX = re.compile(
    r"\s+(?:(?:metropolitan\s+)?(?:borough|district|city|county)\s+)?council$"
)
# statistical labels ("barnsley district", "derby ua"): not how text names a council
_LABEL_SUFFIX = re.compile(r"\s+(?:london boro|ua|district|county)$")
_JOINED = re.compile(r" (?:upon|on|in|under) ")
_CORE_PREFIX = re.compile(r"^(?:london borough of|royal borough of|metropolitan borough of)\s+")
# words that carry no identity: a key made only of these names nothing
_GENERIC = frozenset(
    "the of and city county borough district council metropolitan royal london town ua".split()
)


@dataclass(frozen=True, slots=True)
class NameEntry:
    """One normalised key and the councils it can name."""

    key: str
    codes: frozenset[str]
    designated: bool
    # a short form that names the council only with a council word after it: "Richmond
    # Council" (Richmond upon Thames), "Barrow Borough Council" (Barrow-in-Furness)
    titled_only: bool = False


_SPACES = re.compile(r"[\-\s]+")


def normalise(name: str) -> str:
    """Lower-case, '&' as 'and', hyphens and runs of spaces as one space, one apostrophe."""
    name = name.lower().replace("’", "'").replace("‘", "'").replace("&", " and ")
    return _SPACES.sub(" ", name).replace(".", "").strip()


def build_entries(register: Register) -> dict[str, NameEntry]:
    """Key -> entry for every usable name of every council in the register."""
    codes: dict[str, set[str]] = defaultdict(set)
    designated: dict[str, bool] = {}
    for council in register:
        for key, is_designated in _council_keys(council, register):
            codes[key].add(council.code)
            designated[key] = designated.get(key, False) or is_designated
    entries = {k: NameEntry(k, frozenset(c), designated[k]) for k, c in codes.items()}
    for key, code in _short_forms(register, entries):
        designated = bool(_DESIGNATORS.search(key))  # "royal borough of kingston"
        entries[key] = NameEntry(key, frozenset({code}), designated, not designated)
    return entries


def _short_forms(register: Register, entries: dict[str, NameEntry]) -> Iterator[tuple[str, str]]:
    """The head of a name joined by "upon", "on", "in" or "under" ("richmond" for Richmond
    upon Thames), when no other council or name has it."""
    heads: dict[str, set[str]] = defaultdict(set)
    for council in register:
        if not _may_be_bare(council):
            continue
        for name in (council.short_name, *council.alt_names):
            head, joined, _ = normalise(name).partition(" upon ")
            if not joined:
                head, joined, _ = _JOINED.sub("|", normalise(name)).partition("|")
            if joined and _has_identity(head):
                heads[head].add(council.code)
    for head, codes in heads.items():
        if len(codes) == 1 and head not in entries:
            yield head, next(iter(codes))


def _council_keys(council: Council, register: Register) -> Iterator[tuple[str, bool]]:
    names = {council.name, council.short_name, *council.alt_names}
    names.update(k for k, codes in register.names.items() if council.code in codes)
    for name in names:
        key = _clean(name)
        if key is None:
            continue
        if _LABEL_SUFFIX.search(key):
            core = _LABEL_SUFFIX.sub("", key)
            if _may_be_bare(council) and _has_identity(core):
                yield core, False
            continue
        is_designated = bool(_DESIGNATORS.search(key))
        if is_designated or _may_be_bare(council):
            yield key, is_designated
        if _may_be_bare(council):
            core = _CORE_PREFIX.sub("", _CORE_SUFFIX.sub("", key))
            if core != key and _has_identity(core):
                yield core, False


def _may_be_bare(council: Council) -> bool:
    """Whether a bare place name may stand for this council: English principal councils only
    (a bare "Down" or "Highland" in an English document is not a Northern Irish council)."""
    return council.nation == "England" and council.type not in _AUTHORITY_TYPES


def _clean(name: str) -> str | None:
    key = normalise(name)
    if "(" in key or not key.isascii():
        return None
    if ", " in key:  # "bristol, city of" -> "city of bristol"; other commas are list names
        head, _, tail = key.partition(", ")
        if tail not in ("city of", "county of"):
            return None
        key = f"{tail} {head}"
    return key if _has_identity(key) else None


def _has_identity(key: str) -> bool:
    words = key.split()
    return len(key) >= 3 and any(w not in _GENERIC for w in words)
