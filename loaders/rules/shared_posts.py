"""Shared posts: one chief executive (head of paid service), section 151 officer or monitoring
officer for several councils. "share a chief executive", "a joint Chief Executive", "a single
chief executive", "combining their chief executive", "chief executive of both A and B".
Talk ("considering a plan to share") is a candidate until the plan is put to a council
decision; "will not be shared" and "a separate chief executive" are not shared posts."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from graph.model import Evidence, Role, SharedPost, Status
from loaders.rules import cues
from loaders.rules.context import DocContext, Sentence
from loaders.rules.dates import start_date
from loaders.rules.membership import list_from
from loaders.rules.status import later, status_of

_CHIEF = r"chief\s+executive(?:\s+officer)?|head\s+of\s+(?:the\s+)?paid\s+service|ceo\b"
_S151 = r"section\s+151(?:\s+officer|\s+post)?|s\.?\s?151(?:\s+officer)?|chief\s+finance\s+officer"
_MONITORING = r"monitoring\s+officer"
# (post, its pattern, a word every way of writing it holds: a cheap test before the patterns)
_POSTS: list[tuple[Role, str, tuple[str, ...]]] = [
    ("chief_executive", _CHIEF, ("chief", "paid", "ceo")),
    ("section_151_officer", _S151, ("151", "finance")),
    ("monitoring_officer", _MONITORING, ("monitoring",)),
]
_SHARING = (
    r"(?:joint|shared|single|combined|common)\s+(?:interim\s+)?(?P<a>{post})"
    r"|(?:share[sd]?|sharing|combin(?:e|es|ed|ing))\s+(?:a|the|their|one|our|its)?\s*"
    r"(?:joint\s+|single\s+)?(?P<b>{post})"
    r"|(?P<c>{post})\s+(?:of|for|to|at)\s+both\b"
)
# a series of shared posts: "agreed to share senior management posts (including Section 151
# Officer and Monitoring Officer)"
_SHARED_POSTS_LIST = re.compile(r"\bshar(?:e|ed|es|ing)\b[^.;]{0,60}\bposts?\b")
_NOT_CHIEF = re.compile(r"\b(?:deputy|assistant)\s+$")
# "chief executive of both A and B", "chief executive of Adur and Worthing councils"
_CHIEF_OF = re.compile(rf"(?P<d>{_CHIEF})\s+(?:of|for|at|across)\s+(?:both\s+)?(?:the\s+)?")
_NOT_SHARED = re.compile(r"[^.;]{0,40}\bnot\s+(?:now\s+)?be\s+shared")
_POINTS_BACK = re.compile(
    r"\b(?:the|this|its|their|our)\s+(?:new\s+|proposed\s+)?(?:strategic\s+)?(?:alliance"
    r"|partnership|joint\s+committee|arrangements?|shared\s+(?:management|services?))"
)
# a refusal before the cue: "had 'no interest' in sharing a chief executive", "declined to share"
_REFUSED = re.compile(
    r"\bno\W{0,3}\s*(?:interest|intention|plans?|appetite|desire|wish)\b|\b(?:refus|declin|reject)"
    r"\w*|\bruled?\s+out\b|\bruling\s+out\b"
)
_REFUSAL_REACH = 50
# where one fact of a sentence ends and the next begins: "A and B since 2010; C and D since
# 2007", "A and B share a chief executive, while C is still considering it"
_CLAUSE_BREAK = re.compile(r";|,?\s+(?:while|whereas|although|though|but)\s")
# a clause after a semicolon that only gives two more councils and a date shares the cue:
# "A and B since 2010; C and D since 2007; and E and F since 2008"
_ELIDED = re.compile(r"\s*(?:and\s+)?[^;]{0,80}?\b(?:since|from|in)\s+(?:\w+\s+)?\d{4}\W*$")
CONFIDENCE = 0.85
CANDIDATE_CONFIDENCE = 0.3


@dataclass
class _Draft:
    post: Role
    councils: tuple[str, ...]
    status: Status | None = None
    start: str | None = None
    evidence: list[Evidence] = field(default_factory=list)
    stated: bool = False


# all patterns here run over the lower-cased sentence
_PATTERNS = [
    (post, words, re.compile(_SHARING.format(post=pattern))) for post, pattern, words in _POSTS
]
_POST_PATTERNS = [(post, words, re.compile(pattern)) for post, pattern, words in _POSTS]
_CHIEF_WORDS = _POSTS[0][2]


def extract_shared_posts(context: DocContext) -> tuple[list[SharedPost], list[SharedPost]]:
    """(facts, candidates): shared posts stated, and shared posts only talked about."""
    drafts: list[_Draft] = []
    for sentence in context.sentences:
        if "post" not in sentence.families:
            continue
        for post, match in _cues(sentence.lower):
            _read(context, sentence, post, match, drafts)
            for councils in _elided(sentence, match):
                _add(context, sentence, post, councils, match, drafts)
    return _finish(drafts, context.formal_groups)


def _cues(lower: str) -> list[tuple[Role, re.Match[str]]]:
    found = []
    for post, words, pattern in _PATTERNS:
        if not cues.holds_any(lower, words):
            continue
        for match in pattern.finditer(lower):
            start = match.start(match.lastgroup or 0)
            if _NOT_CHIEF.search(lower, max(0, start - 12), start):
                continue  # "shared Deputy Chief Executive" is not the chief executive
            # "... will not now be shared"
            if _REFUSED.search(lower, max(0, start - _REFUSAL_REACH), start):
                continue
            if not cues.negated(lower, match.start()) and not _NOT_SHARED.match(lower, match.end()):
                found.append((post, match))
    if cues.holds_any(lower, _CHIEF_WORDS):
        found += [("chief_executive", m) for m in _CHIEF_OF.finditer(lower)]
    if not found and _SHARED_POSTS_LIST.search(lower):
        for post, _, pattern in _POST_PATTERNS[1:]:
            found += [(post, m) for m in pattern.finditer(lower)]
    return found


def _read(
    context: DocContext, sentence: Sentence, post: Role, match: re.Match[str], drafts: list[_Draft]
) -> None:
    councils = _councils(context, sentence, match)
    if len(councils) >= 2:
        _add(context, sentence, post, councils, match, drafts)


def _add(
    context: DocContext,
    sentence: Sentence,
    post: Role,
    councils: tuple[str, ...],
    match: re.Match[str],
    drafts: list[_Draft],
) -> None:
    hedged = cues.hedged(sentence.text, sentence.lower, match.start(), match.end())
    confidence = CANDIDATE_CONFIDENCE if hedged else CONFIDENCE
    evidence = context.evidence(sentence, f"shared_post.{post}", confidence)
    draft = next((d for d in drafts if d.post == post and set(d.councils) == set(councils)), None)
    if draft is None:
        draft = _Draft(post, councils)
        drafts.append(draft)
    draft.evidence.append(evidence)
    if not hedged:
        draft.stated = True
        draft.status = later(draft.status, status_of(sentence.lower, sentence.resolution))
        draft.start = draft.start or start_date(sentence.text, sentence.lower)


def _councils(context: DocContext, sentence: Sentence, match: re.Match[str]) -> tuple[str, ...]:
    """The councils sharing the post: "of both A and B"; else those the sentence names or
    refers to; else the publisher and the one council a council's own text names ("the shared
    Chief Executive arrangement with X"); else those a count announces; else, when the
    sentence points back ("the Alliance", an item of a resolution), those the text was last
    about. "Dozens of councils now share a chief executive" names no one."""
    if match.lastgroup == "d":  # "chief executive of A": shared only if a list follows
        listed = list_from(sentence, match.end())
        return listed if len(listed) >= 2 else ()
    named = _clause_councils(sentence, match) or sentence.councils
    named = tuple(dict.fromkeys(named + context.references(sentence)))
    if len(named) >= 2:
        return named
    if len(named) == 1 and context.publisher and context.publisher not in named:
        return (context.publisher, *named)
    count = cues.count_in(sentence.lower)
    if count:
        listed = context.list_after(sentence.index, cues.number(count.group("n")))
        if len(listed) >= 2:
            return listed
    if sentence.resolution or _POINTS_BACK.search(sentence.lower):
        return context.group_before(sentence.index)
    return ()


def _elided(sentence: Sentence, match: re.Match[str]) -> list[tuple[str, ...]]:
    """The councils of each later clause that repeats the cue's fact for other councils."""
    lower = sentence.lower
    found: list[tuple[str, ...]] = []
    if ";" not in lower:
        return found
    cuts = [m.start() for m in re.finditer(";", lower) if m.start() > match.end()]
    for start, end in zip(cuts, [*cuts[1:], len(lower)], strict=False):
        councils = sentence.councils_between(start, end)
        if len(councils) == 2 and _ELIDED.match(lower, start + 1, end):
            found.append(councils)
    return found


def _clause_councils(sentence: Sentence, match: re.Match[str]) -> tuple[str, ...]:
    """The councils named in the clause holding the cue, when it names any: another clause
    of the sentence may be another fact or only talk."""
    lower = sentence.lower
    start, end = 0, len(lower)
    for brk in _CLAUSE_BREAK.finditer(lower):
        if brk.end() <= match.start():
            start = brk.end()
        elif brk.start() >= match.end():
            end = brk.start()
            break
    return sentence.councils_between(start, end)


def _finish(
    drafts: list[_Draft], formal_groups: Callable[[], list[set[str]]]
) -> tuple[list[SharedPost], list[SharedPost]]:
    facts: list[SharedPost] = []
    candidates: list[SharedPost] = []
    for draft in drafts:
        promoted = not draft.stated and any(set(draft.councils) <= g for g in formal_groups())
        status: Status = "proposed" if promoted else (draft.status or "agreed")
        shared = SharedPost(
            draft.post, draft.councils, status, tuple(draft.evidence), start=draft.start
        )
        (facts if draft.stated or promoted else candidates).append(shared)
    return facts, candidates
