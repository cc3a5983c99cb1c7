"""A local newspaper story and a council's own news release: a headline, a lede, quotes from
leaders, background, and the odd line of unrelated council news."""

from __future__ import annotations

from bench.synthetic import content, distractors, filler
from bench.synthetic.arrangements import Arrangement
from bench.synthetic.document import Document
from bench.synthetic.templates_partnership import PRESS_CONTEXT
from bench.synthetic.textforms import long_date, slug
from bench.synthetic.vocabulary import NEWSPAPER_STEMS, TRADE_TITLES
from bench.synthetic.voices import byline, member_of_parliament

MP_QUOTES = (
    "Residents want good services and value for money, whoever delivers them.",
    "I will be watching closely to make sure local people do not lose out.",
)
RELEASE_ENDS = (
    "ENDS",
    "Notes to editors: for further information contact the communications team.",
    "For media enquiries please contact the press office.",
)


def press(doc: Document, primary: Arrangement, others: list[Arrangement]) -> tuple[str, str]:
    """A newspaper story (publisher null) about `primary`."""
    paper, site = _newspaper(doc)
    headline = content.headline(doc, primary)
    paragraphs = _story(doc, primary, others)
    constituencies = [doc.info(c).stem for c in doc.gold.councils if doc.info(c).bare_ok]
    if constituencies and doc.rng.random() < 0.3:
        place = doc.rng.choice(constituencies)  # a constituency: a place, not the council
        paragraphs.append(member_of_parliament(doc, place, doc.rng.choice(MP_QUOTES)))
    lines = [headline, "", *_interleave(paragraphs), "", byline(doc)]
    if doc.rng.random() < 0.4:
        lines.append(f"Copyright {doc.day.year} {paper}")
    source = f"https://www.{site}/news/{doc.rng.randint(1_000_000, 19_999_999)}.{slug(headline)}/"
    return source, "\n".join(lines)


def release(doc: Document, primary: Arrangement, others: list[Arrangement]) -> tuple[str, str]:
    """A council's own news release (publisher = the council)."""
    pub = doc.publisher or ""
    headline = content.headline(doc, primary)
    lines = [f"{doc.council(pub, first=doc.info(pub).official)} - News", "", headline, ""]
    lines.append(f"Published: {long_date(doc.day)}")
    lines += ["", *_interleave(_story(doc, primary, others)), "", doc.rng.choice(RELEASE_ENDS)]
    site = slug(doc.info(pub).stem).replace("-", "")
    source = f"https://www.{site}.gov.uk/news/article/{doc.rng.randint(100, 9999)}/{slug(headline)}"
    return source, "\n".join(lines)


def _story(doc: Document, primary: Arrangement, others: list[Arrangement]) -> list[str]:
    focus = doc.publisher or primary.current(doc.day)[0]
    paragraphs = content.describe(doc, primary, focus, extra=0.8)
    paragraphs += content.background(doc, primary, doc.rng.randint(1, 3))
    speakers = 1 if doc.publisher else doc.rng.randint(1, 2)
    paragraphs += content.quotes(doc, primary, speakers)
    if doc.rng.random() < 0.5:
        paragraphs += content.restate(doc, primary, focus)
    paragraphs += [m for m in (content.mention(doc, a, focus) for a in others) if m]
    context = [*PRESS_CONTEXT["any"], *PRESS_CONTEXT[primary.phase(doc.day)]]
    paragraphs += doc.rng.sample(context, doc.rng.randint(1, 2))
    paragraphs += _distractors(doc, focus)
    if doc.rng.random() < 0.6:
        paragraphs.append(_aside(doc))
    return _padded(doc, primary, paragraphs, context)


def _padded(
    doc: Document, primary: Arrangement, paragraphs: list[str], context: list[str]
) -> list[str]:
    """Short stories get more context, as real ones do, up to about 1.4 KB."""
    extra = [*content.background(doc, primary, 4), *context]
    doc.rng.shuffle(extra)
    while sum(len(p) for p in paragraphs) < 1400 and extra:
        candidate = extra.pop()
        if candidate not in paragraphs:
            paragraphs.insert(len(paragraphs) - 1, candidate)
    return paragraphs


def _aside(doc: Document) -> str:
    """A line of unrelated council news; in a newspaper it follows "Separately"."""
    line = filler.press_line(doc)
    if doc.publisher:
        return line
    opening = doc.rng.choice(("Separately", "Elsewhere", "In other news"))
    return f"{opening}, {line[0].lower()}{line[1:]}"


def _distractors(doc: Document, lead: str) -> list[str]:
    out = []
    if doc.info(lead).klass != "combined" and doc.rng.random() < 0.6:
        kind = doc.rng.choice(("talks", "speculation", "considering"))
        out.append(distractors.paired(doc, kind, lead) or distractors.national(doc))
    if doc.rng.random() < 0.5:
        out.append(distractors.place(doc))
    if doc.rng.random() < 0.4:
        out.append(distractors.national(doc))
    return out


def _interleave(paragraphs: list[str]) -> list[str]:
    """Paragraphs separated by blank lines, as newspapers print them."""
    out: list[str] = []
    for paragraph in paragraphs:
        out += [paragraph, ""]
    return out[:-1]


def _newspaper(doc: Document) -> tuple[str, str]:
    """A local paper named after a place near the story, or a trade title."""
    if doc.rng.random() < 0.25:
        return doc.rng.choice(TRADE_TITLES)
    place = distractors.place_name(doc)[0].removeprefix("the ")
    name = f"{place} {doc.rng.choice(NEWSPAPER_STEMS)}"
    return name, f"{slug(name).replace('-', '')}.co.uk"
