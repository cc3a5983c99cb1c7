"""Plans one document: its form, the arrangement it is about, its date and publisher, and the
further arrangements it touches on. Each document has its own random generator seeded by the
world seed and its index, so document i is the same whatever else is generated."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from bench.synthetic.arrangements import SHARED_CE, SHARED_S151, Arrangement, Phase
from bench.synthetic.document import Document
from bench.synthetic.world import FIRST_DAY, LAST_DAY, World

FORMS = ("minutes", "report", "press", "release")
FORM_WEIGHTS = (0.42, 0.22, 0.28, 0.08)
TOPICS = (SHARED_CE, "shared_service", "joint_committee", "strategic_alliance",
          "combined_authority", "programme", "network", None)  # fmt: skip
TOPIC_WEIGHTS = (0.22, 0.22, 0.1, 0.08, 0.1, 0.08, 0.05, 0.15)
PHASES: tuple[Phase, ...] = ("talks", "proposed", "agreed", "active", "ended")
PHASE_WEIGHTS = (0.1, 0.2, 0.15, 0.4, 0.15)
COUNCIL_PUBLISHED = ("minutes", "report", "release")


@dataclass(frozen=True, slots=True)
class Plan:
    doc: Document
    primary: Arrangement | None
    others: list[Arrangement]


class Planner:
    def __init__(self, world: World, seed: int) -> None:
        self.world = world
        self.seed = seed
        self.by_topic: dict[str | None, list[Arrangement]] = {t: [] for t in TOPICS}
        for arr in world.arrangements:
            if arr.kind in self.by_topic:
                self.by_topic[arr.kind].append(arr)
        self.publishers = sorted(c.code for c in world.councils.values() if c.klass != "combined")

    def plan(self, index: int) -> Plan:
        rng = random.Random(f"doc-{self.seed}-{index}")
        form = rng.choices(FORMS, FORM_WEIGHTS)[0]
        topic = rng.choices(TOPICS, TOPIC_WEIGHTS)[0]
        if topic is None or not self.by_topic[topic]:
            return self._business(rng, "report" if form == "report" else "minutes")
        primary = rng.choice(self.by_topic[topic])
        day = _day(rng, primary, weekday=form in ("minutes", "report"))
        current = [c for c in primary.current(day) if self.world.councils[c].klass != "combined"]
        publisher = rng.choice(current) if form in COUNCIL_PUBLISHED and current else None
        doc = Document(self.world, rng, day, form if publisher or form == "press" else "press",
                       publisher)  # fmt: skip
        others = self._others(doc, primary)
        self._plan_names(doc, [primary, *others])
        return Plan(doc, primary, others)

    def _business(self, rng: random.Random, form: str) -> Plan:
        """A document about ordinary business, naming only its publisher."""
        day = FIRST_DAY + timedelta(days=rng.randrange((LAST_DAY - FIRST_DAY).days))
        active = [c for c in self.publishers if self.world.councils[c].active_through(day, day)]
        doc = Document(self.world, rng, day, form, rng.choice(active))
        doc.planned.add(doc.publisher or "")
        return Plan(doc, None, [])

    def _others(self, doc: Document, primary: Arrangement) -> list[Arrangement]:
        """Up to two further arrangements of the publisher (or the lead council) in force."""
        focus = doc.publisher or primary.current(doc.day)[0]
        pool = [
            a
            for a in self.world.by_council.get(focus, ())
            if a is not primary
            and a.talks <= doc.day < a.until
            and a.phase(doc.day) != "talks"
            and focus in a.current(doc.day)
            and (a.kind != SHARED_S151 or a.phase(doc.day) == "active")
        ]
        return doc.rng.sample(pool, min(len(pool), doc.rng.choice((0, 1, 1, 2))))

    def _plan_names(self, doc: Document, arrangements: list[Arrangement]) -> None:
        """Every council the document may name, and the fellow members of any network."""
        if doc.publisher:
            doc.planned.add(doc.publisher)
        for arr in arrangements:
            doc.planned.update(arr.members)
            if arr.body:
                doc.planned.add(arr.body)
            if arr.kind == "network":
                fellows = self._fellows(doc, arr)
                doc.fellows[arr.key] = fellows
                doc.planned.update(fellows)

    def _fellows(self, doc: Document, arr: Arrangement) -> tuple[str, ...]:
        others = [
            a.members[0]
            for a in self.world.by_name.get(arr.name, ())
            if a is not arr and a.talks <= doc.day < a.until and a.phase(doc.day) == "active"
        ]
        return tuple(doc.rng.sample(sorted(others), min(len(others), doc.rng.randint(0, 3))))


def _day(rng: random.Random, arr: Arrangement, weekday: bool) -> date:
    """A day in a phase of `arr` drawn by PHASE_WEIGHTS; a weekday for meetings when the
    phase allows it."""
    spans = [(p, arr.phase_span(p)) for p in PHASES]
    usable = [(w, span) for (_, span), w in zip(spans, PHASE_WEIGHTS, strict=True) if span]
    span = rng.choices([s for _, s in usable], [w for w, _ in usable])[0]
    first, last = span
    day = first + timedelta(days=rng.randrange(max(1, (last - first).days)))
    if weekday and day.weekday() >= 5:
        moved = day + timedelta(days=7 - day.weekday())
        day = moved if moved < last else day
    return day
