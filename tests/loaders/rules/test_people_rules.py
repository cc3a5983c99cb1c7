"""People with posts at councils, from short texts written for these tests."""

from __future__ import annotations


def people(extraction, short) -> set[tuple[str, str, str | None]]:
    return {
        (p.name, p.role, short([p.council])[0] if p.council else None) for p in extraction.people
    }


def test_the_ways_press_names_a_post_holder(extract, short):
    text = (
        "Councillor Jo Bloggs, leader of Mendip District Council, welcomed it. "
        "Sedgemoor District Council leader Sam Green agreed. "
        "Ann White, Taunton Deane Borough Council leader, said nothing. "
        "Leader of Wealden District Council Lord Tom Brown said: 'Good.' "
        "Rother chief executive Kim Black was not there."
    )
    assert people(extract(text), short) == {
        ("Jo Bloggs", "leader", "Mendip"),
        ("Sam Green", "leader", "Sedgemoor"),
        ("Ann White", "leader", "Taunton Deane"),
        ("Tom Brown", "leader", "Wealden"),
        ("Kim Black", "chief_executive", "Rother"),
    }


def test_a_surname_later_is_the_person_named_earlier(extract, short):
    text = (
        "Kim Black, chief executive of Rother District Council, will retire. "
        "Black was previously chief executive of the London Borough of Hounslow."
    )
    assert people(extract(text), short) == {
        ("Kim Black", "chief_executive", "Rother"),
        ("Kim Black", "chief_executive", "Hounslow"),
    }


def test_a_post_without_a_council_takes_the_one_named_just_before(extract, short):
    text = (
        "Shropshire Council leader Keith Long said it was low risk. "
        "Even the opposition leader Nigel Short welcomed the news."
    )
    assert ("Nigel Short", "opposition_leader", "Shropshire") in people(extract(text), short)


def test_minutes_attendance_lists(extract, short):
    text = (
        "Minutes of the meeting of the Council\n\nPresent:\n"
        "Councillors T. Hewitt (Chair), Kevin Good (Leader of the Council), N Quinn (Deputy "
        "Leader), A. Mellor\n\n"
        "Officers present: C Mistry (Chief Executive), Sandra Hall (Section 151 Officer), "
        "Democratic Services Officer.\n\n"
        "RESOLVED that the Council notes the report.\n"
    )
    found = people(
        extract(text, url="https://democracy.wealden.gov.uk/ieListDocuments.aspx"), short
    )
    assert found == {
        ("T. Hewitt", "councillor", "Wealden"),
        ("Kevin Good", "leader", "Wealden"),
        ("N Quinn", "deputy_leader", "Wealden"),
        ("A. Mellor", "councillor", "Wealden"),
        ("C Mistry", "chief_executive", "Wealden"),
        ("Sandra Hall", "section_151_officer", "Wealden"),
    }


def test_a_councillor_with_a_post_is_not_also_listed_as_councillor(extract, short):
    text = (
        "Gravesham Council leader Councillor Mike Snell spoke. Cllr Snell said it made sense. "
        "Councillor Vanessa Mistry asked a question of C Mistry, chief executive of "
        "Gravesham Council."
    )
    found = people(extract(text), short)
    assert ("Mike Snell", "leader", "Gravesham") in found
    assert not any(
        name in ("Snell", "Mike Snell") and role == "councillor" for name, role, _ in found
    )
    assert ("Vanessa Mistry", "councillor", "Gravesham") in found


def test_names_that_are_not_people(extract, short):
    text = (
        "Minute 62 - Shared Chief Executive Proposal. Professor Colin Smith of the university "
        "reviewed the evidence. Simon Clarke MP, the then Minister, spoke."
    )
    assert people(extract(text), short) == set()
