"""`councilgraph build` on the real register and documents, and its errors."""

from pathlib import Path

from typer.testing import CliRunner

from councilgraph.cli import app
from graph import ids
from graph.store import GraphStore

runner = CliRunner()
NOTE = "Minutes. Adur and Worthing councils agreed to share a chief executive.\n"


def test_build_loads_and_validates_the_register_and_the_documents(
    tmp_path: Path, register_dir: Path
) -> None:
    store = tmp_path / "store"
    args = ["build", "--register", str(register_dir), "--store", str(store), "--validate"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert "470 councils" in result.output
    with GraphStore.open(store, read_only=True) as built:
        assert f"{built.quad_count()} triples" in result.output
        documents = [g for g in built.graph_names() if "/graph/document/" in str(g)]
    assert f"{len(documents)} documents (0 skipped)" in result.output


def test_a_document_no_longer_found_loses_its_graph(tmp_path: Path, register_dir: Path) -> None:
    folder = tmp_path / "documents"
    folder.mkdir()
    (folder / "note.txt").write_text(NOTE, encoding="utf-8")
    store = tmp_path / "store"
    args = ["build", "--register", str(register_dir), "--store", str(store)]
    result = runner.invoke(app, [*args, "--documents", str(folder)])
    assert "1 documents (0 skipped)" in result.output, result.output
    (folder / "note.txt").unlink()
    (folder / "empty.txt").write_text("", encoding="utf-8")
    result = runner.invoke(app, [*args, "--documents", str(folder)])
    assert "0 documents (1 skipped)" in result.output, result.output
    assert "skipped empty.txt" in result.output
    with GraphStore.open(store, read_only=True) as built:
        assert built.graph_names() == {ids.ontology_graph(), ids.register_graph()}


def test_a_missing_register_is_a_clear_error_without_a_traceback(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere"
    result = runner.invoke(app, ["build", "--register", str(missing), "--store", str(tmp_path)])
    assert result.exit_code == 2
    assert f"error: register folder {missing} does not exist" in result.output
    assert "Traceback" not in result.output


def test_help_shows_an_example() -> None:
    result = runner.invoke(app, ["build", "--help"])
    assert result.exit_code == 0
    assert "Example: councilgraph build" in result.output
