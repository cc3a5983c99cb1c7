"""Sentences about one arrangement. A `Statement` offers every slot a template may use (the
members, the partners, the name, the start date, the shared chief executive...), renders a
template whose slots it can fill, and records in the gold exactly the facts the rendered text
states: the members it named, the start date if it gave one, the councils that declined."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

from bench.synthetic.arrangements import SHARED_CE, SHARED_S151, Arrangement
from bench.synthetic.document import Document
from bench.synthetic.textforms import (
    MONTHS,
    Slot,
    fields,
    join,
    long_date,
    money,
    render,
    stated_date,
)

THING = {
    "strategic_alliance": ("strategic alliance", "strategic partnership"),
    "joint_committee": ("joint committee",),
    "combined_authority": ("combined authority",),
    "programme": ("programme", "partnership programme", "joint programme"),
    "network": ("network",),
    SHARED_CE: ("shared chief executive arrangement",),
    SHARED_S151: ("shared finance officer arrangement",),
}


_WORDING: dict[str, tuple[bool, bool]] = {}


def _wording(template: str) -> tuple[bool, bool]:
    """Whether `template` speaks of exactly two councils ("both", "two councils"), and whether
    it lists "{focus} and {partners}" (which reads badly for more than two)."""
    found = _WORDING.get(template)
    if found is None:
        lower = template.lower()
        found = ("both" in lower or "two " in lower, "{focus} and {partners}" in template)
        _WORDING[template] = found
    return found


FOCUS_SLOTS = frozenset({"focus", "focus_possessive", "members", "bare"})


def _implies_focus(names: tuple[str, ...]) -> bool:
    """Whether a template names the partners but leaves the focus council to the reader (the
    publisher of minutes: "the Council joins ... with {partners}")."""
    return "partners" in names and FOCUS_SLOTS.isdisjoint(names)


class Statement:
    """Renders templates about `arrangement` as of the document's date, `focus` first."""

    def __init__(self, doc: Document, arrangement: Arrangement, focus: str | None = None) -> None:
        self.doc = doc
        self.arr = arrangement
        self.phase = arrangement.phase(doc.day)
        current = arrangement.current(doc.day)
        self.focus = focus if focus in current else current[0]
        self.current = (self.focus, *(c for c in current if c != self.focus))
        self.leavers = [e.council for e in arrangement.exited(doc.day)]
        self.fellows = doc.fellows.get(arrangement.key, ())
        self._missing = self._unavailable()
        self.named: list[str] = []
        self.declined: list[str] = []
        self.start: str | None = None
        self.slots = self._slots()

    def usable(self, template: str) -> bool:
        wants_two, lists_focus = _wording(template)
        if (wants_two and len(self.current) != 2) or (lists_focus and len(self.current) > 2):
            return False
        names = fields(template)
        if self.doc.publisher is None and _implies_focus(names):
            return False  # only a council's own document can leave itself unnamed
        return self._missing.isdisjoint(names)

    def text(self, templates: Sequence[str]) -> str:
        """A sentence from `templates` that states no fact (talks, quotes, context)."""
        return render(self._pick(templates), self.slots)

    def fact(self, templates: Sequence[str], template: str | None = None) -> str:
        """A sentence from `templates` (or `template` itself) that states the arrangement; its
        facts go to the gold."""
        self.named, self.declined, self.start = [], [], None
        template = template or self._pick(templates)
        sentence = render(template, self.slots)
        if _implies_focus(fields(template)):
            self.named.insert(0, self.focus)  # "the Council ... with {partners}"
        self._record()
        return sentence

    def facts(self, templates: Sequence[str], count: int) -> list[str]:
        """Up to `count` sentences from different templates."""
        usable = [t for t in templates if self.usable(t)] or [templates[0]]
        chosen = self.doc.rng.sample(usable, min(count, len(usable)))
        return [self.fact(templates, t) for t in chosen]

    def _pick(self, templates: Sequence[str]) -> str:
        usable = [t for t in templates if self.usable(t)]
        return self.doc.rng.choice(usable or [templates[0]])

    def _record(self) -> None:
        members = [c for c in dict.fromkeys(self.named) if c in self.current]
        if self.arr.kind == SHARED_S151 or (not members and not self.declined):
            return
        gold = self.doc.gold
        if self.arr.kind == SHARED_CE:
            if len(members) > 1:
                gold.share_ce(tuple(members))
            return
        fact = gold.partnership(self.arr.key, self.arr.name, self.arr.kind, self.phase)
        fact.members.extend(m for m in members if m not in fact.members)
        fact.declined.extend(d for d in self.declined if d not in fact.declined)
        fact.start = fact.start or self.start

    def _unavailable(self) -> frozenset[str]:
        """Slots this arrangement cannot fill on the document's day."""
        arr = self.arr
        several = len(self.current) > 1
        missing = {
            "partners": not several,
            "bare": not 1 < len(self.current) <= 3 or not self.doc.bare_ok(self.current),
            "person": arr.person is None,
            "person_ce": arr.person is None,
            "person_s151": arr.person is None,
            "person_lead": arr.person is None,
            "start": arr.start is None,
            "start_from": arr.start is None,
            "year": arr.start is None,
            "end": arr.end is None,
            "leaver": not self.leavers,
            "fellows": not self.fellows,
            "service": not arr.services,
            "topic": arr.topic is None,
            "basis": arr.legal_basis is None,
            "mayor": arr.body is None or self._mayor() is None,
        }
        return frozenset(name for name, gone in missing.items() if gone)

    def _slots(self) -> dict[str, Slot]:
        doc, arr = self.doc, self.arr
        return {
            "members": lambda: self._name_all(self.current),
            "focus": lambda: self._name_all((self.focus,)),
            "focus_possessive": self._focus_possessive,
            "partners": lambda: self._name_all(self.current[1:]),
            "bare": self._bare,
            "fellows": lambda: self._name_all(self.fellows),
            "leaver": self._leaver,
            "name": self._name,
            "thing": lambda: doc.rng.choice(self._things()),
            "service": lambda: join(list(arr.services)),
            "topic": lambda: (arr.topic or "").lower(),
            "basis": lambda: arr.legal_basis or "",
            "start": lambda: self._start(""),
            "start_from": lambda: self._start(doc.rng.choice(("from ", "with effect from "))),
            "year": self._year,
            "end": self._end,
            "next_date": lambda: long_date(doc.day + timedelta(days=doc.rng.randint(9, 45))),
            "saving": lambda: money(doc.rng, 60_000, 900_000),
            "fee": lambda: money(doc.rng, 5_000, 40_000),
            "person": lambda: doc.person(arr.person or "", None, None),
            "person_ce": lambda: self._person_post("chief_executive"),
            "person_s151": lambda: self._person_post("section_151_officer"),
            "person_lead": self._person_lead,
            "mayor": self._mayor_name,
            "staff": lambda: str(doc.rng.randint(12, 240)),
            "senior": lambda: str(doc.rng.randint(8, 16)),
        }

    def _name_all(self, codes: Sequence[str]) -> str:
        self.named.extend(codes)
        return self.doc.councils(codes)

    def _focus_possessive(self) -> str:
        self.named.append(self.focus)
        return self.doc.possessive(self.focus)

    def _bare(self) -> str:
        self.named.extend(self.current)
        return self.doc.bare(self.current)

    def _leaver(self) -> str:
        self.declined.extend(self.leavers)
        return self.doc.councils(self.leavers)

    def _name(self) -> str:
        if self.arr.body and self.phase in ("active", "ended"):
            return self.doc.council(self.arr.body, formal=True)
        return self.arr.name

    def _things(self) -> tuple[str, ...]:
        if self.arr.kind == "shared_service":
            service = join(list(self.arr.services)) if self.arr.services else "back-office"
            return (f"shared {service} service", f"joint {service} service")
        return THING[self.arr.kind]

    def _start(self, prefix: str) -> str:
        text, iso = stated_date(self.arr.start, self.doc.rng)  # type: ignore[arg-type]
        self.start = iso
        return prefix + text

    def _end(self) -> str:
        """The end as "March 2019" or "2019" (templates say "in {end}")."""
        end = self.arr.end
        if end is None:
            return ""
        return (
            str(end.year) if self.doc.rng.random() < 0.4 else f"{MONTHS[end.month - 1]} {end.year}"
        )

    def _year(self) -> str:
        self.start = str(self.arr.start.year)  # type: ignore[union-attr]
        return self.start

    def _person_post(self, role: str) -> str:
        """The shared post holder, stated to hold `role` at every current member."""
        name = self.arr.person or ""
        text = self.doc.person(name, role, self.current[0])
        for code in self.current[1:]:
            self.doc.person(name, role, code)
        return text

    def _person_lead(self) -> str:
        """ "P, chief executive of <lead>": the post the shared chief executive holds already."""
        lead = self.arr.members[0]
        name = self.doc.person(self.arr.person or "", "chief_executive", lead)
        if lead in self.current:
            self.named.append(lead)
        return f"{name}, chief executive of {self.doc.council(lead)},"

    def _mayor(self) -> str | None:
        return self.doc.holder(self.arr.body, "mayor") if self.arr.body else None

    def _mayor_name(self) -> str:
        return self.doc.person(self._mayor() or "", "mayor", self.arr.body)
