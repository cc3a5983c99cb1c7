"""docs/benchmarks.md is written by several benchmarks, each owning one `## ` section: a run
replaces its own section and leaves the others (the Neo4j load comparison...) as they are."""

from __future__ import annotations

import os
import platform
import re
from importlib.metadata import version
from pathlib import Path

from councilgraph.settings import REPO_ROOT

REPORT = REPO_ROOT / "docs" / "benchmarks.md"
TITLE = "# Benchmarks\n"


def replace_section(path: Path, heading: str, body: str) -> None:
    """Put `## heading` with `body` in place of that section of `path` (from its heading to the
    next `## ` heading), or at the end when the file has none; the rest stays byte for byte."""
    text = path.read_text(encoding="utf-8") if path.is_file() else TITLE
    section = f"## {heading}\n\n{body.strip()}\n"
    pattern = re.compile(rf"^## {re.escape(heading)}\n.*?(?=^## |\Z)", re.M | re.S)
    found = pattern.search(text)
    if found:
        following = "\n" if found.end() < len(text) else ""
        text = text[: found.start()] + section + following + text[found.end() :]
    else:
        text = text.rstrip("\n") + "\n\n" + section
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def machine() -> str:
    """The machine and software a run measured, in one paragraph."""
    cores = os.cpu_count()
    memory_gb = _meminfo_kb("MemTotal") / 1024 / 1024
    packages = ", ".join(
        f"{name} {version(name)}"
        for name in ("pyoxigraph", "rdflib", "neo4j", "fastapi", "uvicorn")
    )
    return (
        f"{_cpu_model()}, {cores} cores, {memory_gb:.0f} GB memory, {platform.system()} "
        f"{platform.release()}; Python {platform.python_version()}, {packages}."
    )


def load_average() -> str:
    one, five, fifteen = os.getloadavg()
    return f"{one:.2f} / {five:.2f} / {fifteen:.2f}"


def _cpu_model() -> str:
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.is_file():
        found = re.search(r"^model name\s*:\s*(.+)$", cpuinfo.read_text(), re.M)
        if found:
            return found[1].strip()
    return platform.processor() or "unknown CPU"


def _meminfo_kb(field: str) -> int:
    found = re.search(rf"^{field}:\s*(\d+) kB", Path("/proc/meminfo").read_text(), re.M)
    return int(found[1]) if found else 0
