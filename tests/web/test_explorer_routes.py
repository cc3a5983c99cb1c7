"""The explorer's pages and files over HTTP (no browser): every page is an HTML skeleton that
loads its script; vendor files are served only when npm installed them."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.web import vendor

PAGES = {
    "/": "home",
    "/councils/BOS": "council",
    "/partnerships/abc123": "partnership",
    "/people/abc123": "person",
    "/documents/abc123": "document",
    "/shared-chief-executives?as_of=2012-01-01": "shared",
    "/network?council=BOS&hops=2": "network",
    "/connections?from=HPK&to=BOS": "connections",
}


@pytest.mark.parametrize(("path", "page"), PAGES.items())
def test_every_page_is_html_that_loads_its_script(
    api_client: TestClient, path: str, page: str
) -> None:
    response = api_client.get(path)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    html = response.text
    assert f'src="/explorer/static/js/pages/{page}.js"' in html
    assert '<label for="site-search-input">' in html
    assert '<main id="main"' in html
    script = api_client.get(f"/explorer/static/js/pages/{page}.js")
    assert script.status_code == 200
    assert "javascript" in script.headers["content-type"]


def test_page_ids_are_escaped_into_the_page(api_client: TestClient) -> None:
    assert 'data-id="E07000033"' in api_client.get("/councils/E07000033").text


def test_an_id_with_markup_is_refused(api_client: TestClient) -> None:
    response = api_client.get("/councils/%3Cscript%3E")
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"


@pytest.mark.parametrize("identifier", ["%2e%2e", "%2E", ".hidden"])
def test_an_id_of_dots_is_refused(api_client: TestClient, identifier: str) -> None:
    assert api_client.get(f"/people/{identifier}").status_code == 422


def test_pages_stay_out_of_the_api_schema(api_client: TestClient) -> None:
    paths = api_client.get("/openapi.json").json()["paths"]
    assert "/" not in paths
    assert not [path for path in paths if path.startswith(("/explorer", "/network"))]


def test_every_local_module_a_script_imports_is_served(api_client: TestClient) -> None:
    static = Path(vendor.__file__).parent / "static" / "js"
    for script in static.rglob("*.js"):
        relative = script.relative_to(static.parent).as_posix()
        assert api_client.get(f"/explorer/static/{relative}").status_code == 200, relative


@pytest.fixture
def fake_node_modules(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty node_modules folder in place of the real one."""
    monkeypatch.setattr(vendor, "NODE_MODULES", tmp_path)
    return tmp_path


def test_without_npm_the_network_page_says_the_library_is_missing(
    api_client: TestClient, fake_node_modules: Path
) -> None:
    html = api_client.get("/network?council=BOS").text
    assert 'id="network-missing"' in html
    assert "make install" in html
    assert "/explorer/vendor/cytoscape.js" not in html
    assert api_client.get("/explorer/vendor/cytoscape.js").status_code == 404


def test_an_installed_library_is_served_and_loaded(
    api_client: TestClient, fake_node_modules: Path
) -> None:
    library = fake_node_modules / "cytoscape" / "dist" / "cytoscape.min.js"
    library.parent.mkdir(parents=True)
    library.write_text("window.cytoscape = function () {};\n")
    assert '<script src="/explorer/vendor/cytoscape.js">' in api_client.get("/network").text
    response = api_client.get("/explorer/vendor/cytoscape.js")
    assert response.status_code == 200
    assert response.text == library.read_text()


def test_only_named_vendor_files_are_served(api_client: TestClient) -> None:
    assert api_client.get("/explorer/vendor/package.json").status_code == 404
    assert api_client.get("/explorer/vendor/..%2Fpackage.json").status_code == 404
