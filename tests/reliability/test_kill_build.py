"""`councilgraph build` killed with SIGKILL part-way through its documents, again and again on
the same store: every graph left behind is whole (equal to a clean build's), no document an
earlier run wrote goes missing, and one more build leaves exactly what a clean build leaves."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from fault_processes import kill_when, progress_count, run_cli, start_cli
from press_items import press_items, write_items
from reliability_results import record
from store_graphs import Graphs, damaged_graphs, documents, read_graphs
from typer.testing import CliRunner

from councilgraph.cli import app
from loaders.register_reader import Register


def _build(store: Path, folder: Path) -> tuple[str, ...]:
    return ("build", "--store", str(store), "--documents", str(folder))


def _clean_build(store: Path, folder: Path) -> Graphs:
    """What `councilgraph build` writes when nothing stops it (run in this process: only the
    killed builds need a process of their own)."""
    done = CliRunner().invoke(app, list(_build(store, folder)))
    assert done.exit_code == 0, done.output
    return read_graphs(store)


def kill_builds(tmp_path: Path, register: Register, count: int, kills: int, seed: int) -> dict:
    """Each kill comes when the build's own progress bar has passed a seeded number of
    documents beyond those already in the store (a run rewrites those first, in order). The
    bar is drawn ten times a second, so the kill lands a few documents later: kill points stay
    in the first half, leaving the build room to be still running when the kill lands."""
    folder = tmp_path / "documents"
    write_items(folder, press_items(register, count, seed, filler=40))
    reference = _clean_build(tmp_path / "clean", folder)
    store, pick, rounds, before = tmp_path / "killed", random.Random(seed), [], set()
    for n in range(kills):
        room = (count // 2 - len(before)) // (kills - n)  # shared by the kills left
        target = len(before) + pick.randint(1, max(room, 1))
        log = tmp_path / f"build-{n}.log"
        process = start_cli(*_build(store, folder), log=log, progress=True)
        killed = kill_when(process, lambda: progress_count(log, "documents") >= target)  # noqa: B023
        assert killed, "the build ended before its kill point"
        left = read_graphs(store)
        assert damaged_graphs(left, reference) == []
        assert before <= documents(left), "a document an earlier run wrote went missing"
        rounds.append({"kill_after_documents": target, "documents_left": len(documents(left))})
        before = documents(left)
    done = run_cli(*_build(store, folder))
    assert done.returncode == 0, done.stderr
    assert read_graphs(store) == reference
    assert any(0 < r["documents_left"] < count for r in rounds), "no kill landed mid-way"
    triples = sum(len(t) for t in reference.values())
    return {"documents": count, "kills": rounds, "triples_after_rerun": triples}


def test_a_killed_build_leaves_whole_documents_and_a_rerun_equals_a_clean_build(
    tmp_path: Path, register: Register
) -> None:
    record("kill-build", kill_builds(tmp_path, register, count=120, kills=1, seed=11))


@pytest.mark.soak
def test_soak_builds_killed_five_times_then_rerun_equal_a_clean_build(
    tmp_path: Path, register: Register
) -> None:
    record("kill-build-soak", kill_builds(tmp_path, register, count=300, kills=5, seed=12))
