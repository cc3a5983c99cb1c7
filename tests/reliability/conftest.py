"""The fault, load and bad-input tests. Full versions carry the `soak` marker: a plain run
(`make test`) leaves them out, `make soak` (`-m soak`) runs only them. Every outcome is kept
for docs/reliability.md (reliability_results.py)."""

from __future__ import annotations

import pytest
from reliability_results import record_outcome


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("markexpr"):  # whoever chose markers chose these too
        return
    soak = [item for item in items if item.get_closest_marker("soak")]
    if soak:
        config.hook.pytest_deselected(items=soak)
        items[:] = [item for item in items if not item.get_closest_marker("soak")]


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if "tests/reliability/" not in report.nodeid.replace("\\", "/"):
        return
    if report.when == "call" or report.outcome != "passed":
        # pytest reports an expected failure as skipped with the reason in `wasxfail`
        xfailed = hasattr(report, "wasxfail") and report.outcome == "skipped"
        outcome = "expected failure (a known limit)" if xfailed else report.outcome
        record_outcome(report.nodeid, outcome, report.duration)
