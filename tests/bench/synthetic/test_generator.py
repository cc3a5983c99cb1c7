"""The synthetic corpus generator: deterministic, gold in the corpus format and consistent with
its own text and world, distractors present but never facts, quick, accepted by score.py."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import time
from datetime import date
from itertools import combinations
from pathlib import Path

import pytest

from bench.synthetic.draw import draw_world
from bench.synthetic.writer import MANIFEST, generate
from loaders.register_reader import Register, load_register

ROOT = Path(__file__).resolve().parents[3]
REGISTER = ROOT.parent / "shared" / "data" / "register"
SCORER = ROOT.parent / "shared" / "corpus" / "score.py"
SEED = 7
DOCS = 200
KINDS = {"strategic_alliance", "shared_service", "joint_committee", "combined_authority",
         "programme", "network", "other"}  # fmt: skip
STATUSES = {"proposed", "agreed", "active", "ended"}
ROLES = {"chief_executive", "leader", "deputy_leader", "councillor", "opposition_leader",
         "section_151_officer", "director", "mayor", "other"}  # fmt: skip
KEYS = ["doc", "publisher", "councils", "shared_chief_executive", "partnerships", "people"]


@pytest.fixture(scope="module")
def register() -> Register:
    return load_register(REGISTER)


@pytest.fixture(scope="module")
def corpus(register: Register, tmp_path_factory) -> tuple[Path, float]:
    out = tmp_path_factory.mktemp("synthetic")
    began = time.perf_counter()
    generate(register, out, DOCS, SEED)
    return out, time.perf_counter() - began


@pytest.fixture(scope="module")
def documents(corpus) -> list[tuple[dict, str, dict]]:
    """(manifest entry, text, gold) for every generated document."""
    out = corpus[0]
    rows = []
    for line in (out / MANIFEST).read_text().splitlines():
        entry = json.loads(line)
        text = (out / f"{entry['stem']}.txt").read_text()
        gold = json.loads((out / f"{entry['stem']}.gold.json").read_text())
        rows.append((entry, text, gold))
    return rows


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def _pairs(groups) -> set[tuple[str, str]]:
    return {pair for group in groups for pair in combinations(sorted(set(group)), 2)}


def test_same_seed_writes_the_same_files(register: Register, tmp_path: Path) -> None:
    generate(register, tmp_path / "a", 40, 3)
    generate(register, tmp_path / "b", 40, 3)
    generate(register, tmp_path / "c", 40, 4)
    assert _files(tmp_path / "a") == _files(tmp_path / "b")
    assert _files(tmp_path / "a") != _files(tmp_path / "c")


def test_two_processes_write_the_same_files_as_one(register: Register, tmp_path: Path) -> None:
    generate(register, tmp_path / "one", 300, 3)
    generate(register, tmp_path / "two", 300, 3, jobs=2)
    assert _files(tmp_path / "one") == _files(tmp_path / "two")


def test_a_smaller_run_is_a_prefix_of_a_larger_one(register: Register, tmp_path: Path) -> None:
    generate(register, tmp_path / "small", 15, 3)
    generate(register, tmp_path / "large", 40, 3)
    small, large = _files(tmp_path / "small"), _files(tmp_path / "large")
    assert {k: v for k, v in small.items() if k != MANIFEST}.items() <= large.items()


def test_every_document_has_the_corpus_header(documents) -> None:
    for entry, text, gold in documents:
        lines = text.split("\n", 3)
        assert lines[0].startswith("SOURCE: https://")
        assert lines[1] == f"DATE: {entry['date']}"
        assert lines[2] == ""
        assert gold["doc"] == f"{entry['stem']}.txt"


def test_gold_uses_only_the_allowed_shape(documents) -> None:
    for _, _, gold in documents:
        assert list(gold) == KEYS
        assert all(p["kind"] in KINDS and p["status"] in STATUSES for p in gold["partnerships"])
        assert all(p["role"] in ROLES for p in gold["people"])
        for p in gold["partnerships"]:
            assert p["start"] is None or re.fullmatch(r"\d{4}(-\d\d){0,2}", p["start"])
            assert not set(p["members"]) & set(p["declined"])
        assert all(len(group) >= 2 for group in gold["shared_chief_executive"])


def test_gold_councils_exist_on_the_document_date(documents, register: Register) -> None:
    for entry, _, gold in documents:
        day = date.fromisoformat(entry["date"])
        for code in gold["councils"]:
            council = register.get(code)
            assert council.gss == code, f"{code} is not a current-or-last GSS code"
            assert council.active_on(day), f"{entry['stem']}: {code} did not exist on {day}"


def test_every_coded_field_is_among_the_councils(documents) -> None:
    for entry, _, gold in documents:
        councils = set(gold["councils"])
        assert gold["publisher"] is None or gold["publisher"] in councils
        assert entry["publisher"] == gold["publisher"]
        for group in gold["shared_chief_executive"]:
            assert set(group) <= councils
        for p in gold["partnerships"]:
            assert set(p["members"]) | set(p["declined"]) <= councils
        for person in gold["people"]:
            assert person["council"] is None or person["council"] in councils


def test_every_gold_council_and_person_is_named_in_the_text(documents, register) -> None:
    for entry, text, gold in documents:
        lower = text.lower()
        for code in gold["councils"]:
            council = register.get(code)
            names = {council.name, council.short_name, council.short_name.removesuffix(" Council")}
            assert any(" ".join(n.split()).lower() in lower for n in names), (entry["stem"], code)
        for person in gold["people"]:
            assert person["name"] in text, (entry["stem"], person)


def test_gold_relationships_are_true_in_the_world(documents, register) -> None:
    """Nothing a distractor says (talks, feasibility, speculation) reaches the gold: every
    gold pair is a pair of the world's arrangements of that kind."""
    world = draw_world(register, SEED)
    gss = {code: info.gss for code, info in world.councils.items()}
    sce = _pairs(
        [
            [gss[m] for m in a.members]
            for a in world.arrangements
            if a.kind.startswith("shared_chief")
        ]
    )
    partner = _pairs([[gss[m] for m in a.members] for a in world.arrangements if a.kind in KINDS])
    for _, _, gold in documents:
        assert _pairs(gold["shared_chief_executive"]) <= sce
        assert _pairs(p["members"] for p in gold["partnerships"]) <= partner


