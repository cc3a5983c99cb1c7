"""Council recognition: every council a document names, with where and how it names it.

One pass of the register's name matcher finds candidate names; the words around each one
(designation, coordination, context) decide whether it is the council, which council it is at
the document's date, and whether it is only a place. Letters (defined abbreviations,
initialisms) and "the Council" in minutes are added once the named councils are known."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from graph.model import CouncilMention, Document
from loaders.councils import acronyms, publisher
from loaders.councils.choice import choose, reference_date
from loaders.councils.context import verdict
from loaders.councils.designation import Designation, designate
from loaders.councils.index import CouncilIndex, index_for
from loaders.councils.marks import Marks, Span, scan
from loaders.councils.matcher import NameMatch
from loaders.register_reader import Register

_LIST_JOIN = re.compile(r"(?:[ \t]*\([^()]{1,15}\))?[ \t]*(?:,|;|,?[ \t]+(?:and|AND|&)|&)[ \t]*$")
_ARRANGEMENT_CUE = re.compile(
    r"alliance|partnership|shared|sharing|joint|together|merger|combined authority", re.IGNORECASE
)
# a compass word before a name makes a different name ("West Norfolk" is not Norfolk); real
# council names with one ("North Kesteven") are matched whole, as the longer name
_COMPASS_WORDS = ("North", "South", "East", "West", "Central", "Mid", "Greater", "Upper", "Lower",
                  "Inner", "Outer", "Great", "Little")  # fmt: skip
_COMPASS_BEFORE = re.compile(rf"\b(?:{'|'.join(_COMPASS_WORDS)})[ \t]+$")
_INDEFINITE = re.compile(r"\b(?:a|an|another|each|every|any|other)\s+$", re.IGNORECASE)


# Candidate, NameMatch and Designation are built for every name the matcher finds, so not frozen
# (a frozen dataclass costs about five times as much to build); never changed once built.
@dataclass(slots=True)
class Candidate:
    match: NameMatch
    designation: Designation
    chain: int  # candidates joined by "and" / commas share a chain number


@dataclass(frozen=True, slots=True)
class Recognition:
    """The councils a document names, its publisher and the date names were read at. `areas`
    are county names used for the place ("Derbyshire councils"), kept for relation rules."""

    mentions: tuple[CouncilMention, ...]
    areas: tuple[CouncilMention, ...]
    publisher: str | None
    on: date | None


def recognise(document: Document, register: Register) -> Recognition:
    index = index_for(register)
    text = document.text
    candidates = _chain(
        text, [(m, designate(text, m.start, m.end)) for m in index.matcher.find(text)]
    )
    on = reference_date(document.date, _former_ends(index, candidates))
    marks = scan(text)
    mentions, areas = _judge(index, text, candidates, on, marks.surnames)
    mentions += _letters(index, text, mentions, marks)
    author = document.publisher or _publisher(index, document, mentions, on, marks)
    if author:
        mentions += _spans(marks.the_council, author, "publisher_reference")
    mentions += _descriptions(index, marks.described, mentions)
    return Recognition(tuple(_dedupe(mentions)), tuple(areas), author, on)


def _chain(text: str, names: list[tuple[NameMatch, Designation]]) -> list[Candidate]:
    """Number lists of names and give each the plural designation that ends the list
    ("Staffordshire and Worcester County Councils")."""
    chains: list[list[tuple[NameMatch, Designation]]] = []
    for match, designation in names:
        previous = chains[-1][-1][1] if chains else None
        joined = (
            previous is not None
            and not previous.plural
            and _LIST_JOIN.fullmatch(text, previous.end, designation.start)
        )
        if joined:
            chains[-1].append((match, designation))
        else:
            chains.append([(match, designation)])
    out: list[Candidate] = []
    for number, chain in enumerate(chains):
        last = chain[-1][1]
        for match, designation in chain:
            if last.plural and len(chain) > 1:
                kind = designation.kind or last.kind
                designation = Designation(designation.start, designation.end, kind, True, True)
            out.append(Candidate(match, designation, number))
    return out


def _former_ends(index: CouncilIndex, candidates: list[Candidate]) -> list[date]:
    ends = []
    for candidate in candidates:
        codes = candidate.match.entry.codes
        if len(codes) == 1:
            end = index.council(next(iter(codes))).end
            if end is not None and candidate.designation.designated:
                ends.append(end)
    return ends


def _judge(
    index: CouncilIndex,
    text: str,
    candidates: list[Candidate],
    on: date | None,
    surnames: frozenset[str],
) -> tuple[list[CouncilMention], list[CouncilMention]]:
    chain_sizes: dict[int, int] = {}
    for candidate in candidates:
        chain_sizes[candidate.chain] = chain_sizes.get(candidate.chain, 0) + 1
    mentions: list[CouncilMention] = []
    areas: list[CouncilMention] = []
    chain_place: set[int] = set()
    for candidate in candidates:
        match, designation = candidate.match, candidate.designation
        code = choose(index, match.entry.key, match.entry.codes, designation.kind, on)
        if code is None:
            continue
        listed = chain_sizes[candidate.chain] > 1
        rule = _accept(index, text, candidate, code, listed, surnames, chain_place)
        surface = text[designation.start : designation.end]
        mention = CouncilMention(code, designation.start, designation.end, surface, rule or "place")
        (areas if rule is None else mentions).append(mention)
    return mentions, areas


def _accept(
    index: CouncilIndex,
    text: str,
    candidate: Candidate,
    code: str,
    listed: bool,
    surnames: frozenset[str],
    chain_place: set[int],
) -> str | None:
    """The rule that makes this candidate a council mention, or None for a place."""
    match, designation = candidate.match, candidate.designation
    if designation.plural and not listed:
        return None  # "Derbyshire councils": councils in a place
    if match.entry.titled_only and not designation.designated:
        return None
    # the words before must end in a compass word: a cheap test that spares most names the search
    window = max(0, match.start - 10)
    compass = text[window : match.start].rstrip().endswith(_COMPASS_WORDS)
    if compass and _COMPASS_BEFORE.search(text, window, match.start):
        return None
    if designation.designated or match.entry.designated:
        if _INDEFINITE.search(text, max(0, designation.start - 10), designation.start):
            return None  # "a Norfolk district council"
        return (
            "coordinated_name"
            if listed and designation.plural
            else ("name" if match.entry.designated else "designated_name")
        )
    if candidate.chain in chain_place:
        return None
    judged = verdict(text, match.start, match.end, surnames)
    place_like = code in index.place_like
    cue = listed and judged != "council" and _ARRANGEMENT_CUE.search(_line(text, match.start))
    if cue and not place_like:
        return "listed_name"  # "in Adur and Worthing, where a partnership runs"
    if judged == "place":
        chain_place.add(candidate.chain)
        return None
    # a county's name before an arrangement names its area ("Kent Joint Archives Committee")
    if judged in ("neutral", "party") and place_like:
        return None
    return "bare_name"


def _line(text: str, offset: int) -> str:
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return text[start : end if end >= 0 else len(text)]


def _letters(
    index: CouncilIndex, text: str, mentions: list[CouncilMention], marks: Marks
) -> list[CouncilMention]:
    if not marks.letters:
        return []  # no token in capitals to read
    named = [acronyms.Named(m.start, m.end, m.council, m.surface) for m in mentions]
    defined = acronyms.defined_abbreviations(text, named)
    initials = {m.council: index.initials.get(m.council, frozenset()) for m in mentions}
    return [
        CouncilMention(letter.code, letter.start, letter.end, letter.surface, letter.rule)
        for letter in acronyms.find_letters(marks.letters, defined, initials)
    ]


def _publisher(
    index: CouncilIndex,
    document: Document,
    mentions: list[CouncilMention],
    on: date | None,
    marks: Marks,
) -> str | None:
    if document.url:
        by_host = publisher.from_url(index, document.url, on)
        if by_host:
            return by_host
    spans = sorted((m.start, m.end, m.council) for m in mentions)
    by_heading = publisher.from_heading(document.text, spans)
    if by_heading or document.url or not marks.the_council:
        # minutes and reports call their author "the Council"; a text at an address that is
        # not a council's is read from its heading only
        return by_heading
    return publisher.from_content(document.text, spans)


def _spans(spans: tuple[Span, ...], code: str, rule: str) -> list[CouncilMention]:
    return [CouncilMention(code, start, end, surface, rule) for start, end, surface in spans]


def _descriptions(
    index: CouncilIndex, described: tuple[Span, ...], mentions: list[CouncilMention]
) -> list[CouncilMention]:
    """ "the city council", "the county council": the council of that kind named last before,
    else the only one of that kind the text names, else (for a county) the county all the
    named districts lie in."""
    found = []
    ordered = sorted(mentions, key=lambda m: m.start)
    for start, end, surface in described:
        kind = surface.split()[1].lower()
        fitting = [m.council for m in ordered if _is_kind(index, m.council, kind)]
        before = [m.council for m in ordered if m.start < start and m.council in fitting]
        code = before[-1] if before else (fitting[0] if len(set(fitting)) == 1 else None)
        if code is None and kind == "county":
            code = _county(index, mentions)
        if code is not None:
            found.append(CouncilMention(code, start, end, surface, "description"))
    return found


def _is_kind(index: CouncilIndex, code: str, kind: str) -> bool:
    council = index.council(code)
    if kind == "county":
        return council.type == "county"
    if council.type in ("county", "combined_authority", "regional_authority"):
        return False
    return kind in council.name.lower() or (kind == "borough" and council.type == "london_borough")


def _county(index: CouncilIndex, mentions: list[CouncilMention]) -> str | None:
    """The county all the named districts lie in, if they all lie in one."""
    counties = {index.council(m.council).county for m in mentions}
    counties.discard(None)
    county = next(iter(counties)) if len(counties) == 1 else None
    return county if county in index.register.councils else None


def _dedupe(mentions: list[CouncilMention]) -> list[CouncilMention]:
    """Sorted by position; a mention inside an earlier, longer one is dropped."""
    out: list[CouncilMention] = []
    for mention in sorted(mentions, key=lambda m: (m.start, -m.end)):
        if out and mention.start < out[-1].end:
            continue
        out.append(mention)
    return out
