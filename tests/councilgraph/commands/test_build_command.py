"""`councilgraph build` on the real register, and its errors."""

from pathlib import Path

from typer.testing import CliRunner

from councilgraph.cli import app
from graph.store import GraphStore

runner = CliRunner()


def test_build_loads_every_council_and_reports_the_triples(
    tmp_path: Path, register_dir: Path
) -> None:
    store = tmp_path / "store"
    result = runner.invoke(app, ["build", "--register", str(register_dir), "--store", str(store)])
    assert result.exit_code == 0, result.output
    assert "470 councils" in result.output
    with GraphStore.open(store, read_only=True) as built:
        assert f"{built.quad_count()} triples" in result.output


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
