"""Which council wrote a document. A council's own web host (adur.gov.uk,
moderngov.cheshireeast.gov.uk, southribble.moderngov.co.uk) is the strongest evidence. Without
a URL, minutes and reports speak of "the Council"; the author is then the council the text
names most, leaving out any it describes as the Council's partner ("alliance with X")."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
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
