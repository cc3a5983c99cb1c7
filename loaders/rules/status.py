"""Where an arrangement stands (proposed, agreed, active, ended) and when it started, read from
the sentence that states it: "resolved", "signed" and "finalised" agree; "already", "since 2009"
and "in place" say it is running; "served notice" and "bringing an end to" end it, unless only
"some" services go; "proposed", "plans to" and "consultation" put it forward."""

from __future__ import annotations

import re

from graph.model import Status

# the words of each signal, over the lower-cased sentence, each opening with a letter
_SIGNAL_WORDS: dict[str, tuple[str, ...]] = {
    "ended": (
        r"is\s+to\s+end", r"are\s+to\s+end", r"will\s+end",
        r"to\s+be\s+(?:scrapped|ended|dissolved)", r"bring(?:s|ing)?\s+(?:an?\s+|and\s+)?end\s+to",
        r"bringing\s+to\s+an\s+end", r"due\s+to\s+end", r"come\s+to\s+an\s+end",
        r"end(?:ed|ing)?\s+(?:the|its|their)\s", r"serv(?:e|ed|es|ing)\s+notice", r"dissolv\w+",
        r"terminat\w+", r"disband\w*", r"scrapp(?:ed|ing)", r"wound\s+up", r"wind(?:ing)?\s+up",
        r"pull(?:ed|ing|s)?\s+out", r"withdr[ae]w\w*", r"split", r"break[\s\-]?up", r"broke\s+up",
        r"cease[ds]?", r"ceasing", r"stop(?:ped|s)?\s+sharing", r"no\s+longer",
    ),
    "partial": (r"some", r"partly", r"partially", r"parts\s+of"),
    "active": (
        r"already", r"since\s+(?:19|20)\d\d", r"in\s+place", r"operat(?:e|es|ed|ing)",
        r"currently", r"existing", r"ha(?:ve|s)\s+been\s+(?:sharing|working|in|operating|running)",
        r"ha(?:ve|s)\s+(?:also\s+)?shared", r"continues?", r"ongoing", r"sees", r"met\s+formally",
        r"for\s+the\s+past", r"over\s+the\s+past", r"successfully",
    ),
    "agreed": (
        r"resolved", r"agreed", r"approved", r"signed", r"finali[sz]ed", r"confirmed",
        r"announced", r"becomes?\s+a\s+(?:full\s+)?member", r"joined",
        r"voted\s+(?:to|for|through)", r"formed", r"will\s+work\s+together", r"established",
        r"decided\s+to",
    ),
    # put forward for a decision: outranks "have been put out to consultation"
    "proposed": (
        r"propos(?:e|ed|es|al|als)", r"plan(?:s|ned|ning)?\s+to", r"recommend\w*", r"consultation",
        r"set\s+to", r"to\s+be\s+(?:formally\s+)?considered", r"yet\s+to\s+be", r"subject\s+to",
    ),
    "intended": (r"intention", r"intends?", r"would\s+see", r"go-ahead", r"plans\s+for"),
}  # fmt: skip


def _by_first_letter(signals: dict[str, tuple[str, ...]]) -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern for every signal, its words grouped under their first letter, so at each
    word the engine tests one letter instead of every word (named groups stop it skipping
    words cheaply). Words keep their order, so the same word wins as in a plain alternation.
    Returns the pattern and the signal of each group."""
    letters: dict[str, list[tuple[str, str]]] = {}
    for signal, words in signals.items():
        for word in words:
            if not word[:1].isalpha():
                raise ValueError(f"a signal's words must open with a letter: {word!r}")
            letters.setdefault(word[0], []).append((signal, word[1:]))
    groups: dict[str, str] = {}
    branches = []
    for letter, words in letters.items():
        runs: list[tuple[str, list[str]]] = []  # words in a row of one signal share a group
        for signal, rest in words:
            if runs and runs[-1][0] == signal:
                runs[-1][1].append(rest)
            else:
                runs.append((signal, [rest]))
        alternatives = []
        for signal, rests in runs:
            group = f"{signal}_{len(groups)}"
            groups[group] = signal
            alternatives.append(f"(?P<{group}>{'|'.join(rests)})")
        branches.append(f"{letter}(?:{'|'.join(alternatives)})")
    return re.compile(rf"(?<![a-z])(?:{'|'.join(branches)})\b"), groups


_SIGNALS, _SIGNAL_OF = _by_first_letter(_SIGNAL_WORDS)


def status_of(lower: str, resolution: bool = False) -> Status | None:
    """The status a lower-cased sentence states, if any. `resolution` marks an item of a
    resolution ("RESOLVED that ... (2) ...")."""
    found = {_SIGNAL_OF[match.lastgroup or ""] for match in _SIGNALS.finditer(lower)}
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
