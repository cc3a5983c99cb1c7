"""The HTML reader on small pages written for these tests."""

import time
from datetime import date

import pytest

from councilgraph.errors import EmptyDocument
from loaders.readers import read_bytes

PAGE = """<!DOCTYPE html>
<html lang="en"><head>
<title>Councils to share a chief executive | The Local Paper</title>
<meta property="og:title" content="Councils to share a chief executive">
<meta property="article:published_time" content="2019-05-02T10:00:00+01:00">
<link rel="canonical" href="https://paper.example/news/share">
<style>p { color: red }</style><script>var tracking = "Northtown";</script>
</head><body>
<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<div id="cookie-consent">We use cookies on this site. <button>Accept cookies</button></div>
<article>
  <header><h1>Councils to share a chief executive</h1></header>
  <p>Northtown and Southvale   councils have agreed to share a
     <strong>chief executive</strong> from 1<sup>st</sup> June.</p>
  <div class="ad-slot">Advertisement</div>
  <p>Hide Ad</p>
  <p>The leader said:<br>"It will save money."</p>
  <h2>What happens next</h2>
  <ul><li>A joint committee meets in July.</li><li>Staff move in September.</li></ul>
  <table><tr><th>Council</th><th>Leader</th></tr><tr><td>Northtown</td><td>Jo Bloggs</td></tr>
  </table>
  <div class="social-share">Share this news story</div>
  <aside>Most read: Unrelated story</aside>
</article>
<footer>Copyright The Local Paper</footer>
</body></html>"""


def test_article_text_keeps_paragraphs_headings_and_rows_as_lines():
    lines = read_bytes(PAGE.encode(), "share.html").text.split("\n")
    assert lines == [
        "Councils to share a chief executive",
        "Northtown and Southvale councils have agreed to share a chief executive from 1st June.",
        "The leader said:",
        '"It will save money."',
        "What happens next",
        "A joint committee meets in July.",
        "Staff move in September.",
        "Council; Leader",
        "Northtown; Jo Bloggs",
    ]


def test_metadata_title_date_and_canonical_url():
    document = read_bytes(PAGE.encode(), "share.html")
    assert document.format == "html"
    assert document.title == "Councils to share a chief executive"
    assert document.date == date(2019, 5, 2)
    assert document.url == "https://paper.example/news/share"


def test_title_and_date_fall_back_to_title_tag_and_time_element():
    page = (
        "<html><head><title>Alliance agreed</title></head><body>"
        '<p><time datetime="2020-07-14">14 July</time></p><p>The alliance was agreed.</p>'
        "</body></html>"
    )
    document = read_bytes(page.encode(), "page.htm")
    assert (document.title, document.date) == ("Alliance agreed", date(2020, 7, 14))


def test_deeply_nested_divs_keep_all_text():
    depth = 100_000
    page = (
        "<html><body>" + "<div>" * depth + "<p>The deepest paragraph.</p>" + "</div>" * depth
    ) + "<p>The paragraph after.</p></body></html>"
    document = read_bytes(page.encode(), "deep.html")
    assert document.text == "The deepest paragraph.\nThe paragraph after."


def test_text_at_every_level_of_deep_nesting_is_read_in_linear_time():
    depth = 50_000
    page = "<html><body>" + "<div><span>Level.</span>" * depth + "</div>" * depth + "</body></html>"
    started = time.perf_counter()
    lines = read_bytes(page.encode(), "levels.html").text.split("\n")
    assert lines == ["Level."] * depth
    assert time.perf_counter() - started < 5


def test_malformed_html_is_read():
    page = b"<html><body><p>First <b>bold <i>both</b> para<p>Second para<div>Unclosed <td>cell"
    assert read_bytes(page, "bad.html").text.split("\n") == [
        "First bold both para",
        "Second para",
        "Unclosed cell",  # a <td> outside any table is not a cell
    ]


def test_xml_declaration_and_declared_latin1_bytes():
    page = '<?xml version="1.0" encoding="iso-8859-1"?><html><body><p>Café £5m</p></body></html>'
    assert read_bytes(page.encode("latin-1"), "x.xhtml").text == "Café £5m"


def test_page_of_only_chrome_is_empty():
    page = b"<html><body><nav>Home</nav><script>x()</script><footer>Contact</footer></body></html>"
    with pytest.raises(EmptyDocument) as caught:
        read_bytes(page, "chrome.html")
    assert caught.value.name == "chrome.html"


def test_html_is_recognised_in_a_txt_file():
    document = read_bytes(
        b"<!doctype html><html><body><p>Hello council.</p></body></html>", "a.txt"
    )
    assert (document.format, document.text) == ("html", "Hello council.")
