"""A committee report: the council, the meeting it goes to, numbered sections (purpose,
recommendations, background, options, financial and legal implications), a contact officer."""

from __future__ import annotations

from bench.synthetic import content, distractors, filler
from bench.synthetic.arrangements import SHARED_CE, Arrangement
from bench.synthetic.document import Document
from bench.synthetic.layout_parts import meeting_body
from bench.synthetic.textforms import meeting_date, money, slug

LEGAL = {
    SHARED_CE: (
        "Section 113 of the Local Government Act 1972 allows a council to place its officers "
        "at the disposal of another council, and is the basis for sharing senior staff.",
        "The Head of Paid Service must be designated under section 4 of the Local Government and "
        "Housing Act 1989; each council must make its own designation.",
    ),
    "joint_committee": (
        "Councils may discharge functions jointly through a joint committee under {basis}.",
    ),
}
GENERAL_LEGAL = (
    "The Monitoring Officer has been consulted and is satisfied that the proposals are within "
    "the Council's powers.",
    "An inter-authority agreement will set out each council's responsibilities, the sharing of "
    "costs and the arrangements for withdrawal.",
)
RISKS = (
    "The main risks are a loss of focus during the transition and the capacity of senior staff; "
    "both are addressed in the implementation plan.",
    "There is a risk that the expected savings are not achieved in full. Progress will be "
    "reported to members quarterly.",
)
EQUALITY = (
    "An equality impact assessment has been completed and no adverse impacts were identified.",
    "There are no direct equality implications arising from this report.",
)
OPTIONS = (
    "Option 1: do nothing. This would leave the Council exposed to the financial pressures "
    "described above and is not recommended.",
    "Option 2: continue with the current arrangements but seek savings elsewhere. This would "
    "require reductions in front-line services.",
    "Option 3: the arrangement set out in this report, which offers the best balance of savings "
    "and resilience and is recommended.",
    "Option 4: outsource the work to a private provider. Soft market testing suggested that "
    "this would cost more over five years.",
)
CONSULTATION = (
    "Group leaders have been briefed and the proposals were considered by the Overview and "
    "Scrutiny Committee, whose comments are set out in Appendix C.",
    "Staff and trade unions have been kept informed throughout, and formal consultation will "
    "follow the decision.",
    "The proposals have been discussed with the relevant portfolio holders.",
)
SITES = ("https://moderngov.{site}.gov.uk/documents/s{num}/{file}.pdf",
         "https://democracy.{site}.gov.uk/documents/s{num}/{file}.pdf")  # fmt: skip


def report(
    doc: Document, primary: Arrangement | None, others: list[Arrangement]
) -> tuple[str, str]:
    pub = doc.publisher or ""
    lines = [doc.council(pub, first=doc.info(pub).official), ""]
    if primary is None:
        title, paragraphs, resolutions = filler.item(doc, filler.topics(doc, 1)[0])
        sections = _business_sections(doc, paragraphs, resolutions)
    else:
        title = content.title(doc, primary)
        sections = _sections(doc, primary, others)
    lines += _front(doc, primary, title)
    for number, (heading, paragraphs) in enumerate(sections, 1):
        lines += ["", f"{number}. {heading.upper()}"]
        lines += [f"{number}.{i} {p}" for i, p in enumerate(paragraphs, 1)]
    lines += ["", *_contact(doc)]
    return _source(doc, title), "\n".join(lines)


def _front(doc: Document, primary: Arrangement | None, title: str) -> list[str]:
    return [
        f"Report to: {meeting_body(doc, primary)}",
        f"Date of meeting: {meeting_date(doc.day, doc.rng)}",
        f"Report of: {doc.rng.choice(('Chief Executive', 'Director of Resources'))}",
        f"Subject: {title}",
        "Wards affected: All",
        f"Key decision: {doc.rng.choice(('Yes', 'No'))}",
    ]


def _sections(doc: Document, primary: Arrangement, others: list[Arrangement]) -> list:
    pub = doc.publisher
    background = content.describe(doc, primary, pub, extra=0.9)
    background += [m for m in (content.mention(doc, a, pub) for a in others) if m]
    background += content.background(doc, primary, 3)
    background += [s for s in _distractors(doc) if s]
    return [
        ("Purpose of the report", [background[0]]),
        ("Recommendations", content.resolutions(doc, primary, pub)),
        ("Background", background[1:] or [doc.rng.choice(RISKS)]),
        ("Options considered", doc.rng.sample(OPTIONS, 2)),
        ("Consultation", [doc.rng.choice(CONSULTATION)]),
        ("Financial implications", [_finance(doc)]),
        ("Legal implications", _legal(doc, primary)),
        ("Risk assessment", [doc.rng.choice(RISKS)]),
        ("Equality impact", [doc.rng.choice(EQUALITY)]),
    ]


def _distractors(doc: Document) -> list[str | None]:
    pub = doc.publisher or ""
    kind = doc.rng.choice(("feasibility", "considering", "speculation"))
    return [distractors.paired(doc, kind, pub), distractors.place(doc)]


def _finance(doc: Document) -> str:
    saving = money(doc.rng, 50_000, 800_000)
    cost = money(doc.rng, 20_000, 300_000)
    return (
        f"The estimated annual saving to the Council is {saving}, against one-off "
        f"implementation costs of {cost}, which will be met from the transformation reserve."
    )


def _legal(doc: Document, primary: Arrangement) -> list[str]:
    specific = [t.format(basis=primary.legal_basis) for t in LEGAL.get(primary.kind, ())]
    return [*specific, doc.rng.choice(GENERAL_LEGAL)]


def _business_sections(doc: Document, paragraphs: list[str], resolutions: list[str]) -> list:
    return [
        ("Purpose of the report", paragraphs[:1]),
        ("Recommendations", resolutions),
        ("Background", paragraphs[1:] + [distractors.place(doc)]),
        ("Financial implications", [_finance(doc)]),
        ("Equality impact", [doc.rng.choice(EQUALITY)]),
    ]


def _contact(doc: Document) -> list[str]:
    pub = doc.publisher or ""
    post = doc.rng.choice(doc.world.posts.director_posts(pub))
    name = doc.holder(pub, post)
    if not name:
        return ["Background papers: none."]
    who = doc.person(name, "director", pub)
    email = f"{slug(name).replace('-', '.')}@{slug(doc.info(pub).stem).replace('-', '')}.gov.uk"
    return [f"Contact officer: {who}, {post}", f"Email: {email}", "Background papers: none."]


def _source(doc: Document, title: str) -> str:
    site = slug(doc.info(doc.publisher or "").stem).replace("-", "")
    num = doc.rng.randint(10000, 199999)
    return doc.rng.choice(SITES).format(site=site, num=num, file=slug(title)[:60])
