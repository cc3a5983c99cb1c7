"""Words that every rule family reads the same way: plural references to councils, hedges that
make a statement talk rather than fact, formal decisions that turn a plan into a proposal, and
negation."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from functools import cache

_NUMBERS = {
    "two": 2, "both": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
_NUMBER = r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}"
_BODY_WORDS = ("councils", "authorities", "organisations", "boroughs", "districts", "partners",
               "partner councils")  # fmt: skip
_BODIES = "|".join(_BODY_WORDS)


def lower(text: str) -> str:
    """Lower case with every offset kept (a few characters lengthen when lowered), so
    patterns can run on the lower-cased text and report spans of the original."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


# Words without which a sentence cannot hold what a rule family looks for: one pass over the
# lower-cased document marks each sentence with the families whose words it holds, so most
# sentences are passed over without running any family's patterns.
KEYWORDS: dict[str, tuple[str, ...]] = {
    # (named networks, groups and programmes are looked for by their capitals instead)
    "arrangement": ("alliance", "partnership", "shar", "joint", "merg", "combined", "-borough",
                    "together", "new authority"),
    "post": ("chief executive", "paid service", "ceo", "151", "finance officer", "monitoring"),
    "people": ("leader", "chief executive", "paid service", "151", "finance officer",
               "monitoring officer", "director", "mayor", "councillor", "cllr", "coun ",
               "coun.", "occupied by", "held by", "filled by", "present:", "attendance"),
    "declined": ("declin", "not to", "out", "withdr", "against", "refus", "left the", "reject",
                 "leave", "quit", "exit"),
    "formal": ("formal", "full council", "vote", "put to", "recommend", "report to",
               "consultation", "to be ", "considered by", "considered at", "decided by",
               "decided at", "debated by"),
}  # fmt: skip
if not all(word.isascii() and "?" not in word for words in KEYWORDS.values() for word in words):
    raise ValueError("keywords must be ASCII without '?': keyword_families reads a narrowed text")
_FAMILIES: dict[str, frozenset[str]] = {
    word: frozenset(
        family
        for family, words in KEYWORDS.items()
        for other in words
        if other in word  # "monitoring officer" also holds "monitoring"
    )
    for words in KEYWORDS.values()
    for word in words
}


# marked over the whole document; "formal" only when a candidate needs promoting, and
# "declined" only in the sentences that name an arrangement (`holds`)
EVERY_SENTENCE = ("arrangement", "post", "people")


def holds(lower: str, family: str) -> bool:
    """Whether a lower-cased sentence holds a word of `family`: for a family only a few
    sentences need, cheaper than marking the whole document."""
    return holds_any(lower, KEYWORDS[family])


def holds_any(text: str, words: Iterable[str]) -> bool:
    """Whether `text` holds any of `words`: the cheap test the rules make before a pattern (a
    plain loop, cheaper than any() over a generator on these hot paths)."""
    for word in words:
        if word in text:
            return True
    return False


_NONE: frozenset[str] = frozenset()


@cache
def _words_for(wanted: tuple[str, ...]) -> tuple[tuple[str, frozenset[str]], ...]:
    """The words to look for when marking the `wanted` families, each with the families it
    marks."""
    found = ((word, families.intersection(wanted)) for word, families in _FAMILIES.items())
    return tuple((word, families) for word, families in found if families)


def keyword_families(
    lower: str, spans: list[tuple[int, int]], wanted: tuple[str, ...] = EVERY_SENTENCE
) -> list[frozenset[str]]:
    """For each (start, end) span of the lower-cased document, the `wanted` families it has
    words of. Plain substring search per word (much faster than one pattern of
    alternatives)."""
    if not lower.isascii():
        # the words are ASCII: with every other character one "?", each offset is kept and the
        # text is one byte a character, which str.find reads faster ("’" makes it two)
        lower = lower.encode("latin-1", "replace").decode("latin-1")
    starts = [start for start, _ in spans]
    found: dict[int, set[str]] = {}  # only the few sentences with words get a set
    for word, families in _words_for(wanted):
        at = lower.find(word)
        while at >= 0:
            index = bisect_right(starts, at) - 1
            if index >= 0 and at < spans[index][1]:
                found.setdefault(index, set()).update(families)
            at = lower.find(word, at + len(word))
    return [frozenset(found[i]) if i in found else _NONE for i in range(len(spans))]


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
COUNCILS_WORD = re.compile(r"[ \t]+(?:councils|authorities|districts|boroughs)\b")

