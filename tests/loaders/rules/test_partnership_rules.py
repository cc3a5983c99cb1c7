"""Partnerships from short texts written for these tests: kinds, members, declined councils,
status, start dates, services, legal basis, savings; and the talk that must stay talk."""

from __future__ import annotations


def found(extraction, short) -> dict[str, tuple[str, set[str]]]:
    return {p.name: (p.kind, set(short(p.members))) for p in extraction.partnerships}


def one(extraction):
    [partnership] = extraction.partnerships
    return partnership


def test_an_alliance_between_two_councils_with_its_start(extract, short):
    text = (
        "Finalised in July 2020, the Strategic Alliance between Mendip District Council and "
        "Sedgemoor District Council sees both councils share a management team."
    )
    alliance = one(extract(text))
    assert (alliance.kind, set(short(alliance.members))) == (
        "strategic_alliance",
        {"Mendip", "Sedgemoor"},
    )
    assert (alliance.status, alliance.start) == ("active", "2020-07")


def test_a_named_alliance_and_its_joint_committee_in_a_resolution(extract, short):
    text = (
        "Minutes\n\nThe Leader presented the report on the Rother and Wealden Strategic "
        "Alliance.\n\n"
        "RESOLVED that (1) the formation of a Strategic Alliance with Wealden District Council, "
        "to come into effect from 1st April 2012,\n"
        "(2) the Alliance be overseen by a Joint Committee established under Sections 101 and "
        "102 of the Local Government Act 1972,\n"
    )
    extraction = extract(text)
    kinds = {p.kind: p for p in extraction.partnerships}
    alliance, committee = kinds["strategic_alliance"], kinds["joint_committee"]
    assert alliance.name == "Rother and Wealden Strategic Alliance"
    assert set(short(alliance.members)) == set(short(committee.members)) == {"Rother", "Wealden"}
    assert (alliance.status, alliance.start) == ("agreed", "2012-04-01")
    assert committee.legal_basis == "s.101/102 Local Government Act 1972"


def test_shared_services_with_the_services_named(extract, short):
    text = (
        "Since 2011, Mendip and Sedgemoor councils have shared functions such as IT, "
        "human resources and legal services."
    )
    service = one(extract(text))
    assert service.kind == "shared_service"
    assert set(short(service.members)) == {"Mendip", "Sedgemoor"}
    assert service.services == ("ICT", "legal", "human resources")
    assert (service.status, service.start) == ("active", "2011")


def test_a_council_that_declined_is_not_a_member(extract, short):
    text = (
        "Two years ago Babergh, Forest Heath and Mid Suffolk District Councils agreed in "
        "principle to share senior management, but Forest Heath decided not to go ahead."
    )
    service = one(extract(text))
    assert set(short(service.members)) == {"Babergh", "Mid Suffolk"}
    assert short(service.declined) == ["Forest Heath"]


def test_notice_served_ends_an_arrangement(extract, short):
    text = (
        "Westminster and Kensington and Chelsea councils have told Hammersmith and Fulham that "
        "they are bringing an end to the tri-borough arrangement."
    )
    arrangement = one(extract(text))
    assert arrangement.name == "tri-borough"
    assert arrangement.status == "ended"
    assert len(arrangement.members) == 3


def test_a_count_announces_the_list_that_follows(extract, short):
    text = (
        "Four councils are planning to form a combined authority. The authorities - Barnsley "
        "MBC, Doncaster MBC, Rotherham MBC and Sheffield City Council - have put the plan out "
        "to consultation, and the new authority would take effect on 1 April 2016."
    )
    authority = one(extract(text))
    assert authority.kind == "combined_authority"
    assert set(short(authority.members)) == {"Barnsley", "Doncaster", "Rotherham", "Sheffield"}
    assert (authority.status, authority.start) == ("proposed", "2016-04-01")


def test_members_named_after_the_arrangement(extract, short):
    text = (
        "The annual report of the Kent Archives Partnership, whose members are Dartford "
        "Borough Council, Gravesham Borough Council and Medway Council, was noted."
    )
    assert found(extract(text), short) == {
        "Kent Archives Partnership": ("other", {"Dartford", "Gravesham", "Medway"})
    }


def test_a_network_may_have_one_member(extract, short):
    text = "RESOLVED that Gloucester City Council becomes a member of the Key Cities Group."
    assert found(extract(text), short) == {"Key Cities Group": ("network", {"Gloucester"})}


def test_talks_and_speculation_are_candidates_only(extract, short):
    text = (
        "Broadland District Council and South Norfolk Council want to look into how they could "
        "collaborate through a shared officer team. Each council will discuss a feasibility "
        "study at a full council meeting. Informal conversations between Surrey County Council "
        "and Kent County Council about a joint building control service have not progressed."
    )
    extraction = extract(text)
    assert extraction.partnerships == ()
    assert [set(short(c.members)) for c in extraction.candidates] == [
        {"Broadland", "South Norfolk"}
    ]


def test_working_together_names_no_arrangement_without_named_councils(extract):
    text = (
        "We already have a strong history of working together. Councils and communities "
        "work together across the county. Upper tier councils have been exploring the idea "
        "of a strategic alliance."
    )
    assert extract(text).partnerships == ()


def test_a_county_named_in_an_arrangement_is_the_area(extract, short):
    text = (
        "Dartford Borough Council joined the Kent Joint Archives Committee with Gravesham "
        "Borough Council in 2015."
    )
    extraction = extract(text)
    assert set(short(extraction.councils())) == {"Dartford", "Gravesham"}
    assert set(short(one(extraction).members)) == {"Dartford", "Gravesham"}


def test_savings_are_attached_with_their_period(extract):
    text = (
        "The formation of the Strategic Alliance between Mendip District Council and Sedgemoor "
        "District Council could save £1.5m per year."
    )
    [saving] = one(extract(text)).savings
    assert (saving.amount_gbp, saving.period) == (1_500_000.0, "per year")


def test_councils_voting_to_merge(extract, short):
    text = (
        "Taunton Deane Borough Council and West Somerset Council have voted to merge. Both "
        "councils will merge their workforces first."
    )
    merger = one(extract(text))
    assert (merger.kind, set(short(merger.members))) == (
        "merger",
        {"Taunton Deane", "West Somerset"},
    )


def test_a_council_giving_notice_to_leave_is_declined(extract, short):
    text = (
        "Harborough District Council has given notice to leave the Revenues Partnership, which "
        "it runs with Hinckley and Bosworth and North West Leicestershire councils."
    )
    partnership = one(extract(text))
    assert set(short(partnership.members)) == {"Hinckley and Bosworth", "North West Leicestershire"}
    assert short(partnership.declined) == ["Harborough"]


def test_sharing_a_named_service(extract, short):
    text = (
        "Sedgemoor District Council and Taunton Deane Borough Council already share a legal "
        "service."
    )
    service = one(extract(text))
    assert (service.kind, service.status, service.services) == (
        "shared_service",
        "active",
        ("legal",),
    )
