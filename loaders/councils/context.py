"""Is a bare name ("Derbyshire", "High Peak") the council or the place? Decided from the words
around it: "in Derbyshire", "Derbyshire people", "Derbyshire's communities" and "Vision
Derbyshire" are places or parts of other names; "Derbyshire said", "leader of High Peak",
"Cotswold leader" and "West Oxfordshire's chief executive" are the council."""

from __future__ import annotations

import re
from typing import Literal

# "party": followed by an arrangement's name ("Hambleton and Richmondshire shared services")
Verdict = Literal["council", "place", "neutral", "party"]

TITLES = frozenset(
    "mr mrs ms miss dr cllr councillor coun sir lord lady dame baroness professor prof".split()
)
_PLACE_PREPOSITIONS = frozenset(
    "in across throughout around within near into outside beyond".split()
)
_PLACE_NOUNS = frozenset(
    "people residents communities community area region county economy countryside towns "
    "villages businesses economic strategy population schools families places station "
    "hospital airport port club university college school stadium market centre center road "
    "street racecourse cathedral prison zoo festival town city".split()
)
# a name opening a sentence and followed by one of these is a verb: "Reading the report, ..."
_AFTER_VERB = frozenset("the a an this these those that through about his her their".split())
_GOVERNANCE = frozenset(
    "council councils leader leaders cabinet executive chief officers officer councillors "
    "mayor deputy members member administration authority chair spokesman spokeswoman "
    "spokesperson statement budget constitution committee".split()
)
_VERBS = frozenset(
    "said says has have had is are was were will would could can decided agreed announced "
    "voted approved declined wants joined told signed warned added confirmed revealed intends "
    "hopes did does also already must should may might which who is to took takes made makes "
    "pays paid provides provided agrees decides leads led backed rejected opposed".split()
)
# words after a name that make it a party to an arrangement ("Hambleton and Richmondshire
# shared services", "Bolsover and North East Derbyshire Strategic Alliance")
_ARRANGEMENT = frozenset("strategic alliance partnership joint shared combined".split())
# verbs ending in -s are not plural nouns ("Hambleton says" is the council speaking)
_NOT_PLURAL = frozenset(
    "has is was does says agrees decides leads pays provides takes makes".split()
)
# capitalised only because they open a sentence: not part of a longer proper name
_OPENING_WORDS = frozenset(
    "the a an now but and in on at by for with however meanwhile today yesterday last next this "
    "that these those both while when if as so also then under after before since from to of "
    "although only all each every neither either whether where why how what once our their its "
    "his her we they it said says".split()
)
_WORD_AFTER = re.compile(r"^([^\S\n]*)(['’]s\b)?[^\S\n]*([A-Za-z][A-Za-z’'\-]*)")
_OPENERS = "\n.!?:;\"“‘('–—-•"


def verdict(text: str, start: int, end: int, surnames: frozenset[str]) -> Verdict:
    """Council, place or neutral for the bare name at text[start:end]."""
    if text[start:end] in surnames:
        return "place"
    heading = _is_heading(text, start, end)
    before = _word_before(text, start)
    after = _WORD_AFTER.match(text[end : end + 40])
    for judge in (_judge_before, _judge_after):
        result = judge(text, before, after, heading)
        if result != "neutral":
            return result
    return "neutral"


def _word_before(text: str, start: int) -> tuple[str, str, int] | None:
    """(word, the spaces after it, where it starts) for the word just before `start` on the
    same line; a hand scan, faster than a pattern anchored at the end."""
    gap_start = start
    while gap_start > 0 and text[gap_start - 1] in " \t":
        gap_start -= 1
    word_start = gap_start
    while word_start > 0 and (text[word_start - 1].isalpha() or text[word_start - 1] in "’'"):
        word_start -= 1
    if word_start == gap_start:
        return None
    return text[word_start:gap_start], text[gap_start:start], word_start


def _judge_before(text: str, before, after: re.Match | None, heading: bool):
    if before is None:
        return "neutral"
    word, gap, word_start = before
    lower = word.lower()
    if lower in TITLES:
        return "place"
    if lower in _PLACE_PREPOSITIONS:
        return "place"
    if lower == "of":
        return _judge_of(text, word_start)
    if word[0].isupper() and gap and not heading:
        if not _opens(text, word_start) or lower not in _OPENING_WORDS:
            return "place"  # inside a longer proper name: "Vision Derbyshire", "BBC West Midlands"
    return "neutral"


def _judge_of(text: str, of_start: int) -> Verdict:
    previous = _word_before(text, of_start)
    if previous is None:
        return "neutral"
    word = previous[0].lower()
    if word in _GOVERNANCE:
        return "council"  # "leader of High Peak", "chief executive of Hounslow"
    if word in _PLACE_NOUNS or word in ("town", "city", "people", "heart", "parts", "part"):
        return "place"
    return "neutral"


def _judge_after(text: str, before: re.Match | None, after: re.Match | None, heading: bool):
    if after is None:
        return "neutral"
    gap, possessive, word = after.group(1), after.group(2), after.group(3)
    lower = word.lower()
    if possessive:
        return "council" if lower in _GOVERNANCE else "place"
    if not gap and not possessive:
        return "neutral"
    if lower in _GOVERNANCE:
        return "council"
    if lower in _ARRANGEMENT:
        return "party"
    if word[0].isupper() and not heading:
        return "place"
    if lower in _VERBS:
        return "council"
    if lower in _PLACE_NOUNS or _is_plural(lower):
        return "place"  # "Derbyshire councils", "Lincolnshire authorities", "Derby station"
    if lower in _AFTER_VERB and before is None:
        return "place"  # "Reading the report, members ...": a verb opening the sentence
    return "neutral"


def _is_plural(word: str) -> bool:
    return (
        len(word) > 3
        and word.endswith("s")
        and not word.endswith("ss")
        and (word not in _NOT_PLURAL)
    )


def _opens(text: str, start: int) -> bool:
    """Whether the word at `start` opens a sentence, line or quotation."""
    i = start - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    return i < 0 or text[i] in _OPENERS


def _is_heading(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    return line.isupper() and sum(c.isalpha() for c in line) > 3
