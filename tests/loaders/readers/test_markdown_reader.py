"""The Markdown reader on minutes in the shape ModernGov exports, written for these tests."""

from datetime import date

from loaders.readers import read_bytes

MINUTES = """

**Minutes of the Cabinet held on 3<sup>rd</sup> October 2012**

**412. SHARED AUDIT SERVICE \x20
EXEMPT PARAGRAPH 3**

The Leader presented the report on a *shared* audit service with
Westshire District Council, which would start on 1<sup>st</sup> April 2013.

Moved by Councillor J. Smith, seconded by Councillor A.B. Jones

**RESOLVED** that (1) the shared audit service be approved; (2) the Chief Executive be \
authorised to sign the agreement; and (3) a report be brought back in a year.

| Council | Share |
|---|---:|
| Eastshire | 60% |
| Westshire | 40% |

- see [the report](https://council.example/report.pdf)
- ![logo](logo.png) the `appendix` &amp; annex
"""


def _lines(text: str) -> list[str]:
    return read_bytes(text.encode(), "minutes.md").text.split("\n")


def test_minutes_lose_their_syntax_and_keep_their_blocks():
    assert _lines(MINUTES) == [
        "Minutes of the Cabinet held on 3rd October 2012",
        "",
        "412. SHARED AUDIT SERVICE",
        "EXEMPT PARAGRAPH 3",
        "",
        "The Leader presented the report on a shared audit service with Westshire District "
        "Council, which would start on 1st April 2013.",
        "",
        "Moved by Councillor J. Smith, seconded by Councillor A.B. Jones",
        "",
        "RESOLVED that (1) the shared audit service be approved;",
        "(2) the Chief Executive be authorised to sign the agreement;",
        "(3) a report be brought back in a year.",
        "",
        "Council; Share",
        "Eastshire; 60%",
        "Westshire; 40%",
        "",
        "• see the report",
        "• the appendix & annex",
    ]


def test_minutes_date_comes_from_the_meeting_line_and_format_from_the_syntax():
    document = read_bytes(MINUTES.encode(), "minutes.txt")
    assert document.format == "markdown"
    assert document.date == date(2012, 10, 3)
    assert document.title == "Minutes of the Cabinet held on 3rd October 2012"


def test_headings_rules_quotes_and_headers():
    text = (
        "SOURCE: https://council.example/item/7\nDATE: 2015-01-20\n\n"
        "# Joint Waste Committee #\n\n---\n\n> The committee *agreed* the plan.\n\n"
        "Setext heading\n==============\n\nsnake_case_name stays, 2 * 3 stays\n"
    )
    document = read_bytes(text.encode(), "item.md")
    assert document.url == "https://council.example/item/7"
    assert document.date == date(2015, 1, 20)
    assert document.text.split("\n") == [
        "Joint Waste Committee",
        "",
        "The committee agreed the plan.",
        "",
        "Setext heading",
        "",
        "snake_case_name stays, 2 * 3 stays",
    ]


def test_plain_prose_is_not_taken_for_markdown():
    assert read_bytes(b"The council met - and agreed.\nAll 5 members voted.", "a.txt").format == (
        "text"
    )
