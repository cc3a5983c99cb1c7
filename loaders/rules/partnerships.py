"""Partnership rules: each phrase naming an arrangement becomes or extends a draft partnership
with the councils the sentence binds to it; references back ("the alliance", "its
tri-borough") extend the draft they refer to. A draft stated only in talk ("could share",
"considering") is a candidate unless a later sentence puts it to a formal decision."""

from __future__ import annotations

import re
from dataclasses import replace

from graph.model import Partnership, Status
from loaders.rules import cues
from loaders.rules.arrangements import Cue, find_cues, programme_names
from loaders.rules.context import DocContext, Sentence
from loaders.rules.dates import start_date
from loaders.rules.details import legal_basis_in, services_in
from loaders.rules.drafts import Draft, finish, merge
from loaders.rules.membership import bound_after, bound_before, declined
from loaders.rules.savings import savings_in
from loaders.rules.status import later, status_of

_ALSO_INVOLVE = re.compile(r"\balso\s+(?:involve|include)s?\b", re.IGNORECASE)
_APPOSITION = re.compile(r",\s*(?:a|an|the)\s+(?:[\w\-]+\s+){0,3}$")
_WITH_COUNT = re.compile(rf"\s*with\s+(?:{cues.COUNT.pattern})")
_NEAR = 150  # characters around a sentence's cues read for status words and dates
FACT_CONFIDENCE = 0.8
CANDIDATE_CONFIDENCE = 0.3


def extract_partnerships(context: DocContext) -> tuple[list[Partnership], list[Partnership]]:
    """(facts, candidates) for the document."""
    drafts: list[Draft] = []
    programmes = programme_names(context.document.text)
    for sentence in context.sentences:
        _read_sentence(context, sentence, programmes, drafts)
    return finish(context, merge(drafts), context.formal_groups)


def _read_sentence(
    context: DocContext,
    sentence: Sentence,
    programmes: set[str],
    drafts: list[Draft],
) -> None:
    found = find_cues(sentence, programmes)
    if sentence.mentions:
        found = [c for c in found if not _inside_mention(sentence, c)]
        found = sorted(found + _authorities(context, sentence), key=_start)
    found = _appositions(sentence, found)
    if not found:
        _attach_savings(context, sentence, drafts)
        return
    reading = _Reading(
        context, sentence, drafts, [(c, _bound(context, sentence, c)) for c in found]
    )
    for cue, members in reading.bindings:
        _apply(reading, cue, members)


class _Reading:
    """One sentence's cues and what they share, each part worked out only if a cue needs it."""

    def __init__(self, context: DocContext, sentence: Sentence, drafts: list[Draft], bindings):
        self.context, self.sentence, self.drafts, self.bindings = (
            context, sentence, drafts, bindings)  # fmt: skip
        cues_at = [cue for cue, _ in bindings]
        self.stated = _Stated(sentence, cues_at[0].start, cues_at[-1].end)
        self._loose: tuple[str, ...] | None = None
        self.refused = declined(sentence)

    def loose(self) -> tuple[str, ...]:
        """Councils no cue binds: those named, referred to, or (for "also involve") the ones
        the arrangement before had."""
        if self._loose is None:
            context, sentence = self.context, self.sentence
            bound = {c for _, members in self.bindings for c in members}
            loose = [c for c in sentence.councils if c not in bound and not _authority(context, c)]
            loose += context.references(sentence) + context.county_references(sentence)
            if self.drafts and "also" in sentence.lower and _ALSO_INVOLVE.search(sentence.text):
                loose += self.drafts[-1].members
            self._loose = tuple(dict.fromkeys(loose))
        return self._loose

    def known(self) -> tuple[str, ...]:
        """ "the Alliance be overseen by a Joint Committee": the councils of an arrangement
        the text already knows, named beside a new one."""
        for cue, members in self.bindings:
            draft = _target(self.drafts, cue, members)
            if draft is not None and len(draft.members) >= 2:
                return tuple(draft.members)
        return ()


def _apply(reading: _Reading, cue: Cue, members: tuple[str, ...]) -> None:
    context, sentence, drafts = reading.context, reading.sentence, reading.drafts
    if cues.negated(sentence.lower, cue.start, cue_end=cue.end):
        return
    if _only_named(sentence, cue):
        # "work together", "voted to merge" say little alone: only councils the sentence
        # names ("Kent and Essex County Councils and Medway Council will work together")
        members = tuple(c for c in sentence.councils if not _authority(context, c))
        if len(members) < 2:
            return
    draft = _target(drafts, cue, members)
    if cue.plural and not members:
        return
    if not members and (draft is None or len(draft.members) < 2):
        members = reading.loose() or _announced(context, sentence)
    if not members and draft is None:
        members = reading.known()
    if draft is None:
        draft = Draft(cue.kind, cue.name)
        drafts.append(draft)
    draft.specific = draft.specific or bool(cue.name) or cue.definite
    _update(context, sentence, cue, draft, members, reading.refused, reading.stated)


def _only_named(sentence: Sentence, cue: Cue) -> bool:
    phrase = sentence.lower[cue.start : cue.end]
    return phrase.startswith("work") or (cue.kind == "merger" and "merger" not in phrase)


def _start(cue: Cue) -> int:
    return cue.start


def _appositions(sentence: Sentence, found: list[Cue]) -> list[Cue]:
    """ "the Suffolk CCTV Partnership, a partnership between A, B and C": the second phrase
    describes the first, so the first reaches to its end and takes its members."""
    out: list[Cue] = []
    for cue in found:
        if out and _APPOSITION.match(sentence.text[out[-1].end : cue.start]):
            out[-1] = replace(out[-1], end=cue.end)
            continue
        out.append(cue)
    return out


