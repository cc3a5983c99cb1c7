"""The PDF reader on PDFs made in the test with fpdf2: text layer, pages, no text layer."""

from datetime import date

import pytest
from fpdf import FPDF

from councilgraph.errors import DocumentError, NoTextLayer
from loaders.readers import read_bytes


def _pdf(*pages: str, title: str | None = None) -> bytes:
    pdf = FPDF()
    if title:
        pdf.set_title(title)
    pdf.set_font("helvetica", size=11)
    for text in pages:
        pdf.add_page()
        pdf.multi_cell(0, 5, text)
    return bytes(pdf.output())


def test_text_layer_is_read_with_page_starts():
    data = _pdf(
        "Minutes of the Joint Committee held on 4 March 2013.",
        "The committee agreed the shared ICT service.",
        title="Joint Committee minutes",
    )
    document = read_bytes(data, "minutes.pdf")
    assert document.format == "pdf"
    assert document.title == "Joint Committee minutes"
    assert document.date == date(2013, 3, 4)
    second = document.text.index("The committee agreed")
    assert document.page_starts == (0, second)
    assert document.page_of(0) == 1 and document.page_of(second + 5) == 2


def test_hard_wrapped_and_hyphenated_lines_are_joined():
    text = (
        "The two councils agreed that the shared manage-\n"
        "ment team would report to the joint committee every\n"
        "quarter from April.\n"
        "Next item"
    )
    document = read_bytes(_pdf(text), "wrapped.pdf")
    assert document.text == (
        "The two councils agreed that the shared management team would report to the joint "
        "committee every quarter from April.\nNext item"
    )


def test_pdf_extension_not_needed_the_magic_bytes_decide():
    assert read_bytes(_pdf("A council report."), "upload.bin").format == "pdf"


def test_pdf_with_no_text_layer_is_refused():
    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 60, style="F")  # a drawing, as a scanned page has an image
    with pytest.raises(NoTextLayer) as caught:
        read_bytes(bytes(pdf.output()), "scan.pdf")
    assert caught.value.name == "scan.pdf" and "OCR" in caught.value.reason


def test_damaged_pdf_is_a_document_error():
    data = _pdf("A council report.")
    with pytest.raises(DocumentError) as caught:
        read_bytes(data[: len(data) // 3], "cut.pdf")
    assert caught.value.name == "cut.pdf"
