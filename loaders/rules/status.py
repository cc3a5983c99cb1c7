"""Where an arrangement stands (proposed, agreed, active, ended) and when it started, read from
the sentence that states it: "resolved", "signed" and "finalised" agree; "already", "since 2009"
and "in place" say it is running; "served notice" and "bringing an end to" end it, unless only
"some" services go; "proposed", "plans to" and "consultation" put it forward."""

from __future__ import annotations

import re

from graph.model import Status

# all run over the lower-cased sentence in one pass; the group that matched names the signal
# (a word start written as look-around, which sre scans for faster than \b)
_SIGNALS = re.compile(
    r"(?<![a-z])(?=[a-z])(?:(?P<ended>(?:is|are)\s+to\s+end|will\s+end|to\s+be\s+(?:scrapped|ended|dissolved)|bring(?:s|ing)?\s+(?:an?\s+|and\s+)?end\s+to|bringing\s+to\s+an\s+end"
    r"|due\s+to\s+end|come\s+to\s+an\s+end|end(?:ed|ing)?\s+(?:the|its|their)\s"
    r"|serv(?:e|ed|es|ing)\s+notice|dissolv\w+|terminat\w+|disband\w*|scrapp(?:ed|ing)"
    r"|wound\s+up|wind(?:ing)?\s+up|pull(?:ed|ing|s)?\s+out|withdr[ae]w\w*|split"
    r"|break[\s\-]?up|broke\s+up|cease[ds]?|ceasing|stop(?:ped|s)?\s+sharing|no\s+longer)"
    r"|(?P<partial>some|partly|partially|parts\s+of)"
    r"|(?P<active>already|since\s+(?:19|20)\d\d|in\s+place|operat(?:e|es|ed|ing)|currently"
    r"|existing|ha(?:ve|s)\s+been\s+(?:sharing|working|in|operating|running)"
    r"|ha(?:ve|s)\s+(?:also\s+)?shared|continues?|ongoing|sees|met\s+formally"
    r"|(?:for|over)\s+the\s+past|successfully)"
    r"|(?P<agreed>resolved|agreed|approved|signed|finali[sz]ed|confirmed|announced"
    r"|becomes?\s+a\s+(?:full\s+)?member|joined|voted\s+(?:to|for|through)|formed"
    r"|will\s+work\s+together|established|decided\s+to)"
    # put forward for a decision: outranks "have been put out to consultation"
    r"|(?P<proposed>propos(?:e|ed|es|al|als)|plan(?:s|ned|ning)?\s+to|recommend\w*"
    r"|consultation|set\s+to|to\s+be\s+(?:formally\s+)?considered|yet\s+to\s+be"
    r"|subject\s+to)"
    r"|(?P<intended>intention|intends?|would\s+see|go-ahead|plans\s+for))\b"
)


def status_of(lower: str, resolution: bool = False) -> Status | None:
    """The status a lower-cased sentence states, if any. `resolution` marks an item of a
    resolution ("RESOLVED that ... (2) ...")."""
    found = {match.lastgroup for match in _SIGNALS.finditer(lower)}
    if "ended" in found:
        return "active" if "partial" in found else "ended"
    if "proposed" in found and "agreed" not in found and not resolution:
        return "proposed"
    if "active" in found:
        return "active"
    if "agreed" in found or resolution:
        return "agreed"
    if "proposed" in found or "intended" in found:
        return "proposed"
    return None


_RANK: dict[Status, int] = {"declined": 0, "proposed": 1, "agreed": 2, "active": 3, "ended": 4}


def later(first: Status | None, second: Status | None) -> Status | None:
    """The further-on of two statuses: an arrangement agreed in one sentence and running in
    another is active."""
    if first is None or second is None:
        return first or second
    return first if _RANK[first] >= _RANK[second] else second
