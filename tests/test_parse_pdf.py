"""Parsing PDFs: block kinds, wrapped values, tables, running lines, rotation, fonts, bad input.

Every PDF is generated here, with reportlab, or with pypdf for what reportlab does not write
(a hand-made content stream, encryption, a PDF without pages).
"""

from __future__ import annotations

import logging
import random
import warnings
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PageObject, PdfReader, PdfWriter
from pypdf.errors import PdfReadError
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    NameObject,
    NumberObject,
)
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table

from transparency.contracts import Document, read_document
from transparency.errors import DocumentError

STYLES = getSampleStyleSheet()
HEADER = "Anyshire County Council — Contract ACC-HC-2025-001"
LONG_PARAGRAPH = (
    "The Supplier shall charge the Authority at the rate of £1,250.00 per hour for all "
    "consultancy services supplied under this Agreement, payable monthly in arrears into the "
    "account GB29 NWBK 6016 1331 9268 19 held in the name of the Supplier, subject to the "
    "annual review of charges in Schedule 2."
)

Draw = Callable[[Canvas], None]


def draw_pdf(path: Path, *pages: Draw, rotation: int = 0) -> Path:
    """A PDF with one page per drawing function."""
    canvas = Canvas(str(path), pagesize=A4)
    for draw in pages:
        canvas.setPageRotation(rotation)
        draw(canvas)
        canvas.showPage()
    canvas.save()
    return path


def lines_at(*lines: str, x: float = 72, y: float = 700, font="Helvetica", size=10) -> Draw:
    """A drawing of ``lines`` one below the other at single spacing."""

    def draw(canvas: Canvas) -> None:
        canvas.setFont(font, size)
        for number, line in enumerate(lines):
            canvas.drawString(x, y - number * 1.2 * size, line)

    return draw


def texts(document: Document, kind: str) -> list[str]:
    return [block.text for block in document.blocks if block.kind == kind]


def the_block(document: Document, text: str):
    found = [block for block in document.blocks if text in block.text]
    assert len(found) == 1, [block.text for block in document.blocks]
    return found[0]


def check_offsets(document: Document) -> None:
    for block in document.blocks:
        assert document.text[block.start : block.end] == block.text


def _running_lines(canvas: Canvas, doc) -> None:
    canvas.saveState()
    canvas.setFont("Helvetica", 8)
    canvas.drawString(72, A4[1] - 40, HEADER)
    canvas.drawCentredString(A4[0] / 2, 30, f"Page {doc.page} of 3")
    canvas.restoreState()


