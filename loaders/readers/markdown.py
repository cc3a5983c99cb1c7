"""Markdown, including ModernGov-style minutes converted to Markdown: numbered items
("867. TITLE"), **bold** resolutions ("RESOLVED that (1) ...; (2) ..."), `<sup>` ordinals
("1<sup>st</sup> March 2011") and tables. The text keeps the words and drops the syntax."""

from __future__ import annotations

import html
import re

from graph.model import Document
from loaders.readers.cleaning import clean_text
from loaders.readers.decoding import decode
from loaders.readers.document import make_document
from loaders.readers.headers import split_header
from loaders.readers.source import Reader, Source

_FENCE = re.compile(r"\s*(?:```|~~~)")
_RULE = re.compile(r"\s*(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,}|=+)\s*")
_HEADING = re.compile(r"\s*#{1,6}\s+(.*?)(?:\s+#+)?\s*")
_TABLE_ROW = re.compile(r"\s*\|.*\|\s*")
_TABLE_RULE = re.compile(r"\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*")
_BULLET = re.compile(r"\s*[-*+]\s+")
_NUMBERED = re.compile(r"\s*(?:\d{1,4}[.)]|\(\d{1,3}[a-z]?\))\s+")
_QUOTE = re.compile(r"\s*>\s?")
_LINK_DEFINITION = re.compile(r"\s*\[[^\]]+\]:\s*\S+.*")
_HARD_BREAK = re.compile(r"(?:  |\\)$")

_INLINE = [
    (re.compile(r"<(https?://[^>\s]+)>"), r"\1"),
    (re.compile(r"<br\s*/?>", re.I), "\n"),
    (re.compile(r"</?[a-zA-Z][^>]*>"), ""),  # <sup>st</sup> -> st; other inline HTML
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), ""),
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),
    (re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1"),
    (re.compile(r"`([^`]+)`"), r"\1"),
    (re.compile(r"\*\*|__"), ""),
    (re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])"), r"\1"),
    (re.compile(r"(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?![\w_])"), r"\1"),
    (re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>])"), r"\1"),
]
# "RESOLVED that (1) ...; (2) ..." on one line: each numbered resolution becomes its own line
_RESOLUTION_LINE = re.compile(r"(?:RESOLVED|AGREED|RECOMMENDED)\b")
_RESOLUTION_ITEM = re.compile(r"(?<=[;,])\s+(?:and\s+)?(?=\(\d{1,3}[a-z]?\)\s)")


def read_markdown(source: Source) -> Document:
    header, body = split_header(decode(source.data, source.name))
    text = clean_text("\n".join(markdown_blocks(body)), unwrap=False)
    return make_document(
        source.name, text, "markdown", title=header.title, url=header.url, day=header.date
    )


def markdown_blocks(markdown: str) -> list[str]:
    """The text as blocks, one a line: headings, list items, table rows, paragraphs with their
    soft line breaks joined; a blank string between blocks that Markdown separates."""
    blocks: list[str] = []
    paragraph: list[str] = []

    def end_paragraph() -> None:
        if paragraph:
            blocks.append(_inline(" ".join(paragraph)))
            paragraph.clear()

    for line in markdown.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if "|" in line and _TABLE_RULE.fullmatch(line):
            continue  # the rule under a table's header row
        block = _block(line)
        if block is None:
            paragraph.append(line.strip())
            if _HARD_BREAK.search(line):
                end_paragraph()
        else:
            end_paragraph()
            blocks.append(_inline(block) if block else "")
    end_paragraph()
    return [line for block in blocks for line in _split_resolutions(block)]


def _block(line: str) -> str | None:
    """What a line that stands on its own becomes ("" for a separator), or None when the
    line belongs to a paragraph."""
    if not line.strip() or _FENCE.match(line):
        return ""
    if _RULE.fullmatch(line) or _LINK_DEFINITION.fullmatch(line):
        return ""
    if heading := _HEADING.fullmatch(line):
        return heading.group(1)
    if _TABLE_ROW.fullmatch(line):
        return "\x1f".join(cell.strip() for cell in line.strip().strip("|").split("|"))
    if quote := _QUOTE.match(line):
        return _block(line[quote.end() :]) or line[quote.end() :]
    if bullet := _BULLET.match(line):
        return "• " + line[bullet.end() :]
    if _NUMBERED.match(line):
        return line.strip()
    return None


def _inline(text: str) -> str:
    for pattern, replacement in _INLINE:
        text = pattern.sub(replacement, text)
    text = html.unescape(text)
    return "; ".join(cell.strip() for cell in text.split("\x1f") if cell.strip())


def _split_resolutions(block: str) -> list[str]:
    if not _RESOLUTION_LINE.match(block):
        return [block]
    return _RESOLUTION_ITEM.split(block)


_SYNTAX = re.compile(
    r"^#{1,6}\s+\S|\*\*[^*\n]+\*\*|<su[pb]>|^\|.*\|\s*$\n^\|?\s*:?-{3,}|\[[^\]\n]+\]\([^)\s]+\)",
    re.MULTILINE | re.IGNORECASE,
)


_SYNTAX_MARKS = ("#", "**", "<su", "<SU", "|", "](")


def looks_like_markdown(head: str) -> bool:
    return any(mark in head for mark in _SYNTAX_MARKS) and bool(_SYNTAX.search(head))


READER = Reader(
    name="markdown",
    read=read_markdown,
    media_types=("text/markdown", "text/x-markdown"),
    extensions=(".md", ".markdown"),
    sniff=looks_like_markdown,
)
