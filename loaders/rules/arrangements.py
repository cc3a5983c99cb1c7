"""Phrases that name an arrangement between councils, with its kind and, when the text gives
one, its name: "the Mendip and Sedgemoor Strategic Alliance", "a joint committee",
"shared services", "sharing arrangements known as 'bi-borough'", "the Key Cities Group",
"the Vision Derbyshire programme"."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from graph.model import PartnershipKind
from loaders.rules.context import Sentence
from loaders.rules.cues import holds_any

_KIND_PATTERNS: list[tuple[PartnershipKind, str]] = [
    ("combined_authority", r"combined\s+(?:county\s+)?authorit(?:y|ies)|new\s+authority"),
    ("joint_committee", r"joint\s+(?:[\w\-]+\s+){0,2}?committees?"),
    ("strategic_alliance", r"alliances?"),
    ("programme", r"joint\s+programmes?"),
    (
        "merger",
        r"\bmergers?\b|\bmerg(?:e|ing)\s+(?:the|two|both)\s+(?:councils|authorities)"
        # councils merging, not their workforces or teams
        r"|\bmerge[ds]?\b(?!\s+(?:their|the|its)\s+(?:\w+\s+)?(?:workforces?|teams?|services?"
        r"|functions?|management|staff|offices?|back))",
    ),
    (
        "shared_service",
        r"(?:tri|bi)-borough|shared[\s\-]+services?|shared\s+(?:senior\s+)?management"
        r"|shared\s+(?:service\s+)?arrangements?|shared\s+officer\s+team|service[\s\-]+sharing"
        r"|(?:service|staff)\s+(?:and\s+staff\s+)?sharing(?:\s+arrangements?)?"
        r"|joint\s+(?:working(?:\s+arrangements?)?|management|(?:[a-z]+,?\s+){0,6}services?\b)"
        r"|shared\s+(?:[a-z]+\s+){1,3}services?\b"
        r"|shar(?:e|es|ed|ing)\s+(?:a\s+number\s+of\s+|some\s+|more\s+|further\s+|their\s+"
        r"|all\s+|existing\s+|(?:senior\s+)?management\s+and\s+)?(?:services|functions"
        r"|(?:senior\s+)?management(?:\s+teams?)?|back[\s\-]office|staff)"
        r"|shar(?:e|es|ed|ing)\s+(?:an?\s+|the\s+|their\s+)?(?:[a-z]+\s+){0,3}services?\b"
        r"|work\s+together",
    ),
    ("other", r"(?<!enterprise\s)partnerships?\b"),
]
# run over the lower-cased sentence (case-sensitive matching is much faster)
# the look-ahead (every cue's first letters) lets the engine pass over other words quickly
_KIND_CUE = re.compile(
    r"(?<![a-z])(?=all|joi|com|sha|ser|sta|mer|par|tri|bi-|new|wor)(?:"
    + "|".join(f"(?P<{kind}>{p})" for kind, p in _KIND_PATTERNS)
    + ")"
)
_NAMED_PROGRAMME = re.compile(r"\b(?:[A-Z][\w’'\-]+\s+){1,4}Programme\b")
_NETWORK = re.compile(r"\b(?:[A-Z][\w’']*\s+){1,4}(?:Network|Group)\b(?:\s+\([A-Z]+\))?")
# found from the word "programme" back, not tried at every capitalised word
_PROGRAMME_WORDS = ("programme", "approach")
_PROGRAMME_NAME = re.compile(r"((?:[A-Z][\w’'\-]+\s+){0,3}[A-Z][\w’'\-]+)$")
# capitalised words just before a cue make its name: "Bolsover and North East Derbyshire
# Strategic Alliance", "Shared Services Joint Committee"
_NAME_BEFORE = re.compile(r"(?:(?:[A-Z][\w’'&\-]*|and|of|&)[ \t]+){1,7}$")
_QUOTED_BEFORE = re.compile(r"[‘'\"“]([^’'\"”‘“]{3,40})[’'\"”]\s*$")
_CLOSING_QUOTES = ("’", "'", '"', "”")
_KNOWN_AS = re.compile(r"\s+known\s+as\s+[‘'\"“]([^’'\"”]{3,40})[’'\"”]")
_GENERIC_NAMES = frozenset(
    "alliance strategic alliance joint committee committee partnership shared services "
    "shared service network group the".split(" ")
)
_GENERIC_WORDS = frozenset(
    "the a an this that its their new proposed strategic alliance joint committee partnership "
    "shared service services and of our merger".split()
)
_WORDS = re.compile(r"[\w\-]+")
_ANAPHOR = re.compile(r"\b(?:the|this|its|their|our)\s+(?:[\w\-]+\s+){0,2}$")
_COUNTABLE = frozenset(
    {"combined_authority", "joint_committee", "strategic_alliance", "merger", "other"}
)
_PROGRAMME_STOP = frozenset("The This That A An Our Government Council Executive".split())


# not frozen, as it is built for every cue of every sentence: a frozen dataclass costs about five
# times as much to build. Never changed once built.
@dataclass(slots=True)
class Cue:
    """An arrangement named in a sentence: its kind, span in the sentence, and name if any."""

    kind: PartnershipKind
    start: int
    end: int
    name: str | None
    definite: bool  # "the alliance", "its tri-borough": may refer back
    plural: bool = False  # "joint committees", "combined authorities": the idea, not one


def programme_names(text: str) -> set[str]:
    """Names the document uses for a programme ("the Vision Derbyshire programme"), when it
    uses them more than once."""
    names = set()
    for space in _programme_words(text):
        match = _PROGRAMME_NAME.search(text, max(0, space - 80), space)
        if match is None:
            continue
        words = match.group(1).split()
        while words and words[0] in _PROGRAMME_STOP:
            words = words[1:]
        if len(words) >= 2:
            names.add(" ".join(words))
    return {name for name in names if text.count(name) >= 2}


def _programme_words(text: str) -> Iterator[int]:
    """The offset of the space before each whole word "programme" or "approach": found with
    str.find, many times faster than a pattern run over the whole text."""
    for word in _PROGRAMME_WORDS:
        at = text.find(word, 1)
        while at >= 0:
            end = at + len(word)
            after = text[end : end + 1]
            if text[at - 1].isspace() and not (after.isalnum() or after == "_"):
                yield at - 1
            at = text.find(word, end)


def find_cues(sentence: Sentence, programmes: set[str]) -> list[Cue]:
    """Every arrangement named in the sentence, overlapping phrases resolved to the first; a
    generic "partnership" takes the kind of a phrase it overlaps ("'tri-borough' partnership")."""
    if "arrangement" not in sentence.families and not _names_one(sentence.text, programmes):
        return []
    found = sorted(_all_cues(sentence.text, sentence.lower, programmes), key=_first_and_longest)
    cues: list[Cue] = []
    for cue in found:
        if cues and cue.start < cues[-1].end:
            if cues[-1].kind == "other" and cue.kind != "other":
                cues[-1] = replace(cues[-1], kind=cue.kind)
            continue
        cues.append(cue)
    return cues


def _names_one(text: str, programmes: set[str]) -> bool:
    """Whether a sentence without arrangement words may still name one by its capitals."""
    named = "Network" in text or "Group" in text or "Programme" in text
    return named or holds_any(text, programmes)


def _first_and_longest(cue: Cue) -> tuple[int, int]:
    return cue.start, cue.start - cue.end


def _all_cues(sentence: str, lower: str, programmes: set[str]) -> Iterator[Cue]:
    for name in programmes:
        start = sentence.find(name)
        while start >= 0:
            yield Cue("programme", start, start + len(name), name, True)
            start = sentence.find(name, start + len(name))
    if "Programme" in sentence:
        for match in _NAMED_PROGRAMME.finditer(sentence):
            name = _strip_the(match.group())
            yield Cue("programme", match.start(), match.end(), name, True)
    if "Network" in sentence or "Group" in sentence:
        for match in _NETWORK.finditer(sentence):
            yield Cue("network", match.start(), match.end(), _strip_the(match.group()), True)
    for match in _KIND_CUE.finditer(lower):
        kind: PartnershipKind = match.lastgroup  # type: ignore[assignment]
        start, end = match.span()
        name, start = _name(sentence, start, end)
        definite = bool(_ANAPHOR.search(lower, max(0, start - 30), start))
        plural = kind in _COUNTABLE and match.group().endswith("s")
        yield Cue(kind, start, end, name, definite, plural)


def _name(sentence: str, start: int, end: int) -> tuple[str | None, int]:
    """The arrangement's own name around the cue, and where the name starts."""
    cue = sentence[start:end]
    if cue.lower().endswith("-borough"):
        return cue.lower(), start
    known = _KNOWN_AS.match(sentence, end)
    if known:
        return known.group(1).strip(), start
    window = max(0, start - 45)
    # a quoted name ends on a closing quote: a cheap test before the search
    closes = sentence[window:start].rstrip()[-1:] in _CLOSING_QUOTES
    quoted = closes and _QUOTED_BEFORE.search(sentence, window, start)
    if quoted and not _generic(quoted.group(1)):
        return quoted.group(1).strip(), quoted.start()
    if cue[:1].isupper() and all(word[0].isupper() for word in cue.split()):
        before = _NAME_BEFORE.search(sentence, max(0, start - 80), start)
        name = _strip_the((before.group() if before else "") + cue)
        if not _generic(name):
            return name, start - len(before.group()) if before else start
    return None, start


def _strip_the(name: str) -> str:
    words = name.split()
    while words and words[0].lower() in ("the", "a", "an", "and", "of"):
        words = words[1:]
    return " ".join(words)


def _generic(name: str) -> bool:
    words = [w.lower() for w in _WORDS.findall(name)]
    return not words or all(w in _GENERIC_WORDS for w in words)
