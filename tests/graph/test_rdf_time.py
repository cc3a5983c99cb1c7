"""Partial ISO dates as OWL-Time instants."""

from datetime import date

import pytest
from rdflib import Graph

from graph.rdf_time import add_interval, parse_partial_date
from graph.vocab import CG, TIME


@pytest.mark.parametrize(
    ("value", "first_day", "precision"),
    [
        ("2020", date(2020, 1, 1), TIME.unitYear),
        ("2020-07", date(2020, 7, 1), TIME.unitMonth),
        ("2020-07-15", date(2020, 7, 15), TIME.unitDay),
    ],
)
def test_a_partial_date_is_its_first_day_and_its_precision(value, first_day, precision) -> None:
    assert parse_partial_date(value) == (first_day, precision)


@pytest.mark.parametrize("value", ["July 2020", "2020-13", "2020-02-30", "20-07", ""])
def test_anything_else_is_refused(value: str) -> None:
    with pytest.raises(ValueError):
        parse_partial_date(value)


def test_an_interval_open_at_the_end_has_only_a_beginning() -> None:
    graph = Graph()
    interval = add_interval(graph, "2020-07", None)
    beginning = graph.value(interval, TIME.hasBeginning)
    assert graph.value(interval, TIME.hasEnd) is None
    assert graph.value(beginning, TIME.inXSDDate).toPython() == date(2020, 7, 1)
    assert graph.value(beginning, CG.precision) == TIME.unitMonth


def test_no_dates_is_no_interval() -> None:
    graph = Graph()
    assert add_interval(graph, None, None) is None
    assert len(graph) == 0
