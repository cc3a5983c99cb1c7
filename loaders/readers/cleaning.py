"""Text repair shared by every reader: mojibake, PDF artefacts, web boilerplate lines and
hard-wrapped paragraphs. The cleaned text is what evidence spans point into.

Each pass is a regular expression over the whole text that calls Python only where it
matched, so cleaning runs at tens of MB/s on text that needs little repair."""

from __future__ import annotations

import re
from collections.abc import Callable

import ftfy

_FTFY = ftfy.TextFixerConfig(uncurl_quotes=False, unescape_html=False, normalization="NFC")
# a Latin-1 lead character followed by a Windows-1252 continuation: the mark of UTF-8 read as
# cp1252; gating on it keeps ftfy (about 2 MB/s) off the clean lines that are nearly all text
_MOJIBAKE = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6"
    "\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
)
# press copy where the "â€" of a mojibake left quote was lost, leaving "'˜clout'"
_STRAY_TILDE = re.compile("['‘’`]?\u02dc(?=\\w)")
_CHAR_FIXES = {
    "\ufb00": "ff",
    "\ufb01": "fi",
    "\ufb02": "fl",
    "\ufb03": "ffi",
    "\ufb04": "ffl",
    "\ufb05": "st",
    "\ufb06": "st",
    "\u2028": "\n",
    "\u2029": "\n",
    "\x0c": "\n",
} | dict.fromkeys("\t\u00a0\u2002\u2003\u2007\u2009\u202f", " ")
# everything else the class below matches is deleted: soft hyphen, zero-width characters,
# C0 and C1 controls, private-use glyphs left after bullets are handled
_ODD_CHARACTER = re.compile(
    "[\x00-\x09\x0b-\x1f\x7f-\x9f\u00a0\u00ad\u2002\u2003\u2007\u2009\u200b-\u200d\u2028\u2029"
    "\u202f\u2060\ufeff\ufb00-\ufb06\ue000-\uf8ff]"
)
# Symbol/Wingdings bullets land in the private-use area (U+F0B7, U+F0A7...) in PDF text
_BULLET_MARK = re.compile("[\uf000-\uf0ff▪●◦‣⁃■□➢➤►✓]")
_BULLET = re.compile("^[ \t]*(?:[\uf000-\uf0ff]|[▪●◦‣⁃■□➢➤►✓])[ \t]*", re.MULTILINE)
_SPACES = re.compile("  +")
_BLANK_RUNS = re.compile(r"\n{3,}")
_BOILERPLATE = re.compile(
    r"(?:hide ad|advertisement|advert|sponsored(?: content)?|ad feature"
    r"|share (?:this|on|via)(?: [\w ]{1,30})?|accept (?:all )?cookies|reject (?:all )?cookies"
    r"|(?:manage )?cookies? (?:settings|preferences|policy)"
    r"|(?:we|this (?:web)?site) uses? cookies.*"
    r"|skip to (?:main )?content|read more|print this page|back to top|follow us(?: on \w+)?"
    r"|sign up to (?:our|the) newsletter.*|subscribe(?: now| to our newsletter)?)[.!]?",
    re.IGNORECASE,
)
_LIST_START = re.compile(
    r"(?:[•\-*–]\s|\(?\d{1,3}[a-z]?[.)]\s|\([a-z]{1,3}\)\s|[a-z]\)\s|\d+(?:\.\d+)+\s|[A-Z]\.\s)"
)
_SENTENCE_END = frozenset(".!?:;\n")
_ENDS_BLOCK = re.compile(r"[.!?:;]['\"’”)\]]*$")
_LINE_BREAK_HYPHEN = re.compile(r"-\n(?=[a-z])")
_LINE_BREAK = re.compile(r"\n(?=[^\n])")
_BROKEN_PARAGRAPH = re.compile(r"\n\n(?=[a-z])")
_KEEP_HYPHEN_PREFIXES = frozenset({"non", "self"})
_MIN_WRAPPED_LINE = 31


