"""People with roles at councils. Council mentions in a sentence are replaced by markers, so
one set of patterns covers every way of naming the council:
"Councillor Ann Smith, leader of Kent County Council" (name, role of council),
"John Brown, Devon County Council leader" (name, council role),
"Cornwall Council leader Mary Jones" (council role name),
"Leader of Camden Council Tom Green" (role of council, name),
"Green was previously chief executive of the London Borough of Ealing",
"council leader Councillor Ann Smith" (the council the document is about),
"the post, now held by Sam Patel at Dartford" and a signature block
("JANE Q PUBLIC" over "Chief Executive")."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from graph.model import PersonRole, Role
from loaders.rules import attendance
from loaders.rules.context import DocContext, Sentence
from loaders.rules.cues import lower
from loaders.rules.person_names import NAME, NameBook, clean

_ROLES: list[tuple[Role, str]] = [
    ("deputy_leader", r"deputy\s+leader"),
    ("opposition_leader", r"opposition\s+(?:group\s+)?leader|leader\s+of\s+the\s+opposition"),
    ("leader", r"leader"),
    ("chief_executive", r"chief\s+executive(?:\s+officer)?|head\s+of\s+(?:the\s+)?paid\s+service"),
    ("section_151_officer", r"section\s+151\s+officer|s151\s+officer|chief\s+finance\s+officer"),
    ("monitoring_officer", r"monitoring\s+officer"),
    ("director", r"(?:corporate\s+|executive\s+|strategic\s+|managing\s+)?director"),
    ("mayor", r"(?:elected\s+|city\s+)?mayor"),
]
ROLE = "|".join(f"(?P<r_{role}>{pattern})" for role, pattern in _ROLES)
# over lower-cased text; the look-ahead for first letters lets the engine skip other words
_ROLE_FIND = re.compile(rf"(?=[dolcshme])\b(?:{ROLE})(?![a-z])")
_COUNCIL = r"⟦(?P<c>\d+)⟧"
_PARTY = r"(?:[A-Z][\w]+(?:\s+Dem)?['’]s\s+)?"
# "Jo Bloggs, currently strategic director at X", "Kim Black, the interim chief executive of X"
_NOW = r"(?:(?:the|currently|now|then|formerly|previously|acting|interim)\s+)*"
_OF_COUNCIL = r"\s+(?:of|at|for|on)\s+(?:the\s+)?" + _COUNCIL
# what must end the text before a role word for a pattern there to match, found from the last
# comma or council marker: a cheap test that spares most role words a search of the window
_COMMA_TAIL = re.compile(rf",\s+{_NOW}")
_COUNCIL_TAIL = re.compile(r"⟧(?:['’]s)?\s+")


def _ends_after(mark: str, tail: re.Pattern[str]) -> Callable[[str, int, int], bool]:
    """A test that the text before a role word ends with `mark` and then only `tail`."""

    def ready(masked: str, window: int, start: int) -> bool:
        at = masked.rfind(mark, window, start)
        return at >= 0 and tail.fullmatch(masked, at, start) is not None

    return ready


_AFTER_COMMA = _ends_after(",", _COMMA_TAIL)
_AFTER_COUNCIL = _ends_after("⟧", _COUNCIL_TAIL)
# each pattern reads around one role word: (rule, pattern before the role, pattern after it,
# the test the text before must pass first)
_AROUND_ROLE = [
    ("role_of_council_name", None, rf"{_OF_COUNCIL},?\s+{_PARTY}(?P<name>{NAME})", None),
    ("name_role_of_council", rf"(?P<name>{NAME}),\s+{_NOW}$", _OF_COUNCIL, _AFTER_COMMA),
    (
        "name_council_role",
        rf"(?P<name>{NAME}),\s+(?:the\s+)?{_COUNCIL}(?:['’]s)?\s+$",
        None,
        _AFTER_COUNCIL,
    ),
    (
        "council_role_name",
        rf"{_COUNCIL}(?:['’]s)?\s+$",
        rf",?\s+{_PARTY}(?P<name>{NAME})",
        _AFTER_COUNCIL,
    ),
    (
        "name_was_role_of_council",
        rf"(?P<name>{NAME})\s+(?:[a-z]+\s+){{0,5}}?(?:as|was|is|became|been)\s+"
        r"(?:previously\s+|formerly\s+|currently\s+|also\s+)?(?:the\s+)?$",
        _OF_COUNCIL,
        None,
    ),
    ("name_role", rf"(?P<name>{NAME}),\s+{_NOW}$", None, _AFTER_COMMA),
    ("role_name", r"(?P<generic>\b[Cc]ouncil\s+)?$", rf",?\s+{_PARTY}(?P<name>{NAME})", None),
]
_COMPILED = [
    (rule, re.compile(before) if before else None, re.compile(after) if after else None, ready)
    for rule, before, after, ready in _AROUND_ROLE
]
_WINDOW = 100  # characters before a role word searched for the name or council
_HELD_BY = re.compile(
    rf"(?:occupied|held|filled)\s+by\s+(?P<list>(?:{NAME}\s+at\s+{_COUNCIL}(?:,\s+|\s+and\s+)?)+)"
)
_HELD_ITEM = re.compile(rf"(?P<name>{NAME})\s+at\s+{_COUNCIL}")
_SIGNATURE = re.compile(
    rf"^[ \t]*(?P<name>[A-Z][A-Za-z’'\-]+(?:[ \t]+[A-Z]\.?)*(?:[ \t]+[A-Z][A-Za-z’'\-]+)+)[ \t]*\n"
    rf"[ \t]*(?i:{ROLE})[ \t]*$",
    re.MULTILINE,
)
CONFIDENCE = 0.8


@dataclass(frozen=True, slots=True)
class _Found:
    name: str
    role: Role
    council: str | None
    rule: str
    sentence: Sentence


def extract_people(context: DocContext) -> list[PersonRole]:
    book = NameBook(context.document.text)
    found: list[_Found] = []
    for sentence in context.sentences:
        found += _in_sentence(context, sentence, book)
    found += _signatures(context, book)
    return _merge(context, found)


def _in_sentence(context: DocContext, sentence: Sentence, book: NameBook) -> list[_Found]:
    if "people" not in sentence.families:
        return []
    masked, codes = _mask(sentence)
    found: list[_Found] = []
    for role_match in _ROLE_FIND.finditer(lower(masked)):
        item = _around(context, sentence, masked, codes, role_match, book)
        if item is not None:
            found.append(item)
    if "by" in sentence.lower:
        found += _held_by(context, sentence, masked, codes, book)
    found += _listed(context, sentence, book)
    return found


def _listed(context: DocContext, sentence: Sentence, book: NameBook) -> Iterator[_Found]:
    """Councillors by title ("Councillor E. Watts", "Councillors Clifton and Webster") and
    people in attendance lists, at the publisher (or the one council the sentence names)."""
    named = sentence.councils
    council = context.publisher or (named[0] if len(named) == 1 else None)
    councils = tuple((m.start, m.end) for m in sentence.local)
    for entry in attendance.entries(sentence.text, _post_role, councils):
        if entry.role == "councillor" or (entry.role and council):
            yield _Found(book.full(entry.name), entry.role, council, "attendance", sentence)


def _post_role(post: str) -> Role | None:
    """The role a lower-cased post names: "leader of the council" -> leader."""
    match = _ROLE_FIND.search(post)
    return _role(match) if match else None


def _around(
    context: DocContext,
    sentence: Sentence,
    masked: str,
    codes: list[str],
    role_match: re.Match[str],
    book: NameBook,
) -> _Found | None:
    """The first pattern that finds a name (and maybe a council) around this role word."""
    start, end = role_match.span()
    window = max(0, start - _WINDOW)
    for rule, before_pattern, after_pattern, ready in _COMPILED:
        # the pattern after the role word is anchored there, so cheap: tried first
        after = after_pattern.match(masked, end) if after_pattern else None
        if after_pattern and after is None:
            continue
        before = None
        if before_pattern is not None:
            if ready and not ready(masked, window, start):
                continue
            before = before_pattern.search(masked, window, start)
            if before is None:
                continue
        named = after if after is not None and "name" in after.re.groupindex else before
        if named is None or named.group("name") is None:
            continue
        name = clean(named.group("name"))
        if name is None:
            continue
        council = _council(context, sentence, start, codes, before, after)
        return _Found(book.full(name), _role(role_match), council, rule, sentence)
    return None


def _mask(sentence: Sentence) -> tuple[str, list[str]]:
    """The sentence with each council mention replaced by ⟦i⟧, and the codes by i."""
    parts, codes, cursor = [], [], 0
    for mention in sentence.mentions:
        start, end = mention.start - sentence.start, mention.end - sentence.start
        parts += [sentence.text[cursor:start], f"⟦{len(codes)}⟧"]
        codes.append(mention.council)
        cursor = end
    parts.append(sentence.text[cursor:])
    return "".join(parts), codes


def _role(match: re.Match[str]) -> Role:
    for key, value in match.groupdict().items():
        if key.startswith("r_") and value:
            return key[2:]  # type: ignore[return-value]
    return "other"


def _council(
    context: DocContext,
    sentence: Sentence,
    offset: int,
    codes: list[str],
    *matches: re.Match[str] | None,
) -> str | None:
    for match in matches:
        if match is not None and match.groupdict().get("c") is not None:
            return codes[int(match.group("c"))]
    for match in matches:
        if match is not None and match.groupdict().get("generic"):
            return context.subject()  # "council leader X": the council the text is about
    return _nearest(context, sentence, offset, codes)


def _nearest(context: DocContext, sentence: Sentence, offset: int, codes: list[str]) -> str | None:
    """The council named last before `offset` in this sentence; else the publisher (a council's
    own text); else the council named last in the three sentences before."""
    before = re.findall(r"⟦(\d+)⟧", _mask(sentence)[0][:offset])
    if before:
        return codes[int(before[-1])]
    if context.publisher:
        return context.publisher
    for previous in reversed(context.sentences[max(0, sentence.index - 3) : sentence.index]):
        if previous.mentions:
            return previous.mentions[-1].council
    return context.publisher


def _held_by(
    context: DocContext, sentence: Sentence, masked: str, codes: list[str], book: NameBook
) -> Iterator[_Found]:
    """ "The role, currently occupied by A at X and B at Y": the role named just before."""
    match = _HELD_BY.search(masked)
    if match is None or sentence.index == 0:
        return
    roles = list(_ROLE_FIND.finditer(context.sentences[sentence.index - 1].lower))
    if not roles:
        return
    role = _role(roles[-1])
    for item in _HELD_ITEM.finditer(match.group("list")):
        name = clean(item.group("name"))
        if name:
            yield _Found(book.full(name), role, codes[int(item.group("c"))], "held_by", sentence)


def _signatures(context: DocContext, book: NameBook) -> Iterator[_Found]:
    """A name on its own line over a role: the publisher's officer signing a report."""
    if context.publisher is None:
        return
    for match in _SIGNATURE.finditer(context.document.text):
        name = clean(match.group("name"))
        sentence = _sentence_at(context, match.start())
        if name and sentence is not None:
            yield _Found(name, _role(match), context.publisher, "signature", sentence)


