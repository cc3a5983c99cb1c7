"""The template pools: every slot a template uses is one a `Statement` fills, and every
sentence that states an arrangement names its members."""

from __future__ import annotations

import random
from pathlib import Path

from bench.synthetic import content
from bench.synthetic import templates_partnership as partnership
from bench.synthetic import templates_shared_ce as shared_ce
from bench.synthetic.document import Document
from bench.synthetic.draw import draw_world
from bench.synthetic.statement import Statement
from bench.synthetic.textforms import fields
from loaders.register_reader import load_register

REGISTER = Path(__file__).resolve().parents[4] / "shared" / "data" / "register"
MEMBER_SLOTS = {"members", "bare", "partners"}


def _flatten(pool) -> list[str]:
    if isinstance(pool, str):
        return [pool]
    if isinstance(pool, dict):
        return [t for value in pool.values() for t in _flatten(value)]
    return [t for value in pool for t in _flatten(value)]


def _all_templates() -> list[str]:
    pools = [getattr(module, name) for module in (shared_ce, partnership) for name in dir(module)
             if name.isupper()]  # fmt: skip
    return _flatten(pools) + list(content.SHARED_FINANCE_OFFICER)


def test_every_slot_is_one_a_statement_fills() -> None:
    world = draw_world(load_register(REGISTER), 1)
    arrangement = world.arrangements[0]
    doc = Document(world, random.Random(1), arrangement.until, "minutes", arrangement.members[0])
    known = set(Statement(doc, arrangement).slots)
    used = {name for template in _all_templates() for name in fields(template)}
    assert used <= known, used - known


def test_statements_of_an_arrangement_name_its_members() -> None:
    prose = _flatten([shared_ce.PROSE, partnership.PROSE, shared_ce.RESOLUTIONS["agreed"]])
    for template in prose:
        assert MEMBER_SLOTS & set(fields(template)), template
    for template in _flatten(partnership.NETWORK):
        assert "focus" in fields(template), template


def test_talks_state_nothing_a_reader_could_take_as_a_decision() -> None:
    for template in _flatten([shared_ce.TALKS, partnership.TALKS]):
        lower = template.lower()
        assert not any(w in lower for w in ("agreed", "approved", "resolved", "will be asked"))
