"""An `Extraction` in the corpus gold format (../shared/corpus/README.md): councils by GSS code,
shared chief executive groups, partnerships, people; each fact also carries its evidence."""

from __future__ import annotations

from typing import Any

from graph.model import Evidence, Extraction, Partnership, PersonRole, SharedPost
from loaders.register_reader import Register

# roles the gold format names; any other role is "other" there
GOLD_ROLES = frozenset(
    {
        "chief_executive",
        "leader",
        "deputy_leader",
        "councillor",
        "opposition_leader",
        "section_151_officer",
        "director",
        "mayor",
        "other",
    }
)
GOLD_STATUSES = frozenset({"proposed", "agreed", "active", "ended"})


def to_gold(extraction: Extraction, register: Register) -> dict[str, Any]:
    def gss(code: str | None) -> str | None:
        if code is None:
            return None
        council = register.councils[code]
        return council.gss or council.code

    return {
        "doc": extraction.document.name,
        "publisher": gss(extraction.document.publisher),
        "councils": [gss(c) for c in extraction.councils()],
        "shared_chief_executive": [
            [gss(c) for c in post.councils]
            for post in extraction.shared_posts
            if post.post == "chief_executive"
        ],
        "partnerships": [_partnership(p, gss) for p in extraction.partnerships],
        "people": [_person(p, gss) for p in extraction.people],
        "shared_posts": [_shared_post(p, gss) for p in extraction.shared_posts],
        "candidates": [_candidate(c, gss) for c in extraction.candidates],
        "evidence": {
            "councils": [
                {
                    "council": gss(m.council),
                    "start": m.start,
                    "end": m.end,
                    "surface": m.surface,
                    "rule": m.rule,
                }
                for m in extraction.mentions
            ]
        },
    }


def _partnership(partnership: Partnership, gss) -> dict[str, Any]:
    status = partnership.status if partnership.status in GOLD_STATUSES else "proposed"
    return {
        "name": partnership.name,
        "kind": partnership.kind if partnership.kind != "merger" else "other",
        "members": [gss(c) for c in partnership.members],
        "declined": [gss(c) for c in partnership.declined],
        "start": partnership.start,
        "status": status,
        "services": list(partnership.services),
        "legal_basis": partnership.legal_basis,
        "savings": [
            {"amount_gbp": s.amount_gbp, "period": s.period, "quote": s.evidence.quote}
            for s in partnership.savings
        ],
        "evidence": _evidence(partnership.evidence),
    }


def _person(person: PersonRole, gss) -> dict[str, Any]:
    return {
        "name": person.name,
        "role": person.role if person.role in GOLD_ROLES else "other",
        "council": gss(person.council),
        "evidence": _evidence(person.evidence),
    }


def _shared_post(post: SharedPost, gss) -> dict[str, Any]:
    return {
        "post": post.post,
        "councils": [gss(c) for c in post.councils],
        "status": post.status,
        "start": post.start,
        "evidence": _evidence(post.evidence),
    }


def _candidate(candidate: Partnership | SharedPost, gss) -> dict[str, Any]:
    if isinstance(candidate, SharedPost):
        return {"shared_post": candidate.post, **_shared_post(candidate, gss)}
    return {"partnership": candidate.kind, **_partnership(candidate, gss)}


def _evidence(evidence: tuple[Evidence, ...]) -> list[dict[str, Any]]:
    return [
        {
            "start": e.start,
            "end": e.end,
            "quote": e.quote,
            "rule": e.rule,
            "confidence": e.confidence,
        }
        for e in evidence
    ]