@pytest.fixture(scope="module")
def contract_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Three pages with a running header and page numbers: headings, lists, a table."""
    body = STYLES["BodyText"]
    story = [
        Paragraph("Home Care Services Agreement", STYLES["Title"]),
        Paragraph("1. Definitions", STYLES["Heading2"]),
        Paragraph(LONG_PARAGRAPH, body),
        Paragraph("<b>Schedule 2 – Charges</b>", body),
        Paragraph("<b>This bold sentence is a paragraph.</b>", body),
        Paragraph("• Weekday care is provided between 8am and 8pm.", body),
        Paragraph("(a) the first sub-clause of the agreement;", body),
        Paragraph("3.2 The Supplier shall keep the Authority's data secure.", body),
        Table(
            [
                ["Role", "Hourly rate"],
                ["Partner", Paragraph("£1,250.00 per hour for consultancy and advice", body)],
                ["Care worker", "£24.80"],
            ],
            colWidths=[150, 150],
        ),
        Paragraph("Charges are reviewed every April.", body),
        PageBreak(),
        Paragraph("2. Payment", STYLES["Heading2"]),
        Paragraph("Invoices are payable within 30 days of receipt.", body),
        PageBreak(),
        Paragraph("Signed for and on behalf of the Authority.", body),
    ]
    path = tmp_path_factory.mktemp("pdf") / "contract.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build(
        story, onFirstPage=_running_lines, onLaterPages=_running_lines
    )
    return path


@pytest.fixture(scope="module")
def contract(contract_path: Path) -> Document:
    return read_document(contract_path)


@pytest.mark.parametrize(
    ("text", "kind", "level"),
    [
        ("Home Care Services Agreement", "heading", 1),
        ("1. Definitions", "heading", 2),
        ("Schedule 2 – Charges", "heading", 2),
        ("2. Payment", "heading", 2),
        (LONG_PARAGRAPH, "paragraph", None),
        ("This bold sentence is a paragraph.", "paragraph", None),
        ("• Weekday care is provided between 8am and 8pm.", "list_item", None),
        ("(a) the first sub-clause of the agreement;", "list_item", None),
        ("3.2 The Supplier shall keep the Authority's data secure.", "list_item", None),
        ("Charges are reviewed every April.", "paragraph", None),
        ("Signed for and on behalf of the Authority.", "paragraph", None),
    ],
)
def test_block_kinds(contract: Document, text: str, kind: str, level: int | None) -> None:
    block = the_block(contract, text)
    assert (block.text, block.kind, block.level) == (text, kind, level)


def test_a_paragraph_wrapped_over_lines_is_one_block(
    contract_path: Path, contract: Document
) -> None:
    plain = PdfReader(contract_path).pages[0].extract_text()
    assert LONG_PARAGRAPH not in plain  # reportlab wrapped it ...
    assert LONG_PARAGRAPH in " ".join(plain.split())  # ... at spaces
    assert the_block(contract, "consultancy services").text == LONG_PARAGRAPH


def test_table_cells_have_rows_and_columns(contract: Document) -> None:
    cells = {
        (block.table, block.row, block.column): block.text
        for block in contract.blocks
        if block.kind == "table_cell"
    }
    assert cells == {
        (0, 0, 0): "Role",
        (0, 0, 1): "Hourly rate",
        (0, 1, 0): "Partner",
        # A cell wrapped over two lines is one cell.
        (0, 1, 1): "£1,250.00 per hour for consultancy and advice",
        (0, 2, 0): "Care worker",
        (0, 2, 1): "£24.80",
    }


def test_running_header_and_page_numbers(contract: Document) -> None:
    assert texts(contract, "header") == [HEADER] * 3
    assert texts(contract, "footer") == ["Page 1 of 3", "Page 2 of 3", "Page 3 of 3"]
    by_page = [[b.kind for b in contract.blocks if b.page == page] for page in (1, 2, 3)]
    assert all(kinds[0] == "header" and kinds[-1] == "footer" for kinds in by_page)


def test_pages_and_offsets(contract: Document) -> None:
    assert contract.pages == 3
    check_offsets(contract)
    assert the_block(contract, "Home Care Services").page == 1
    assert the_block(contract, "Page 2 of 3").page == 2
    assert the_block(contract, "Invoices are payable").page == 2
    assert the_block(contract, "Signed for and on behalf").page == 3
    assert all(block.page in (1, 2, 3) for block in contract.blocks)


def test_the_same_file_gives_the_same_anchors(contract_path: Path, contract: Document) -> None:
    again = read_document(contract_path)
    assert again.text == contract.text
    assert [(b.anchor, b.kind, b.page) for b in again.blocks] == [
        (b.anchor, b.kind, b.page) for b in contract.blocks
    ]
    assert len({b.anchor for b in contract.blocks}) == len(contract.blocks)


@pytest.mark.parametrize(
    ("first", "second", "value"),
    [
        ("The rate for a partner is £1,250.00", "per hour, payable monthly.", "£1,250.00 per hour"),
        ("Pay into GB29 NWBK 6016", "1331 9268 19 at the bank.", "GB29 NWBK 6016 1331 9268 19"),
        ("Call the contract manager on 07700", "900123 in office hours.", "07700 900123"),
    ],
)
def test_a_value_wrapped_over_lines_reads_as_one_string(
    tmp_path: Path, first: str, second: str, value: str
) -> None:
    document = read_document(draw_pdf(tmp_path / "wrapped.pdf", lines_at(first, second)))
    assert [(b.kind, b.text) for b in document.blocks] == [("paragraph", f"{first} {second}")]
    assert value in document.text


@pytest.mark.parametrize(
    ("text", "top"),
    [("7", False), ("Page 7 of 10", False), ("- 7 -", False), ("page 7", True), ("7", True)],
)
def test_a_bare_page_number_is_a_running_line(tmp_path: Path, text: str, top: bool) -> None:
    y = A4[1] - 30 if top else 30
    path = draw_pdf(tmp_path / "numbered.pdf", lines_at("The only paragraph."), lines_at(text, y=y))
    document = read_document(path)
    kind = "header" if top else "footer"
    assert [(b.kind, b.text) for b in document.blocks] == [
        ("paragraph", "The only paragraph."),
        (kind, text),
    ]


@pytest.mark.parametrize("angle", [0, 90, 180, 270])
def test_rotated_text_reads_in_order(tmp_path: Path, angle: int) -> None:
    def draw(canvas: Canvas) -> None:
        canvas.translate(A4[0] / 2, A4[1] / 2)
        canvas.rotate(angle)
        lines_at("Schedule 3", x=-200, y=100, font="Helvetica-Bold", size=16)(canvas)
        lines_at("The first line of a paragraph that", "wraps onto a second line.", x=-200, y=76)(
            canvas
        )

    document = read_document(draw_pdf(tmp_path / "rotated.pdf", draw))
    assert [(b.kind, b.text) for b in document.blocks] == [
        ("heading", "Schedule 3"),
        ("paragraph", "The first line of a paragraph that wraps onto a second line."),
    ]


def test_a_rotated_page_reads_as_drawn(tmp_path: Path) -> None:
    path = draw_pdf(
        tmp_path / "landscape.pdf",
        lines_at("A page turned by /Rotate.", "Its second line."),
        lines_at("Another page."),
        rotation=90,
    )
    document = read_document(path)
    assert [(b.page, b.text) for b in document.blocks] == [
        (1, "A page turned by /Rotate. Its second line."),
        (2, "Another page."),
    ]


def test_truetype_font(tmp_path: Path) -> None:
    pdfmetrics.registerFont(TTFont("Vera", "Vera.ttf"))
    pdfmetrics.registerFont(TTFont("VeraBd", "VeraBd.ttf"))
    path = draw_pdf(
        tmp_path / "truetype.pdf",
        lines_at("Schedule 2 – Charges", font="VeraBd", size=14, y=720),
        lines_at("A care worker costs £24.80 per hour", "on weekdays.", font="Vera"),
    )
    document = read_document(path)
    assert [(b.kind, b.text) for b in document.blocks] == [
        ("heading", "Schedule 2 – Charges"),
        ("paragraph", "A care worker costs £24.80 per hour on weekdays."),
    ]


def test_words_in_separate_runs_are_spaced(tmp_path: Path) -> None:
    def draw(canvas: Canvas) -> None:
        canvas.setFont("Helvetica", 10)
        x = 72.0
        # "Agree" and "ment" abut; the other runs are a word space apart.
        for word, space in [("Agree", ""), ("ment", " "), ("dated", " "), ("1 April.", "")]:
            canvas.drawString(x, 700, word)
            x += canvas.stringWidth(word + space, "Helvetica", 10)

    document = read_document(draw_pdf(tmp_path / "runs.pdf", draw))
    assert document.text == "Agreement dated 1 April."


def kerned_pdf(path: Path) -> Path:
    """A page whose text is shown with TJ arrays: kerning inside words, a gap between them."""
    writer = PdfWriter()
    page = writer.add_blank_page(612, 792)
    font = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/Helvetica"),
            NameObject("/Encoding"): NameObject("/WinAnsiEncoding"),
        }
    )
    page[NameObject("/Resources")] = DictionaryObject(
        {NameObject("/Font"): DictionaryObject({NameObject("/F1"): writer._add_object(font)})}
    )
    content = DecodedStreamObject()
    content.set_data(
        b"BT /F1 12 Tf 72 720 Td [(Hel) -20 (lo) -600 (W) 80 (orld)] TJ "
        b"0 -14 Td [(The Con) 30 (tract) -550 (Manager.)] TJ ET"
    )
    page[NameObject("/Contents")] = writer._add_object(content)
    writer.write(path)
    return path


def test_kerned_tj_arrays(tmp_path: Path) -> None:
    document = read_document(kerned_pdf(tmp_path / "kerned.pdf"))
    assert document.text == "Hello World The Contract Manager."


@pytest.mark.parametrize("algorithm", ["RC4-128", "AES-128", "AES-256"])
def test_a_pdf_with_only_an_owner_password_opens(tmp_path: Path, algorithm: str) -> None:
    if algorithm.startswith("AES"):
        pytest.importorskip("cryptography", reason="pypdf needs it for AES")
    source = draw_pdf(tmp_path / "plain.pdf", lines_at("Open to read, closed to edit."))
    writer = PdfWriter(clone_from=source)
    writer.encrypt(user_password="", owner_password="owner-secret", algorithm=algorithm)
    writer.write(tmp_path / "owner.pdf")
    assert read_document(tmp_path / "owner.pdf").text == "Open to read, closed to edit."


def _break_widths(page: PageObject) -> None:
    for font in page["/Resources"]["/Font"].values():
        font.get_object()[NameObject("/Widths")] = NameObject("/Nonsense")


def _break_media_box(page: PageObject) -> None:
    page[NameObject("/MediaBox")] = ArrayObject([NumberObject(0)])


@pytest.mark.parametrize("damage", [_break_widths, _break_media_box])
def test_a_damaged_but_legible_page_is_read(
    tmp_path: Path, damage: Callable[[PageObject], None]
) -> None:
    writer = PdfWriter(clone_from=draw_pdf(tmp_path / "plain.pdf", lines_at("Still legible.")))
    damage(writer.pages[0])
    writer.write(tmp_path / "damaged.pdf")
    assert read_document(tmp_path / "damaged.pdf").text == "Still legible."


def _random_bytes(path: Path) -> None:
    path.write_bytes(random.Random(7).randbytes(4000))


def _truncated(path: Path) -> None:
    draw_pdf(path, lines_at("A contract cut short."), lines_at("Page two."))
    path.write_bytes(path.read_bytes()[:-900])


def _garbage_after_header(path: Path) -> None:
    path.write_bytes(b"%PDF-1.7\n" + random.Random(7).randbytes(4000))


def _encrypted(path: Path) -> None:
    writer = PdfWriter(clone_from=draw_pdf(path, lines_at("Secret terms.")))
    writer.encrypt(user_password="secret", algorithm="AES-128")
    writer.write(path)


def _no_pages(path: Path) -> None:
    PdfWriter().write(path)


def _blank_pages(path: Path) -> None:
    draw_pdf(path, lambda canvas: canvas.rect(100, 100, 200, 200, fill=1), lambda canvas: None)


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (_random_bytes, "not a PDF file"),
        (_truncated, "not a readable PDF: the file is cut short"),
        (_garbage_after_header, "not a readable PDF"),
        (_encrypted, "the PDF is password-protected"),
        (_no_pages, "the PDF has no pages"),
        (_blank_pages, "no text could be extracted, not even by OCR"),
    ],
)
def test_unreadable_pdfs(tmp_path: Path, make: Callable[[Path], None], message: str) -> None:
    path = tmp_path / "bad.pdf"
    make(path)
    with pytest.raises(DocumentError) as raised:
        read_document(path)
    assert str(raised.value).startswith(f"{path}: {message}")
    assert raised.value.hint


def test_a_page_that_fails_refuses_the_document_naming_the_page(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = draw_pdf(tmp_path / "two.pdf", lines_at("Page one."), lines_at("Page two."))
    get_contents = PageObject.get_contents

    def failing_on_page_one(page: PageObject):
        contents = get_contents(page)
        if contents is not None and b"Page one." in contents.get_data():
            raise PdfReadError("broken content stream")
        return contents

    monkeypatch.setattr(PageObject, "get_contents", failing_on_page_one)
    with pytest.raises(DocumentError) as raised:
        read_document(path)
    assert str(raised.value) == (
        f"{path}: page 1: its text cannot be read (PdfReadError), so it cannot be checked for"
        " what must be withheld. It may be damaged or incomplete: download or export it again"
        " from the original."
    )


def test_warnings_from_pypdf_are_logged_not_raised(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    path = draw_pdf(tmp_path / "one.pdf", lines_at("Page one."))
    get_contents = PageObject.get_contents

    def warning(page: PageObject):
        warnings.warn("an odd font program", UserWarning, stacklevel=1)
        return get_contents(page)

    monkeypatch.setattr(PageObject, "get_contents", warning)
    with caplog.at_level(logging.WARNING, logger="transparency.contracts"):
        assert read_document(path).text == "Page one."
    assert "one.pdf: an odd font program" in caplog.text


def test_check_boxes_in_a_pictogram_font_without_a_map_read_as_symbols() -> None:
    """A court form from Free Law Project's x-ray tests draws its check boxes in a composite
    Wingdings font with no /ToUnicode map: the boxes read as U+FFFD, the form is not refused."""
    path = (
        Path(__file__).parent / "register/documents/free-law-project-x-ray/rect_ordering_1.23.pdf"
    )
    document = read_document(path)
    assert "\ufffd An amended filing \ufffd A supplement showing" in document.text
    assert "Larry Lewis" in document.text
