"""Where an arrangement stands (proposed, agreed, active, ended) and when it started, read from
the sentence that states it: "resolved", "signed" and "finalised" agree; "already", "since 2009"
and "in place" say it is running; "served notice" and "bringing an end to" end it, unless only
"some" services go; "proposed", "plans to" and "consultation" put it forward."""

from __future__ import annotations

import re

from graph.model import Status

_ENDED = re.compile(
    r"\b(?:bring(?:s|ing)?\s+(?:an?\s+|and\s+)?end\s+to|bringing\s+to\s+an\s+end|due\s+to\s+end"
    r"|come\s+to\s+an\s+end|end(?:ed|ing)?\s+(?:the|its|their)\s|serv(?:e|ed|es|ing)\s+notice"
    r"|dissolv\w+|terminat\w+|disband\w*|scrapp(?:ed|ing)|wound\s+up|wind(?:ing)?\s+up"
    r"|pull(?:ed|ing|s)?\s+out|withdr[ae]w\w*|split|break[\s\-]?up|broke\s+up|cease[ds]?|ceasing"
    r"|stop(?:ped|s)?\s+sharing|no\s+longer)\b",
    re.IGNORECASE,
)
_PARTIAL = re.compile(r"\b(?:some|partly|partially|parts\s+of)\b", re.IGNORECASE)
_ACTIVE = re.compile(
    r"\b(?:already|since\s+(?:19|20)\d\d|in\s+place|operat(?:e|es|ed|ing)|currently|existing"
    r"|ha(?:ve|s)\s+been\s+(?:sharing|working|in|operating|running)|have\s+(?:also\s+)?shared|has\s+shared|continues?|ongoing"
    r"|sees|met\s+formally|for\s+the\s+past|over\s+the\s+past|successfully)\b",
    re.IGNORECASE,
)
_AGREED = re.compile(
    r"\b(?:RESOLVED|[Rr]esolved|agreed|approved|signed|finalised|finalized|confirmed|announced"
    r"|becomes?\s+a\s+(?:full\s+)?member|joined|voted\s+(?:to|for|through)|formed|will\s+work"
    r"\s+together|established|decided\s+to)\b"
)
# put forward for a decision: outranks the present tense of "have been put to consultation"
_PROPOSED = re.compile(
    r"\b(?:propos(?:e|ed|es|al|als)|plan(?:s|ned|ning)?\s+to|recommend\w*|consultation"
    r"|set\s+to|to\s+be\s+(?:formally\s+)?considered|yet\s+to\s+be|subject\s+to)\b",
    re.IGNORECASE,
)
_INTENDED = re.compile(r"\b(?:intention|intends?|would\s+see|go-ahead|plans\s+for)\b", re.I)


def status_of(text: str, resolution: bool = False) -> Status | None:
    """The status a sentence states, if any. `resolution` marks an item of a resolution."""
    if _ENDED.search(text):
        return "active" if _PARTIAL.search(text) else "ended"
    if _PROPOSED.search(text) and not _AGREED.search(text) and not resolution:
        return "proposed"
    if _ACTIVE.search(text):
        return "active"
    if _AGREED.search(text) or resolution:
        return "agreed"
    if _PROPOSED.search(text) or _INTENDED.search(text):
        return "proposed"
    return None


_RANK: dict[Status, int] = {"declined": 0, "proposed": 1, "agreed": 2, "active": 3, "ended": 4}


def later(first: Status | None, second: Status | None) -> Status | None:
    """The further-on of two statuses: an arrangement agreed in one sentence and running in
    another is active."""
    if first is None or second is None:
        return first or second
    return first if _RANK[first] >= _RANK[second] else second
