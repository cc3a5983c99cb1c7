"""The plain-text reader on small texts written for these tests, and the bad inputs every
reader shares (they fail in decoding or in the size check, before any format is chosen)."""

import time
from datetime import date
from pathlib import Path

import pytest

from councilgraph.errors import (
    BinaryDocument,
    DocumentError,
    DocumentTooLarge,
    EmptyDocument,
    UndecodableDocument,
)
from loaders.readers import read_bytes, read_path

HEADED = (
    "SOURCE: https://news.example.org/councils-share\n"
    "DATE: 2014-09-30\n"
    "\n"
    "Two councils agree to share a chief executive\n"
    "\n"
    "Northtown and Southvale councils have agreed to appoint one chief executive.\n"
)


def test_header_gives_url_and_date_and_is_not_text():
    document = read_bytes(HEADED.encode(), "share.txt")
    assert document.url == "https://news.example.org/councils-share"
    assert document.date == date(2014, 9, 30)
    assert document.format == "text"
    assert document.text.startswith("Two councils agree")
    assert "SOURCE" not in document.text


def test_unknown_header_date_falls_back_to_a_dateline_in_the_text():
    text = (
        "SOURCE: https://x.example/a\nDATE: unknown\n\nHeadline here\n3 May, 2016 - By A Writer\n"
    )
    document = read_bytes(text.encode(), "a.txt")
    assert document.date == date(2016, 5, 3)


def test_title_is_the_first_line_when_it_reads_like_a_headline():
    assert (
        read_bytes(HEADED.encode(), "a.txt").title
        == "Two councils agree to share a chief executive"
    )
    report = read_bytes(b"Appendices Attached:\nThe report follows.\n", "b.txt")
    assert report.title is None


def test_same_text_read_twice_has_the_same_id_and_different_text_does_not():
    first = read_bytes(HEADED.encode(), "one.txt")
    again = read_bytes(HEADED.encode(), "two.txt")
    other = read_bytes(HEADED.replace("one chief", "a single chief").encode(), "one.txt")
    assert first.id == again.id and len(first.id) == 16
    assert other.id != first.id


def test_caller_url_overrides_the_header():
    document = read_bytes(HEADED.encode(), "a.txt", url="https://upload.example/1")
    assert document.url == "https://upload.example/1"
    assert document.publisher is None


def test_latin1_file_is_decoded(tmp_path: Path):
    path = tmp_path / "latin.txt"
    path.write_bytes("The café budget saves £1.5m; Brühl's naïve résumé.".encode("latin-1"))
    assert read_path(path).text == "The café budget saves £1.5m; Brühl's naïve résumé."


def test_utf8_with_a_stray_windows_1252_byte_keeps_both():
    data = "The council’s café ".encode() + b"and the leader\x92s plan, costing \xa3" + b"5m."
    assert (
        read_bytes(data, "mixed.txt").text
        == "The council’s café and the leader’s plan, costing £5m."
    )


def test_utf16_with_byte_order_mark():
    data = "Council minutes of the joint committee".encode("utf-16")
    assert read_bytes(data, "u16.txt").text == "Council minutes of the joint committee"


@pytest.mark.parametrize("data", [b"", b"  \n\t\n  "])
def test_empty_file_is_refused_with_its_name(tmp_path: Path, data: bytes):
    path = tmp_path / "empty.txt"
    path.write_bytes(data)
    with pytest.raises(EmptyDocument) as caught:
        read_path(path)
    assert caught.value.name == "empty.txt"
    assert caught.value.reason in ("the file is empty", "the file is only whitespace")


def test_boilerplate_only_is_empty():
    with pytest.raises(EmptyDocument):
        read_bytes(b"Hide Ad\nAdvertisement\n", "ads.txt")


def test_binary_file_is_refused(tmp_path: Path):
    path = tmp_path / "image.txt"
    path.write_bytes(bytes(range(256)) * 40)
    with pytest.raises(BinaryDocument) as caught:
        read_path(path)
    assert caught.value.name == "image.txt"


def test_high_bytes_that_fit_no_encoding_are_undecodable():
    with pytest.raises(UndecodableDocument):
        read_bytes(bytes(range(0x80, 0x100)) * 20, "noise.txt")


def test_missing_file_is_a_document_error(tmp_path: Path):
    with pytest.raises(DocumentError) as caught:
        read_path(tmp_path / "absent.txt")
    assert caught.value.name == "absent.txt"


def _write_big_file(path: Path, size: int) -> int:
    """Write at least `size` bytes of text; return how many lines it holds."""
    line = b"The joint committee noted the shared service report for both councils.\n"
    count = size // len(line) + 1
    with path.open("wb") as handle:
        handle.write(line * count)
    return count


def test_50mb_file_over_the_limit_is_refused_before_reading(tmp_path: Path):
    path = tmp_path / "big.txt"
    _write_big_file(path, 50 * 1024 * 1024)
    started = time.perf_counter()
    with pytest.raises(DocumentTooLarge) as caught:
        read_path(path, max_bytes=20 * 1024 * 1024)
    assert time.perf_counter() - started < 0.5
    assert caught.value.name == "big.txt" and "over the limit" in caught.value.reason


def test_50mb_file_within_the_limit_is_read(tmp_path: Path):
    path = tmp_path / "big.txt"
    lines = _write_big_file(path, 50 * 1024 * 1024)
    document = read_path(path, max_bytes=60 * 1024 * 1024)
    assert document.text.count("shared service report") == lines
    assert document.text.endswith("for both councils.")


def test_upload_over_the_limit_is_refused():
    with pytest.raises(DocumentTooLarge):
        read_bytes(b"x" * 101, "upload.txt", max_bytes=100)


def test_invalid_utf8_in_english_text_is_read_as_windows_1252():
    data = b"The \x93joint\x94 committee met at Caf\xe9 Nero; it cost \xa35 and \x81 nothing."
    assert read_bytes(data, "legacy.txt").text == (
        "The “joint” committee met at Café Nero; it cost £5 and nothing."
    )
