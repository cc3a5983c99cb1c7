"""Shared chief executives (and section 151 / monitoring officers) from short texts written for
these tests, including the talk and the negatives that must not become facts."""

from __future__ import annotations


def groups(extraction, short, post="chief_executive") -> list[set[str]]:
    return [set(short(p.councils)) for p in extraction.shared_posts if p.post == post]


def talk(extraction, short) -> list[set[str]]:
    return [set(short(c.councils)) for c in extraction.candidates if hasattr(c, "post")]


def test_chief_executive_of_both_councils(extract, short):
    text = (
        "Jane Doe, chief executive of both Adur District Council and Worthing Borough "
        "Council, spoke."
    )
    assert groups(extract(text), short) == [{"Adur", "Worthing"}]


def test_a_joint_chief_executive_in_a_resolution_with_its_start(extract, short):
    text = (
        "Minutes\n\nThe Leader presented the report on the Rother and Wealden alliance.\n\n"
        "RESOLVED that (1) a joint Chief Executive be appointed from 1st April 2012,\n"
        "(2) the Council's Constitution be amended.\n"
    )
    [post] = extract(text).shared_posts
    assert set(short(post.councils)) == {"Rother", "Wealden"}
    assert (post.status, post.start) == ("agreed", "2012-04-01")


def test_they_refers_to_the_councils_just_named(extract, short):
    text = (
        "Since 2015, Mendip and Sedgemoor councils have shared legal services. "
        "They have also shared a chief executive since 2019."
    )
    [post] = extract(text).shared_posts
    assert set(short(post.councils)) == {"Mendip", "Sedgemoor"}
    assert (post.status, post.start) == ("active", "2019")


def test_considering_sharing_is_talk_not_a_fact(extract, short):
    text = (
        "Tendring District Council and Colchester Borough Council are considering sharing "
        "a chief executive."
    )
    extraction = extract(text)
    assert groups(extraction, short) == []
    assert talk(extraction, short) == [{"Tendring", "Colchester"}]
    assert all(e.confidence < 0.5 for c in extraction.candidates for e in c.evidence)


def test_a_plan_put_to_full_council_is_a_proposal(extract, short):
    text = (
        "Tendring District Council and Colchester Borough Council are considering sharing a "
        "chief executive. The plan will be formally considered at full council meetings by "
        "Tendring on 3 May and Colchester on 5 May."
    )
    [post] = extract(text).shared_posts
    assert set(short(post.councils)) == {"Tendring", "Colchester"}
    assert post.status == "proposed"


def test_a_feasibility_study_at_full_council_is_still_talk(extract, short):
    text = (
        "Tendring District Council and Colchester Borough Council could share a chief executive. "
        "Each council will discuss a feasibility study at a full council meeting in May."
    )
    assert groups(extract(text), short) == []


def test_posts_that_are_not_shared(extract, short):
    text = (
        "Chorley and South Ribble councils share legal services. The Deputy Chief Executive will "
        "not now be shared. Across England, dozens of councils now share a chief executive. "
        "Joint report of the Chief Executives of Chorley and South Ribble Councils."
    )
    assert groups(extract(text), short) == []


def test_a_shared_section_151_officer(extract, short):
    text = "Chorley Council and South Ribble Borough Council agreed to share a Section 151 Officer."
    assert groups(extract(text), short, "section_151_officer") == [{"Chorley", "South Ribble"}]


def test_every_shared_post_quotes_its_sentence(extract):
    text = "Boston Borough and East Lindsey District Councils share a joint Chief Executive."
    extraction = extract(text)
    [post] = extraction.shared_posts
    [evidence] = post.evidence
    assert extraction.document.text[evidence.start : evidence.end] == evidence.quote
    assert evidence.rule == "shared_post.chief_executive"
    assert evidence.document_id == extraction.document.id


def test_pairs_after_semicolons_are_separate_shared_posts(extract, short):
    text = (
        "Gravesham Council and Dartford Borough Council have shared a chief executive since "
        "2011; Boston Borough Council and East Lindsey District Council since 2015; and "
        "Mendip District Council and Sedgemoor District Council since 2016."
    )
    found = groups(extract(text), short)
    assert sorted(found, key=sorted) == sorted(
        [{"Gravesham", "Dartford"}, {"Boston", "East Lindsey"}, {"Mendip", "Sedgemoor"}],
        key=sorted,
    )


def test_a_clause_of_talk_does_not_join_the_fact(extract, short):
    text = (
        "Boston Borough Council and East Lindsey District Council have shared a chief "
        "executive since 2015, while South Holland District Council is weighing whether to join."
    )
    assert groups(extract(text), short) == [{"Boston", "East Lindsey"}]


def test_a_refusal_is_not_a_shared_post(extract, short):
    text = (
        "The leader said Gravesham Council had 'no intention' of sharing a chief executive "
        "with Dartford Borough Council."
    )
    assert groups(extract(text), short) == []


def test_declining_to_share_is_not_a_shared_post(extract, short):
    text = (
        "Mendip District Council declined to share a chief executive with "
        "Sedgemoor District Council."
    )
    assert groups(extract(text), short) == []
