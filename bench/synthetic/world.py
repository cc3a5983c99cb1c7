"""Draws the synthetic world from the real register: which neighbouring councils share a chief
executive, which partnerships exist, who is in them and when. Deterministic for a seed."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from bench.synthetic.arrangements import Arrangement, Exit
from bench.synthetic.councils import CouncilInfo, distance
from bench.synthetic.posts import Override, Posts

FIRST_DAY = date(2009, 4, 1)
LAST_DAY = date(2025, 6, 30)
MIN_WINDOW = timedelta(days=2 * 365)


@dataclass(frozen=True, slots=True)
class Window:
    first: date
    last: date  # exclusive


@dataclass(slots=True)
class World:
    councils: dict[str, CouncilInfo]
    posts: Posts
    arrangements: list[Arrangement] = field(default_factory=list)
    by_council: dict[str, list[Arrangement]] = field(default_factory=dict)
    by_name: dict[str, list[Arrangement]] = field(default_factory=dict)
    _peers: dict[tuple[str, str], list[CouncilInfo]] = field(default_factory=dict)

    def add(self, arrangement: Arrangement) -> None:
        self.arrangements.append(arrangement)
        for code in arrangement.members:
            self.by_council.setdefault(code, []).append(arrangement)
        self.by_name.setdefault(arrangement.name, []).append(arrangement)

    def peers(self, group: str, klass: str) -> list[CouncilInfo]:
        """Councils of `klass` in `group` (region or county), whatever their dates."""
        if not self._peers:
            for c in sorted(self.councils.values(), key=lambda c: c.code):
                self._peers.setdefault((c.group, c.klass), []).append(c)
        return self._peers.get((group, klass), [])

    def councils_of(self, klass: str, day: date) -> list[CouncilInfo]:
        return [
            c for c in self.councils.values() if c.klass == klass and c.active_through(day, day)
        ]


class Drawer:
    """Shared steps for drawing arrangements: neighbouring members, a window when all of them
    exist, and a timeline of talks, proposal, decision, start and end inside it."""

    def __init__(self, rng: random.Random, world: World) -> None:
        self.rng = rng
        self.world = world
        self.counter = 0
        self.sharing_ce: set[str] = set()  # a council shares at most one chief executive

    def key(self, kind: str) -> str:
        self.counter += 1
        return f"{kind}-{self.counter}"

    def anchor(self) -> date:
        return FIRST_DAY + timedelta(days=self.rng.randrange((LAST_DAY - FIRST_DAY).days - 400))

    def neighbours(self, seed: CouncilInfo, klass: str, day: date, count: int) -> list[str]:
        """`count` councils of `klass` near `seed`, or [] if too few: mostly from the same
        county, otherwise from the same region, nearest first."""
        pool = [c for c in self.world.councils_of(klass, day) if c.code != seed.code]
        same_county = [c for c in pool if seed.county and c.county == seed.county]
        if len(same_county) >= count and self.rng.random() < 0.85:
            pool = same_county
        else:
            pool = [c for c in pool if c.group == seed.group]
        self.rng.shuffle(pool)
        pool.sort(key=lambda c: distance(seed, c))
        near = pool[: count + 2]
        return [c.code for c in self.rng.sample(near, count)] if len(near) >= count else []

    def window(self, codes: list[str]) -> Window | None:
        infos = [self.world.councils[c] for c in codes]
        first = max([FIRST_DAY, *(c.start for c in infos)])
        last = min([LAST_DAY, *(c.end - timedelta(days=1) for c in infos)])
        return Window(first, last) if last - first >= MIN_WINDOW else None

    def days(self, low: int, high: int) -> timedelta:
        return timedelta(days=self.rng.randint(low, high))

    def timeline(self, window: Window, ends: float = 0.45) -> dict[str, date | None]:
        """Talks, proposal, decision, start and maybe end, all before the window closes."""
        latest_talks = window.last - timedelta(days=500)
        talks = window.first + timedelta(
            days=self.rng.randrange((latest_talks - window.first).days)
        )
        proposed = talks + self.days(60, 300)
        agreed = proposed + self.days(30, 150)
        start = agreed + self.days(30, 240)
        end = start + self.days(2 * 365, 6 * 365) if self.rng.random() < ends else None
        if end is not None and end >= window.last:
            end = None
        until = min(window.last, end + self.days(365, 3 * 365)) if end else window.last
        return {"talks": talks, "proposed": proposed, "agreed": agreed, "start": start,
                "end": end, "until": until}  # fmt: skip

    def exits(self, members: list[str], times: dict[str, date | None], chance: float) -> list[Exit]:
        """Now and then one member (never the lead) declines at the decision or leaves later."""
        if len(members) < 3 or self.rng.random() >= chance:
            return []
        council = self.rng.choice(members[1:])
        agreed, start, until = times["agreed"], times["start"], times["until"]
        assert agreed is not None and until is not None
        if start is None or start >= until or self.rng.random() < 0.5:
            return [Exit(council, agreed, "declined")]
        return [Exit(council, start + (until - start) * self.rng.uniform(0.2, 0.9), "left")]

    def shared_chief_executive(self, members: list[str], times: dict[str, date | None]) -> str:
        """Name the shared chief executive: the lead council's chief executive becomes the
        chief executive of every member from the start until the end."""
        lead = members[0]
        person = self.world.posts.new_person(lead)
        start, until = times["start"], times["until"]
        assert start is not None and until is not None
        last = times["end"] or until + timedelta(days=1)
        lead_since = times["talks"] - self.days(365, 5 * 365)  # type: ignore[operator]
        spans = [Override(lead_since, last, person)]
        spans += [Override(start, last, person) for _ in members[1:]]
        self.world.posts.share("chief_executive", tuple(members), person, spans)
        return person
