"""The rules that pick one answer from what several documents say."""

from datetime import date

import pytest

from graph.fact_rules import fact_dates, fact_status, latest_label, ordered_evidence, overlap
from graph.fact_snapshot import Label, Statement
from graph.relationship_records import DocumentRef, EvidenceItem
from graph.repository import holds_on

JAN, JUL, DEC = date(2020, 1, 1), date(2020, 7, 1), date(2020, 12, 31)


def evidence(day: date | None, start: int = 0, document: str = "d") -> EvidenceItem:
    return EvidenceItem(DocumentRef(document, document, None, day), "q", (start, start + 1), "r", 1)


@pytest.mark.parametrize(
    ("start", "end", "as_of", "holds"),
    [
        (None, None, JAN, True),
        (JUL, None, JAN, False),
        (JUL, None, JUL, True),  # the start day is inside
        (None, JUL, JUL, False),  # the end day is outside
        (None, JUL, JAN, True),
        (JAN, JUL, DEC, False),
        (JUL, JAN, DEC, False),
        (JUL, None, None, True),  # no as_of: at any time
    ],
)
def test_holds_on(start: date | None, end: date | None, as_of: date | None, holds: bool) -> None:
    assert holds_on(start, end, as_of) is holds


def test_a_stated_start_wins_over_the_documents_date() -> None:
    said = [Statement(DEC, start=JUL), Statement(JAN)]
    assert fact_dates(said, [evidence(JAN)]) == (JUL, None)


def test_without_a_stated_start_the_earliest_dated_evidence_starts_it() -> None:
    assert fact_dates([Statement(DEC)], [evidence(DEC), evidence(None), evidence(JUL)]) == (
        JUL,
        None,
    )
    assert fact_dates([], [evidence(None)]) == (None, None)


def test_the_latest_stated_end_wins() -> None:
    assert fact_dates([Statement(JAN, end=JUL), Statement(JUL, end=DEC)], []) == (None, DEC)


def test_the_latest_document_gives_the_status() -> None:
    said = [Statement(DEC, "ended"), Statement(JAN, "agreed"), Statement(None, "active")]
    assert fact_status(said) == "ended"
    assert fact_status([Statement(None, "active"), Statement(JAN, "proposed")]) == "proposed"


def test_a_tie_goes_to_the_status_furthest_along() -> None:
    assert fact_status([Statement(JUL, "agreed"), Statement(JUL, "active")]) == "active"
    assert fact_status([Statement(JUL, "declined"), Statement(JUL, "proposed")]) == "proposed"
    assert fact_status([]) == "active"


def test_the_latest_name_wins_then_the_smallest() -> None:
    assert latest_label([Label("Old name", JAN), Label("New name", DEC)]) == "New name"
    assert latest_label([Label("B", JUL), Label("A", JUL), Label("C", None)]) == "A"
    assert latest_label([]) is None


def test_evidence_is_ordered_and_deduplicated() -> None:
    items = [evidence(None, 0, "x"), evidence(DEC, 5), evidence(JAN, 9), evidence(DEC, 5)]
    assert [(e.document.date, e.span) for e in ordered_evidence(items)] == [
        (JAN, (9, 10)),
        (DEC, (5, 6)),
        (None, (0, 1)),
    ]


def test_overlap_is_the_later_start_and_the_earlier_end() -> None:
    assert overlap((JAN, None), (None, DEC)) == (JAN, DEC)
    assert overlap((None, None), (JUL, None)) == (JUL, None)
