"""`councilgraph extract`: one gold-format JSON file per document, bad files reported."""

import json
from pathlib import Path

from typer.testing import CliRunner

from councilgraph.cli import app

runner = CliRunner()
PRESS = (
    "SOURCE: https://www.example-news.co.uk/story\nDATE: 2019-05-01\n\n"
    "Mendip District Council and Sedgemoor District Council agreed to share a chief executive.\n"
)


def test_writes_a_json_file_per_document_and_reports_bad_ones(tmp_path: Path, register_dir):
    folder = tmp_path / "documents"
    folder.mkdir()
    (folder / "story.txt").write_text(PRESS, encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "story.gold.json").write_text("{}", encoding="utf-8")
    out = tmp_path / "out"
    args = ["extract", str(folder), "--out", str(out), "--register", str(register_dir)]
    result = runner.invoke(app, args)
    assert result.exit_code == 1
    assert "error: empty.txt" in result.output
    assert sorted(p.name for p in out.iterdir()) == ["story.json"]
    written = json.loads((out / "story.json").read_text(encoding="utf-8"))
    assert written["doc"] == "story.txt"
    assert written["publisher"] is None
    assert [sorted(group) for group in written["shared_chief_executive"]] == [
        ["E07000187", "E07000188"]
    ]


def test_all_good_documents_exit_zero(tmp_path: Path, register_dir):
    document = tmp_path / "story.txt"
    document.write_text(PRESS, encoding="utf-8")
    args = [
        "extract",
        str(document),
        "--out",
        str(tmp_path / "out"),
        "--register",
        str(register_dir),
    ]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert (tmp_path / "out" / "story.json").is_file()


def test_a_missing_register_is_a_clear_error(tmp_path: Path):
    missing = tmp_path / "nowhere"
    args = ["extract", str(tmp_path), "--out", str(tmp_path / "out"), "--register", str(missing)]
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert f"error: register folder {missing} does not exist" in result.output
