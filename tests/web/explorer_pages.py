"""What the browser tests share: the two councils of the acceptance story, the live API, and
waiting for a page to load."""

from __future__ import annotations

import os
import re

import httpx
import pytest
from playwright.sync_api import Locator, Page, expect

from api.web import vendor

BOLSOVER = "Bolsover District Council"
NORTH_EAST_DERBYSHIRE = "North East Derbyshire District Council"


def api(base: str, path: str, **params: str) -> dict:
    response = httpx.get(f"{base}{path}", params=params, timeout=30)
    response.raise_for_status()
    return response.json()


def require_library(name: str) -> None:
    """Skip without the npm-installed file `name` (make install), except under CI."""
    if not vendor.installed()[name]:
        message = f"{name} is not installed in api/web/node_modules: run make install"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)


def wait_until_loaded(page: Page) -> None:
    """Pages say in their status line what they loaded; 'Loading…' means not yet."""
    expect(page.locator("#status")).not_to_have_text(re.compile(r"^(Loading…|Searching…)?$"))


def bolsover_row(page: Page) -> Locator:
    return (
        page.locator("#groups tbody tr")
        .filter(has_text=BOLSOVER)
        .filter(has_text=NORTH_EAST_DERBYSHIRE)
    )