def test_distractors_are_present_and_never_facts(documents) -> None:
    seen = set()
    for entry, text, gold in documents:
        sce = _pairs(gold["shared_chief_executive"])
        partner = _pairs(p["members"] for p in gold["partnerships"])
        for distractor in entry["distractors"]:
            seen.add(distractor["kind"])
            if "councils" in distractor:
                pair = tuple(sorted(distractor["councils"]))
                assert pair not in sce and pair not in partner, (entry["stem"], distractor)
            if distractor["kind"] == "place":
                assert distractor["place"].lower() in text.lower()
                assert distractor["council"] not in gold["councils"], (entry["stem"], distractor)
    assert seen >= {"talks", "feasibility", "considering", "speculation", "place", "national"}


def test_the_corpus_covers_every_kind_status_and_form(documents) -> None:
    forms = {entry["form"] for entry, _, _ in documents}
    kinds = {p["kind"] for _, _, gold in documents for p in gold["partnerships"]}
    statuses = {p["status"] for _, _, gold in documents for p in gold["partnerships"]}
    roles = {p["role"] for _, _, gold in documents for p in gold["people"]}
    assert forms == {"minutes", "report", "press", "release"}
    assert kinds == KINDS - {"other"}
    assert statuses == STATUSES
    assert roles >= ROLES - {"other"}
    assert any(p["declined"] for _, _, gold in documents for p in gold["partnerships"])
    assert sum(bool(gold["shared_chief_executive"]) for _, _, gold in documents) >= 20


def test_documents_are_realistic_lengths(documents) -> None:
    sizes = sorted(entry["bytes"] for entry, _, _ in documents)
    assert sizes[0] >= 700 and sizes[-1] <= 7000
    assert sizes[len(sizes) // 20] >= 1000  # 95% at least 1 KB
    assert 1500 <= sizes[len(sizes) // 2] <= 4000


def test_two_hundred_documents_are_quick(corpus) -> None:
    assert corpus[1] < 20, f"200 documents took {corpus[1]:.1f} s"


def test_the_scorer_accepts_the_gold_against_itself(corpus, tmp_path: Path) -> None:
    for gold in corpus[0].glob("*.gold.json"):
        shutil.copy(gold, tmp_path / gold.name.replace(".gold.json", ".json"))
    result = subprocess.run(
        [sys.executable, str(SCORER), str(corpus[0]), str(tmp_path), "--min-f1", "1.0"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert "overall F1 1.000" in result.stdout
    assert result.stdout.count("F1 1.000") == 5


def test_the_command_line_writes_documents_and_a_summary(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bench.synthetic", "--docs", "12", "--seed", "2", "--out",
         str(tmp_path), "--quiet"],
        capture_output=True, text=True, check=False, cwd=ROOT,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert len(list(tmp_path.glob("*.txt"))) == 12
    assert len(list(tmp_path.glob("*.gold.json"))) == 12
    assert re.match(r"12 documents, [\d.]+ MB of text in", result.stdout)
