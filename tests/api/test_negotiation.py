"""Choosing a representation from an Accept header (RFC 9110 q-values)."""

import pytest

from api.negotiation import choose

OFFERED = ("application/json", "text/turtle", "application/ld+json")


@pytest.mark.parametrize(
    ("accept", "chosen"),
    [
        (None, "application/json"),
        ("", "application/json"),
        ("*/*", "application/json"),
        ("text/turtle", "text/turtle"),
        ("text/*", "text/turtle"),
        ("application/ld+json; profile=x, text/turtle;q=0.5", "application/ld+json"),
        ("text/turtle;q=0.2, */*;q=0.1", "text/turtle"),
        ("application/json;q=0, */*", "text/turtle"),
        ("TEXT/TURTLE", "text/turtle"),
        ("text/turtle;q=bad, application/ld+json;q=0.1", "application/ld+json"),
        ("image/png", None),
        ("text/turtle;q=0", None),
    ],
)
def test_the_highest_q_wins_and_the_server_breaks_ties(accept: str | None, chosen: str) -> None:
    assert choose(accept, OFFERED) == chosen
