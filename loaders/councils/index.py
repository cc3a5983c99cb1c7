"""Everything the recogniser derives from one register, built once and cached: the name
matcher, the county names (for near misses such as "Worcester County Council") and the names a
council's web host can carry ("cheshireeast", "southribble")."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from graph.model import Council
from loaders.councils.matcher import CouncilMatcher, matcher_for
from loaders.councils.names import normalise
from loaders.register_reader import Register

_SKIP_INITIAL = frozenset({"and", "of", "the", "upon", "on", "in", "under", "with", "le"})


@dataclass
class CouncilIndex:
    register: Register
    matcher: CouncilMatcher
    counties: dict[str, str] = field(default_factory=dict)  # normalised short name -> code
    hosts: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    initials: dict[str, frozenset[str]] = field(default_factory=dict)  # code -> HPBC, ...
    place_like: frozenset[str] = frozenset()  # codes of councils named like a place

    def council(self, code: str) -> Council:
        return self.register.councils[code]

    def county_like(self, key: str) -> list[str]:
        """Counties whose name extends `key` ("worcester" -> Worcestershire)."""
        if len(key) < 4:
            return []
        return [code for name, code in self.counties.items() if name.startswith(key)]


@lru_cache(maxsize=4)
def index_for(register: Register) -> CouncilIndex:
    index = CouncilIndex(register, matcher_for(register))
    names: dict[str, set[str]] = defaultdict(set)
    for key, codes in register.names.items():
        for code in codes:
            names[code].add(key)
    for council in register:
        if council.type == "county":
            index.counties[normalise(council.short_name)] = council.code
        all_names = names[council.code] | {council.name, council.short_name, *council.alt_names}
        for name in all_names:
            index.hosts[_squash(name)].add(council.code)
        index.initials[council.code] = initialisms(all_names | {f"{council.short_name} Council"})
        for initials in index.initials[council.code]:
            index.hosts[initials.lower()].add(council.code)
    index.place_like = frozenset(c.code for c in register if _place_like(c))
    return index


def _place_like(council: Council) -> bool:
    """Counties (and unitaries named like one: "Shropshire", "County Durham") are first of
    all places: a bare name needs a reason. "North East Lincolnshire" is a district's name."""
    name = normalise(council.short_name)
    county_named = (name.endswith("shire") and " " not in name) or name.startswith("county ")
    return council.type == "county" or (council.type == "unitary" and county_named)


def initialisms(names: set[str]) -> frozenset[str]:
    """Initial letters the names abbreviate to: NEDDC, HPBC, RBKC, LBHF, CWAC."""
    found: set[str] = set()
    for name in names:
        words = [w for w in re.split(r"[\s\-]+", name.replace("&", " and ")) if w]
        found.add("".join(w[0] for w in words).upper())
        found.add("".join(w[0] for w in words if w.lower() not in _SKIP_INITIAL).upper())
    return frozenset(f for f in found if len(f) >= 3 and f.isalpha())


def _squash(name: str) -> str:
    return re.sub(r"[^a-z]", "", normalise(name))
