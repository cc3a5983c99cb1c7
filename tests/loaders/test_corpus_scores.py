"""Extraction quality on the shared corpus (seeds and dev together), scored by the corpus's own
score.py at run time: the acceptance thresholds of the extraction work."""

from __future__ import annotations

import importlib.util
import json
import shutil
from pathlib import Path

import pytest

from councilgraph.settings import SHARED
from loaders.gold_format import to_gold
from loaders.pipeline import extract_path, iter_document_paths

CORPUS = SHARED / "corpus"
FOLDERS = [CORPUS / "seeds", CORPUS / "dev"]


def _scorer():
    spec = importlib.util.spec_from_file_location("corpus_score", CORPUS / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(not (CORPUS / "score.py").is_file(), reason="no shared corpus")
def test_seeds_and_dev_meet_the_acceptance_scores(tmp_path: Path, register):
    gold, out = tmp_path / "gold", tmp_path / "out"
    gold.mkdir()
    out.mkdir()
    for folder in FOLDERS:
        for path in folder.glob("*.gold.json"):
            shutil.copy(path, gold / path.name)
    for path in iter_document_paths(FOLDERS):
        extraction = extract_path(path, register)
        (out / f"{path.stem}.json").write_text(json.dumps(to_gold(extraction, register)))
    result, _ = _scorer().score(gold, out)
    assert result["overall_f1"] >= 0.85
    assert result["shared_chief_executive"]["f1"] >= 0.90
    assert result["councils"]["f1"] >= 0.90
