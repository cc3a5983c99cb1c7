"""How a synthetic document names councils and people: full name first, abbreviations only
once defined, "the Council" only for the publisher of a council's own document, descriptions
only when unambiguous, surnames only while unique; and every name reaches the gold."""

from __future__ import annotations

import random
from datetime import date
from pathlib import Path

import pytest

from bench.synthetic.document import Document
from bench.synthetic.draw import draw_world
from bench.synthetic.world import World
from loaders.register_reader import load_register

REGISTER = Path(__file__).resolve().parents[4] / "shared" / "data" / "register"
DAY = date(2015, 6, 1)
HIGH_PEAK, MOORLANDS, DERBYSHIRE, NOTTS = "HIG", "STF", "DBY", "NTT"


@pytest.fixture(scope="module")
def world() -> World:
    return draw_world(load_register(REGISTER), 5)


def _doc(world: World, kind: str, seed: int) -> Document:
    return Document(world, random.Random(seed), DAY, kind, HIGH_PEAK if kind != "press" else None)


def test_first_mention_is_a_full_name(world: World) -> None:
    for seed in range(30):
        doc = _doc(world, "minutes", seed)
        first = doc.council(MOORLANDS)
        assert first.startswith(world.councils[MOORLANDS].full_forms)


def test_the_council_means_the_publisher_of_a_council_document_only(world: World) -> None:
    minutes, press = _doc(world, "minutes", 1), _doc(world, "press", 1)
    for doc in (minutes, press):
        doc.council(HIGH_PEAK)
        doc.council(MOORLANDS)
    later = {minutes.council(HIGH_PEAK) for _ in range(100)}
    assert "the Council" in later
    assert "the Council" not in {minutes.council(MOORLANDS) for _ in range(100)}
    assert "the Council" not in {press.council(HIGH_PEAK) for _ in range(100)}


def test_an_abbreviation_is_used_only_after_it_is_defined(world: World) -> None:
    codes = [HIGH_PEAK, MOORLANDS, DERBYSHIRE, NOTTS]
    abbreviations = {world.councils[c].abbreviation for c in codes}
    for seed in range(40):
        doc = _doc(world, "report", seed)
        text = " ".join(doc.council(doc.rng.choice(codes)) for _ in range(30))
        for abbreviation in abbreviations:
            uses = text.count(abbreviation)
            defined = text.find(f"({abbreviation})") + 1 or text.find(f'("{abbreviation}")') + 1
            assert not uses or (defined and text.find(abbreviation) + 1 >= defined - 1)


def test_a_description_is_used_only_when_it_is_unambiguous(world: World) -> None:
    for seed in range(40):
        doc = _doc(world, "minutes", seed)
        doc.council(DERBYSHIRE)
        doc.council(NOTTS)
        names = {doc.council(c) for c in (DERBYSHIRE, NOTTS) for _ in range(10)}
        assert "the county council" not in names
    doc = _doc(world, "minutes", 3)
    doc.council(DERBYSHIRE)
    assert "the county council" in {doc.council(DERBYSHIRE) for _ in range(100)}


def test_every_council_named_is_in_the_gold_in_order(world: World) -> None:
    doc = _doc(world, "press", 2)
    doc.council(NOTTS)
    doc.councils([MOORLANDS, HIGH_PEAK])
    doc.bare([DERBYSHIRE])
    assert list(doc.gold.councils) == [NOTTS, MOORLANDS, HIGH_PEAK, DERBYSHIRE]


def test_surnames_stand_alone_only_while_unique(world: World) -> None:
    doc = _doc(world, "press", 4)
    doc.person("Jane Hall", "leader", HIGH_PEAK)
    assert "Hall" in {doc.person("Jane Hall", "leader", HIGH_PEAK) for _ in range(30)}
    doc.person("Peter Hall", "councillor", MOORLANDS)
    assert {doc.person("Jane Hall", "leader", HIGH_PEAK) for _ in range(30)} == {"Jane Hall"}
    assert list(doc.gold.people) == [
        ("Jane Hall", "leader", HIGH_PEAK),
        ("Peter Hall", "councillor", MOORLANDS),
    ]


def test_a_name_without_a_role_is_no_fact(world: World) -> None:
    doc = _doc(world, "press", 5)
    assert doc.person("Tom Reporter", None, None) == "Tom Reporter"
    assert not doc.gold.people
