"""Extraction from short texts the team wrote, through the real reader, register and rules."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from graph.model import Extraction
from loaders.pipeline import extract_document
from loaders.readers import read_bytes
from loaders.register_reader import Register

Extract = Callable[..., Extraction]


@pytest.fixture(scope="session")
def extract(register: Register) -> Extract:
    """extract(text, url=None, date=None) -> Extraction; url and date go in the text's
    SOURCE:/DATE: header lines, as in the corpus."""

    def run(text: str, url: str | None = None, date: str | None = None) -> Extraction:
        header = ""
        if url or date:
            header = f"SOURCE: {url or 'unknown'}\nDATE: {date or 'unknown'}\n\n"
        return extract_document(read_bytes((header + text).encode(), "note.txt"), register)

    return run


@pytest.fixture(scope="session")
def short(register: Register) -> Callable[..., list[str]]:
    """Register codes -> the councils' short names, for readable assertions."""

    def names(codes) -> list[str]:
        return [register.councils[code].short_name for code in codes]

    return names
