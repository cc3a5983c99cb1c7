"""The repository must not carry the shared corpus: no corpus file name appears in any tracked
file outside tests/ and .ci/ (tests may read ../shared/corpus at run time)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from councilgraph.settings import REPO_ROOT, SHARED

CORPUS = SHARED / "corpus"


def _corpus_stems() -> set[str]:
    return {path.name.split(".")[0] for path in CORPUS.glob("*/*") if path.is_file()} - {
        "INDEX",
        "README",
    }


def _tracked_files() -> list[Path]:
    listed = subprocess.run(
        ["git", "ls-files", "-z"], cwd=REPO_ROOT, capture_output=True, check=True
    ).stdout.decode()
    paths = [Path(p) for p in listed.split("\0") if p]
    return [REPO_ROOT / p for p in paths if p.parts[0] not in ("tests", ".ci")]


@pytest.mark.skipif(not CORPUS.is_dir(), reason="no shared corpus")
def test_no_corpus_file_name_in_the_source_tree():
    stems = _corpus_stems()
    assert stems, "the corpus has no documents"
    found = []
    for path in _tracked_files():
        if not path.is_file():
            continue
        text = path.read_bytes().decode("utf-8", errors="ignore")
        found += [f"{path.relative_to(REPO_ROOT)}: {stem}" for stem in stems if stem in text]
    assert found == []
