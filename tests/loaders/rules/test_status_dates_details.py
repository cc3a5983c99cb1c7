"""Status, start dates, services, legal basis and savings as single sentences state them."""

from __future__ import annotations

import pytest

from graph.model import Evidence
from loaders.rules.dates import start_date
from loaders.rules.details import legal_basis_in, services_in
from loaders.rules.savings import savings_in
from loaders.rules.status import later, status_of


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("RESOLVED that the alliance be formed.", "agreed"),
        ("The two leaders signed an inter-authority agreement.", "agreed"),
        ("The councils have been sharing services since 2009.", "active"),
        ("The plans have been put out to consultation.", "proposed"),
        ("Councillors are set to vote on the plan.", "proposed"),
        ("Westminster has served notice to end the arrangement.", "ended"),
        ("The councils will cease sharing some services.", "active"),  # only some end
        ("The sky was blue.", None),
    ],
)
def test_status_of_a_sentence(sentence, status):
    assert status_of(sentence.lower()) == status


def test_an_item_of_a_resolution_is_agreed():
    assert status_of("(3) the appointment of a joint chief executive,", resolution=True) == "agreed"


def test_the_later_status_wins():
    assert later("agreed", "active") == "active"
    assert later(None, "proposed") == "proposed"
    assert later("ended", "agreed") == "ended"


@pytest.mark.parametrize(
    ("sentence", "start"),
    [
        ("to come into effect from 1st April 2011,", "2011-04-01"),
        ("Finalised in July 2020, the alliance", "2020-07"),
        ("They have shared a chief executive since 2021.", "2021"),
        ("The new authority would take effect on 1 April 2014.", "2014-04-01"),
        ("The arrangement, first set up in 2011, ends.", "2011"),
        ("In May 2011 the weather was fine.", None),  # a date, but not a start
    ],
)
def test_start_dates(sentence, start):
    assert start_date(sentence, sentence.lower()) == start


def test_services_named_and_acronyms_only_in_capitals():
    sentence = "They share IT, Internal Audit, recycling, building control and HR, and it works."
    assert services_in(sentence, sentence.lower()) == (
        "ICT",
        "audit",
        "waste",
        "human resources",
        "building control",
    )
    plain = "It is said it will go ahead."
    assert services_in(plain, plain.lower()) == ()


def test_legal_basis():
    text = (
        "a Joint Committee established under Sections 101 and 102 of the Local Government Act 1972"
    )
    assert legal_basis_in(text) == "s.101/102 Local Government Act 1972"
    assert (
        legal_basis_in("staff work under a section 113 agreement")
        == "s.113 Local Government Act 1972"
    )
    assert legal_basis_in("the committee meets monthly") is None


def test_savings_with_and_without_a_period():
    evidence = Evidence("d", 0, 1, "q", "r", 0.8)
    found = list(savings_in("It would save £15.4m over ten years and £600,000 now.", evidence))
    assert [(s.amount_gbp, s.period) for s in found] == [
        (15_400_000.0, "over ten years"),
        (600_000.0, None),
    ]
    assert list(savings_in("Council tax rises by £40.", evidence)) == []
