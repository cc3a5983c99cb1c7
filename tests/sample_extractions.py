"""Two tiny hand-written documents, and what an extractor would take from them.

Both describe the same (invented) alliance between Babergh and Mid Suffolk, under two names,
so the graph must hold it as one partnership with evidence from each document.
"""

from __future__ import annotations

from datetime import date

from graph.model import (
    CouncilMention,
    Document,
    Evidence,
    Extraction,
    Partnership,
    PersonRole,
    Saving,
    SharedPost,
)

AGREEMENT_TEXT = (
    "Cabinet report. Babergh and Mid Suffolk agreed to form a strategic alliance from July 2020. "
    "The two councils will share one chief executive, Pat Example. "
    "Shared planning is expected to save 250,000 pounds per year. "
    "Cllr Sam Sample, Leader of Babergh, welcomed the decision."
)
UPDATE_TEXT = (
    "News. The Babergh & Mid Suffolk alliance is now running. "
    "East Suffolk declined an invitation to join it. "
    "Sam Sample, the Babergh leader, said it was working well."
)


def _evidence(document: Document, quote: str, rule: str, confidence: float = 0.9) -> Evidence:
    start = document.text.index(quote)
    return Evidence(document.id, start, start + len(quote), quote, rule, confidence)


def _mentions(document: Document, names: dict[str, str]) -> tuple[CouncilMention, ...]:
    found = []
    for surface, code in names.items():
        start = document.text.index(surface)
        found.append(CouncilMention(code, start, start + len(surface), surface, "test.name"))
    return tuple(found)


def agreement() -> Extraction:
    """A council's own report: alliance agreed, a shared chief executive, a saving, a leader."""
    doc = Document(
        id="doc-agreement",
        name="agreement.txt",
        text=AGREEMENT_TEXT,
        format="txt",
        title="Strategic alliance report",
        url="https://example.org/agreement",
        date=date(2019, 5, 1),
        publisher="BAB",
    )
    alliance = _evidence(
        doc, "Babergh and Mid Suffolk agreed to form a strategic alliance", "alliance"
    )
    return Extraction(
        document=doc,
        mentions=_mentions(doc, {"Babergh": "BAB", "Mid Suffolk": "MSU"}),
        partnerships=(
            Partnership(
                name="Babergh and Mid Suffolk Partnership",
                kind="strategic_alliance",
                members=("BAB", "MSU"),
                status="agreed",
                evidence=(alliance,),
                start="2020-07",
                services=("Planning",),
                savings=(
                    Saving(
                        250_000,
                        "per year",
                        _evidence(doc, "save 250,000 pounds per year", "saving"),
                    ),
                ),
            ),
        ),
        shared_posts=(
            SharedPost(
                post="chief_executive",
                councils=("MSU", "BAB"),
                status="agreed",
                evidence=(_evidence(doc, "share one chief executive, Pat Example", "shared_post"),),
                person="Pat Example",
                start="2020-07",
            ),
        ),
        people=(
            PersonRole(
                "Cllr Sam Sample",
                "leader",
                "BAB",
                (_evidence(doc, "Cllr Sam Sample, Leader of Babergh", "person"),),
            ),
        ),
    )


def update() -> Extraction:
    """A press story naming the same alliance differently, now active, with a council declining
    (named by its GSS code) and the same leader without the title."""
    doc = Document(
        id="doc-update", name="update.txt", text=UPDATE_TEXT, format="txt", date=date(2021, 3, 1)
    )
    return Extraction(
        document=doc,
        mentions=_mentions(doc, {"Babergh": "BAB", "Mid Suffolk": "MSU", "East Suffolk": "ESK"}),
        partnerships=(
            Partnership(
                name="Babergh & Mid Suffolk alliance",
                kind="strategic_alliance",
                members=("MSU", "BAB"),
                status="active",
                declined=("E07000244",),
                evidence=(
                    _evidence(doc, "The Babergh & Mid Suffolk alliance is now running", "alliance"),
                    _evidence(
                        doc, "East Suffolk declined an invitation to join it", "declined", 0.8
                    ),
                ),
            ),
        ),
        people=(
            PersonRole(
                "Sam Sample",
                "leader",
                "BAB",
                (_evidence(doc, "Sam Sample, the Babergh leader", "person"),),
            ),
        ),
    )
