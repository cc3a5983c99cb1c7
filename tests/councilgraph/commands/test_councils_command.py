"""`councilgraph councils`: search and list from the terminal."""

from pathlib import Path

from typer.testing import CliRunner

from councilgraph.cli import app

runner = CliRunner()


def test_listing_counties_in_2022(built_store: Path) -> None:
    args = ["councils", "--type", "county", "--as-of", "2022-01-01", "--store", str(built_store)]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert "Cumbria County Council" in result.output  # abolished in 2023
    assert "1-24 of 24 councils" in result.output


def test_searching_former_councils_by_name(built_store: Path) -> None:
    result = runner.invoke(app, ["councils", "corby", "--all", "--store", str(built_store)])
    assert result.exit_code == 0, result.output
    assert "COR" in result.output and "2021-04-01" in result.output


def test_a_missing_store_says_how_to_build_it(tmp_path: Path) -> None:
    result = runner.invoke(app, ["councils", "--store", str(tmp_path / "missing")])
    assert result.exit_code == 2
    assert "councilgraph build" in result.output
    assert "Traceback" not in result.output


def test_a_bad_date_is_a_usage_error(built_store: Path) -> None:
    result = runner.invoke(app, ["councils", "--as-of", "June", "--store", str(built_store)])
    assert result.exit_code == 2
    assert "not a date" in result.output
