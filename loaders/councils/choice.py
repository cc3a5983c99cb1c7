"""Choosing the council a name means when the register gives several, or none of the right
type: the type word decides ("Derbyshire County Council"), then the document's date (a former
council for an old document), then England, then the council that exists today."""

from __future__ import annotations

from datetime import date

from graph.model import Council
from loaders.councils.designation import Kind
from loaders.councils.index import CouncilIndex

_COUNTY_TYPES = frozenset({"county"})
_DISTRICT_TYPES = frozenset(
    {"non_metropolitan_district", "metropolitan_district", "london_borough", "unitary"}
)


def choose(
    index: CouncilIndex, key: str, codes: frozenset[str], kind: Kind | None, on: date | None
) -> str | None:
    """The register code the name `key` stands for here, or None if it names no council."""
    if kind is None and len(codes) == 1:
        return next(iter(codes))  # most names: one council, and no type word to rule it out
    councils = [index.council(c) for c in codes]
    if kind == "county":
        counties = [c for c in councils if c.type in _COUNTY_TYPES]
        if not counties:  # "Worcester County Council" means Worcestershire
            counties = [index.council(c) for c in index.county_like(key)]
        councils = counties or councils
    elif kind in ("district", "borough", "metropolitan", "london_borough"):
        councils = [c for c in councils if c.type in _DISTRICT_TYPES]
    if not councils:
        return None
    return min(councils, key=lambda c: _preference(c, on)).code


def _preference(council: Council, on: date | None) -> tuple:
    alive = on is not None and council.active_on(on)
    current = council.end is None
    latest_end = -(council.end.toordinal() if council.end else 10**7)
    return (not alive, council.nation != "England", not current, latest_end, council.code)


def reference_date(document_date: date | None, former_ends: list[date]) -> date | None:
    """The date names are read at: the document's own, else just before the earliest end of a
    former council it names unambiguously (it was written while that council existed)."""
    if document_date is not None:
        return document_date
    if former_ends:
        return date.fromordinal(min(former_ends).toordinal() - 1)
    return None
