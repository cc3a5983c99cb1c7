"""The query form of a SPARQL text, and the refusal of updates and SERVICE before any store."""

import pytest

from councilgraph.errors import InvalidQuery, UpdateRejected
from graph.sparql_text import query_form


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("SELECT * WHERE { ?s ?p ?o }", "select"),
        ("PREFIX : <urn:x#>\nprefix cg: <urn:cg#>\nBASE <urn:b>\nask { ?s ?p ?o }", "ask"),
        ("# a comment\nCONSTRUCT WHERE { ?s ?p ?o }", "construct"),
        ("DESCRIBE <urn:a>", "describe"),
    ],
)
def test_the_form_follows_the_prologue(text: str, form: str) -> None:
    assert query_form(text) == form


@pytest.mark.parametrize(
    "text",
    [
        "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
        "PREFIX x: <urn:x#> DELETE WHERE { ?s ?p ?o }",
        "load <http://example.org/>",
        "WITH <urn:g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
        "CLEAR ALL",
    ],
)
def test_updates_are_refused(text: str) -> None:
    with pytest.raises(UpdateRejected, match="read-only"):
        query_form(text)


def test_service_is_refused_wherever_it_is() -> None:
    with pytest.raises(InvalidQuery, match="SERVICE"):
        query_form("SELECT * { ?s ?p ?o FILTER(?o < 1)SERVICE<http://h/>{ ?s ?p ?o } }")


@pytest.mark.parametrize(
    "text",
    [
        'SELECT ?service WHERE { ?s <urn:p> "service" }',
        "SELECT * WHERE { ?s <urn:SERVICE> ?o } # SERVICE",
        "PREFIX cg: <urn:cg#> SELECT * WHERE { ?s cg:sharesService ?o }",
        "SELECT * WHERE { ?s ?p '''INSERT DATA { } SERVICE''' }",
    ],
)
def test_the_words_inside_names_strings_and_comments_do_not_count(text: str) -> None:
    assert query_form(text) == "select"


def test_a_text_that_is_no_query_is_invalid() -> None:
    with pytest.raises(InvalidQuery, match="expected SELECT"):
        query_form("hello")
