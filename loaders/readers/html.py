"""HTML pages: the article text without navigation, cookie banners, adverts or share widgets;
title, date and canonical URL from the page's metadata.

lxml parses with a streaming target rather than building a tree: libxml2 silently drops
everything below nesting depth 256 when it builds one, and a target has no recursion at all."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from lxml import etree

from councilgraph.errors import DocumentError
from graph.model import Document
from loaders.readers.cleaning import clean_text
from loaders.readers.dates import parse_date
from loaders.readers.decoding import decode
from loaders.readers.document import make_document
from loaders.readers.headers import split_header
from loaders.readers.source import Reader, Source

_SKIPPED_TAGS = frozenset(
    "script style noscript template nav aside form iframe svg button select textarea "
    "object embed canvas dialog menu".split()
)
# page chrome, except inside the article itself, where a <header> holds the headline
_CHROME_TAGS = frozenset({"header", "footer"})
_CONTENT_TAGS = frozenset({"article", "main"})
_NEVER_SKIPPED = frozenset({"html", "body", "article", "main"})
_BLOCK_TAGS = frozenset(
    "p div section article main h1 h2 h3 h4 h5 h6 li ul ol dl dt dd tr table thead tbody tfoot "
    "blockquote pre br hr figure figcaption address caption center details summary fieldset "
    "legend title header footer".split()
)
_CELL_TAGS = frozenset({"td", "th"})
_CELL_BREAK = "\x1f"
_BOILERPLATE_ATTR = re.compile(
    r"(?:^|[\s_-])(?:cookies?|consent|gdpr|adverts?|advertisement|ads?|adslot|dfp|sponsor(?:ed)?"
    r"|share|sharing|social|newsletter|promo|subscribe|breadcrumbs?|related|comments?|popup|modal"
    r"|outbrain|taboola)(?:$|[\s_-])",
    re.IGNORECASE,
)
_CHROME_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "dialog"})
_TITLE_META = ("og:title", "twitter:title")
_DATE_META = (
    "article:published_time",
    "datepublished",
    "date",
    "dc.date",
    "dc.date.issued",
    "dcterms.date",
    "dcterms.created",
    "pubdate",
    "publish-date",
)
_URL_META = ("og:url",)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*>")


@dataclass
class _PageText:
    """The lxml parser target: collects text lines and metadata as the page streams past."""

    lines: list[str] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)
    headings: dict[str, str] = field(default_factory=dict)
    canonical: str | None = None
    time: str | None = None
    _line: list[str] = field(default_factory=list)
    _depth: int = 0
    _open: Counter[str] = field(default_factory=Counter)  # counts, not a stack: O(1) at any depth
    _skip_from: int | None = None
    _capture: str | None = None
    _captured: list[str] = field(default_factory=list)

    def start(self, tag: str, attrib: dict[str, str]) -> None:
        tag = tag.lower() if isinstance(tag, str) else ""
        self._depth += 1
        self._open[tag] += 1
        if self._skip_from is not None:
            return
        self._note_metadata(tag, attrib)
        if self._is_boilerplate(tag, attrib):
            self._skip_from = self._depth
        elif tag in ("title", "h1") and tag not in self.headings:
            self._capture, self._captured = tag, []
        if tag in _BLOCK_TAGS:
            self._flush()

    def end(self, tag: str) -> None:
        tag = tag.lower() if isinstance(tag, str) else ""
        if self._skip_from is not None and self._depth <= self._skip_from:
            self._skip_from = None
        elif self._skip_from is None:
            if tag == self._capture:
                self.headings[tag] = " ".join("".join(self._captured).split())
                self._capture = None
            if tag in _CELL_TAGS:
                self._line.append(_CELL_BREAK)
            elif tag in _BLOCK_TAGS:
                self._flush()
        self._depth -= 1
        self._open[tag] -= 1

    def data(self, text: str) -> None:
        if self._skip_from is not None:
            return
        if self._capture:
            self._captured.append(text)
        if not self._open["title"]:
            self._line.append(text)

    def close(self) -> _PageText:
        self._flush()
        return self

    def _flush(self) -> None:
        if not self._line:
            return
        cells = (" ".join(cell.split()) for cell in "".join(self._line).split(_CELL_BREAK))
        line = "; ".join(cell for cell in cells if cell)
        if line:
            self.lines.append(line)
        self._line = []

    def _is_boilerplate(self, tag: str, attrib: dict[str, str]) -> bool:
        if tag in _SKIPPED_TAGS or "hidden" in attrib:
            return True
        if tag in _CHROME_TAGS:
            return not any(self._open[content] for content in _CONTENT_TAGS)
        if tag in _NEVER_SKIPPED or not attrib:
            return False
        if attrib.get("role", "").lower() in _CHROME_ROLES:
            return True
        marks = f"{attrib.get('class', '')} {attrib.get('id', '')}"
        return bool(_BOILERPLATE_ATTR.search(marks))

    def _note_metadata(self, tag: str, attrib: dict[str, str]) -> None:
        if tag == "meta":
            key = attrib.get("property") or attrib.get("name") or attrib.get("itemprop") or ""
            if attrib.get("content"):
                self.meta.setdefault(key.lower(), attrib["content"].strip())
        elif tag == "link" and "canonical" in attrib.get("rel", "").lower().split():
            self.canonical = self.canonical or attrib.get("href")
        elif tag == "time" and attrib.get("datetime"):
            self.time = self.time or attrib["datetime"]


def read_html(source: Source) -> Document:
    header, markup = split_header(decode(source.data, source.name))
    page = _parse(markup, source.name)
    return make_document(
        source.name,
        clean_text("\n".join(page.lines), unwrap=False),
        "html",
        title=header.title or _title(page),
        url=header.url or _url(page),
        day=header.date or _date(page),
    )


def _parse(markup: str, name: str) -> _PageText:
    # lxml refuses a str that still declares its byte encoding; the text is decoded already
    markup = _XML_DECLARATION.sub("", markup, count=1)
    parser = etree.HTMLParser(target=_PageText(), remove_comments=True, remove_pis=True)
    try:
        return etree.fromstring(markup, parser)
    except (etree.LxmlError, ValueError) as e:
        raise DocumentError(name, f"unreadable HTML: {e}") from e


def _title(page: _PageText) -> str | None:
    candidates = [page.meta.get(key) for key in _TITLE_META]
    candidates += [page.headings.get("h1"), page.headings.get("title")]
    return next((c for c in candidates if c), None)


def _url(page: _PageText) -> str | None:
    candidates = [page.canonical, *(page.meta.get(key) for key in _URL_META)]
    return next((c for c in candidates if c and c.startswith(("http://", "https://"))), None)


def _date(page: _PageText) -> date | None:
    for value in [*(page.meta.get(key) for key in _DATE_META), page.time]:
        found = parse_date(value) if value else None
        if found:
            return found
    return None


def looks_like_html(head: str) -> bool:
    start = head.lstrip()[:1024].lower()
    return start.startswith(("<!doctype html", "<html")) or bool(
        re.search(r"<(?:head|body)[\s>]", start)
    )


READER = Reader(
    name="html",
    read=read_html,
    media_types=("text/html", "application/xhtml+xml"),
    extensions=(".html", ".htm", ".xhtml"),
    sniff=looks_like_html,
)
