"""What the fault, load and bad-input tests measured, kept for docs/reliability.md.

Each test writes its numbers as var/reliability/<name>.json and the conftest keeps every
test's outcome in var/reliability/outcomes.json; scripts/reliability_report.py renders them.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from councilgraph.settings import REPO_ROOT

RESULTS = REPO_ROOT / "var" / "reliability"
OUTCOMES = RESULTS / "outcomes.json"


def record(name: str, payload: dict[str, object]) -> Path:
    """Write `payload` as this run's result called `name`, stamped with the time."""
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / f"{name}.json"
    stamped = {"recorded": datetime.now(UTC).isoformat(timespec="seconds"), **payload}
    path.write_text(json.dumps(stamped, indent=2, ensure_ascii=False))
    return path


def record_outcome(test: str, outcome: str, seconds: float) -> None:
    """Keep one test's latest outcome beside the others'."""
    RESULTS.mkdir(parents=True, exist_ok=True)
    known = json.loads(OUTCOMES.read_text()) if OUTCOMES.is_file() else {}
    when = datetime.now(UTC).isoformat(timespec="seconds")
    known[test] = {"outcome": outcome, "seconds": round(seconds, 1), "recorded": when}
    OUTCOMES.write_text(json.dumps(known, indent=2, sort_keys=True))
