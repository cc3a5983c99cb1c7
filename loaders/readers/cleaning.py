"""Text repair shared by every reader: mojibake, PDF artefacts, web boilerplate lines and
hard-wrapped paragraphs. The cleaned text is what evidence spans point into."""

from __future__ import annotations

import re

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
_CHAR_FIXES = str.maketrans(
    {
        "\ufb00": "ff",
        "\ufb01": "fi",
        "\ufb02": "fl",
        "\ufb03": "ffi",
        "\ufb04": "ffl",
        "\ufb05": "st",
        "\ufb06": "st",
        "\t": " ",
        "\u00a0": " ",
        "\u2002": " ",
        "\u2003": " ",
        "\u2007": " ",
        "\u2009": " ",
        "\u202f": " ",
        "\u2028": "\n",
        "\u2029": "\n",
        "\x0c": "\n",
        "\u00ad": None,
        "\u200b": None,
        "\u200c": None,
        "\u200d": None,
        "\u2060": None,
        "\ufeff": None,
    }
    | {c: None for c in [*range(0x00, 0x09), 0x0B, *range(0x0E, 0x20), 0x7F]}
)
# Symbol/Wingdings bullets land in the private-use area (U+F0B7, U+F0A7...) in PDF text
_BULLET = re.compile("^[ ]*(?:[\uf000-\uf0ff]|[▪●◦‣⁃■□➢➤►✓])[ ]*", re.MULTILINE)
_PRIVATE_USE = re.compile("[\ue000-\uf8ff]")
_SPACES = re.compile(r"[ ]{2,}")
_LINE_EDGES = re.compile(r"[ ]*\n[ ]*")
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
_ENDS_BLOCK = re.compile(r"[.!?:;]['\"’”)\]]*$")
_HYPHENATED = re.compile(r"\b[A-Za-z]+-[a-z]+\b")
_KEEP_HYPHEN_PREFIXES = frozenset({"non", "self"})


def clean_text(text: str, *, unwrap: bool = True) -> str:
    """Repair `text` and tidy its layout: one block (paragraph, heading, list item) per line,
    blocks separated by at most one blank line. `unwrap` joins hard-wrapped lines (PDF, text
    exported from PDF); formats that mark paragraphs themselves (HTML) pass False."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = repair_mojibake(text).translate(_CHAR_FIXES)
    text = _PRIVATE_USE.sub("", _BULLET.sub("• ", text))
    text = _LINE_EDGES.sub("\n", _SPACES.sub(" ", text))
    lines = [line for line in text.split("\n") if not _BOILERPLATE.fullmatch(line)]
    if unwrap:
        lines = unwrap_lines(lines)
    return _BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip()


def repair_mojibake(text: str) -> str:
    if _MOJIBAKE.search(text):
        lines = text.split("\n")
        text = "\n".join(ftfy.fix_text(ln, _FTFY) if _MOJIBAKE.search(ln) else ln for ln in lines)
    return _STRAY_TILDE.sub("‘", text)


def unwrap_lines(lines: list[str]) -> list[str]:
    """Join lines that continue a paragraph: the next line starts in lower case, or this line
    is near the document's wrap width and does not end a sentence."""
    width = _wrap_width(lines)
    hyphenated = {w.lower() for w in _HYPHENATED.findall("\n".join(lines))}
    out: list[str] = []
    for line in lines:
        prev = out[-1] if out else ""
        if prev and line and _continues(prev, line, width):
            out[-1] = _join(prev, line, hyphenated)
        else:
            out.append(line)
    return out


def _wrap_width(lines: list[str]) -> int:
    lengths = sorted(len(line) for line in lines if line)
    if not lengths:
        return 0
    return lengths[min(len(lengths) - 1, int(len(lengths) * 0.9))]


def _continues(prev: str, line: str, width: int) -> bool:
    if _LIST_START.match(line):
        return False
    if line[0].islower():
        return True
    return not _ENDS_BLOCK.search(prev) and len(prev) >= 0.6 * width and len(prev) > 30


def _join(prev: str, line: str, hyphenated: set[str]) -> str:
    """Undo a line-break hyphen ("manage-" + "ment") unless the hyphen is part of the word,
    judged by the same word appearing hyphenated elsewhere in the document."""
    if not (prev.endswith("-") and len(prev) > 1 and prev[-2].isalpha() and line[0].islower()):
        return f"{prev} {line}"
    left = prev[:-1].rsplit(" ", 1)[-1]
    right = re.match(r"[a-z]+", line)
    word = f"{left}-{right.group() if right else ''}".lower()
    if word in hyphenated or left.lower() in _KEEP_HYPHEN_PREFIXES:
        return prev + line
    return prev[:-1] + line
