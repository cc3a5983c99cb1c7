"""The OpenAPI document: an example for every operation, errors as problem+json."""

from __future__ import annotations

from typing import Any

import pytest

from api.app import create_app
from councilgraph.settings import Settings

DOCUMENT = create_app(Settings()).openapi()
OPERATIONS = [
    (method.upper(), path, operation)
    for path, item in DOCUMENT["paths"].items()
    for method, operation in item.items()
]
NAMES = [f"{method} {path}" for method, path, _ in OPERATIONS]


def _has_example(content: dict[str, Any]) -> bool:
    schemas = DOCUMENT["components"]["schemas"]
    for media in content.values():
        ref = media.get("schema", {}).get("$ref", "")
        if "example" in media or schemas.get(ref.rsplit("/", 1)[-1], {}).get("examples"):
            return True
    return False


@pytest.mark.parametrize(("method", "path", "operation"), OPERATIONS, ids=NAMES)
def test_every_operation_shows_an_example_answer(method: str, path: str, operation: dict) -> None:
    successes = [r for s, r in operation["responses"].items() if s.startswith("2")]
    assert any(_has_example(r.get("content", {})) for r in successes), f"{method} {path}"


@pytest.mark.parametrize(("method", "path", "operation"), OPERATIONS, ids=NAMES)
def test_every_error_is_documented_as_a_problem(method: str, path: str, operation: dict) -> None:
    for status, response in operation["responses"].items():
        if status[0] in "45":
            assert list(response["content"]) == ["application/problem+json"], (path, status)
            schema = response["content"]["application/problem+json"]["schema"]
            assert schema == {"$ref": "#/components/schemas/Problem"}
    assert "HTTPValidationError" not in DOCUMENT["components"]["schemas"]
