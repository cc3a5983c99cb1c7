"""Draws every kind of arrangement into a world: shared chief executives (with the alliance or
shared management team that often comes with one), strategic alliances, shared services, joint
committees, the register's combined authorities and some proposed ones, county programmes and
national networks."""

from __future__ import annotations

import random
from datetime import date, timedelta

from bench.synthetic.arrangements import SHARED_CE, SHARED_S151, Arrangement, Exit
from bench.synthetic.councils import CouncilInfo, english_councils
from bench.synthetic.posts import Override, Posts
from bench.synthetic.vocabulary import (
    JOINT_COMMITTEE_TOPICS,
    LEGAL_BASES,
    NETWORKS,
    PROGRAMME_PATTERNS,
    SERVICES,
)
from bench.synthetic.world import Drawer, World
from loaders.register_reader import Register

SHARED_CHIEF_EXECUTIVES = 45
ALLIANCES = 15
SHARED_SERVICES = 140
JOINT_COMMITTEES = 50
PROPOSED_COMBINED_AUTHORITIES = 8
PROGRAMMES = 25
SHARED_FINANCE_OFFICERS = 25
NETWORK_MEMBERS = (8, 30)


def draw_world(register: Register, seed: int) -> World:
    """The world for `seed`: the same register and seed always give the same world."""
    councils = english_councils(register)
    world = World(councils=councils, posts=Posts(seed, councils))
    drawer = Drawer(random.Random(f"world-{seed}"), world)
    _repeat(SHARED_CHIEF_EXECUTIVES, lambda: _shared_chief_executive(drawer))
    _repeat(ALLIANCES, lambda: _group(drawer, "strategic_alliance", (2, 2, 2, 3)))
    _repeat(SHARED_SERVICES, lambda: _group(drawer, "shared_service", (2, 2, 2, 3, 3, 4, 5)))
    _repeat(JOINT_COMMITTEES, lambda: _group(drawer, "joint_committee", (2, 2, 3, 4, 5)))
    _repeat(PROGRAMMES, lambda: _programme(drawer))
    _repeat(SHARED_FINANCE_OFFICERS, lambda: _shared_finance_officer(drawer))
    _repeat(PROPOSED_COMBINED_AUTHORITIES, lambda: _proposed_combined_authority(drawer))
    for code in sorted(c.code for c in councils.values() if c.klass == "combined"):
        _combined_authority(drawer, councils[code])
    for network in NETWORKS:
        _network(drawer, network)
    return world


def _repeat(count: int, draw) -> None:
    """Call `draw` until it has made `count` arrangements; a draw returns False when its random
    choice does not fit (too few neighbours, too short a window) and is simply tried again."""
    made = tries = 0
    while made < count and tries < count * 50:
        tries += 1
        made += bool(draw())


def _members(d: Drawer, klass: str, size: int, exclude: set[str]) -> tuple[list[str], date] | None:
    anchor = d.anchor()
    pool = [c for c in d.world.councils_of(klass, anchor) if c.code not in exclude]
    if not pool:
        return None
    lead = d.rng.choice(pool)
    others = d.neighbours(lead, klass, anchor, size - 1)
    if not others or exclude.intersection(others):
        return None
    return [lead.code, *others], anchor


def _shared_chief_executive(d: Drawer) -> bool:
    klass = d.rng.choices(("district", "single"), (0.8, 0.2))[0]
    size = 3 if d.rng.random() < 0.15 else 2
    found = _members(d, klass, size, d.sharing_ce)
    window = found and d.window(found[0])
    if not found or not window:
        return False
    members, times = found[0], d.timeline(window, ends=0.35)
    exits = d.exits(members, times, chance=0.4)
    staying = [m for m in members if m not in {e.council for e in exits}]
    person = d.shared_chief_executive(staying, times)
    d.sharing_ce.update(members)
    name = f"{_stems(d, members)} shared chief executive"
    d.world.add(Arrangement(d.key("sce"), SHARED_CE, name, tuple(members), person=person,
                            exits=tuple(exits), **times))  # type: ignore[arg-type]  # fmt: skip
    if d.rng.random() < 0.6:
        _companion(d, members, exits, times)
    return True


def _shared_finance_officer(d: Drawer) -> bool:
    """Two councils sharing a section 151 officer but not a chief executive: a hard negative."""
    found = _members(d, "district", 2, d.sharing_ce)
    window = found and d.window(found[0])
    if not found or not window:
        return False
    members, times = found[0], d.timeline(window, ends=0.2)
    person = d.world.posts.new_person(members[0])
    first, last = times["start"], times["end"] or times["until"]
    spans = [Override(first, last, person)] * 2  # type: ignore[arg-type]
    d.world.posts.share("section_151_officer", tuple(members), person, spans)
    name = f"{_stems(d, members)} shared section 151 officer"
    d.world.add(Arrangement(d.key("s151"), SHARED_S151, name, tuple(members), person=person,
                            **times))  # fmt: skip
    return True


def _companion(d: Drawer, members: list[str], exits: list[Exit], times: dict) -> None:
    """The alliance or shared management team that comes with a shared chief executive."""
    stems = _area(d, members) if exits else _stems(d, members)
    if d.rng.random() < 0.5:
        kind, name, services = "strategic_alliance", f"{stems} Strategic Alliance", ()
    else:
        kind, name, services = "shared_service", f"{stems} shared management team", ("management",)
    d.world.add(Arrangement(d.key(kind), kind, name, tuple(members), exits=tuple(exits),
                            services=services, **times))  # fmt: skip