# talk, not decision: the statement may become a low-confidence candidate only
# over the lower-cased text; "may" is looked for in the text as written ("May" is a month)
HEDGE = re.compile(
    r"(?<![a-z])(?=[a-z])(?:consider(?:s|ed|ing)?|explor(?:e|es|ed|ing|ation)|investigat\w*"
    r"|feasibility|talks?|discussions?|conversations?|informal|discuss(?:es|ing)?|speculat\w*"
    r"|rumou?r\w*|could|might|possib\w*|potential(?:ly)?|hopes?|hoped|hoping|idea"
    r"|look(?:s|ing)?\s+(?:at|into|to)|mooted|would\s+like|opportunit(?:y|ies)"
    r"|business\s+case|believe|if)\b"
)
_MAY = re.compile(r"\bmay\b")
# "considered a report on the shared service arrangements": procedure, not hesitation
_PROCEDURE = re.compile(r"\bconsider(?:ed|s)?\s+(?:a|the)\s+(?:[\w\-]+\s+){0,2}report\b")
_HEDGE_REACH = 120  # characters before a cue that its clause may take in
_CLAUSE_START = re.compile(r"[;:]|\b(?:but|while|whereas|however|meanwhile)\b|,\s+(?:and|but)\b")
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
NEGATION = re.compile(r"\b(?:not|no\s+longer|never|nor|rather\s+than)\b|n['’]t\b")  # lower-cased
QUOTE_OPEN = '“"‘'


def group_references(text: str, lower: str) -> list[tuple[int | None, bool]]:
    """For each plural reference to councils in a sentence: the number it gives, if any, and
    whether it is definite about which ("both councils", "the two councils", "each council")
    rather than loose ("the councils", "all councils")."""
    found: list[tuple[int | None, bool]] = []
    if not (names_bodies(lower) or "each" in lower or "both" in lower):
        return found  # most sentences: no word the pattern needs
    for match in GROUP_REFERENCE.finditer(lower):
        if _NAME_GOES_ON.match(text, match.end()):
            continue
        size = number(match.group("n"))
        definite = size is not None or match.group("det") in (None, "both", "each")
        found.append((size, definite))
    return found


def names_bodies(lower: str) -> bool:
    """Whether a lower-cased text has a plural word for councils ("councils", "authorities"),
    which every count and most plural references need: a cheap test before those patterns."""
    return holds_any(lower, _BODY_WORDS)


def count_in(lower: str) -> re.Match[str] | None:
    """The first count of councils in a lower-cased text ("nine councils", "several county
    and city councils")."""
    return COUNT.search(lower) if names_bodies(lower) else None


def number(word: str | None) -> int | None:
    if not word:
        return None
    word = word.lower()
    return int(word) if word.isdigit() else _NUMBERS.get(word)


_NOT_AFTER_WORDS = ("not", "never", "have", "has")
_NOT_AFTER_REACH = 60  # the pattern's words start within 50 characters of the cue
_NOT_AFTER = re.compile(
    r"[^.;]{0,50}?\b(?:(?:not|never)\s+(?:\w+\s+)?(?:progressed|proceeded|gone\s+ahead"
    r"|materiali[sz]ed|been\s+agreed|happened)|(?:have|has)\s+(?:now\s+)?(?:stalled|collapsed"
    r"|fallen\s+through|been\s+(?:abandoned|dropped|shelved|ruled\s+out)))",
    re.IGNORECASE,
)


def negated(lower: str, cue_start: int, window: int = 30, cue_end: int | None = None) -> bool:
    """A negation in the few words before a cue ("would not be a formal merger"), or a plan
    that went nowhere after it ("... have not progressed"), in a lower-cased sentence."""
    if NEGATION.search(lower[max(0, cue_start - window) : cue_start]):
        return True
    if cue_end is None:
        return False
    # the pattern's words start within its reach: a cheap test before the pattern
    ahead = lower[cue_end : cue_end + _NOT_AFTER_REACH].casefold()  # as the pattern ignores case
    if not holds_any(ahead, _NOT_AFTER_WORDS):
        return False
    return bool(_NOT_AFTER.match(lower, cue_end))


def talk(text: str, lower: str) -> bool:
    """Whether a sentence has any hedge at all: if not, nothing in it is hedged."""
    return bool(HEDGE.search(lower) or ("may" in text and _MAY.search(text)))


def hedged(text: str, lower: str, cue_start: int, cue_end: int) -> bool:
    """A hedge earlier in the cue's clause, or inside the cue, governs it ("considering a plan
    to share a chief executive", "talks between A and B about sharing a chief executive")."""
    start = max(0, cue_start - _HEDGE_REACH)
    boundaries = list(_CLAUSE_START.finditer(lower, start, cue_start))
    if boundaries:
        start = boundaries[-1].end()
    window = _PROCEDURE.sub(" ", lower[start:cue_end])
    may = text.find("may", start, cue_end) >= 0 and _MAY.search(text, start, cue_end)
    return bool(HEDGE.search(window) or may)


def formal_decision(text: str) -> bool:
    """The sentence puts something to a council decision (and not merely a study)."""
    return bool(FORMAL.search(text)) and not STUDY.search(text)
