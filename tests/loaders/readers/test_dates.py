"""Dates in metadata values and the document's own date stated in its text."""

from datetime import date

import pytest

from loaders.readers.dates import date_in_text, parse_date


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2017-03-31", date(2017, 3, 31)),
        ("2019-05-02T10:00:00+01:00", date(2019, 5, 2)),
        ("31 March 2017", date(2017, 3, 31)),
        ("March 31, 2017", date(2017, 3, 31)),
        ("Wednesday, 12 Sept. 2018", date(2018, 9, 12)),
        ("02/05/2019", date(2019, 5, 2)),
        ("unknown", None),
        ("", None),
        ("31 February 2017", None),
    ],
)
def test_parse_date(value: str, expected: date | None):
    assert parse_date(value) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Recommended Item from Council held on 1st March 2011\nThe Leader...", date(2011, 3, 1)),
        ("Councils merge teams\nPublished 12 June 2012\nText.", date(2012, 6, 12)),
        ("Headline\n\n31 March, 2017 — By A Reporter\n\nText.", date(2017, 3, 31)),
        ("Date of meeting: Tuesday, 4 February 2014\nItem 3", date(2014, 2, 4)),
        ("The alliance starts on 1 April 2011 and will save £1m.", None),
        ("No dates here at all.", None),
    ],
)
def test_date_in_text(text: str, expected: date | None):
    assert date_in_text(text) == expected
