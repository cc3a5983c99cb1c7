"""The ground-truth relationships of the synthetic world: who shares a chief executive and which
partnerships exist, with their members and the dates they move through."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

Phase = Literal["talks", "proposed", "agreed", "active", "ended"]
SHARED_CE = "shared_chief_executive"
SHARED_S151 = "shared_section_151_officer"  # not a gold fact: a hard negative for SHARED_CE


@dataclass(frozen=True, slots=True)
class Exit:
    """A member that declined to join (at the decision) or left later."""

    council: str
    on: date
    how: Literal["declined", "left"]


@dataclass(frozen=True, slots=True)
class Arrangement:
    """One relationship and its life: informal talks, a formal proposal, the decision, the start
    and perhaps an end. `members` lists every council ever in it, the lead council first."""

    key: str
    kind: str  # SHARED_CE or a partnership kind
    name: str
    members: tuple[str, ...]
    talks: date
    proposed: date
    agreed: date | None  # None: the proposal never went further
    start: date | None
    until: date  # documents about it are dated no later than this
    end: date | None = None
    exits: tuple[Exit, ...] = ()
    person: str | None = None  # the shared chief executive
    services: tuple[str, ...] = ()
    topic: str | None = None  # a joint committee's subject
    legal_basis: str | None = None
    body: str | None = None  # register code of the combined authority the partnership created

    def phase(self, day: date) -> Phase:
        if day < self.proposed:
            return "talks"
        if self.agreed is None or day < self.agreed:
            return "proposed"
        if self.start is None or day < self.start:
            return "agreed"
        if self.end is None or day < self.end:
            return "active"
        return "ended"

    def current(self, day: date) -> tuple[str, ...]:
        """Members that have not declined or left by `day`."""
        gone = {e.council for e in self.exits if e.on <= day}
        return tuple(m for m in self.members if m not in gone)

    def exited(self, day: date) -> tuple[Exit, ...]:
        return tuple(e for e in self.exits if e.on <= day)

    def phase_span(self, phase: Phase) -> tuple[date, date] | None:
        """The days (first, last exclusive) on which the arrangement is in `phase`, within the
        window documents are dated in; None when it never is."""
        bounds = [self.talks, self.proposed, self.agreed, self.start, self.end, self.until]
        order = ("talks", "proposed", "agreed", "active", "ended")
        i = order.index(phase)
        first = bounds[i]
        later = [b for b in bounds[i + 1 :] if b is not None]
        if first is None or not later:
            return None
        last = min(later[0], self.until)
        return (first, last) if first < last else None
