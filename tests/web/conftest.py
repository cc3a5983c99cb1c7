"""The explorer under test: a live uvicorn server on a loopback port serving a store built from
the real register and the shared corpus, and Debian's Chromium driven by Playwright. A page
fails its test on any console error or uncaught exception."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from live_servers import serving
from playwright.sync_api import Browser, Page, expect, sync_playwright

from api.app import create_app
from councilgraph.settings import SHARED, Settings
from graph import build
from graph.embedded_repository import EmbeddedRepository
from graph.store import GraphStore
from loaders.pipeline import extract_path, iter_document_paths
from loaders.register_reader import Register

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
CORPUS = SHARED / "corpus"
# Two cores serve the API, its queries and Chromium at once: give pages time to load.
expect.set_options(timeout=15_000)


@pytest.fixture(scope="session")
def corpus_store(tmp_path_factory: pytest.TempPathFactory, register: Register) -> Path:
    """The real register and every document of the shared corpus, through the extraction
    pipeline, as `councilgraph build` loads them."""
    if not CORPUS.is_dir():
        pytest.fail(f"the shared corpus is missing at {CORPUS}")
    path = tmp_path_factory.mktemp("corpus") / "store"
    with GraphStore.open(path) as store:
        build.load_ontology(store)
        build.load_register(store, register)
        for document in iter_document_paths([CORPUS]):
            build.load_extraction(store, extract_path(document, register), register)
    return path


@pytest.fixture(scope="session")
def live_server(corpus_store: Path) -> Iterator[str]:
    """The whole app (API and explorer) over the embedded store of the corpus."""
    repository = EmbeddedRepository(GraphStore.open(corpus_store, read_only=True))
    try:
        with serving(create_app(Settings(store=corpus_store), repository)) as url:
            yield url
    finally:
        repository.close()


@pytest.fixture(scope="session")
def chromium() -> Iterator[Browser]:
    """Headless Debian Chromium; skipped without it, except under CI where it must be there."""
    if not CHROMIUM.is_file():
        if os.environ.get("CI"):
            pytest.fail(f"{CHROMIUM} is missing under CI (.ci/run installs the chromium package)")
        pytest.skip(f"{CHROMIUM} is missing: apt-get install chromium fonts-dejavu-core")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


class ConsoleErrors(list[str]):
    """Console errors and uncaught exceptions a page reported."""


@pytest.fixture
def page_errors() -> ConsoleErrors:
    return ConsoleErrors()


def _open_page(chromium: Browser, errors: ConsoleErrors, **context: object) -> Page:
    browser_context = chromium.new_context(accept_downloads=True, **context)
    page = browser_context.new_page()
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(f"uncaught: {e}"))
    page.set_default_timeout(15_000)
    return page


@pytest.fixture
def page(chromium: Browser, page_errors: ConsoleErrors) -> Iterator[Page]:
    """A fresh desktop-sized page; the test fails if it logged any console error."""
    page = _open_page(chromium, page_errors, viewport={"width": 1280, "height": 900})
    yield page
    page.context.close()
    assert not page_errors, f"browser console errors: {page_errors}"


@pytest.fixture
def phone(chromium: Browser, page_errors: ConsoleErrors) -> Iterator[Page]:
    """A page 375 px wide, as on a phone."""
    page = _open_page(
        chromium,
        page_errors,
        viewport={"width": 375, "height": 740},
        is_mobile=True,
        has_touch=True,
        device_scale_factor=2,
    )
    yield page
    page.context.close()
    assert not page_errors, f"browser console errors: {page_errors}"
