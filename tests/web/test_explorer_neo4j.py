"""The explorer on the Neo4j backend: the same corpus projected into a real Neo4j, the same
journalist's path. The explorer only asks /v1, so it must show the same things."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from explorer_pages import (
    BOLSOVER,
    NORTH_EAST_DERBYSHIRE,
    bolsover_row,
    require_library,
    wait_until_loaded,
)
from live_servers import serving
from neo4j import Driver
from playwright.sync_api import Page, expect
from screenshots import screenshot

from api.app import create_app
from councilgraph.settings import Settings
from graph.neo4j_connection import open_driver
from graph.neo4j_projection import Neo4jProjection
from graph.neo4j_repository import Neo4jRepository
from graph.store import GraphStore

pytestmark = [pytest.mark.browser, pytest.mark.neo4j]


@pytest.fixture
def neo4j_live_server(corpus_store: Path, neo4j_driver: Driver, neo4j_uri: str) -> Iterator[str]:
    """The app with the Neo4j backend, after projecting the corpus store into Neo4j."""
    with GraphStore.open(corpus_store, read_only=True) as store:
        Neo4jProjection(neo4j_driver).sync(store)
    settings = Settings(backend="neo4j", neo4j_uri=neo4j_uri, store=corpus_store)
    repository = Neo4jRepository(open_driver(settings), neo4j_uri)
    try:
        with serving(create_app(settings, repository)) as url:
            yield url
    finally:
        repository.close()


def test_the_explorer_answers_alike_on_neo4j(page: Page, neo4j_live_server: str) -> None:
    require_library("cytoscape.js")
    assert page.request.get(f"{neo4j_live_server}/healthz").json()["backend"] == "neo4j"
    page.goto(f"{neo4j_live_server}/councils/BOS")
    post = page.locator("#shared-posts li.kind-shared_post").filter(
        has=page.get_by_role("link", name=NORTH_EAST_DERBYSHIRE)
    )
    expect(post.filter(has_text="Chief executive shared with")).to_have_count(1)
    post.first.get_by_text(re.compile(r"^Evidence")).click()
    expect(post.first.locator("blockquote").first).to_be_visible()
    screenshot(page, "neo4j-council")

    page.goto(f"{neo4j_live_server}/network?council=BOS")
    wait_until_loaded(page)
    nodes = page.locator("#network-nodes")
    expect(nodes.get_by_role("link", name=BOLSOVER, exact=True)).to_be_visible()
    expect(nodes.get_by_role("link", name=NORTH_EAST_DERBYSHIRE, exact=True)).to_be_visible()

    page.goto(f"{neo4j_live_server}/shared-chief-executives?as_of=2012-01-01")
    wait_until_loaded(page)
    expect(bolsover_row(page)).to_have_count(1)
    page.get_by_label("As of").fill("2010-01-01")
    page.get_by_role("button", name="Show").click()
    wait_until_loaded(page)
    expect(bolsover_row(page)).to_have_count(0)
    screenshot(page, "neo4j-shared-chief-executives-2010")
