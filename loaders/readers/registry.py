"""Readers registered by short name, the way rdflib registers its parser plugins."""

from __future__ import annotations

from councilgraph.errors import UnsupportedFormat
from loaders.readers.source import Reader

_READERS: dict[str, Reader] = {}


def register(name: str, reader: Reader) -> None:
    """Make `reader` available as `name`; a later registration under a name replaces it."""
    _READERS[name] = reader


def get(name: str) -> Reader:
    try:
        return _READERS[name]
    except KeyError:
        known = ", ".join(sorted(_READERS))
        raise UnsupportedFormat(
            name, f"no reader registered for {name!r} (known: {known})"
        ) from None


def names() -> list[str]:
    return sorted(_READERS)


def readers() -> list[Reader]:
    """Registered readers in registration order (the order sniffing tries them in)."""
    return list(_READERS.values())


def extensions() -> frozenset[str]:
    """Every file extension some reader claims: what a folder scan treats as a document."""
    return frozenset(ext for reader in _READERS.values() for ext in reader.extensions)
