"""docs/benchmarks.md: each benchmark replaces its own section and leaves the others alone."""

from pathlib import Path

from bench.report_file import load_average, machine, replace_section

OTHER = """# Benchmarks

Intro written by hand.

## Neo4j load

| graph | loader |
|---|---|
| a | b |
"""


def test_a_new_section_goes_at_the_end_and_the_rest_stays(tmp_path: Path) -> None:
    report = tmp_path / "benchmarks.md"
    report.write_text(OTHER)
    replace_section(report, "Scale and speed", "first run")
    text = report.read_text()
    assert text.startswith(OTHER.rstrip("\n"))
    assert text.endswith("## Scale and speed\n\nfirst run\n")


def test_a_section_is_replaced_in_place(tmp_path: Path) -> None:
    report = tmp_path / "benchmarks.md"
    report.write_text(OTHER)
    replace_section(report, "Scale and speed", "first run")
    replace_section(report, "Neo4j load", "new load table")
    replace_section(report, "Scale and speed", "second run\n\n### sub\n\nmore")
    text = report.read_text()
    assert "first run" not in text and "| a | b |" not in text
    assert text.count("## Scale and speed") == 1
    assert text.index("## Neo4j load\n\nnew load table\n") < text.index("second run")
    assert text.startswith("# Benchmarks\n\nIntro written by hand.\n\n## Neo4j load")
    assert text.endswith("### sub\n\nmore\n")


def test_a_missing_report_is_started_with_its_title(tmp_path: Path) -> None:
    report = tmp_path / "docs" / "benchmarks.md"
    replace_section(report, "Scale and speed", "numbers")
    assert report.read_text() == "# Benchmarks\n\n## Scale and speed\n\nnumbers\n"


def test_the_machine_is_described() -> None:
    described = machine()
    assert " cores, " in described and "GB memory" in described and "pyoxigraph" in described
    assert load_average().count(" / ") == 2
