"""Reads the mySociety register of UK local authorities into `Council` records.

Council identity is the register code; every lookup also accepts a current or former GSS code.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from pathlib import Path

from councilgraph.errors import NotFound, RegisterError
from graph.model import Council, CouncilType, Tier

CURRENT_FILE = "uk_local_authorities_current.csv"
NAMES_FILE = "lookup_name_to_registry.csv"

# register `local-authority-type` -> (API type, tier)
TYPES: dict[str, tuple[CouncilType, Tier | None]] = {
    "CTY": ("county", "upper"),
    "NMD": ("non_metropolitan_district", "lower"),
    "UA": ("unitary", "single"),
    "MD": ("metropolitan_district", "single"),
    "LBO": ("london_borough", "single"),
    "CC": ("city_corporation", "single"),
    "COMB": ("combined_authority", None),
    "SRA": ("regional_authority", None),
    "SCO": ("scottish_unitary", "single"),
    "WPA": ("welsh_unitary", "single"),
    "NID": ("ni_district", "single"),
}
# England's principal councils; combined authorities and the GLA sit above them
PRINCIPAL_TYPES: frozenset[CouncilType] = frozenset(
    {
        "county",
        "non_metropolitan_district",
        "unitary",
        "metropolitan_district",
        "london_borough",
        "city_corporation",
    }
)


class Register:
    """Every council in the register, with lookups by code, GSS code and name."""

    def __init__(self, councils: Iterable[Council], names: dict[str, set[str]]) -> None:
        self.councils: dict[str, Council] = {c.code: c for c in councils}
        self._by_gss: dict[str, str] = {}
        for council in self.councils.values():
            for gss in council.former_gss:
                self._by_gss[gss] = council.code
        for council in self.councils.values():  # current codes win over former ones
            if council.gss:
                self._by_gss[council.gss] = council.code
        self.names: dict[str, frozenset[str]] = {n: frozenset(c) for n, c in names.items()}
        self._predecessors: dict[str, list[str]] = defaultdict(list)
        for council in self.councils.values():
            for successor in council.replaced_by:
                self._predecessors[successor].append(council.code)

    def __len__(self) -> int:
        return len(self.councils)

    def __iter__(self):
        return iter(self.councils.values())

    def resolve(self, identifier: str) -> str | None:
        """The register code for a register code or a (former) GSS code, else None."""
        key = identifier.strip().upper()
        if key in self.councils:
            return key
        return self._by_gss.get(key)

    def get(self, identifier: str) -> Council:
        code = self.resolve(identifier)
        if code is None:
            raise NotFound("council", identifier)
        return self.councils[code]

    def active(self, day: date, nation: str | None = "England") -> list[Council]:
        return [
            c
            for c in self.councils.values()
            if c.active_on(day) and (nation is None or c.nation == nation)
        ]

    def predecessors(self, code: str) -> list[str]:
        return sorted(self._predecessors.get(code, ()))

    def districts(self, county_code: str) -> list[str]:
        return sorted(c.code for c in self.councils.values() if c.county == county_code)


def load_register(folder: Path) -> Register:
    """Read the register folder; raise RegisterError naming the file on any problem."""
    current = folder / CURRENT_FILE
    if not current.is_file():
        raise RegisterError(f"{current} not found: is {folder} a copy of the register?")
    rows = _read_csv(current)
    councils = [_council(row, current) for row in rows]
    names: dict[str, set[str]] = defaultdict(set)
    codes = {c.code for c in councils}
    for council in councils:
        for name in (council.name, council.short_name, *council.alt_names):
            names[_name_key(name)].add(council.code)
    names_file = folder / NAMES_FILE
    if names_file.is_file():
        for row in _read_csv(names_file):
            code = row.get("local-authority-code", "").strip()
            if code in codes and row.get("la-name"):
                names[_name_key(row["la-name"])].add(code)
    return Register(councils, names)


def _name_key(name: str) -> str:
    return " ".join(name.replace("&", " and ").lower().split())


def _read_csv(path: Path) -> list[dict[str, str]]:
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            return list(csv.DictReader(handle))
    except (OSError, UnicodeDecodeError, csv.Error) as e:
        raise RegisterError(f"cannot read {path}: {e}") from e


def _council(row: dict[str, str], path: Path) -> Council:
    code = row.get("local-authority-code", "").strip()
    kind = row.get("local-authority-type", "").strip()
    if not code or kind not in TYPES:
        raise RegisterError(f"{path}: row {code or '?'} has unknown type {kind!r}")
    council_type, tier = TYPES[kind]
    try:
        return Council(
            code=code,
            gss=row["gss-code"].strip() or None,
            name=row["official-name"].strip(),
            short_name=row["nice-name"].strip() or row["official-name"].strip(),
            type=council_type,
            tier=tier,
            nation=row["nation"].strip(),
            region=_region(row),
            county=row["county-la"].strip() or None,
            combined_authority=row["combined-authority"].strip() or None,
            start=_date(row["start-date"]),
            end=_date(row["end-date"]),
            replaced_by=_codes(row["replaced-by"]),
            former_gss=_codes(row["former-gss-codes"]),
            alt_names=tuple(n.strip() for n in _split_names(row["alt-names"]) if n.strip()),
            lat=_float(row.get("lat")),
            long=_float(row.get("long")),
        )
    except (KeyError, ValueError) as e:
        raise RegisterError(f"{path}: bad row for {code}: {e}") from e


def _region(row: dict[str, str]) -> str | None:
    region = row["region"].strip()
    return region if region and region != row["nation"].strip() else None


def _date(value: str) -> date | None:
    value = value.strip()
    return date.fromisoformat(value) if value else None


def _float(value: str | None) -> float | None:
    return float(value) if value and value.strip() else None


def _codes(value: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in value.split(",") if v.strip())


def _split_names(value: str) -> list[str]:
    # alt-names is comma-separated, but some names contain a comma themselves
    # ("Armagh City, Banbridge and Craigavon"); the register's lookup file covers those.
    return next(csv.reader([value])) if value else []
