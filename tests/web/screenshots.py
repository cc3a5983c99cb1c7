"""Screenshots the browser tests take, kept as artefacts in artifacts/screenshots/ (git-ignored)
for people to look at; nothing compares them."""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import Page

from councilgraph.settings import REPO_ROOT

SCREENSHOTS = REPO_ROOT / "artifacts" / "screenshots"


def screenshot(page: Page, name: str) -> Path:
    """The whole page as artifacts/screenshots/<name>.png."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path