def clean_text(text: str, *, unwrap: bool = True) -> str:
    """Repair `text` and tidy its layout: one block (paragraph, heading, list item) per line,
    blocks separated by at most one blank line. `unwrap` joins hard-wrapped lines (PDF, text
    exported from PDF); formats that mark paragraphs themselves (HTML) pass False."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = fix_characters(repair_mojibake(text))
    lines = (line.strip(" ") for line in _SPACES.sub(" ", text).split("\n"))
    text = "\n".join(line for line in lines if not _BOILERPLATE.fullmatch(line))
    if unwrap:
        text = unwrap_lines(text)
    return _BLANK_RUNS.sub("\n\n", text).strip()


def repair_mojibake(text: str) -> str:
    if _MOJIBAKE.search(text):
        lines = text.split("\n")
        text = "\n".join(ftfy.fix_text(ln, _FTFY) if _MOJIBAKE.search(ln) else ln for ln in lines)
    return _STRAY_TILDE.sub("‘", text) if "\u02dc" in text else text


def fix_characters(text: str) -> str:
    """Ligatures, odd spaces and invisible characters; PDF bullet glyphs become "• "."""
    if _BULLET_MARK.search(text):
        text = _BULLET.sub("• ", text)
    return _ODD_CHARACTER.sub(lambda m: _CHAR_FIXES.get(m.group(), ""), text)


def unwrap_lines(text: str) -> str:
    """Join lines that continue a paragraph: the next line starts in lower case, or this line
    is near the document's wrap width and does not end a sentence. A line-break hyphen
    ("manage-" + "ment") goes unless the word is hyphenated elsewhere in the document."""
    text = _LINE_BREAK_HYPHEN.sub(_hyphen_joiner(text), text)
    text = _BROKEN_PARAGRAPH.sub(_paragraph_joiner(text), text)
    return _LINE_BREAK.sub(_line_joiner(text), text)


def _paragraph_joiner(text: str) -> Callable[[re.Match[str]], str]:
    """PDF table cells and page furniture put blank lines inside sentences; a paragraph that
    stops without punctuation and one that starts in lower case are one sentence."""

    def join(match: re.Match[str]) -> str:
        start = match.start()
        if start == 0 or _LIST_START.match(text, match.end()):
            return match.group()
        prev = text[text.rfind("\n", 0, start) + 1 : start]
        return match.group() if not prev or _ENDS_BLOCK.search(prev) else " "

    return join


def _hyphen_joiner(text: str) -> Callable[[re.Match[str]], str]:
    lowered: list[str] = []

    def join(match: re.Match[str]) -> str:
        start, end = match.start(), match.end()
        if not text[start - 1 : start].isalpha() or _LIST_START.match(text, end):
            return match.group()  # a dash or list marker, not a word broken in two
        left = re.search(r"[A-Za-z]+$", text[max(0, start - 40) : start])
        right = re.match(r"[a-z]+", text[end : end + 40])
        word = f"{left.group() if left else ''}-{right.group() if right else ''}".lower()
        if not lowered:
            lowered.append(text.lower())
        keep = word in lowered[0] or word.split("-")[0] in _KEEP_HYPHEN_PREFIXES
        return "-" if keep else ""

    return join


def _line_joiner(text: str) -> Callable[[re.Match[str]], str]:
    widths: list[int] = []

    def wrap_width() -> int:
        if not widths:
            lengths = sorted(len(line) for line in text.split("\n") if line)
            widths.append(lengths[min(len(lengths) - 1, int(len(lengths) * 0.9))])
        return widths[0]

    def join(match: re.Match[str]) -> str:
        start, end = match.span()
        before = text[start - 1] if start else "\n"
        if before in _SENTENCE_END and not text[end].islower():
            return "\n"  # the common case, decided without another regex
        if before == "\n" or _LIST_START.match(text, end):
            return "\n"
        if text[end].islower():
            return " "
        prev = text[text.rfind("\n", 0, start) + 1 : start]
        if _ENDS_BLOCK.search(prev) or len(prev) < max(_MIN_WRAPPED_LINE, 0.6 * wrap_width()):
            return "\n"
        return " "

    return join
