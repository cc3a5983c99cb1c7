"""Which council wrote a document. A council's own web host (adur.gov.uk,
moderngov.cheshireeast.gov.uk, southribble.moderngov.co.uk) is the strongest evidence. Without
a URL, minutes and reports speak of "the Council"; the author is then the council the text
names most, leaving out any it describes as the Council's partner ("alliance with X")."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence
from datetime import date
from urllib.parse import urlsplit

from loaders.councils.choice import choose
from loaders.councils.index import CouncilIndex

_COUNCIL_HOSTS = (".gov.uk", ".moderngov.co.uk", ".cmis.uk.com")
_HOST_NOISE = frozenset(
    "www gov uk co org moderngov democracy committees committee minutes cmis council councils "
    "mgov modgov services apps online my".split()
)
_THE_COUNCIL = re.compile(r"\b[Tt]he\s+(?:Council|Authority)\b(?!s)")
_AUTHORED = re.compile(
    r"\bRESOLVED\b|\b[Ii]t (?:is|was) recommended\b|\bRecommendations?\b|\bAgenda\b|\bMinutes\b"
    r"|\bTerms of Reference\b|\bthe Executive\b|\bExecutive Summary\b|\bMembers\b"
)
_PARTNER = re.compile(r"\bwith\s+(?:the\s+)?$", re.IGNORECASE)
# the opening lines of minutes and reports: "WYRE FOREST DISTRICT COUNCIL", "X Council / Cabinet",
# "Minutes of a meeting of the Cabinet of X Council held on ..."
_HEADING_LINES = 4
_MINUTES_OF = re.compile(r"^\s*minutes\s+of\b", re.IGNORECASE)
# what may follow the council's name on its heading line: title words, not a sentence
_HEADING_REST = re.compile(r"[\s\-\u2013\u2014:/|,]*(?:[A-Z0-9][\w&'\u2019.()-]*[\s,:/-]*)*")


def from_url(index: CouncilIndex, url: str | None, on: date | None) -> str | None:
    """The council whose web host published `url`, if the host is a council's."""
    if not url:
        return None
    host = (urlsplit(url).hostname or "").lower()
    if not host.endswith(_COUNCIL_HOSTS):
        return None
    for label in host.split("."):
        label = label.replace("-", "")
        if label in _HOST_NOISE:
            continue
        codes = index.hosts.get(label)
        if codes:
            return choose(index, label, frozenset(codes), None, on)
    return None


def from_heading(text: str, mentions: Sequence[tuple[int, int, str]]) -> str | None:
    """The council a minute's or report's heading names: a title line that opens with a
    council's full name, or an opening "Minutes of a meeting of ... of X Council". A press
    headline ("Babergh and Mid Suffolk to share ...") is a sentence, not a title line."""
    lines = 0
    for start, line in _lines(text):
        if not line.strip():
            continue
        lines += 1
        if lines > _HEADING_LINES:
            return None
        found = _heading_council(text, line, start, mentions)
        if found:
            return found
    return None


def _lines(text: str) -> Iterator[tuple[int, str]]:
    """(offset, line) for each line, read lazily: only the opening lines are wanted."""
    start = 0
    while start <= len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        yield start, text[start:end]
        start = end + 1


def _heading_council(
    text: str, line: str, start: int, mentions: Sequence[tuple[int, int, str]]
) -> str | None:
    inside = [(s, e, code) for s, e, code in mentions if start <= s and e <= start + len(line)]
    if not inside:
        return None
    if _MINUTES_OF.match(line):
        return inside[0][2]
    first_start, first_end, code = inside[0]
    opens = not text[start:first_start].strip()
    full_name = "council" in text[first_start:first_end].lower()
    rest = text[first_end : start + len(line)]
    return code if opens and full_name and _HEADING_REST.fullmatch(rest) else None


def is_council_authored(text: str) -> bool:
    """Minutes and reports: they call their author "the Council" and carry report furniture."""
    return bool(_THE_COUNCIL.search(text)) and bool(_AUTHORED.search(text))


def from_content(text: str, mentions: Sequence[tuple[int, int, str]]) -> str | None:
    """The council a council-authored text names most, partners of "the Council" left out.
    `mentions` holds (start, end, code) of every council mention."""
    if not mentions or not is_council_authored(text):
        return None
    partners = {
        code for start, _, code in mentions if _PARTNER.search(text, max(0, start - 12), start)
    }
    counts = Counter(code for _, _, code in mentions if code not in partners)
    if not counts:
        return None
    first_seen = {code: i for i, (_, _, code) in reversed(list(enumerate(mentions)))}
    return max(counts, key=lambda code: (counts[code], -first_seen[code]))
