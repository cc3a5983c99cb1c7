"""Shared-post groups from tiny hand-made snapshots: which arrangements merge, and into what."""

from datetime import date

from graph.fact_snapshot import (
    AppointmentFact,
    CouncilRecord,
    Label,
    PersonRecord,
    SharedPostFact,
    Snapshot,
    Statement,
)
from graph.relationship_records import DocumentRef, EvidenceItem
from graph.shared_post_groups import shared_post_groups

CODES = ("AAA", "BBB", "CCC", "DDD")


def said(day: date, document: str = "doc") -> EvidenceItem:
    return EvidenceItem(DocumentRef(document, document, None, day), "q", (0, 1), "rule", 0.9)


def world(*, posts=(), appointments=(), people=()) -> Snapshot:
    councils = {
        c: CouncilRecord(c, None, f"{c} Council", "non_metropolitan_district", None, None)
        for c in CODES
    }
    return Snapshot(
        councils=councils,
        shared_posts=tuple(posts),
        appointments=tuple(appointments),
        people={p.id: p for p in people},
    )


def person(pid: str, name: str, day: date) -> PersonRecord:
    return PersonRecord(pid, (Label(name, day, "doc"),))


def ceo(aid: str, pid: str, council: str, day: date) -> AppointmentFact:
    return AppointmentFact(aid, pid, "chief_executive", council, (said(day, aid),))


def post(pid: str, councils: tuple[str, ...], day: date, holders=(), start=None, status="agreed"):
    statement = Statement(day, status, start, None, "doc")
    return SharedPostFact(pid, "chief_executive", councils, holders, (statement,), (said(day),))


def test_one_name_as_chief_executive_at_two_councils_is_a_group() -> None:
    snapshot = world(
        appointments=[
            ceo("a1", "p1", "AAA", date(2019, 1, 1)),
            ceo("a2", "p2", "BBB", date(2020, 1, 1)),
        ],
        people=[
            person("p1", "Jo Bloggs", date(2019, 1, 1)),
            person("p2", "Cllr Jo Bloggs", date(2020, 1, 1)),
        ],
    )
    [group] = shared_post_groups(snapshot)
    assert [c.id for c in group.councils] == ["AAA", "BBB"]
    assert group.person is not None and group.person.id == "p1"
    assert (group.start, group.status, len(group.evidence)) == (date(2019, 1, 1), "active", 2)


def test_one_post_at_a_single_council_is_no_group() -> None:
    snapshot = world(
        appointments=[ceo("a1", "p1", "AAA", date(2019, 1, 1))],
        people=[person("p1", "Jo Bloggs", date(2019, 1, 1))],
    )
    assert shared_post_groups(snapshot) == ()


def test_a_shared_post_and_the_same_holders_appointments_merge() -> None:
    snapshot = world(
        posts=[post("s1", ("AAA", "BBB"), date(2018, 1, 1), ("p1",), start=date(2018, 4, 1))],
        appointments=[
            ceo("a1", "p3", "CCC", date(2021, 1, 1)),
            ceo("a2", "p1", "AAA", date(2021, 1, 1)),
        ],
        people=[
            person("p1", "Jo Bloggs", date(2018, 1, 1)),
            person("p3", "Jo Bloggs", date(2021, 1, 1)),
        ],
    )
    [group] = shared_post_groups(snapshot)
    assert [c.id for c in group.councils] == ["AAA", "BBB", "CCC"]
    assert group.start == date(2018, 4, 1)
    assert group.status == "active"  # the 2021 appointments are the latest statements


def test_two_documents_on_the_same_councils_merge_and_others_stay_apart() -> None:
    snapshot = world(
        posts=[
            post("s1", ("AAA", "BBB"), date(2018, 1, 1), status="proposed"),
            post("s2", ("BBB", "AAA"), date(2019, 1, 1), status="agreed"),
            post("s3", ("CCC", "DDD"), date(2019, 1, 1)),
        ]
    )
    groups = shared_post_groups(snapshot)
    assert [[c.id for c in g.councils] for g in groups] == [["AAA", "BBB"], ["CCC", "DDD"]]
    assert groups[0].status == "agreed" and groups[0].person is None


def test_different_people_on_different_councils_stay_apart() -> None:
    snapshot = world(
        posts=[
            post("s1", ("AAA", "BBB"), date(2018, 1, 1), ("p1",)),
            post("s2", ("CCC", "DDD"), date(2018, 1, 1), ("p2",)),
        ],
        people=[
            person("p1", "Jo Bloggs", date(2018, 1, 1)),
            person("p2", "Sam Sample", date(2018, 1, 1)),
        ],
    )
    assert len(shared_post_groups(snapshot)) == 2


def test_a_documents_other_post_for_the_holder_stays_out_of_its_shared_post() -> None:
    # one document: Jo Bloggs shares AAA and BBB's chief executive post, and was formerly
    # chief executive of CCC; the former post is not part of the arrangement
    snapshot = world(
        posts=[post("s1", ("AAA", "BBB"), date(2018, 1, 1), ("p1",))],
        appointments=[
            AppointmentFact("a1", "p3", "chief_executive", "CCC", (said(date(2018, 1, 1)),))
        ],
        people=[
            person("p1", "Jo Bloggs", date(2018, 1, 1)),
            person("p3", "Jo Bloggs", date(2018, 1, 1)),
        ],
    )
    [group] = shared_post_groups(snapshot)
    assert [c.id for c in group.councils] == ["AAA", "BBB"]


def test_a_documents_appointment_at_a_sharing_council_names_the_holder() -> None:
    snapshot = world(
        posts=[post("s1", ("AAA", "BBB"), date(2018, 1, 1))],
        appointments=[
            AppointmentFact("a1", "p1", "chief_executive", "BBB", (said(date(2018, 1, 1)),))
        ],
        people=[person("p1", "Jo Bloggs", date(2018, 1, 1))],
    )
    [group] = shared_post_groups(snapshot)
    assert group.person is not None and group.person.name == "Jo Bloggs"
