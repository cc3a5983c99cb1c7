"""One document being written: its random generator, date, publisher and gold, and the naming
rules a careful writer follows. A council is introduced by a full name (sometimes defining an
abbreviation) and afterwards called by the abbreviation, its short name, "the Council" (the
publisher) or "the county council" when that is unambiguous. Every name written is recorded in
the gold, so the gold's councils are exactly the councils the text names."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date

from bench.synthetic.councils import CouncilInfo
from bench.synthetic.gold import Gold
from bench.synthetic.textforms import join
from bench.synthetic.world import World

COUNCIL_PUBLISHED = ("minutes", "report", "release")


@dataclass(slots=True)
class Document:
    world: World
    rng: random.Random
    day: date
    kind: str  # minutes | report | press | release
    publisher: str | None
    gold: Gold = field(default_factory=Gold)
    planned: set[str] = field(default_factory=set)  # councils the plan may name
    places: set[str] = field(default_factory=set)  # councils whose names appear only as places
    distractors: list[dict] = field(default_factory=list)  # for the manifest
    fellows: dict[str, tuple[str, ...]] = field(default_factory=dict)  # network key -> co-members
    _abbreviations: dict[str, str] = field(default_factory=dict)  # code -> defined abbreviation
    _named: list[str] = field(default_factory=list)
    _people: dict[str, str] = field(default_factory=dict)  # person -> form used first
    _surnames: dict[str, int] = field(default_factory=dict)  # surname -> people named with it

    def info(self, code: str) -> CouncilInfo:
        return self.world.councils[code]

    def council(self, code: str, first: str | None = None, formal: bool = False) -> str:
        """A name for council `code` at this point of the text; `first` forces the form and
        `formal` rules out descriptions ("the Council", "the county council")."""
        self.gold.council(code)
        if first is not None or code not in self._named:
            self._named.append(code)
            return first or self._introduce(self.info(code))
        return self._again(self.info(code), formal)

    def councils(self, codes: list[str] | tuple[str, ...]) -> str:
        return join([self.council(c) for c in codes], self.rng)

    def bare(self, codes: list[str] | tuple[str, ...]) -> str:
        """Short names only ("High Peak and Staffordshire Moorlands"), for "... councils"."""
        for code in codes:
            self.gold.council(code)
            if code not in self._named:
                self._named.append(code)
        return join([self.info(c).stem for c in codes], self.rng)

    def bare_ok(self, codes: list[str] | tuple[str, ...]) -> bool:
        return all(self.info(c).bare_ok for c in codes)

    def possessive(self, code: str) -> str:
        name = self.council(code)
        return f"{name}'" if name.endswith("s") else f"{name}'s"

    def _introduce(self, info: CouncilInfo) -> str:
        name = self.rng.choice(info.full_forms)
        abbreviation = info.abbreviation
        formal = self.kind in COUNCIL_PUBLISHED
        if (
            abbreviation
            and name == info.official
            and self.rng.random() < (0.35 if formal else 0.12)
            and abbreviation not in self._abbreviations.values()
        ):
            self._abbreviations[info.code] = abbreviation
            return (
                f'{name} ("{abbreviation}")'
                if self.rng.random() < 0.3
                else f"{name} ({abbreviation})"
            )
        return name

    def _again(self, info: CouncilInfo, formal: bool = False) -> str:
        roll = self.rng.random()
        if formal:
            return self._abbreviations.get(info.code) or self.rng.choice(info.full_forms)
        if info.code == self.publisher and self.kind in COUNCIL_PUBLISHED and roll < 0.6:
            return "the Council"
        if info.code in self._abbreviations and roll < 0.8:
            return self._abbreviations[info.code]
        descriptor = info.descriptor
        if descriptor and roll < 0.3 and self._unique(info, descriptor):
            return descriptor
        if info.bare_ok and roll < 0.6:
            return info.stem
        return self.rng.choice(info.full_forms)

    def _unique(self, info: CouncilInfo, descriptor: str) -> bool:
        """Whether `descriptor` picks out `info` among the councils named so far."""
        others = (self.info(c) for c in self._named if c != info.code)
        return all(o.descriptor != descriptor for o in others)

    def person(self, name: str, role: str | None, council: str | None) -> str:
        """The form of `name` to write here (full or initial first, then often the surname) and,
        when `role` is given, the fact that `name` holds `role` at `council`."""
        first = self._people.get(name)
        surname = name.split()[-1]
        if first is None:
            first = self._people[name] = self._first_form(name)
            self._surnames[surname] = self._surnames.get(surname, 0) + 1
            text = first
        elif self._surnames[surname] == 1 and self.rng.random() < 0.6:
            text = surname  # only while no one else in the text has that surname
        else:
            text = first
        if role is not None:
            self.gold.person(first, role, council)
        return text

    def named_person(self, name: str) -> bool:
        return name in self._people

    def _first_form(self, name: str) -> str:
        if self.kind == "minutes" and self.rng.random() < 0.5:
            given, surname = name.split(" ", 1)
            return f"{given[0]}. {surname}" if self.rng.random() < 0.7 else f"{given[0]} {surname}"
        return name

    def holder(self, code: str, role: str) -> str | None:
        return self.world.posts.holder(code, role, self.day)
