"""Particulars of an arrangement stated in a sentence: the services it covers and its legal
basis ("a Joint Committee established under Sections 101 and 102 of the Local Government Act
1972", "a section 113 agreement")."""

from __future__ import annotations

import re

_SERVICES = {
    "ICT": r"(?-i:\bICT\b|\bIT\b)|information\s+technology|\bdigital\s+services",
    "audit": r"\baudit\b",
    "procurement": r"\bprocurement\b|\bbuying\b",
    "waste": r"\bwaste\b|\brecycling\b|\brefuse\b",
    "legal": r"\blegal\b",
    "human resources": r"(?-i:\bHR\b)|human\s+resources",
    "finance": r"\bfinanc(?:e|ial)\s+services\b|\bfinance\b",
    "revenues and benefits": r"revenues?\s+and\s+benefits",
    "building control": r"building\s+control",
    "planning": r"\bplanning\s+(?:policy|services|advisory)\b",
    "environmental health": r"environmental\s+health",
    "customer services": r"customer\s+services?",
    "council tax": r"council\s+tax",
    "licensing": r"\blicensing\b",
    "communications": r"\bcommunications\b",
    "policy": r"\bpolicy\b",
    "emergency planning": r"emergency\s+planning",
    "business continuity": r"business\s+continuity",
    "democratic services": r"democratic\s+services",
    "payroll": r"\bpayroll\b",
    "adult social care": r"adult\s+social\s+care|\bresidential\s+care\b",
    "children's services": r"children['’]?s\s+services|\bfostering\b",
    "public health": r"public\s+health",
    "highways": r"\bhighways?\b",
    "transport": r"\btransport\b",
    "economic development": r"economic\s+(?:development|growth)",
}
_SERVICE = re.compile(
    "|".join(f"(?P<s{i}>{pattern})" for i, pattern in enumerate(_SERVICES.values())),
    re.IGNORECASE,
)
_SERVICE_NAMES = list(_SERVICES)
_LGA_SECTIONS = re.compile(
    r"\b[Ss]ections?\s+(?P<a>\d+)(?:\s+(?:and|&)\s+(?P<b>\d+))?\s+of\s+the\s+Local\s+Government"
    r"\s+Act\s+(?P<year>\d{4})"
)
_SECTION_113 = re.compile(r"\b(?:[Ss]ection|s\.?)\s*113\b")


def services_in(text: str) -> tuple[str, ...]:
    found = [_SERVICE_NAMES[int(m.lastgroup[1:])] for m in _SERVICE.finditer(text)]
    return tuple(dict.fromkeys(found))


def legal_basis_in(text: str) -> str | None:
    match = _LGA_SECTIONS.search(text)
    if match:
        sections = "/".join(s for s in (match.group("a"), match.group("b")) if s)
        return f"s.{sections} Local Government Act {match.group('year')}"
    if _SECTION_113.search(text):
        return "s.113 Local Government Act 1972"
    return None
