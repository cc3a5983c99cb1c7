"""What every rule family sees of a document: its sentences with the council mentions in each,
the publisher, and how to resolve "both councils", "the two authorities", "they" and "the
authority" to the councils they stand for."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from graph.model import CouncilMention, Document, Evidence
from loaders.councils import Recognition
from loaders.register_reader import Register
from loaders.rules import cues
from loaders.sentences import split_sentences

# "(2a) ...", "2. that ...", "(b) ..." continue a resolution
_ITEM = re.compile(r"\(?(?:\d+[a-z]?|[a-z])[.)]\s")
_LOOKBACK = 12  # sentences searched back for the councils a plural reference stands for
_LOOSE_LOOKBACK = 3  # for "the councils", which may mean councils in general
_LOOKAHEAD = 6  # sentences searched on for the list a count ("nine councils") announces


# not frozen, as one is built for every sentence: a frozen dataclass costs about five times as
# much to build. Never changed once built.
@dataclass(slots=True)
class Sentence:
    """A sentence, the council mentions in it (document offsets) and the same mentions with
    offsets into the sentence text (`local`), which the rule patterns work in."""

    index: int
    start: int
    end: int
    text: str
    mentions: tuple[CouncilMention, ...]
    resolution: bool = False  # inside a "RESOLVED that (1) ... (2) ..." block
    lower: str = ""  # the text lower-cased, for the rules' cheap keyword checks first
    local: tuple[CouncilMention, ...] = ()
    councils: tuple[str, ...] = ()  # the councils mentioned, in order, once each
    families: frozenset[str] = frozenset()  # rule families whose words it holds (cues.KEYWORDS)

    def councils_between(self, start: int, end: int) -> tuple[str, ...]:
        """Councils mentioned between two offsets of the sentence text."""
        return tuple(
            dict.fromkeys(m.council for m in self.mentions if start <= m.start - self.start < end)
        )


@dataclass
class DocContext:
    document: Document
    register: Register
    recognition: Recognition
    sentences: list[Sentence] = field(default_factory=list)
    _references: dict[int, tuple[str, ...]] = field(default_factory=dict)
    _formal: list[set[str]] | None = None
    _areas: list[tuple[CouncilMention, ...]] = field(default_factory=list)
    _main: tuple[str, ...] | None = None
    _lower: str = ""  # the document lower-cased

    @property
    def publisher(self) -> str | None:
        return self.recognition.publisher

    def evidence(self, sentence: Sentence, rule: str, confidence: float) -> Evidence:
        return Evidence(
            self.document.id, sentence.start, sentence.end, sentence.text, rule, confidence
        )

    def group_before(
        self, index: int, size: int | None = None, definite: bool = True
    ) -> tuple[str, ...]:
        """The councils a plural reference in sentence `index` stands for: the nearest sentence
        at or before it naming several (exactly `size` when a number is given), else the
        councils the document is about. A loose "the councils" looks only a little way back."""
        fallback: tuple[str, ...] = ()
        reach = _LOOKBACK if definite else _LOOSE_LOOKBACK
        for sentence in reversed(self.sentences[max(0, index - reach) : index + 1]):
            councils = sentence.councils
            if len(councils) >= 2 and (size is None or len(councils) == size):
                return councils
            if len(councils) >= 2 and not fallback:
                fallback = councils
        return fallback or (self.main_group() if definite else ())

    def list_after(self, index: int, size: int | None) -> tuple[str, ...]:
        """The councils a count ("nine councils", "several councils") announces: the next
        sentence naming several (exactly `size` when a number is given)."""
        for sentence in self.sentences[index + 1 : index + 1 + _LOOKAHEAD]:
            councils = sentence.councils
            if len(councils) >= 2 and (size is None or len(councils) == size):
                return councils
        return ()

    def subject_before(self, index: int) -> str | None:
        """ "The authority": the first council named in the nearest earlier sentence."""
        for sentence in reversed(self.sentences[max(0, index - _LOOKBACK) : index]):
            if sentence.councils:
                return sentence.councils[0]
        return None

    def formal_groups(self) -> list[set[str]]:
        """For each sentence that puts a plan to a council decision, the councils it names or
        refers to: a plan about them is a proposal, not talk."""
        if self._formal is None:
            spans = [(s.start, s.end) for s in self.sentences]
            marked = cues.keyword_families(self._lower, spans, ("formal",))
            self._formal = [
                set(s.councils) | set(self.references(s))
                for s, families in zip(self.sentences, marked, strict=True)
                if families and cues.formal_decision(s.text)
            ]
        return self._formal

    def subject(self) -> str | None:
        """The council the document is about: its publisher, else the first it names."""
        if self.publisher:
            return self.publisher
        return self.recognition.mentions[0].council if self.recognition.mentions else None

    def main_group(self) -> tuple[str, ...]:
        """The councils the document is about: the first sentence naming several, else all
        the councils it names when they are few."""
        if self._main is None:
            self._main = self._find_main_group()
        return self._main

    def _find_main_group(self) -> tuple[str, ...]:
        for sentence in self.sentences:
            if len(sentence.councils) >= 2:
                return sentence.councils
        councils = tuple(dict.fromkeys(m.council for m in self.recognition.mentions))
        return councils if 2 <= len(councils) <= 4 else ()

    def county_group(self, county: str) -> tuple[str, ...]:
        """ "Derbyshire councils": the county council and the named councils inside it."""
        named = dict.fromkeys(m.council for m in self.recognition.mentions)
        inside = [c for c in named if self.register.councils[c].county == county]
        return tuple(([county] if county in named else []) + inside)

    def areas_in(self, sentence: Sentence) -> tuple[CouncilMention, ...]:
        return self._areas[sentence.index] if sentence.index < len(self._areas) else ()

    def references(self, sentence: Sentence) -> tuple[str, ...]:
        """Councils that pronouns and plural descriptions in the sentence stand for."""
        if sentence.index not in self._references:
            self._references[sentence.index] = self._resolve_references(sentence)
        return self._references[sentence.index]

    def _resolve_references(self, sentence: Sentence) -> tuple[str, ...]:
        found: list[str] = []
        for size, definite in cues.group_references(sentence.text, sentence.lower):
            found += self.group_before(sentence.index, size, definite)
        if cues.THEY.match(sentence.text) and sentence.index > 0:
            previous = self.sentences[sentence.index - 1].councils
            found += previous if len(previous) >= 2 else ()
        if not sentence.councils and cues.THE_AUTHORITY.search(sentence.text):
            subject = self.subject_before(sentence.index)
            found += [subject] if subject else []
        return tuple(dict.fromkeys(found))

    def county_references(self, sentence: Sentence) -> tuple[str, ...]:
        """ "all Derbyshire councils", "the other Derbyshire authorities"."""
        found: list[str] = []
        for area in self.areas_in(sentence):
            after = self.document.text[area.end : area.end + 25]
            council = self.register.councils[area.council]
            if council.type == "county" and cues.COUNCILS_WORD.match(after):
                found += self.county_group(area.council)
            elif area.surface.lower().endswith("councils"):
                found += self.county_group(area.council)
        return tuple(dict.fromkeys(found))


def _by_sentence(
    mentions: tuple[CouncilMention, ...], spans: list[tuple[int, int]]
) -> list[tuple[CouncilMention, ...]]:
    """The mentions (sorted by start) that fall in each sentence span."""
    if not mentions:
        return [()] * len(spans)
    starts = [m.start for m in mentions]
    return [
        tuple(mentions[bisect_right(starts, start - 1) : bisect_right(starts, end - 1)])
        for start, end in spans
    ]


def build_context(document: Document, register: Register, recognition: Recognition) -> DocContext:
    context = DocContext(document, register, recognition)
    mentions = recognition.mentions
    starts = [m.start for m in mentions]
    resolution = False
    spans = split_sentences(document.text)
    lower = cues.lower(document.text)
    families = cues.keyword_families(lower, spans)
    context._lower = lower
    context._areas = _by_sentence(recognition.areas, spans)
    for index, (start, end) in enumerate(spans):
        first = bisect_right(starts, start - 1)
        last = bisect_right(starts, end - 1)
        text = document.text[start:end]
        resolution = "RESOLVED" in text or (resolution and bool(_ITEM.match(text)))
        inside: tuple[CouncilMention, ...] = ()
        local: tuple[CouncilMention, ...] = ()
        councils: tuple[str, ...] = ()
        if first < last:  # most sentences name no council
            inside = tuple(m for m in mentions[first:last] if m.end <= end)
            local = tuple(
                CouncilMention(m.council, m.start - start, m.end - start, m.surface, m.rule)
                for m in inside
            )
            councils = tuple(dict.fromkeys(m.council for m in inside))
        context.sentences.append(
            Sentence(
                index,
                start,
                end,
                text,
                inside,
                resolution,
                lower[start:end],
                local,
                councils,
                families[index],
            )
        )
    return context
