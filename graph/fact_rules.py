"""The rules that turn what documents say into one answer (see graph/repository.py's docstring):
a fact's dates, status and name, the order of evidence, and the intervals of register links.

Pure functions over graph/fact_snapshot.py records, shared by every backend.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from graph.fact_snapshot import Label, Statement
from graph.model import Status
from graph.relationship_records import EvidenceItem, SavingItem

# how far along a status is, for statements of one date that disagree
STATUS_RANK: dict[Status, int] = {
    "declined": 0,
    "proposed": 1,
    "agreed": 2,
    "active": 3,
    "ended": 4,
}


def _age(day: date | None) -> int:
    """Larger is more recent; an undated source is older than every dated one."""
    return day.toordinal() if day is not None else -1


def fact_dates(
    statements: Iterable[Statement], evidence: Iterable[EvidenceItem]
) -> tuple[date | None, date | None]:
    """(start, end): the earliest stated start, else the earliest evidence document's date;
    the latest stated end. Unknown is None."""
    said = list(statements)
    starts = [s.start for s in said if s.start is not None]
    ends = [s.end for s in said if s.end is not None]
    if not starts:
        starts = [e.document.date for e in evidence if e.document.date is not None]
    return (min(starts) if starts else None, max(ends) if ends else None)


def fact_status(statements: Iterable[Statement], default: Status = "active") -> Status:
    """The status of the latest-dated statement giving one; on a tie the furthest along."""
    stated = [s for s in statements if s.status is not None]
    if not stated:
        return default
    latest = max(stated, key=lambda s: (_age(s.document_date), STATUS_RANK[s.status]))
    return latest.status  # type: ignore[return-value]  # filtered to non-None above


def latest_label(labels: Iterable[Label]) -> str | None:
    """The text the latest-dated source gives; on a tie the smallest string."""
    given = list(labels)
    if not given:
        return None
    return min(given, key=lambda label: (-_age(label.document_date), label.text)).text


def evidence_key(item: EvidenceItem) -> tuple[object, ...]:
    """Evidence order: document date (undated last), document id, span start, rule."""
    day = item.document.date
    start = item.span[0] if item.span else -1
    return (day is None, day or date.min, item.document.id, start, item.rule)


def ordered_evidence(items: Iterable[EvidenceItem]) -> tuple[EvidenceItem, ...]:
    """Evidence without repeats (same document, span and rule), in evidence order."""
    unique = {(i.document.id, i.span, i.rule): i for i in items}
    return tuple(sorted(unique.values(), key=evidence_key))


def ordered_savings(savings: Iterable[SavingItem]) -> tuple[SavingItem, ...]:
    """Savings with their evidence in order: largest first, then by period, then evidence."""
    tidy = [SavingItem(s.amount_gbp, s.period, ordered_evidence(s.evidence)) for s in savings]
    first = [(s, evidence_key(s.evidence[0]) if s.evidence else ()) for s in tidy]
    first.sort(key=lambda pair: (-pair[0].amount_gbp, pair[0].period or "", pair[1]))
    return tuple(saving for saving, _ in first)


def overlap(
    first: tuple[date | None, date | None], second: tuple[date | None, date | None]
) -> tuple[date | None, date | None]:
    """Where two intervals both hold: the later start and the earlier end (None is open)."""
    starts = [d for d in (first[0], second[0]) if d is not None]
    ends = [d for d in (first[1], second[1]) if d is not None]
    return (max(starts) if starts else None, min(ends) if ends else None)


def link_status(end: date | None) -> Status:
    """A register link has ended when it has an end date, else it is active."""
    return "ended" if end is not None else "active"