def _group(d: Drawer, kind: str, sizes: tuple[int, ...]) -> bool:
    klass = d.rng.choices(("district", "single", "county"), (0.68, 0.27, 0.05))[0]
    found = _members(d, klass, d.rng.choice(sizes), set())
    window = found and d.window(found[0])
    if not found or not window:
        return False
    members, times = found[0], d.timeline(window)
    extra: dict = {}
    if kind == "shared_service":
        extra["services"] = tuple(d.rng.sample(SERVICES, d.rng.choice((1, 1, 1, 2, 3))))
    if kind == "joint_committee":
        extra["topic"] = d.rng.choice(JOINT_COMMITTEE_TOPICS)
        extra["legal_basis"] = d.rng.choice(LEGAL_BASES)
    exits = tuple(d.exits(members, times, chance=0.25))
    name = _group_name(d, kind, members, extra, bool(exits))
    d.world.add(Arrangement(d.key(kind), kind, name, tuple(members), exits=exits,
                            **extra, **times))  # fmt: skip
    return True


def _group_name(d: Drawer, kind: str, members: list[str], extra: dict, exits: bool) -> str:
    """A name built from the members' short names, or for larger groups and groups a council
    leaves (whose name must not keep naming it) from their area."""
    who = _stems(d, members) if len(members) <= 3 and not exits else _area(d, members)
    if kind == "strategic_alliance":
        return f"{who} {d.rng.choice(('Strategic Alliance', 'Strategic Partnership'))}"
    if kind == "joint_committee":
        return f"{who} Joint {extra['topic']} Committee"
    services = extra["services"]
    if len(services) > 1:
        return f"{who} Shared Services"
    service = " ".join(w[0].upper() + w[1:] for w in services[0].split())
    return f"{who} {d.rng.choice(('Shared {} Service', '{} Partnership')).format(service)}"


def _programme(d: Drawer) -> bool:
    anchor = d.anchor()
    counties = d.world.councils_of("county", anchor)
    county = d.rng.choice(counties)
    districts = [c.code for c in d.world.councils_of("district", anchor) if c.county == county.code]
    if len(districts) < 3:
        return False
    members = [county.code, *d.rng.sample(districts, d.rng.randint(2, min(5, len(districts))))]
    window = d.window(members)
    if not window:
        return False
    times = d.timeline(window, ends=0.2)
    exits = tuple(d.exits(members, times, chance=0.3))
    name = d.rng.choice(PROGRAMME_PATTERNS).format(area=county.stem)
    if name in d.world.by_name:
        return False
    d.world.add(Arrangement(d.key("programme"), "programme", name, tuple(members), exits=exits,
                            **times))  # fmt: skip
    return True


def _proposed_combined_authority(d: Drawer) -> bool:
    """A combined authority that was proposed and never created; some councils pull out."""
    found = _members(d, "single", d.rng.randint(3, 5), set())
    window = found and d.window(found[0])
    if not found or not window:
        return False
    members, times = found[0], d.timeline(window)
    proposed = times["proposed"]
    until = min(window.last, proposed + d.days(365, 2 * 365))
    exits: tuple[Exit, ...] = ()
    if d.rng.random() < 0.4:
        exits = (Exit(d.rng.choice(members[1:]), proposed + (until - proposed) / 2, "declined"),)
    name = f"{_area(d, members)} Combined Authority"
    if any(name == c.official for c in d.world.councils.values()) or name in d.world.by_name:
        return False
    d.world.add(Arrangement(d.key("ca"), "combined_authority", name, tuple(members),
                            talks=times["talks"], proposed=proposed, agreed=None, start=None,
                            until=until, exits=exits))  # fmt: skip
    return True


def _combined_authority(d: Drawer, ca: CouncilInfo) -> None:
    """One of the register's combined authorities, with its constituent councils."""
    members = [c.code for c in d.world.councils.values() if c.combined_authority == ca.code]
    window = d.window(members) if members else None
    if not window:
        return
    start = ca.start
    talks = max(window.first, start - timedelta(days=2 * 365))
    proposed = max(talks + timedelta(days=30), start - timedelta(days=365))
    agreed = max(proposed + timedelta(days=30), start - timedelta(days=120))
    if agreed >= start or start >= window.last:
        return
    d.world.add(Arrangement(d.key("ca"), "combined_authority", ca.official, tuple(sorted(members)),
                            talks=talks, proposed=proposed, agreed=agreed, start=start,
                            until=window.last, body=ca.code))  # fmt: skip


def _network(d: Drawer, network: str) -> None:
    """A national network: each council joins on its own timeline."""
    everyone = sorted(c.code for c in d.world.councils.values() if c.klass != "combined")
    for code in d.rng.sample(everyone, d.rng.randint(*NETWORK_MEMBERS)):
        window = d.window([code])
        if window:
            times = d.timeline(window, ends=0.1)
            d.world.add(Arrangement(d.key("network"), "network", network, (code,), **times))


def _stems(d: Drawer, members: list[str]) -> str:
    stems = [d.world.councils[m].stem for m in members]
    return stems[0] if len(stems) == 1 else ", ".join(stems[:-1]) + " and " + stems[-1]


def _area(d: Drawer, members: list[str]) -> str:
    """A place name for a larger group: the lead's county, else its region."""
    lead = d.world.councils[members[0]]
    county = d.world.councils.get(lead.county or "")
    if county:
        return county.stem
    return lead.group if lead.group != "England" else lead.stem