def _authorities(context: DocContext, sentence: Sentence) -> list[Cue]:
    """A combined authority named in the sentence is an arrangement its members belong to
    ("Rochdale has been part of the Greater Manchester Combined Authority with ...")."""
    return [
        Cue("combined_authority", m.start, m.end, context.register.councils[m.council].name, True)
        for m in sentence.local
        if _authority(context, m.council)
    ]


def _authority(context: DocContext, code: str) -> bool:
    return context.register.councils[code].type == "combined_authority"


def _bound(context: DocContext, sentence: Sentence, cue: Cue) -> tuple[str, ...]:
    """Councils tied to this cue by its own words: "with X", "between X and Y", "X and Y
    Strategic Alliance"; "with" brings in the subject too."""
    preposition, after = bound_after(sentence, cue.end)
    before = bound_before(sentence, cue.start)
    if preposition == "with" and (after or _count_follows(sentence, cue.end)):
        subject = _subject(context, sentence, cue.start, after)
        listed = after or _announced(context, sentence)
        return tuple(dict.fromkeys(([subject] if subject else []) + list(before) + list(listed)))
    return tuple(dict.fromkeys(before + after))


def _subject(
    context: DocContext, sentence: Sentence, cue_start: int, partners: tuple[str, ...]
) -> str | None:
    """Who has the arrangement "with X": a council named earlier in the sentence, the
    authority referred to, else the publisher."""
    for council in sentence.councils_between(0, cue_start):
        if council not in partners:
            return council
    for council in context.references(sentence):
        if council not in partners:
            return council
    return context.publisher or context.subject_before(sentence.index)


def _count_follows(sentence: Sentence, offset: int) -> bool:
    """ "alliance with several county and city councils": partners still to be listed."""
    return bool(_WITH_COUNT.match(sentence.lower, offset))


def _announced(context: DocContext, sentence: Sentence) -> tuple[str, ...]:
    """ "Nine councils ... are planning": the list of councils the count announces."""
    if len(sentence.councils) >= 2:
        return ()
    count = cues.count_in(sentence.lower)
    if count is None:
        return ()
    listed = context.list_after(sentence.index, cues.number(count.group("n")))
    return tuple(dict.fromkeys(list(sentence.councils) + list(listed)))


def _target(drafts: list[Draft], cue: Cue, members: tuple[str, ...]) -> Draft | None:
    """The draft a cue refers back to: same name, else (for "the alliance") the latest of
    its kind whose members include those the cue binds."""
    if cue.name:
        key = cue.name.lower()
        for draft in reversed(drafts):
            if draft.name and draft.name.lower() == key:
                return draft
        return None
    if not cue.definite:
        return None
    bound = set(members)
    for draft in reversed(drafts):
        same_kind = draft.kind == cue.kind or cue.kind == "other"
        if same_kind and bound.issubset(draft.members):
            return draft
    return None


class _Stated:
    """What a sentence states about any arrangement it names: read once per sentence, and
    only what a cue needs (a hedged cue needs no status)."""

    __slots__ = ("sentence", "_window", "_talk", "_facts")

    def __init__(self, sentence: Sentence, first: int, last: int) -> None:
        self.sentence = sentence
        # status words and start dates sit near the phrases they qualify: a long sentence is
        # read around its cues only
        self._window = (max(0, first - _NEAR), last + _NEAR)
        self._talk: bool | None = None
        self._facts: tuple | None = None

    def talk(self) -> bool:
        """Whether the sentence has any hedge at all: if not, no cue in it is hedged."""
        if self._talk is None:
            self._talk = cues.talk(self.sentence.text, self.sentence.lower)
        return self._talk

    def facts(self) -> tuple[Status | None, str | None, tuple[str, ...], str | None]:
        """(status, start, services, legal basis) the sentence states."""
        if self._facts is None:
            text, lower = self.sentence.text, self.sentence.lower
            start, end = self._window
            self._facts = (
                status_of(lower[start:end], self.sentence.resolution),
                start_date(text[start:end], lower[start:end]),
                services_in(text, lower),
                legal_basis_in(text),
            )
        return self._facts


def _update(
    context: DocContext,
    sentence: Sentence,
    cue: Cue,
    draft: Draft,
    members: tuple[str, ...],
    refused: tuple[str, ...],
    stated: _Stated,
) -> None:
    hedged = stated.talk() and cues.hedged(sentence.text, sentence.lower, cue.start, cue.end)
    confidence = CANDIDATE_CONFIDENCE if hedged else FACT_CONFIDENCE
    evidence = context.evidence(sentence, f"partnership.{cue.kind}", confidence)
    draft.add_members([c for c in members if c not in refused and not _authority(context, c)])
    draft.declined.update(refused)
    draft.evidence.append(evidence)
    if "£" in sentence.text:  # savings are amounts in pounds
        draft.savings += savings_in(sentence.text, evidence)
    if not hedged:
        status, start, services, legal_basis = stated.facts()
        draft.stated = True
        draft.status = later(draft.status, status)
        draft.start = draft.start or start
        draft.services += [s for s in services if s not in draft.services]
        draft.legal_basis = draft.legal_basis or legal_basis


def _attach_savings(context: DocContext, sentence: Sentence, drafts: list[Draft]) -> None:
    if drafts and "£" in sentence.text:
        evidence = context.evidence(sentence, "partnership.saving", FACT_CONFIDENCE)
        drafts[-1].savings += savings_in(sentence.text, evidence)


def _inside_mention(sentence: Sentence, cue: Cue) -> bool:
    """A cue inside a council's own name ("West Midlands Combined Authority")."""
    start, end = sentence.start + cue.start, sentence.start + cue.end
    return any(m.start <= start and end <= m.end for m in sentence.mentions)