def _sentence_at(context: DocContext, offset: int) -> Sentence | None:
    return next((s for s in context.sentences if s.start <= offset < s.end), None)


def _merge(context: DocContext, found: list[_Found]) -> list[PersonRole]:
    """One fact per (name, role, council); "councillor" only for people the text gives no
    other role ("Cllr Snelling" is the leader Mike Snelling; "Vanessa Mistry" is not the chief
    executive "C Mistry")."""
    holders = {_initial_and_surname(f.name) for f in found if f.role != "councillor"}
    facts: dict[tuple[str, Role, str | None], list] = {}
    for item in found:
        if item.role == "councillor" and _holds_post(item.name, holders):
            continue
        evidence = context.evidence(item.sentence, f"person.{item.rule}", CONFIDENCE)
        facts.setdefault((item.name, item.role, item.council), []).append(evidence)
    return [
        PersonRole(name, role, council, tuple(evidence))
        for (name, role, council), evidence in facts.items()
    ]


def _initial_and_surname(name: str) -> tuple[str | None, str]:
    words = name.replace(".", " ").split()
    return (words[0][0] if len(words) > 1 else None), words[-1]


def _holds_post(name: str, holders: set[tuple[str | None, str]]) -> bool:
    initial, last = _initial_and_surname(name)
    return any(
        last == surname and (initial is None or other is None or initial == other)
        for other, surname in holders
    )
