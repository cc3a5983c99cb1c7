"""One compiled pattern per register that finds every council name in a text in one pass.

The keys are folded into a character trie and written out as a single regular expression, so
the engine tests a handful of letters per position instead of every name; at each trie node the
longer continuation is tried first, so the longest name wins ("Derbyshire Dales" over "Derby").
A name must start with a capital letter (later letters match either case, for headings in
capitals), which lets the engine skip the lower-case words that make up most of a text."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import product

from loaders.councils.names import NameEntry, build_entries, normalise
from loaders.register_reader import Register

_SEPARATOR = r"[\s\-]+"
_RENDER = {" ": _SEPARATOR, "'": "['’]", ".": r"\."}


@dataclass(slots=True)
class NameMatch:
    start: int
    end: int
    surface: str
    entry: NameEntry


class CouncilMatcher:
    """Finds register names in text. Build once per register with `matcher_for`."""

    def __init__(self, entries: dict[str, NameEntry]) -> None:
        self.entries = entries
        self._by_form: dict[str, NameEntry] = {}
        for key, entry in entries.items():
            for form in _text_forms(key):
                self._by_form[normalise(form)] = entry
        trie = _trie(sorted({f for k in entries for f in _text_forms(k)}))
        # no look-behind at the start: it would defeat the engine's first-letter scan
        self.pattern = re.compile(_render(trie, first=True))

    def find(self, text: str) -> Iterator[NameMatch]:
        for match in self.pattern.finditer(text):
            start = match.start()
            if start and (text[start - 1].isalnum() or text[start - 1] in "_&"):
                continue
            surface = match.group()
            # most names are written as their key but for case: normalised only when not
            entry = self._by_form.get(surface.lower()) or self._by_form.get(normalise(surface))
            if entry is not None:
                yield NameMatch(match.start(), match.end(), surface, entry)

    def lookup(self, name: str) -> NameEntry | None:
        return self._by_form.get(normalise(name))


@lru_cache(maxsize=4)
def matcher_for(register: Register) -> CouncilMatcher:
    """The matcher for this register, compiled on first use."""
    return CouncilMatcher(build_entries(register))


def _text_forms(key: str) -> set[str]:
    """How a key may be written: '&' for 'and', 'St.' for 'St', no apostrophe."""
    words = key.split(" ")
    choices = [
        ("and", "&") if w == "and" else ("st", "st.") if w == "st" else (w, w.replace("'", ""))
        for w in words
    ]
    return {" ".join(combo) for combo in product(*choices)}


def _trie(forms: list[str]) -> dict:
    root: dict = {}
    for form in forms:
        node = root
        for char in form:
            node = node.setdefault(char, {})
        node[""] = {}
    return root


def _render(node: dict, first: bool = False) -> str:
    """Regex for a trie node: children first (longest match), then the end of a name."""
    parts = [_char(ch, first) + _render(child) for ch, child in node.items() if ch]
    if "" in node:
        parts.append(r"(?![\w&])")
    if len(parts) == 1:
        return parts[0]
    return "(?:" + "|".join(parts) + ")"


def _char(char: str, first: bool) -> str:
    if char.isalpha():
        return char.upper() if first else f"[{char}{char.upper()}]"
    return _RENDER.get(char, re.escape(char))
