"""The explorer in a real browser, on the real register and corpus: the journalist's path from
a search to the evidence, the shared chief executives over time, the network, connections,
downloads, keyboard use and phone width. Expected values come from the live API, never from
this file, except the acceptance facts themselves (Bolsover shares its chief executive with
North East Derbyshire from 2011; not in 2010)."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest
from explorer_pages import (
    BOLSOVER,
    NORTH_EAST_DERBYSHIRE,
    api,
    bolsover_row,
    require_library,
    wait_until_loaded,
)
from playwright.sync_api import Page, expect
from screenshots import screenshot

pytestmark = pytest.mark.browser


def test_search_as_you_type_reaches_the_council_page(page: Page, live_server: str) -> None:
    page.goto(f"{live_server}/")
    search = page.get_by_label("Search councils, partnerships and people")
    search.press_sequentially("Bolsover", delay=40)
    option = page.get_by_role("option", name=re.compile(rf"^{BOLSOVER}, Council"))
    expect(option).to_be_visible()
    expect(search).to_have_attribute("aria-expanded", "true")
    screenshot(page, "search-suggestions")
    # keyboard only: down to the council's suggestion, Enter
    names = [o.get_attribute("aria-label") for o in page.get_by_role("option").all()]
    for _ in range(names.index(option.get_attribute("aria-label")) + 1):
        search.press("ArrowDown")
    expect(search).to_have_attribute("aria-activedescendant", re.compile(r"-options-\d+$"))
    search.press("Enter")
    expect(page).to_have_url(re.compile(r"/councils/BOS$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(BOLSOVER)
    wait_until_loaded(page)
    screenshot(page, "council")


def test_search_suggests_partnerships_too(page: Page, live_server: str) -> None:
    partnerships = api(live_server, "/v1/partnerships", limit="500")["data"]
    assert partnerships, "the corpus store holds no partnership"
    name = partnerships[0]["name"]
    page.goto(f"{live_server}/")
    page.get_by_label("Search councils, partnerships and people").fill(name)
    option = page.get_by_role("option", name=f"{name}, Partnership", exact=False)
    expect(option.first).to_be_visible()
    option.first.click()
    expect(page).to_have_url(re.compile(rf"/partnerships/{partnerships[0]['id']}$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(name)
    wait_until_loaded(page)
    screenshot(page, "partnership")


def test_shared_chief_executive_and_its_evidence_on_the_council_page(
    page: Page, live_server: str
) -> None:
    page.goto(f"{live_server}/councils/BOS")
    shared = page.locator("#shared-posts li.kind-shared_post").filter(
        has_text="Chief executive shared with"
    )
    post = shared.filter(has=page.get_by_role("link", name=NORTH_EAST_DERBYSHIRE))
    expect(post).to_have_count(1)
    quote = post.locator("blockquote").first
    expect(quote).to_be_hidden()
    post.get_by_text(re.compile(r"^Evidence")).click()
    expect(quote).to_be_visible()
    relationships = api(live_server, "/v1/councils/BOS/relationships")["data"]
    quotes = [
        e["quote"]
        for r in relationships
        if r["kind"] == "shared_post" and r["role"] == "chief_executive"
        for e in r["evidence"]
        if e["quote"]
    ]
    assert quote.inner_text() in quotes
    screenshot(page, "council-evidence")
    post.locator(".source a").first.click()
    expect(page).to_have_url(re.compile(r"/documents/[^/?]+\?span=\d+-\d+$"))
    wait_until_loaded(page)
    expect(page.locator("#document-facts > li").first).to_be_visible()
    screenshot(page, "document")


def test_network_view_draws_both_councils(page: Page, live_server: str) -> None:
    require_library("cytoscape.js")
    page.goto(f"{live_server}/councils/BOS")
    page.get_by_role("link", name="Network view").click()
    expect(page).to_have_url(re.compile(r"/network\?council=BOS$"))
    wait_until_loaded(page)
    nodes = page.locator("#network-nodes")
    expect(nodes.get_by_role("link", name=BOLSOVER, exact=True)).to_be_visible()
    expect(nodes.get_by_role("link", name=NORTH_EAST_DERBYSHIRE, exact=True)).to_be_visible()
    expect(page.locator("#network-canvas canvas").first).to_be_visible()
    expect(page.locator("#network-legend li")).to_have_count(7)
    screenshot(page, "network")
    # click through: redraw around North East Derbyshire, two hops out
    page.locator("#network-nodes li").filter(has_text=NORTH_EAST_DERBYSHIRE).get_by_role(
        "link", name=re.compile("Network around")
    ).click()
    expect(page).to_have_url(re.compile(r"/network\?council=NED&hops=1$"))
    page.get_by_label("Hops").select_option("2")
    page.get_by_role("button", name="Draw").click()
    expect(page).to_have_url(re.compile(r"council=NED&hops=2"))
    wait_until_loaded(page)
    expect(page.locator("#status")).to_contain_text("within 2 hops")
    expect(nodes.get_by_role("link", name=BOLSOVER, exact=True)).to_be_visible()
    screenshot(page, "network-2-hops")


def test_as_of_removes_a_group_that_had_not_started(page: Page, live_server: str) -> None:
    require_library("countries-50m.json")
    page.goto(f"{live_server}/shared-chief-executives?as_of=2012-01-01")
    wait_until_loaded(page)
    expect(bolsover_row(page)).to_have_count(1)
    expect(page.locator("#map svg line.link").first).to_be_attached()
    expect(page.locator("#map svg path.land")).to_have_count(1)
    expect(page.locator(f'#map svg a[aria-label="{BOLSOVER}"]')).to_have_count(1)
    screenshot(page, "shared-chief-executives-2012")
    page.get_by_label("As of").fill("2010-01-01")
    page.get_by_role("button", name="Show").click()
    expect(page).to_have_url(re.compile(r"as_of=2010-01-01"))
    wait_until_loaded(page)
    expect(bolsover_row(page)).to_have_count(0)
    expect(page.locator(f'#map svg a[aria-label="{BOLSOVER}"]')).to_have_count(0)
    screenshot(page, "shared-chief-executives-2010")
    page.go_back()  # history holds each as-of view
    expect(page).to_have_url(re.compile(r"as_of=2012-01-01"))
    expect(bolsover_row(page)).to_have_count(1)


def test_table_sorts_by_column_and_keeps_it_in_the_url(page: Page, live_server: str) -> None:
    page.goto(f"{live_server}/shared-chief-executives?as_of=2012-01-01")
    wait_until_loaded(page)
    page.get_by_role("button", name="From").click()
    expect(page).to_have_url(re.compile(r"sort=start&order=ascending"))
    header = page.locator("#groups th", has=page.get_by_role("button", name="From"))
    expect(header).to_have_attribute("aria-sort", "ascending")
    starts = page.locator("#groups tbody tr td:nth-child(3)").all_inner_texts()
    dated = [text for text in starts if text]
    assert starts[: len(dated)] == dated, "undated groups come last"
    page.get_by_role("button", name="From").click()
    expect(header).to_have_attribute("aria-sort", "descending")
    page.reload()
    expect(header).to_have_attribute("aria-sort", "descending")


def test_csv_and_json_downloads_hold_what_the_page_shows(page: Page, live_server: str) -> None:
    page.goto(f"{live_server}/shared-chief-executives?as_of=2012-01-01")
    wait_until_loaded(page)
    groups = api(live_server, "/v1/shared-chief-executives", as_of="2012-01-01", limit="500")
    with page.expect_download() as download:
        page.get_by_role("link", name="Download CSV").click()
    path = Path(download.value.path())
    assert download.value.suggested_filename == "shared-chief-executives-2012-01-01.csv"
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == groups["count"] == page.locator("#groups tbody tr").count()
    bolsover = [row for row in rows if row["council_ids"] == "BOS NED"]
    assert len(bolsover) == 1
    assert bolsover[0]["start"] == "2011-04-01"
    assert bolsover[0]["evidence_quotes"]
    with page.expect_download() as download:
        page.get_by_role("link", name="Download JSON").click()
    shown = json.loads(Path(download.value.path()).read_text())
    assert sorted(map(json.dumps, shown["data"])) == sorted(map(json.dumps, groups["data"]))


def test_connections_show_evidence_for_every_hop(page: Page, live_server: str) -> None:
    page.goto(f"{live_server}/connections")
    page.get_by_label("From").press_sequentially("High Peak", delay=30)
    page.get_by_role("option", name=re.compile("^High Peak Borough Council, Council")).click()
    page.get_by_label("To").press_sequentially("Bolsover", delay=30)
    page.get_by_role("option", name=re.compile(rf"^{BOLSOVER}, Council")).click()
    page.get_by_role("button", name="Find paths").click()
    expect(page).to_have_url(re.compile(r"from=HIG&to=BOS"))
    wait_until_loaded(page)
    hops = page.locator(".hop")
    expect(hops.first).to_be_visible()
    for hop in hops.all():
        expect(hop.locator("details.evidence").first).to_be_attached()
    screenshot(page, "connections")


def test_permalink_restores_the_view(page: Page, live_server: str) -> None:
    page.goto(f"{live_server}/councils/BOS")
    page.get_by_label("Relationships as of").fill("2012-01-01")
    page.get_by_role("button", name="Show").click()
    wait_until_loaded(page)
    permalink = page.get_by_role("link", name="Permalink").get_attribute("href")
    assert permalink == f"{live_server}/councils/BOS?as_of=2012-01-01"
    page.goto(permalink)
    expect(page.get_by_label("Relationships as of")).to_have_value("2012-01-01")


def test_keyboard_users_can_skip_to_content(page: Page, live_server: str) -> None:
    page.goto(f"{live_server}/shared-chief-executives")
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to content")
    expect(skip).to_be_focused()
    expect(skip).to_be_visible()
    page.keyboard.press("Enter")
    expect(page.locator("main")).to_be_focused()


@pytest.mark.parametrize(
    "path", ["/councils/BOS", "/shared-chief-executives", "/network?council=BOS"]
)
def test_pages_fit_a_phone_screen(phone: Page, live_server: str, path: str) -> None:
    phone.goto(f"{live_server}{path}")
    wait_until_loaded(phone)
    width = phone.evaluate("document.documentElement.scrollWidth")
    assert width <= 375, f"{path} is {width}px wide at 375px"
    name = re.sub(r"[^a-z0-9]+", "-", path.lower()).strip("-")
    screenshot(phone, f"phone-{name}")


def test_csv_cells_are_quoted_and_formulas_neutralised(page: Page, live_server: str) -> None:
    page.goto(f"{live_server}/")
    text = page.evaluate(
        """async () => {
            const { toCSV } = await import('/explorer/static/js/tools.js');
            return toCSV(['a', 'b'], [['x, "y"', '=SUM(A1)'], ['line\\nbreak', '-3']]);
        }"""
    )
    rows = list(csv.reader(text.lstrip("\ufeff").splitlines(keepends=True)))
    assert rows == [["a", "b"], ['x, "y"', "'=SUM(A1)"], ["line\nbreak", "-3"]]


def test_search_results_page_lists_every_match(page: Page, live_server: str) -> None:
    page.goto(f"{live_server}/")
    search = page.get_by_label("Search councils, partnerships and people")
    search.fill("derby")
    search.press("Enter")  # no suggestion chosen: the form goes to the results page
    expect(page).to_have_url(re.compile(r"/\?q=derby$"))
    wait_until_loaded(page)
    councils = api(live_server, "/v1/councils", q="derby", limit="50")["data"]
    assert councils
    rows = page.locator("#results-body tbody tr")
    for council in councils:
        expect(rows.filter(has_text=council["name"]).filter(has_text="Council")).not_to_have_count(
            0
        )
    screenshot(page, "search-results")


def test_person_page_lists_their_posts(page: Page, live_server: str) -> None:
    people = api(live_server, "/v1/people", limit="500")["data"]
    assert people, "the corpus store holds no person"
    person = max(people, key=lambda p: len(p["councils"]))
    detail = api(live_server, f"/v1/people/{person['id']}")
    page.goto(f"{live_server}/people/{person['id']}")
    expect(page.get_by_role("heading", level=1)).to_have_text(person["name"])
    wait_until_loaded(page)
    expect(page.locator("#posts li.relationship")).to_have_count(len(detail["posts"]))
    screenshot(page, "person")
