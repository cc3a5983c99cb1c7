"""Collects one document's ground truth as its text is written, and turns it into the corpus gold
format (`<stem>.gold.json`): GSS codes, publisher, councils, shared chief executive groups,
partnerships and people."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from bench.synthetic.councils import CouncilInfo


@dataclass(slots=True)
class PartnershipFact:
    name: str
    kind: str
    status: str
    members: list[str] = field(default_factory=list)
    declined: list[str] = field(default_factory=list)
    start: str | None = None


@dataclass(slots=True)
class Gold:
    """What the text states, by register code, in order of first statement."""

    councils: dict[str, None] = field(default_factory=dict)
    shared_ce: list[tuple[str, ...]] = field(default_factory=list)
    partnerships: dict[str, PartnershipFact] = field(default_factory=dict)
    people: dict[tuple[str, str, str | None], None] = field(default_factory=dict)

    def council(self, code: str) -> None:
        self.councils.setdefault(code, None)

    def share_ce(self, codes: tuple[str, ...]) -> None:
        group = tuple(sorted(set(codes)))
        if len(group) > 1 and group not in self.shared_ce:
            self.shared_ce.append(group)

    def partnership(self, key: str, name: str, kind: str, status: str) -> PartnershipFact:
        """The fact for arrangement `key`, made on first statement; later statements add to it."""
        fact = self.partnerships.get(key)
        if fact is None:
            fact = self.partnerships[key] = PartnershipFact(name, kind, status)
        return fact

    def person(self, name: str, role: str, council: str | None) -> None:
        self.people.setdefault((name, role, council), None)

    def to_json(
        self, doc: str, publisher: str | None, councils: dict[str, CouncilInfo]
    ) -> dict[str, Any]:
        def gss(code: str) -> str:
            return councils[code].gss

        return {
            "doc": doc,
            "publisher": gss(publisher) if publisher else None,
            "councils": [gss(c) for c in self.councils],
            "shared_chief_executive": [[gss(c) for c in group] for group in self.shared_ce],
            "partnerships": [_partnership(p, gss) for p in self.partnerships.values()],
            "people": [
                {"name": name, "role": role, "council": gss(code) if code else None}
                for name, role, code in self.people
            ],
        }


def _partnership(fact: PartnershipFact, gss) -> dict[str, Any]:
    return {
        "name": fact.name,
        "kind": fact.kind,
        "members": [gss(c) for c in fact.members],
        "declined": [gss(c) for c in fact.declined],
        "start": fact.start,
        "status": fact.status,
    }
