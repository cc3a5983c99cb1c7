"""What a reader is given (`Source`) and what it registers as (`Reader`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from graph.model import Document


@dataclass(frozen=True, slots=True)
class Source:
    """The raw bytes of one document and the name errors should carry."""

    name: str
    data: bytes


@dataclass(frozen=True, slots=True)
class Reader:
    """One document format: how to recognise it and how to read it.

    `sniff` is given the decoded start of a document whose media type and extension say
    nothing specific (text/plain, .txt, none) and answers whether it is this format."""

    name: str
    read: Callable[[Source], Document]
    media_types: tuple[str, ...] = ()
    extensions: tuple[str, ...] = ()
    sniff: Callable[[str], bool] | None = None
