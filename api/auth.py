"""API keys for writes: `Authorization: Bearer <key>` or `X-API-Key: <key>`.

Keys come from the settings (COUNCILGRAPH_API_KEYS). A given key is compared with every
configured key by hmac.compare_digest, and all of them are compared whichever matches, so the
time taken says nothing about how much of a key was right. A server started without
COUNCILGRAPH_WRITE_ENABLED answers writes with 403 whatever the key (it may hold none); the
settings refuse to start one with writes on and no key.
"""

from __future__ import annotations

import hmac
from collections.abc import Iterable
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer
from pydantic import SecretStr

from councilgraph.errors import Unauthorized, WritesDisabled
from graph.ingest import DocumentWriter

_bearer = HTTPBearer(auto_error=False, description="An API key as a bearer token.")
_api_key = APIKeyHeader(name="X-API-Key", auto_error=False, description="An API key.")


def key_matches(given: str, keys: Iterable[SecretStr]) -> bool:
    candidate = given.encode("utf-8")
    matched = False
    for key in keys:
        matched |= hmac.compare_digest(candidate, key.get_secret_value().encode("utf-8"))
    return matched


def require_writer(
    request: Request,
    bearer: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
    api_key: Annotated[str | None, Depends(_api_key)],
) -> DocumentWriter:
    """The server's DocumentWriter, for a request carrying a valid key."""
    writer: DocumentWriter | None = request.app.state.writer
    if writer is None:
        raise WritesDisabled(
            "this server was started without COUNCILGRAPH_WRITE_ENABLED, so it adds no documents"
        )
    given = bearer.credentials if bearer else api_key
    if not given:
        raise Unauthorized("send an API key as `Authorization: Bearer <key>` or `X-API-Key`")
    if not key_matches(given, request.app.state.settings.api_keys):
        raise Unauthorized("the API key is not valid")
    return writer


WriterDep = Annotated[DocumentWriter, Depends(require_writer)]
