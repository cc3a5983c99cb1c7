"""Draft partnerships while a document is read, and what they become at its end: one per
arrangement (same name, or same kind and councils), a fact when some sentence states it or a
later one puts it to a formal decision, a low-confidence candidate when it is only talk."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from graph.model import Evidence, Partnership, PartnershipKind, Saving, Status
from loaders.rules.context import DocContext
from loaders.rules.status import later

_KIND_LABELS = {
    "strategic_alliance": "strategic alliance",
    "shared_service": "shared services",
    "joint_committee": "joint committee",
    "combined_authority": "combined authority",
    "programme": "programme",
    "network": "network",
    "merger": "merger",
    "other": "partnership",
}
# a council can join a network or a programme alone; an alliance needs a partner
_SINGLE_MEMBER_KINDS = frozenset({"network", "programme", "combined_authority"})


@dataclass
class Draft:
    kind: PartnershipKind
    name: str | None
    members: list[str] = field(default_factory=list)
    declined: set[str] = field(default_factory=set)
    status: Status | None = None
    start: str | None = None
    legal_basis: str | None = None
    services: list[str] = field(default_factory=list)
    savings: list[Saving] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    stated: bool = False  # at least one sentence states it without hedging
    specific: bool = False  # named, or referred to as "the ...": one particular arrangement

    def add_members(self, councils: tuple[str, ...] | list[str]) -> None:
        self.members += [c for c in councils if c not in self.members]


def merge(drafts: list[Draft]) -> list[Draft]:
    """One draft per arrangement: same name, or same kind and same members."""
    merged: list[Draft] = []
    for draft in drafts:
        twin = next((m for m in merged if _same(m, draft)), None)
        if twin is None:
            merged.append(draft)
            continue
        twin.add_members(draft.members)
        twin.declined |= draft.declined
        twin.evidence += draft.evidence
        twin.services += [s for s in draft.services if s not in twin.services]
        twin.savings += draft.savings
        twin.stated = twin.stated or draft.stated
        twin.specific = twin.specific or draft.specific
        twin.status = later(twin.status, draft.status)
        twin.start = twin.start or draft.start
        twin.legal_basis = twin.legal_basis or draft.legal_basis
        twin.name = twin.name or draft.name
        twin.kind = draft.kind if twin.kind == "other" else twin.kind
    return merged


def _same(first: Draft, second: Draft) -> bool:
    if first.name and second.name:
        return first.name.lower() == second.name.lower()
    kinds = {first.kind, second.kind}
    compatible = len(kinds) == 1 or "other" in kinds
    return compatible and bool(first.members) and set(first.members) == set(second.members)


def finish(
    context: DocContext, drafts: list[Draft], formal_groups: Callable[[], list[set[str]]]
) -> tuple[list[Partnership], list[Partnership]]:
    facts: list[Partnership] = []
    candidates: list[Partnership] = []
    named = tuple(dict.fromkeys(m.council for m in context.recognition.mentions))
    for draft in drafts:
        members = tuple(c for c in draft.members if c not in draft.declined)
        if not members and draft.specific and len(named) == 2:
            members = named  # a two-council document: "the Joint Committee" is theirs
        if len(members) < (1 if draft.kind in _SINGLE_MEMBER_KINDS else 2):
            continue
        promoted = not draft.stated and any(set(members) <= g for g in formal_groups())
        status: Status = draft.status or ("proposed" if promoted else "agreed")
        partnership = Partnership(
            name=draft.name or _default_name(context, draft.kind, members),
            kind=draft.kind,
            members=members,
            status="proposed" if promoted else status,
            evidence=tuple(draft.evidence),
            declined=tuple(sorted(draft.declined)),
            start=draft.start,
            legal_basis=draft.legal_basis,
            services=tuple(draft.services),
            savings=tuple(draft.savings),
        )
        (facts if draft.stated or promoted else candidates).append(partnership)
    return facts, candidates


def _default_name(context: DocContext, kind: PartnershipKind, members: tuple[str, ...]) -> str:
    names = [context.register.councils[c].short_name for c in members]
    joined = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    return f"{joined} {_KIND_LABELS[kind]}"
