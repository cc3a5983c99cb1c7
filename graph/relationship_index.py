"""A snapshot with the rules applied once: each fact's dates and status, and indexes by council
and person, from which every relationship of a council or post of a person is listed."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from graph.fact_rules import (
    fact_dates,
    fact_status,
    latest_label,
    link_status,
    ordered_evidence,
    overlap,
)
from graph.fact_snapshot import (
    AppointmentFact,
    CouncilRecord,
    MembershipFact,
    PartnershipFact,
    Reorganisation,
    SharedPostFact,
    Snapshot,
)
from graph.model import Status
from graph.relationship_records import (
    REGISTER_RULE,
    RELATIONSHIP_KINDS,
    EvidenceItem,
    PartnershipRef,
    PersonRef,
    Relationship,
    RelationshipKind,
    SharedPostGroup,
)
from graph.repository import holds_on
from graph.shared_post_groups import shared_post_groups


@dataclass(frozen=True, slots=True)
class Derived:
    """A fact with its rules applied."""

    status: Status
    start: date | None
    end: date | None
    evidence: tuple[EvidenceItem, ...]

    def holds_on(self, as_of: date | None) -> bool:
        return holds_on(self.start, self.end, as_of)


def derive(
    fact: PartnershipFact | MembershipFact | SharedPostFact | AppointmentFact,
) -> Derived:
    statements = getattr(fact, "statements", ())
    evidence = ordered_evidence(fact.evidence)
    start, end = fact_dates(statements, evidence)
    return Derived(fact_status(statements), start, end, evidence)


def relationship_key(relationship: Relationship) -> tuple[object, ...]:
    partnership = relationship.partnership
    return (
        RELATIONSHIP_KINDS.index(relationship.kind),
        partnership.name.casefold() if partnership else "",
        tuple(c.id for c in relationship.councils),
        partnership.id if partnership else "",
        relationship.role or "",
    )


class RelationshipIndex:
    """Derived facts and the lookups the answers need. Build once per snapshot."""

    def __init__(self, snapshot: Snapshot) -> None:
        self.snapshot = snapshot
        self.partnerships = {pid: derive(p) for pid, p in snapshot.partnerships.items()}
        self.memberships = {m.id: derive(m) for m in snapshot.memberships}
        self.posts = {p.id: derive(p) for p in snapshot.shared_posts}
        self.appointments = {a.id: derive(a) for a in snapshot.appointments}
        self.groups: tuple[SharedPostGroup, ...] = shared_post_groups(snapshot)
        self.register_evidence = (EvidenceItem(snapshot.register, None, None, REGISTER_RULE, 1.0),)
        self._index()

    def _index(self) -> None:
        snapshot = self.snapshot
        self.members_of: dict[str, list[MembershipFact]] = defaultdict(list)
        self.memberships_of: dict[str, list[MembershipFact]] = defaultdict(list)
        for membership in snapshot.memberships:
            self.members_of[membership.partnership].append(membership)
            self.memberships_of[membership.council].append(membership)
        self.districts: dict[str, list[str]] = defaultdict(list)
        self.constituents: dict[str, list[str]] = defaultdict(list)
        for council in snapshot.councils.values():
            if council.county in snapshot.councils:
                self.districts[council.county].append(council.id)
            if council.combined_authority in snapshot.councils:
                self.constituents[council.combined_authority].append(council.id)
        self.reorganised: dict[str, list[Reorganisation]] = defaultdict(list)
        for event in snapshot.reorganisations:
            for code in {event.abolished, *event.successors}:
                self.reorganised[code].append(event)
        self.groups_of: dict[str, list[SharedPostGroup]] = defaultdict(list)
        for group in self.groups:
            for council in group.councils:
                self.groups_of[council.id].append(group)
        self._index_people()

    def _index_people(self) -> None:
        # Filled as asked (a search of connections asks for the same people hundreds of times);
        # a snapshot never changes, so what two threads both fill in is the same.
        self._person_refs: dict[str, PersonRef] = {}
        self._posts: dict[str, list[Relationship]] = {}
        self.appointments_of: dict[str, list[AppointmentFact]] = defaultdict(list)
        self.held_by: dict[str, list[SharedPostFact]] = defaultdict(list)
        self.people_at: dict[str, set[str]] = defaultdict(set)  # council -> person ids
        for appointment in self.snapshot.appointments:
            self.appointments_of[appointment.person].append(appointment)
            if appointment.council:
                self.people_at[appointment.council].add(appointment.person)
        for post in self.snapshot.shared_posts:
            for person in post.holders:
                self.held_by[person].append(post)
                for council in post.councils:
                    self.people_at[council].add(person)

    # --- names and references ----------------------------------------------------------------

    def partnership_name(self, partnership: PartnershipFact) -> str:
        return latest_label(partnership.labels) or partnership.id

    def partnership_ref(self, partnership_id: str) -> PartnershipRef:
        partnership = self.snapshot.partnerships[partnership_id]
        return PartnershipRef(partnership_id, self.partnership_name(partnership), partnership.kind)

    def person_ref(self, person_id: str) -> PersonRef:
        ref = self._person_refs.get(person_id)
        if ref is None:
            record = self.snapshot.people.get(person_id)
            name = latest_label(record.labels) if record else None
            ref = self._person_refs[person_id] = PersonRef(person_id, name or person_id)
        return ref

    def current_members(self, partnership_id: str, as_of: date | None) -> list[MembershipFact]:
        """Memberships of a partnership holding on as_of and not declined, by council id."""
        found = [
            m
            for m in self.members_of[partnership_id]
            if self.memberships[m.id].status != "declined"
            and self.memberships[m.id].holds_on(as_of)
        ]
        return sorted(found, key=lambda m: m.council)

    # --- relationships -------------------------------------------------------------------------

    def relationships_of(self, code: str, as_of: date | None) -> list[Relationship]:
        """Every relationship of council `code` holding on as_of, in relationship order."""
        found = self._partnership_links(code, as_of) + self._post_links(code, as_of)
        found += [r for r in self._register_links(code) if holds_on(r.start, r.end, as_of)]
        return sorted(found, key=relationship_key)

    def _partnership_links(self, code: str, as_of: date | None) -> list[Relationship]:
        found = []
        for membership in self.memberships_of[code]:
            derived = self.memberships[membership.id]
            if not derived.holds_on(as_of):
                continue
            others = [
                self.snapshot.councils[m.council].brief
                for m in self.current_members(membership.partnership, as_of)
                if m.council != code
            ]
            found.append(
                Relationship(
                    kind="partnership",
                    status=derived.status,
                    start=derived.start,
                    end=derived.end,
                    councils=tuple(others),
                    evidence=derived.evidence,
                    partnership=self.partnership_ref(membership.partnership),
                )
            )
        return found

    def _post_links(self, code: str, as_of: date | None) -> list[Relationship]:
        return [
            Relationship(
                kind="shared_post",
                status=group.status,
                start=group.start,
                end=group.end,
                councils=tuple(c for c in group.councils if c.id != code),
                evidence=group.evidence,
                role=group.role,
                person=group.person,
            )
            for group in self.groups_of[code]
            if holds_on(group.start, group.end, as_of)
        ]

    def _register_links(self, code: str) -> list[Relationship]:
        councils = self.snapshot.councils
        council = councils[code]
        pairs: list[tuple[RelationshipKind, str]] = []
        if council.county in councils:
            pairs.append(("county", council.county))
        pairs += [("district", d) for d in self.districts[code]]
        if council.combined_authority in councils:
            pairs.append(("combined_authority", council.combined_authority))
        pairs += [("constituent", c) for c in self.constituents[code]]
        links = [self._tier_link(kind, council, councils[other]) for kind, other in pairs]
        return links + self._reorganisation_links(code)

    def _tier_link(
        self, kind: RelationshipKind, council: CouncilRecord, other: CouncilRecord
    ) -> Relationship:
        start, end = overlap((council.start, council.end), (other.start, other.end))
        return Relationship(
            kind, link_status(end), start, end, (other.brief,), self.register_evidence
        )

    def _reorganisation_links(self, code: str) -> list[Relationship]:
        links = []
        for event in self.reorganised[code]:
            if code in event.successors:
                pairs: list[tuple[RelationshipKind, str]] = [("predecessor", event.abolished)]
            elif event.abolished == code:
                pairs = [("successor", s) for s in event.successors]
            else:
                continue
            links += [
                Relationship(
                    kind,
                    "active",
                    event.effective,
                    None,
                    (self.snapshot.councils[other].brief,),
                    self.register_evidence,
                )
                for kind, other in pairs
            ]
        return links

    # --- a person's posts ----------------------------------------------------------------------

    def posts_of(self, person_id: str, as_of: date | None) -> list[Relationship]:
        """Appointments and shared posts held by a person, holding on as_of."""
        posts = self._posts.get(person_id)
        if posts is None:
            posts = self._posts[person_id] = self._all_posts(person_id)
        return [r for r in posts if holds_on(r.start, r.end, as_of)]

    def _all_posts(self, person_id: str) -> list[Relationship]:
        person = self.person_ref(person_id)
        found = []
        for appointment in self.appointments_of[person_id]:
            derived = self.appointments[appointment.id]
            council = self.snapshot.councils.get(appointment.council or "")
            councils = (council.brief,) if council else ()
            found.append(self._post(derived, "appointment", councils, appointment.role, person))
        for post in self.held_by[person_id]:
            councils = tuple(self.snapshot.councils[c].brief for c in sorted(post.councils))
            found.append(
                self._post(self.posts[post.id], "shared_post", councils, post.role, person)
            )
        return sorted(found, key=relationship_key)

    @staticmethod
    def _post(derived: Derived, kind: RelationshipKind, councils, role, person) -> Relationship:
        return Relationship(
            kind=kind,
            status=derived.status,
            start=derived.start,
            end=derived.end,
            councils=councils,
            evidence=derived.evidence,
            role=role,
            person=person,
        )
