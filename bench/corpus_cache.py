"""Synthetic corpora for the scale benchmarks, generated once and kept outside git.

Document i of a seed is the same whatever the corpus size (bench/synthetic/plan.py), so the
largest corpus asked for is generated once and each scale is a folder of hard links to its
first N documents (text and gold), which build, extract and score.py read like any folder.

    .cache/bench/synthetic-seed1/generated-100000/   what the generator wrote (COMPLETE marks it)
    .cache/bench/synthetic-seed1/docs-1000/          links to its first 1,000 documents
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from bench.synthetic.writer import generate
from councilgraph.settings import REPO_ROOT
from loaders.register_reader import Register

CACHE = REPO_ROOT / ".cache" / "bench"
COMPLETE = "COMPLETE"  # written last, holding the document count


def corpus(register: Register, docs: int, seed: int = 1, *, generate_at_least: int = 0) -> Path:
    """A folder of the first `docs` synthetic documents of `seed`, generating (on two
    processes) a corpus of max(docs, generate_at_least) documents when none large enough is
    cached."""
    folder = CACHE / f"synthetic-seed{seed}" / f"docs-{docs}"
    if _count(folder) == docs:
        return folder
    source = _generated(register, max(docs, generate_at_least), seed)
    staging = folder.with_name(folder.name + ".partial")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    for text in sorted(source.glob("*.txt"))[:docs]:
        gold = text.with_name(text.stem + ".gold.json")
        for path in (text, gold):
            os.link(path, staging / path.name)
    (staging / COMPLETE).write_text(str(docs))
    shutil.rmtree(folder, ignore_errors=True)
    staging.rename(folder)
    return folder


def _generated(register: Register, docs: int, seed: int) -> Path:
    """The smallest complete generated corpus of `seed` with at least `docs` documents."""
    root = CACHE / f"synthetic-seed{seed}"
    found = [p for p in root.glob("generated-*") if _count(p) >= docs] if root.is_dir() else []
    if found:
        return min(found, key=_count)
    folder = root / f"generated-{docs}"
    shutil.rmtree(folder, ignore_errors=True)
    generate(register, folder, docs, seed, jobs=2)
    (folder / COMPLETE).write_text(str(docs))
    return folder


def _count(folder: Path) -> int:
    """Documents in a finished folder; 0 for a missing or unfinished one."""
    marker = folder / COMPLETE
    return int(marker.read_text()) if marker.is_file() else 0
