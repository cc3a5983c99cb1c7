"""Which councils a phrase about an arrangement binds: "alliance with X" (X and the subject),
"arrangements between X and Y", "X and Y Strategic Alliance"; and which councils a sentence
says declined or left ("Wycombe decided not to go ahead", "Derby City Council, who took part
in phase 1, declined to participate in phase 2")."""

from __future__ import annotations

import re

from loaders.rules import cues
from loaders.rules.context import Sentence

# words after a cue that introduce its members: "alliance with X", "a joint committee between
# X and Y", "the Partnership, whose members are X, Y and Z", "service shared by X and Y"
_AFTER = re.compile(
    r"\s*(?:known\s+as\s+\S+\s+)?,?\s*(?P<prep>with|between|involving|of|for|including|among"
    r"|amongst|whose\s+members\s+are|which\s+(?:includes?|comprises?|brings?\s+together|links?)"
    r"|comprising|made\s+up\s+of|consisting\s+of|(?:(?:shared|run|operated|hosted|led)\s+"
    r"(?:jointly\s+)?)?by)\s+(?:the\s+)?",
    re.IGNORECASE,
)
# between listed councils: a comma or "and", perhaps after a bracketed abbreviation ("(BMBC)")
_LIST_GAP = re.compile(
    r"^[ \t]*\)?(?:[ \t]*\([^()]{1,15}\))?[ \t]*(?:,|;|,?[ \t]+(?:and|&)|&)[ \t]*"
    r"(?:the[ \t]+)?$",
    re.IGNORECASE,
)
_BRACKET_OPEN = re.compile(r"^[ \t]*\([ \t]*$")  # "Bolton MBC (BMBC)": the same council again
_BEFORE_GAP = re.compile(r"^(?:['’]s)?[ \t]*(?:the[ \t]+)?$")
_DECLINED = re.compile(  # over the lower-cased sentence
    r"\b(?:declined|decided\s+not\s+to|(?:pulled|opted|dropped)\s+out|withdr[ae]w\w*"
    r"|voted\s+against|refused|chose\s+not\s+to|left\s+the|rejected|notice\s+to\s+(?:leave"
    r"|withdraw|quit|exit)|(?:to|will|would)\s+(?:leave|quit|exit)\s+the)\b"
)
_CLAUSE = re.compile(r"^,[^,]{0,80},\s*$|^\s*(?:\w+\s+){0,4}$")


def bound_after(sentence: Sentence, cue_end: int) -> tuple[str | None, tuple[str, ...]]:
    """The preposition after a cue and the list of councils it introduces."""
    match = _AFTER.match(sentence.text, cue_end)
    if not match:
        return None, ()
    return match.group("prep").lower(), list_from(sentence, match.end())


def bound_before(sentence: Sentence, cue_start: int) -> tuple[str, ...]:
    """Councils listed right before a cue: "Hambleton and Richmondshire shared services"."""
    before = [m for m in sentence.local if m.end <= cue_start]
    if not before or not _BEFORE_GAP.match(sentence.text[before[-1].end : cue_start]):
        return ()
    listed = [before[-1]]
    for mention in reversed(before[:-1]):
        if not _LIST_GAP.match(sentence.text[mention.end : listed[0].start]):
            break
        listed.insert(0, mention)
    return tuple(dict.fromkeys(m.council for m in listed))


def declined(sentence: Sentence) -> tuple[str, ...]:
    """Councils the sentence says declined, withdrew or decided not to go ahead."""
    if not sentence.local or not cues.holds(sentence.lower, "declined"):
        return ()  # only a council named before the verb can have declined
    found = []
    mentions = sentence.local
    for verb in _DECLINED.finditer(sentence.lower):
        before = [m for m in mentions if m.end <= verb.start()]
        if before and _CLAUSE.match(sentence.text[before[-1].end : verb.start()]):
            found.append(before[-1].council)
    return tuple(dict.fromkeys(found))


def list_from(sentence: Sentence, offset: int) -> tuple[str, ...]:
    """The councils listed from `offset` ("A, B and C"), if a list starts there."""
    after = [m for m in sentence.local if m.start >= offset]
    if not after or after[0].start - offset > 3:
        return ()
    listed = [after[0]]
    for mention in after[1:]:
        gap = sentence.text[listed[-1].end : mention.start]
        if mention.council == listed[-1].council and _BRACKET_OPEN.match(gap):
            listed[-1] = mention  # its abbreviation in brackets
            continue
        if not _LIST_GAP.match(gap):
            break
        listed.append(mention)
    return tuple(dict.fromkeys(m.council for m in listed))
