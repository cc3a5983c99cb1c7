"""Third-party browser files the explorer serves: installed by `npm ci` (make install) into
api/web/node_modules, never committed. Only the files named here are served."""

from __future__ import annotations

from pathlib import Path

NODE_MODULES = Path(__file__).resolve().parent / "node_modules"

# URL name -> path inside node_modules
FILES = {
    "cytoscape.js": "cytoscape/dist/cytoscape.min.js",
    "topojson-client.js": "topojson-client/dist/topojson-client.min.js",
    "countries-50m.json": "world-atlas/countries-50m.json",
}


def vendor_file(name: str) -> Path | None:
    """The installed file behind URL name `name`; None if unknown or not installed."""
    relative = FILES.get(name)
    if relative is None:
        return None
    path = NODE_MODULES / relative
    return path if path.is_file() else None


def installed() -> dict[str, bool]:
    """Which vendor files are installed, by URL name, for templates to choose what to load."""
    return {name: vendor_file(name) is not None for name in FILES}
