"""Who holds which post at each council over time: leaders, deputies, opposition leaders, chief
executives, section 151 officers, directors, civic and combined-authority mayors, councillors.

Each council's people come from a random generator seeded by the world seed and the council
code, so one council's people do not shift when another council is added or removed."""

from __future__ import annotations

import random
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date, timedelta

from bench.synthetic.councils import CouncilInfo
from bench.synthetic.vocabulary import DIRECTOR_POSTS, FIRST_NAMES, LAST_NAMES

FIRST_TERM = date(2004, 5, 1)
LAST_TERM = date(2026, 5, 1)
# role -> (shortest, longest) term in years
TERMS = {
    "leader": (2, 8),
    "deputy_leader": (1, 5),
    "opposition_leader": (1, 6),
    "chief_executive": (3, 10),
    "section_151_officer": (2, 9),
}
COUNCILLORS_PER_COUNCIL = 36
DIRECTORS_PER_COUNCIL = 3
SOCIAL_CARE = frozenset({"Director of Adult Social Care", "Director of Children's Services"})


@dataclass(slots=True)
class Timeline:
    """Holders of one post: `names[i]` holds it from `starts[i]` until the next start."""

    starts: list[date] = field(default_factory=list)
    names: list[str] = field(default_factory=list)

    def holder(self, day: date) -> str | None:
        i = bisect_right(self.starts, day) - 1
        return self.names[i] if i >= 0 else None


@dataclass(frozen=True, slots=True)
class Override:
    """One person holding a post across councils for a while (a shared chief executive)."""

    first: date
    last: date  # exclusive
    person: str


def random_name(rng: random.Random) -> str:
    return f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"


class Posts:
    """Post holders for every council in the world."""

    def __init__(self, seed: int, councils: dict[str, CouncilInfo]) -> None:
        self._timelines: dict[tuple[str, str], Timeline] = {}
        self._councillors: dict[str, tuple[str, ...]] = {}
        self._directors: dict[str, tuple[str, ...]] = {}
        self._overrides: dict[tuple[str, str], list[Override]] = {}
        self._rngs: dict[str, random.Random] = {}
        self._taken: dict[str, set[str]] = {}
        for code, info in sorted(councils.items()):
            self._rngs[code] = random.Random(f"posts-{seed}-{code}")
            self._taken[code] = set()
            self._draw_council(info)

    def holder(self, code: str, role: str, day: date) -> str | None:
        for override in self._overrides.get((code, role), ()):
            if override.first <= day < override.last:
                return override.person
        timeline = self._timelines.get((code, role))
        return timeline.holder(day) if timeline else None

    def councillors(self, code: str) -> tuple[str, ...]:
        return self._councillors.get(code, ())

    def director_posts(self, code: str) -> tuple[str, ...]:
        return self._directors.get(code, ())

    def new_person(self, code: str) -> str:
        """A name not yet used at council `code`."""
        rng, taken = self._rngs[code], self._taken[code]
        while True:
            name = random_name(rng)
            if name not in taken:
                taken.add(name)
                return name

    def share(self, role: str, codes: tuple[str, ...], person: str, spans: list[Override]) -> None:
        """Make `person` hold `role` at each council in `codes` over its span in `spans`."""
        for code, span in zip(codes, spans, strict=True):
            self._overrides.setdefault((code, role), []).append(
                Override(span.first, span.last, person)
            )

    def _draw_council(self, info: CouncilInfo) -> None:
        code = info.code
        if info.klass == "combined":
            self._timelines[(code, "mayor")] = self._terms(code, max(info.start, date(2017, 5, 4)))
            return
        for role in TERMS:
            self._timelines[(code, role)] = self._terms(code, FIRST_TERM, *TERMS[role])
        rng = self._rngs[code]
        # social care is a county and unitary duty, so districts have no such directors
        titles = [p for p in DIRECTOR_POSTS if info.klass != "district" or p not in SOCIAL_CARE]
        posts = rng.sample(titles, DIRECTORS_PER_COUNCIL)
        self._directors[code] = tuple(posts)
        for post in posts:
            self._timelines[(code, post)] = self._terms(code, FIRST_TERM, 2, 8)
        self._councillors[code] = tuple(
            self.new_person(code) for _ in range(COUNCILLORS_PER_COUNCIL)
        )
        if info.type_word in ("Borough", "City") or info.klass == "single":
            self._timelines[(code, "mayor")] = self._civic_mayors(code)

    def _terms(self, code: str, first: date, shortest: int = 4, longest: int = 4) -> Timeline:
        rng, timeline, day = self._rngs[code], Timeline(), first
        while day < LAST_TERM:
            timeline.starts.append(day)
            timeline.names.append(self.new_person(code))
            day += timedelta(days=rng.randint(shortest * 365, longest * 365))
        return timeline

    def _civic_mayors(self, code: str) -> Timeline:
        """Civic mayors serve a year from May, chosen from the councillors."""
        rng, timeline = self._rngs[code], Timeline()
        for year in range(FIRST_TERM.year, LAST_TERM.year + 1):
            timeline.starts.append(date(year, 5, 20))
            timeline.names.append(rng.choice(self._councillors[code]))
        return timeline
