"""Particulars of an arrangement stated in a sentence: the services it covers and its legal
basis ("a Joint Committee established under Sections 101 and 102 of the Local Government Act
1972", "a section 113 agreement")."""

from __future__ import annotations

import re

from loaders.rules.cues import holds_any

# (service, a literal that must occur, the pattern that confirms it). Acronyms are looked for
# in the sentence as written and count only in capitals ("IT", not "it"); the rest in the
# lower-cased sentence. Plain substring tests first: most sentences name no service.
_SERVICES: list[tuple[str, str, str]] = [
    ("ICT", "ICT", r"(?<![A-Za-z])ICT(?![A-Za-z])"),
    ("ICT", "IT", r"(?<![A-Za-z])IT(?![A-Za-z])"),
    ("ICT", "information technology", r"information technology"),
    ("ICT", "digital services", r"digital services"),
    ("audit", "audit", r"\baudit\b"),
    ("procurement", "procurement", r"procurement"),
    ("waste", "waste", r"\bwaste\b"),
    ("waste", "recycling", r"recycling"),
    ("legal", "legal", r"\blegal\b"),
    ("human resources", "HR", r"(?<![A-Za-z])HR(?![A-Za-z])"),
    ("human resources", "human resources", r"human resources"),
    ("finance", "financ", r"\bfinanc(?:e|ial) services\b|\bfinance\b"),
    ("revenues and benefits", "benefits", r"\brevenues? and benefits"),
    ("building control", "building control", r"building control"),
    ("planning", "planning", r"\bplanning (?:policy|services|advisory)\b"),
    ("environmental health", "environmental health", r"environmental health"),
    ("customer services", "customer service", r"customer services?"),
    ("council tax", "council tax", r"council tax"),
    ("licensing", "licensing", r"\blicensing\b"),
    ("communications", "communications", r"\bcommunications\b"),
    ("policy", "policy", r"\bpolicy\b"),
    ("emergency planning", "emergency planning", r"emergency planning"),
    ("business continuity", "business continuity", r"business continuity"),
    ("democratic services", "democratic services", r"democratic services"),
    ("payroll", "payroll", r"payroll"),
    ("adult social care", "care", r"adult social care|\bresidential care\b"),
    ("children's services", "children", r"children['’]?s services"),
    ("children's services", "fostering", r"\bfostering\b"),
    ("public health", "public health", r"public health"),
    ("highways", "highway", r"\bhighways?\b"),
    ("transport", "transport", r"\btransport\b"),
    ("economic development", "economic", r"\beconomic (?:development|growth)"),
]
_AS_WRITTEN = [(name, lit, re.compile(p)) for name, lit, p in _SERVICES if lit.isupper()]
_LOWER_CASED = [(name, lit, re.compile(p)) for name, lit, p in _SERVICES if not lit.isupper()]
_ORDER = list(dict.fromkeys(name for name, _, _ in _SERVICES))
_LGA_SECTIONS = re.compile(
    r"\b[Ss]ections?\s+(?P<a>\d+)(?:\s+(?:and|&)\s+(?P<b>\d+))?\s+of\s+the\s+Local\s+Government"
    r"\s+Act\s+(?P<year>\d{4})"
)
_SECTION_113 = re.compile(r"\b(?:[Ss]ection|s\.?)\s*113\b")


_LISTS_SERVICES = ("servic", "such as", "including", "functions", "areas", "shar", "pool",
                   "joint", "collaborat")  # fmt: skip


def services_in(text: str, lower: str) -> tuple[str, ...]:
    """The services a sentence names ("shared functions such as IT, human resources and legal
    services"), in the order of the list above."""
    if not holds_any(lower, _LISTS_SERVICES):
        return ()
    found = {name for name, lit, pattern in _LOWER_CASED if lit in lower and pattern.search(lower)}
    found |= {name for name, lit, pattern in _AS_WRITTEN if lit in text and pattern.search(text)}
    return tuple(name for name in _ORDER if name in found) if found else ()


def legal_basis_in(text: str) -> str | None:
    if "ection" not in text and "113" not in text:
        return None
    match = _LGA_SECTIONS.search(text)
    if match:
        sections = "/".join(s for s in (match.group("a"), match.group("b")) if s)
        return f"s.{sections} Local Government Act {match.group('year')}"
    if _SECTION_113.search(text):
        return "s.113 Local Government Act 1972"
    return None
