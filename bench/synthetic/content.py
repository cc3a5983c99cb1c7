"""What a document says about an arrangement, whatever the document's form: a paragraph of
facts (or of talks, before any proposal), resolutions, an agenda title, a headline, quotes."""

from __future__ import annotations

from dataclasses import dataclass

from bench.synthetic import templates_partnership as partnership
from bench.synthetic import templates_shared_ce as shared_ce
from bench.synthetic.arrangements import SHARED_CE, SHARED_S151, Arrangement
from bench.synthetic.document import Document
from bench.synthetic.statement import Statement
from bench.synthetic.voices import says

SHARED_FINANCE_OFFICER = (
    "{person_s151}, who is Section 151 Officer for both {members}, presented the report.",
    "The Chief Finance Officer, {person_s151}, is shared between {members}, although each "
    "council keeps its own chief executive.",
    "{members} share a Section 151 Officer, {person_s151}, but not a chief executive.",
    "The Section 151 Officer post is shared with {partners}; the postholder is {person_s151}.",
)


@dataclass(frozen=True, slots=True)
class Phrasebook:
    talks: tuple[str, ...]
    prose: dict[str, tuple[str, ...]]
    details: dict[str, tuple[str, ...]]  # by phase
    resolutions: dict[str, tuple[str, ...]]
    titles: dict[str, tuple[str, ...]]
    headlines: dict[str, tuple[str, ...]]
    quotes: dict[str, tuple[str, ...]]
    declined: tuple[str, ...]
    left: tuple[str, ...]
    background: dict[str, tuple[str, ...]]


SHARED_CE_BOOK = Phrasebook(
    shared_ce.TALKS, shared_ce.PROSE, shared_ce.DETAILS, shared_ce.RESOLUTIONS, shared_ce.TITLES,
    shared_ce.HEADLINES, shared_ce.QUOTES, shared_ce.DECLINED, shared_ce.DECLINED,
    shared_ce.BACKGROUND,
)  # fmt: skip


def phrasebook(arr: Arrangement) -> Phrasebook:
    if arr.kind == SHARED_CE:
        return SHARED_CE_BOOK
    prose = partnership.NETWORK if arr.kind == "network" else partnership.PROSE
    details = partnership.DETAILS[arr.kind]
    return Phrasebook(
        partnership.TALKS, prose, {phase: details for phase in prose}, partnership.RESOLUTIONS,
        partnership.TITLES, partnership.HEADLINES, partnership.QUOTES, partnership.DECLINED,
        partnership.LEFT, partnership.BACKGROUND_BY_KIND.get(arr.kind, partnership.BACKGROUND),
    )  # fmt: skip


def statement(doc: Document, arr: Arrangement, focus: str | None) -> Statement:
    return Statement(doc, arr, focus)


def describe(doc: Document, arr: Arrangement, focus: str | None, extra: float = 0.6) -> list[str]:
    """Sentences stating where `arr` stands on the document's day (or the talks, before it
    is proposed), with a detail and any council that declined or left."""
    st = statement(doc, arr, focus)
    book = phrasebook(arr)
    if st.phase == "talks":
        return [st.text(book.talks)]
    sentences = [st.fact(book.prose[st.phase])]
    details = book.details.get(st.phase, ())
    if details and doc.rng.random() < extra:
        sentences.append(st.fact(details))
    for exit_ in arr.exited(doc.day):
        if doc.rng.random() < 0.75:
            templates = book.declined if exit_.how == "declined" else book.left
            sentences.append(st.fact(templates))
    return sentences


def restate(doc: Document, arr: Arrangement, focus: str | None) -> list[str]:
    """The arrangement stated once more in other words (newspapers repeat the news)."""
    st = statement(doc, arr, focus)
    return [] if st.phase == "talks" else [st.fact(phrasebook(arr).prose[st.phase])]


def background(doc: Document, arr: Arrangement, count: int) -> list[str]:
    """Up to `count` sentences of context that state no fact and name no council."""
    st = statement(doc, arr, None)
    pool = phrasebook(arr).background[st.phase]
    sentences = [st.text((t,)) for t in doc.rng.sample(pool, min(count, len(pool)))]
    if doc.publisher is None:  # "the Council" is how a council writes of itself
        sentences = [s.replace("The Council", "The council") for s in sentences]
        sentences = [s.replace("the Council", "the council") for s in sentences]
    return sentences


def mention(doc: Document, arr: Arrangement, focus: str | None) -> str | None:
    """One sentence about a further arrangement the document touches on."""
    if arr.kind == SHARED_S151:
        st = statement(doc, arr, focus)
        return st.fact(SHARED_FINANCE_OFFICER) if st.phase == "active" else None
    st = statement(doc, arr, focus)
    if st.phase == "talks":
        return None
    return st.fact(phrasebook(arr).prose[st.phase])


def resolutions(doc: Document, arr: Arrangement, focus: str | None) -> list[str]:
    st = statement(doc, arr, focus)
    if st.phase == "talks":
        return ["That the update on discussions with neighbouring councils be noted."]
    return st.facts(phrasebook(arr).resolutions[st.phase], doc.rng.randint(1, 2))


def title(doc: Document, arr: Arrangement) -> str:
    st = statement(doc, arr, None)
    return st.text(phrasebook(arr).titles[st.phase])


def headline(doc: Document, arr: Arrangement) -> str:
    st = statement(doc, arr, None)
    return st.text(phrasebook(arr).headlines[st.phase])


def quotes(doc: Document, arr: Arrangement, speakers: int) -> list[str]:
    """Leaders of up to `speakers` members quoted; sometimes an opposition leader too."""
    st = statement(doc, arr, None)
    book = phrasebook(arr).quotes[st.phase]
    chosen = doc.rng.sample(book, min(speakers, len(book)))
    lines = []
    for code, quote in zip(st.current, chosen, strict=False):
        role = doc.rng.choice(("leader", "leader", "chief_executive"))
        line = says(doc, code, role, st.text((quote,)))
        if line:
            lines.append(line)
    if st.phase in ("proposed", "agreed") and doc.rng.random() < 0.4:
        line = says(doc, st.current[0], "opposition_leader", doc.rng.choice(shared_ce.OPPOSITION))
        if line:
            lines.append(line)
    return lines
