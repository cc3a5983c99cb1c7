"""Lists of people in minutes: "Present: Councillors T. Hewitt (Chair), Kevin Goodwin (Leader
of the Council), N Quinn, A. Mellor", "Officers present: C Mistry (Chief Executive), Sandra
Hall (Section 151 Officer)", "Apologies were received from Councillors H Hall and D Turner".
Each entry is a name with, in brackets, the post it holds; councillors' entries without a post
are councillors."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from graph.model import Role
from loaders.rules.cues import holds_any, lower
from loaders.rules.person_names import NAME, clean

_HEAD = re.compile(
    r"\b(?:Officers(?:\s+present)?|Present|In\s+attendance|Also\s+present"
    r"|Also\s+in\s+attendance)\s*:\s*(?:(?P<listed>Councillors?|Cllrs?)\b\.?\s+)?"
    r"|\b(?P<councillors>Councillors?|Cllrs?|Coun)\b\.?\s*:?\s*"
)
# a list head holds a colon or a councillor's title: most sentences are passed over on that
_HEAD_MARKS = (":", "Coun", "Cllr")
_ENTRY = re.compile(rf"(?P<name>{NAME})(?:\s*\((?P<post>[^()]*(?:\([^()]*\)[^()]*)*)\))?")
_SEPARATOR = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|;\s*)")


@dataclass(frozen=True, slots=True)
class Entry:
    name: str
    role: Role | None  # None: an officer whose post the list does not give
    span: tuple[int, int]


def entries(
    text: str, role_of: Callable[[str], Role | None], councils: tuple[tuple[int, int], ...] = ()
) -> Iterator[Entry]:
    """Every entry of every list in `text`. `role_of(post)` reads a bracketed post; a list
    ends at a council's name (`councils`: spans in `text`), which is not a person's."""
    if not holds_any(text, _HEAD_MARKS):
        return
    for head in _HEAD.finditer(text):
        titled = head.group("councillors") or head.group("listed")
        default: Role | None = "councillor" if titled else None
        position = head.end()
        while (entry := _ENTRY.match(text, position)) is not None:
            name = clean(entry.group("name"))
            start, end = entry.span("name")
            if name is None or any(s < end and start < e for s, e in councils):
                break
            post = entry.group("post")
            role = role_of(lower(post)) if post else None
            yield Entry(name, role or default, entry.span("name"))
            separator = _SEPARATOR.match(text, entry.end())
            if separator is None:
                break
            position = separator.end()
