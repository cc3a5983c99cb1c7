"""The extraction pipeline end to end on files, and the gold-format output."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from councilgraph.errors import DocumentError
from loaders.gold_format import to_gold
from loaders.pipeline import extract_path, iter_document_paths

MINUTES = (
    "SOURCE: https://democracy.mendip.gov.uk/ieListDocuments.aspx?MId=1\n"
    "DATE: 2019-03-01\n\n"
    "Minutes of the Council\n\n"
    "Present: Councillors A. Smith (Leader of the Council), B. Jones\n\n"
    "12. STRATEGIC ALLIANCE\n\n"
    "RESOLVED that (1) the formation of a Strategic Alliance with Sedgemoor District Council "
    "be approved, to come into effect from 1st April 2019,\n"
    "(2) a single Chief Executive be appointed to serve both councils.\n"
)


def test_every_fact_carries_its_sentence(tmp_path: Path, register):
    path = tmp_path / "minutes.txt"
    path.write_text(MINUTES, encoding="utf-8")
    extraction = extract_path(path, register)
    text = extraction.document.text
    facts = [*extraction.shared_posts, *extraction.partnerships, *extraction.people]
    assert facts
    for fact in facts:
        assert fact.evidence
        for evidence in fact.evidence:
            assert text[evidence.start : evidence.end] == evidence.quote
            assert evidence.document_id == extraction.document.id
            assert evidence.rule and 0 < evidence.confidence <= 1
    for mention in extraction.mentions:
        assert text[mention.start : mention.end] == mention.surface


def test_gold_format_uses_gss_codes_and_the_corpus_keys(tmp_path: Path, register):
    path = tmp_path / "minutes.txt"
    path.write_text(MINUTES, encoding="utf-8")
    gold = to_gold(extract_path(path, register), register)
    mendip, sedgemoor = register.get("E07000187").gss, register.get("E07000188").gss
    assert gold["doc"] == "minutes.txt"
    assert gold["publisher"] == mendip
    assert set(gold["councils"]) == {mendip, sedgemoor}
    assert [set(group) for group in gold["shared_chief_executive"]] == [{mendip, sedgemoor}]
    [alliance] = gold["partnerships"]
    assert alliance["kind"] == "strategic_alliance"
    assert set(alliance["members"]) == {mendip, sedgemoor}
    assert (alliance["status"], alliance["start"]) == ("agreed", "2019-04-01")
    assert {"name", "kind", "members", "declined", "start", "status"} <= alliance.keys()
    assert {(p["name"], p["role"], p["council"]) for p in gold["people"]} == {
        ("A. Smith", "leader", mendip),
        ("B. Jones", "councillor", mendip),
    }
    json.dumps(gold)  # plain JSON throughout


def test_a_bad_file_raises_its_typed_error(tmp_path: Path, register):
    path = tmp_path / "empty.txt"
    path.write_text("", encoding="utf-8")
    with pytest.raises(DocumentError, match="empty.txt"):
        extract_path(path, register)


def test_document_paths_skip_gold_notes_and_missing_folders(tmp_path: Path):
    folder = tmp_path / "docs"
    (folder / "sub").mkdir(parents=True)
    names = ("b.txt", "a.html", "a.gold.json", "README.md", "INDEX.md", ".hidden.txt", "score.py")
    for name in names:
        (folder / name).write_text("x", encoding="utf-8")
    (folder / "sub" / "c.pdf").write_bytes(b"%PDF-")
    found = list(iter_document_paths([folder, tmp_path / "missing"]))
    assert [p.relative_to(folder).as_posix() for p in found] == ["a.html", "b.txt", "sub/c.pdf"]
