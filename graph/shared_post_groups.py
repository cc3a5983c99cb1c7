"""Shared-post groups: councils sharing one post holder, from shared-post facts and from one
person holding the chief executive post at several councils, merged when they describe the same
arrangement (same councils, or a holder of the same name). See graph/repository.py.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from graph.fact_rules import fact_dates, fact_status, latest_label, ordered_evidence
from graph.fact_snapshot import AppointmentFact, Snapshot, Statement
from graph.ids import normalise_name
from graph.model import Role
from graph.relationship_records import EvidenceItem, PersonRef, SharedPostGroup

NAME_GROUPED_ROLES: frozenset[Role] = frozenset({"chief_executive"})


@dataclass(slots=True)
class _Candidate:
    role: Role
    councils: set[str]
    statements: list[Statement] = field(default_factory=list)
    evidence: list[EvidenceItem] = field(default_factory=list)
    # normalised holder name -> (ids of that name's person nodes, latest evidence date naming it)
    holders: dict[str, tuple[set[str], date | None]] = field(default_factory=dict)

    def add_holder(self, name: str, person: str, evidence: list[EvidenceItem]) -> None:
        dates = [e.document.date for e in evidence if e.document.date is not None]
        ids, latest = self.holders.get(name, (set(), None))
        newest = max([d for d in (latest, *dates) if d is not None], default=None)
        self.holders[name] = (ids | {person}, newest)

    def absorb(self, other: _Candidate) -> None:
        self.councils |= other.councils
        self.statements += other.statements
        self.evidence += other.evidence
        for name, (ids, latest) in other.holders.items():
            known, mine = self.holders.get(name, (set(), None))
            newest = max([d for d in (latest, mine) if d is not None], default=None)
            self.holders[name] = (known | ids, newest)


def shared_post_groups(snapshot: Snapshot) -> tuple[SharedPostGroup, ...]:
    """Every group of two or more councils, at any time, ordered by role then council ids."""
    posts = _from_posts(snapshot)
    candidates = posts + _from_names(snapshot, _name_holders(snapshot, posts))
    groups = [_group(merged, snapshot) for merged in _merge(candidates)]
    groups = [g for g in groups if len(g.councils) >= 2]
    return tuple(sorted(groups, key=lambda g: (g.role, tuple(c.id for c in g.councils))))


def _person_name(snapshot: Snapshot, person: str) -> str | None:
    record = snapshot.people.get(person)
    label = latest_label(record.labels) if record else None
    return normalise_name(label) if label else None


def _from_posts(snapshot: Snapshot) -> list[_Candidate]:
    found = []
    for post in snapshot.shared_posts:
        candidate = _Candidate(post.role, set(post.councils), list(post.statements))
        candidate.evidence = list(post.evidence)
        for person in post.holders:
            name = _person_name(snapshot, person)
            if name:
                candidate.add_holder(name, person, candidate.evidence)
        found.append(candidate)
    return found


def _name_holders(snapshot: Snapshot, posts: list[_Candidate]) -> list[AppointmentFact]:
    """A document that states a shared post says which councils share it. Its appointments
    to that post at one of those councils name the holder; its appointments elsewhere are
    separate posts ("formerly chief executive of X") and group nothing. The appointments
    left are those from documents stating no shared post of their role."""
    posts_told: dict[tuple[str, Role], list[_Candidate]] = defaultdict(list)
    for candidate in posts:
        for document in {e.document.id for e in candidate.evidence}:
            posts_told[(document, candidate.role)].append(candidate)
    left = []
    for fact in snapshot.appointments:
        told = [p for e in fact.evidence for p in posts_told.get((e.document.id, fact.role), ())]
        name = _person_name(snapshot, fact.person)
        for candidate in told:
            if name and fact.council in candidate.councils:
                candidate.add_holder(name, fact.person, list(fact.evidence))
        if not told:
            left.append(fact)
    return left


def _from_names(snapshot: Snapshot, facts: list[AppointmentFact]) -> list[_Candidate]:
    """One candidate per (role, holder name) with the post at two or more councils."""
    appointments: dict[tuple[Role, str], list[AppointmentFact]] = defaultdict(list)
    councils: dict[tuple[Role, str], set[str]] = defaultdict(set)
    for fact in facts:
        name = _person_name(snapshot, fact.person)
        if fact.role in NAME_GROUPED_ROLES and name and fact.council:
            appointments[(fact.role, name)].append(fact)
            councils[(fact.role, name)].add(fact.council)
    for post in snapshot.shared_posts:
        for person in post.holders:
            name = _person_name(snapshot, person)
            if post.role in NAME_GROUPED_ROLES and name and (post.role, name) in councils:
                councils[(post.role, name)].update(post.councils)
    return [
        _appointed(role, name, councils[(role, name)], facts)
        for (role, name), facts in appointments.items()
        if len(councils[(role, name)]) >= 2
    ]


def _appointed(role: Role, name: str, councils: set[str], facts: list[AppointmentFact]):
    candidate = _Candidate(role, set(councils))
    for fact in facts:
        candidate.evidence += fact.evidence
        candidate.statements += [Statement(e.document.date, "active") for e in fact.evidence]
        candidate.add_holder(name, fact.person, list(fact.evidence))
    return candidate


def _merge(candidates: list[_Candidate]) -> list[_Candidate]:
    """Union of candidates of one role sharing a council set or a holder name, transitively."""
    parent = list(range(len(candidates)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first_seen: dict[tuple[object, ...], int] = {}
    for index, candidate in enumerate(candidates):
        keys = [(candidate.role, "councils", frozenset(candidate.councils))]
        keys += [(candidate.role, "holder", name) for name in candidate.holders]
        for key in keys:
            other = first_seen.setdefault(key, index)
            parent[root(index)] = root(other)
    merged: dict[int, _Candidate] = {}
    for index, candidate in enumerate(candidates):
        into = merged.setdefault(root(index), _Candidate(candidate.role, set()))
        into.absorb(candidate)
    return list(merged.values())


def _group(candidate: _Candidate, snapshot: Snapshot) -> SharedPostGroup:
    evidence = ordered_evidence(candidate.evidence)
    start, end = fact_dates(candidate.statements, evidence)
    councils = sorted(candidate.councils)
    return SharedPostGroup(
        role=candidate.role,
        councils=tuple(snapshot.councils[code].brief for code in councils),
        person=_holder(candidate, snapshot),
        start=start,
        end=end,
        status=fact_status(candidate.statements),
        evidence=evidence,
    )


def _holder(candidate: _Candidate, snapshot: Snapshot) -> PersonRef | None:
    if not candidate.holders:
        return None
    ordinal = {n: (d.toordinal() if d else -1) for n, (_, d) in candidate.holders.items()}
    name = min(candidate.holders, key=lambda n: (-ordinal[n], n))
    person = min(candidate.holders[name][0])
    label = latest_label(snapshot.people[person].labels) or name
    return PersonRef(person, label)
