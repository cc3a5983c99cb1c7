"""Words that every rule family reads the same way: plural references to councils, hedges that
make a statement talk rather than fact, formal decisions that turn a plan into a proposal, and
negation."""

from __future__ import annotations

import re
from collections.abc import Callable

_NUMBERS = {
    "two": 2, "both": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
_NUMBER = r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}"
_BODIES = r"councils|authorities|organisations|boroughs|districts|partners|partner councils"


def lower(text: str) -> str:
    """Lower case with every offset kept (a few characters lengthen when lowered), so
    patterns can run on the lower-cased text and report spans of the original."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def any_of(*words: str) -> Callable[[str], re.Match[str] | None]:
    """A fast test for any of the lower-case words in a lower-cased text: rules check it
    before running their patterns, since most sentences name no arrangement or post."""
    return re.compile("|".join(re.escape(w) for w in words)).search


# "both councils", "the two authorities", "the three councils", "each Council", "the Councils"
# (over the lower-cased sentence; `group_references` checks the original for a name)
GROUP_REFERENCE = re.compile(
    rf"(?=[bteac])\b(?:(?P<det>both|all|the|these|those|each)\s+(?:(?P<n>{_NUMBER})\s+)?"
    rf"(?:[\w\-]+\s+){{0,2}}?(?:{_BODIES})|each\s+(?:council|authority)"
    r"|both\s+(?:sides|organisations))\b"
)
_NAME_GOES_ON = re.compile(r"[’']?s?\s*[A-Z]")  # "the District Councils' Network": a name
# "Nine councils in South Yorkshire", "several county and city councils", "two district
# councils": a count whose list follows
COUNT = re.compile(  # over the lower-cased sentence
    rf"(?<!the )(?<!both )\b(?P<n>{_NUMBER}|several|a number of)\s+(?:[\w\-]+\s+){{0,4}}?"
    rf"(?:{_BODIES})\b"
)
THEY = re.compile(r"^[“\"‘']?They\b")
THE_AUTHORITY = re.compile(r"\b[Tt]he\s+(?:authority|council)\b(?!s)")
COUNCILS_WORD = r"[ \t]+(?:councils|authorities|districts|boroughs)\b"

# talk, not decision: the statement may become a low-confidence candidate only
HEDGE = re.compile(
    r"\b(?:[Cc]onsider(?:s|ed|ing)?|[Ee]xplor(?:e|es|ed|ing|ation)|[Ii]nvestigat\w*"
    r"|[Ff]easibility|talks?|discussions?|conversations?|[Ii]nformal|discuss(?:es|ing)?|speculat\w*|rumou?r\w*|[Cc]ould"
    r"|[Mm]ight|may|possib\w*|[Pp]otential(?:ly)?|hopes?|hoped|hoping|idea"
    r"|look(?:s|ing)?\s+(?:at|into|to)|mooted|would\s+like|opportunit(?:y|ies)"
    r"|business\s+case|believe|[Ii]f)\b"
)
# "considered a report on the shared service arrangements": procedure, not hesitation
_PROCEDURE = re.compile(r"\bconsider(?:ed|s)?\s+(?:a|the)\s+(?:[\w\-]+\s+){0,2}report\b", re.I)
_HEDGE_REACH = 120  # characters before a cue that its clause may take in
_CLAUSE_START = re.compile(
    r"[;:]|\b(?:but|while|whereas|however|meanwhile)\b|,\s+(?:and|but)\b", re.I
)
# a plan put to a council decision: a proposal, not talk
FORMAL = re.compile(
    r"\bformal(?:ly)?\s+(?:considered|agreed|confirmed|approved|decision|agreement|proposal)"
    r"|\bfull\s+council\b|\bset\s+to\s+vote\b|\bput\s+to\s+(?:a\s+)?(?:vote|council)"
    r"|\b(?:considered|decided|debated)\s+(?:by|at)\s+(?:each|both|all|the)\s+(?:[\w\-]+\s+)?"
    r"(?:council|councils|cabinet|cabinets)\b"
    r"|\brecommend(?:ed|ation)s?\s+to\b|\breport\s+to\s+[\w\s&’']{0,40}(?:cabinet|council)"
    r"|\bconsultation\b|\bto\s+be\s+(?:formally\s+)?(?:decided|approved|agreed)\b",
    re.IGNORECASE,
)
# what goes to the council is only a study, not the arrangement itself
STUDY = re.compile(
    r"\b(?:feasibility|study|business\s+case|investigat\w*|explor\w*|options?\s+appraisal)\b",
    re.IGNORECASE,
)
NEGATION = re.compile(r"\b(?:not|no\s+longer|never|nor|rather\s+than)\b|n['’]t\b", re.IGNORECASE)
QUOTE_OPEN = '“"‘'


def group_references(text: str, lower: str) -> list[tuple[int | None, bool]]:
    """For each plural reference to councils in a sentence: the number it gives, if any, and
    whether it is definite about which ("both councils", "the two councils", "each council")
    rather than loose ("the councils", "all councils")."""
    found = []
    for match in GROUP_REFERENCE.finditer(lower):
        if _NAME_GOES_ON.match(text, match.end()):
            continue
        size = number(match.group("n"))
        definite = size is not None or match.group("det") in (None, "both", "each")
        found.append((size, definite))
    return found


def number(word: str | None) -> int | None:
    if not word:
        return None
    word = word.lower()
    return int(word) if word.isdigit() else _NUMBERS.get(word)


_NOT_AFTER = re.compile(
    r"[^.;]{0,50}?\b(?:(?:not|never)\s+(?:\w+\s+)?(?:progressed|proceeded|gone\s+ahead"
    r"|materiali[sz]ed|been\s+agreed|happened)|(?:have|has)\s+(?:now\s+)?(?:stalled|collapsed"
    r"|fallen\s+through|been\s+(?:abandoned|dropped|shelved|ruled\s+out)))",
    re.IGNORECASE,
)


def negated(text: str, cue_start: int, window: int = 30, cue_end: int | None = None) -> bool:
    """A negation in the few words before a cue ("would not be a formal merger"), or a plan
    that went nowhere after it ("... have not progressed")."""
    if NEGATION.search(text[max(0, cue_start - window) : cue_start]):
        return True
    return cue_end is not None and bool(_NOT_AFTER.match(text, cue_end))


def hedged(text: str, cue_start: int, cue_end: int) -> bool:
    """A hedge earlier in the cue's clause, or inside the cue, governs it ("considering a plan
    to share a chief executive", "talks between A and B about sharing a chief executive")."""
    start = max(0, cue_start - _HEDGE_REACH)
    boundaries = list(_CLAUSE_START.finditer(text, start, cue_start))
    if boundaries:
        start = boundaries[-1].end()
    window = _PROCEDURE.sub(" ", text[start:cue_end])
    return bool(HEDGE.search(window))


_FORMAL_WORDS = any_of(
    "formal", "full council", "vote", "put to", "recommend", "report to", "consultation", "to be "
)


def formal_decision(text: str, lower: str) -> bool:
    """The sentence puts something to a council decision (and not merely a study)."""
    if not _FORMAL_WORDS(lower):
        return False
    return bool(FORMAL.search(text)) and not STUDY.search(text)
