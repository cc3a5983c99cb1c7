"""The register's English councils as the generator sees them: the names a writer would use for
each (official, short, "X Borough Council", an abbreviation), its tier class and its neighbours."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date

from graph.model import Council
from loaders.register_reader import Register

# Councils and bodies a document may name as actors; the GLA and non-English councils are left out.
ACTOR_TYPES = frozenset(
    {
        "county",
        "non_metropolitan_district",
        "unitary",
        "metropolitan_district",
        "london_borough",
        "city_corporation",
        "combined_authority",
    }
)
CLASS_OF = {
    "county": "county",
    "non_metropolitan_district": "district",
    "combined_authority": "combined",
}
SMALL_WORDS = frozenset({"of", "and", "upon", "on", "the", "with", "in", "under", "&"})
EARLIEST = date(1900, 1, 1)
LATEST = date(2100, 1, 1)


@dataclass(frozen=True, slots=True)
class CouncilInfo:
    code: str
    gss: str
    official: str
    stem: str  # "High Peak"; the short name with "Council" or "County" dropped
    klass: str  # county | district | single | combined
    group: str  # region, else county: where neighbours are looked for
    county: str | None
    combined_authority: str | None  # register code of the combined authority it belongs to
    type_word: str | None  # "Borough" in "High Peak Borough Council"
    abbreviation: str | None
    start: date
    end: date  # first day the council no longer exists
    lat: float | None
    long: float | None

    @property
    def bare_ok(self) -> bool:
        """Whether the bare short name ("High Peak") reads as this council in "X and Y councils"."""
        return self.klass in ("district", "single")

    @property
    def full_forms(self) -> tuple[str, ...]:
        """Names that identify the council on first mention: "High Peak Borough Council",
        "High Peak Council", "Camden Council", "London Borough of Camden"."""
        if self.klass in ("county", "combined") or "Corporation" in self.official:
            return (self.official,)
        everyday = f"{self.stem} Council"
        if everyday == self.official:
            return (self.official,)
        if self.stem.startswith(("City of", "County ")) or "County Council" in self.official:
            return (self.official,)
        return (self.official, everyday)

    @property
    def descriptor(self) -> str | None:
        """A description that names the council once it is the only one of its kind in a text."""
        if self.klass == "county":
            return "the county council"
        if self.klass == "combined":
            return "the combined authority"
        if self.type_word:
            return f"the {self.type_word.lower()} council"
        return None

    def active_through(self, first: date, last: date) -> bool:
        return self.start <= first and last < self.end


def english_councils(register: Register) -> dict[str, CouncilInfo]:
    """Every English council and combined authority in the register, by register code."""
    out = {}
    for council in register:
        if council.nation == "England" and council.type in ACTOR_TYPES and council.gss:
            out[council.code] = _info(council)
    return out


def _info(council: Council) -> CouncilInfo:
    official = " ".join(council.name.split())
    stem = _stem(council, official)
    return CouncilInfo(
        code=council.code,
        gss=council.gss or "",
        official=official,
        stem=stem,
        klass=CLASS_OF.get(council.type, "single"),
        group=council.region or council.county or "England",
        county=council.county,
        combined_authority=council.combined_authority,
        type_word=_type_word(official, stem),
        abbreviation=_abbreviation(official),
        start=council.start or EARLIEST,
        end=council.end or LATEST,
        lat=council.lat,
        long=council.long,
    )


def _stem(council: Council, official: str) -> str:
    if council.type == "combined_authority":
        return re.sub(r"\s*(Mayoral\s+)?Combined( County)? Authority$", "", official)
    short = " ".join(council.short_name.split())
    return re.sub(r"\s+(Council|County)$", "", short)


def _type_word(official: str, stem: str) -> str | None:
    match = re.fullmatch(re.escape(stem) + r" (Borough|District|City) Council", official)
    return match.group(1) if match else None


def _abbreviation(official: str) -> str | None:
    letters = "".join(w[0] for w in re.split(r"[\s-]+", official) if w and w not in SMALL_WORDS)
    letters = letters.upper()
    return letters if 3 <= len(letters) <= 6 and letters.isalpha() else None


def distance(a: CouncilInfo, b: CouncilInfo) -> float:
    """Rough distance in degrees; councils without coordinates sort after those with them."""
    if None in (a.lat, a.long, b.lat, b.long):
        return 90.0
    return math.hypot(a.lat - b.lat, (a.long - b.long) * 0.6)  # type: ignore[operator]
