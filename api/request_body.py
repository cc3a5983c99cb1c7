"""Reading request bodies without trusting their size.

A body is refused before it is read when its Content-Length is over the limit, and while it is
read once it passes the limit (a chunked body declares no length), so no request can make the
server hold more than `limit` bytes of it.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable

from fastapi import Request

TooLarge = Callable[[str], Exception]
"""Makes the error to raise, given a sentence saying how large is too large."""


def media_type(request: Request) -> str:
    """The request's Content-Type without parameters, lower-cased ('' when absent)."""
    return request.headers.get("content-type", "").split(";")[0].strip().lower()


def check_declared_length(request: Request, limit: int, too_large: TooLarge) -> None:
    declared = request.headers.get("content-length", "").strip()
    if declared.isdigit() and int(declared) > limit:
        raise too_large(f"the request body of {declared} bytes is over the limit of {limit}")


async def limited_stream(request: Request, limit: int, too_large: TooLarge) -> AsyncIterator[bytes]:
    """The body's chunks, raising `too_large` as soon as more than `limit` bytes arrive."""
    check_declared_length(request, limit, too_large)
    seen = 0
    async for chunk in request.stream():
        seen += len(chunk)
        if seen > limit:
            raise too_large(f"the request body is over the limit of {limit} bytes")
        yield chunk


async def read_body(request: Request, limit: int, too_large: TooLarge) -> bytes:
    return b"".join([chunk async for chunk in limited_stream(request, limit, too_large)])
