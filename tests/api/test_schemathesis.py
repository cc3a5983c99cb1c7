"""Property-based requests over the whole OpenAPI document (Schemathesis) against the session
store: no 5xx, and every response matches what the document says of it (status code, media
type, headers, body schema). Examples per operation are bounded so the run stays short.

Operations are listed from the app's OpenAPI at collection time (building the app opens
nothing) and each one's cases are drawn from the schema the running app serves.
Schemathesis's own pytest loader does not run under this pytest, hence `given` by hand.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode
from schemathesis.checks import (
    content_type_conformance,
    negative_data_rejection,
    not_a_server_error,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from api.app import create_app
from councilgraph.settings import Settings
from graph.embedded_repository import EmbeddedRepository

MAX_EXAMPLES = 12
# What the issue asks: no 5xx, responses as documented, malformed input refused with a 4xx.
# (positive_data_acceptance is left out: a well-formed id of nothing, or a filter naming an
# unknown council, is a documented 404 or 422, not a 2xx.)
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    negative_data_rejection,
]
OPERATIONS = [
    (method.upper(), path)
    for path, item in create_app(Settings()).openapi()["paths"].items()
    for method in item
]


@pytest.fixture(scope="module")
def api_schema(built_store: Path, repository: EmbeddedRepository) -> schemathesis.BaseSchema:
    """An app of its own: Schemathesis runs the app's lifespan itself and shuts it down when
    done, which would close the SPARQL pool of an app other tests share."""
    app = create_app(Settings(store=built_store), repository)
    return schemathesis.openapi.from_asgi("/openapi.json", app)


@pytest.mark.parametrize(("method", "path"), OPERATIONS)
def test_the_api_keeps_its_openapi_promises(
    api_schema: schemathesis.BaseSchema, method: str, path: str
) -> None:
    operation = api_schema[path][method]

    cases = operation.as_strategy() | operation.as_strategy(GenerationMode.NEGATIVE)

    @given(case=cases)
    @settings(
        max_examples=MAX_EXAMPLES,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
    )
    def check(case: schemathesis.Case) -> None:
        case.call_and_validate(checks=CHECKS)

    check()
