"""Minutes of a council meeting in the ModernGov manner: the council's name, "Minutes of the
meeting of ... held on ...", who was present, numbered items, "RESOLVED that (1) ..."."""

from __future__ import annotations

from bench.synthetic import content, distractors, filler
from bench.synthetic.arrangements import Arrangement
from bench.synthetic.document import Document
from bench.synthetic.layout_parts import (
    attendance,
    discussion,
    joint_attendance,
    meeting_body,
    meeting_times,
    presenter,
    resolved,
)
from bench.synthetic.textforms import meeting_date, slug
from bench.synthetic.vocabulary import VENUES

HEADINGS = (
    "Minutes of the meeting of the {body} held on {date} at {time}",
    "MINUTES of a meeting of the {body} held in {venue} on {date} at {time}",
    "Minutes of a meeting of {body} held at {venue} on {date} commencing at {time}",
    "{body}\nMinutes of the meeting held on {date}",
)
HOSTS = (
    "https://moderngov.{site}.gov.uk/ieListDocuments.aspx?CId={cid}&MId={mid}",
    "https://democracy.{site}.gov.uk/ieListDocuments.aspx?CId={cid}&MId={mid}&Ver=4",
    "https://{site}.moderngov.co.uk/mgAi.aspx?ID={mid}",
    "https://committees.{site}.gov.uk/ieIssueDetails.aspx?IId={mid}&Opt=3",
)


def minutes(
    doc: Document, primary: Arrangement | None, others: list[Arrangement]
) -> tuple[str, str]:
    """The source address and text of a set of minutes."""
    pub = doc.publisher or ""
    joint = (
        primary is not None
        and primary.kind == "joint_committee"
        and primary.phase(doc.day) == "active"
        and doc.rng.random() < 0.6
    )
    body = primary.name if joint and primary else meeting_body(doc, primary)
    opened, closed = meeting_times(doc.rng)
    lines = [doc.council(pub, first=doc.info(pub).official), "", _heading(doc, body, opened)]
    lines += ["", *(joint_attendance(doc, primary) if joint and primary else attendance(doc, body))]
    number = doc.rng.randint(1, 140)
    items = [(title, [text]) for title, text in filler.opening(doc)]
    if primary is not None:
        items.append(_relationship_item(doc, primary, others))
    for topic in filler.topics(doc, doc.rng.randint(1, 3)):
        title, paragraphs, resolutions = filler.item(doc, topic)
        items.append((title, [*paragraphs, resolved(doc, resolutions)]))
    for i, (title, paragraphs) in enumerate(items):
        lines += ["", _item_title(doc, number + i, title), "", "\n\n".join(paragraphs)]
    lines += ["", f"The meeting closed at {closed}.", "", "Chair"]
    return _source(doc), "\n".join(lines)


def _heading(doc: Document, body: str, opened: str) -> str:
    template = doc.rng.choice(HEADINGS)
    return template.format(
        body=body,
        date=meeting_date(doc.day, doc.rng),
        time=opened,
        venue=doc.rng.choice(VENUES),
    )


def _item_title(doc: Document, number: int, title: str) -> str:
    style = doc.rng.randrange(3)
    if style == 0:
        return f"{number}. {title.upper()}"
    return f"{number} {title}" if style == 1 else f"Minute {number} - {title}"


def _relationship_item(
    doc: Document, primary: Arrangement, others: list[Arrangement]
) -> tuple[str, list[str]]:
    pub = doc.publisher
    title = content.title(doc, primary)
    paragraphs = [presenter(doc, title), " ".join(content.background(doc, primary, 2))]
    paragraphs.append(" ".join(content.describe(doc, primary, pub)))
    mentions = [content.mention(doc, arr, pub) for arr in others]
    if any(mentions):
        paragraphs.append(" ".join(m for m in mentions if m))
    paragraphs += discussion(doc)
    paragraphs += [d for d in _distractors(doc) if d]
    paragraphs.append(resolved(doc, content.resolutions(doc, primary, pub)))
    return title, paragraphs


def _distractors(doc: Document) -> list[str | None]:
    pub = doc.publisher or ""
    kinds = doc.rng.sample(("talks", "feasibility", "considering", "place", "national"), 2)
    out: list[str | None] = []
    for kind in kinds:
        if kind == "place":
            out.append(distractors.place(doc))
        elif kind == "national":
            out.append(distractors.national(doc))
        else:
            out.append(distractors.paired(doc, kind, pub))
    return out


def _source(doc: Document) -> str:
    site = slug(doc.info(doc.publisher or "").stem).replace("-", "")
    return doc.rng.choice(HOSTS).format(
        site=site, cid=doc.rng.randint(100, 1500), mid=doc.rng.randint(1000, 99999)
    )
