"""Scanned contracts on the officers' screens: text read by OCR is announced with its
confidence, and words read with low confidence are marked for a look at the page image.

The contract is a page drawn with reportlab, rendered to pixels by PDFium and saved as an
image-only PDF, so the scan reads it by OCR with the Tesseract installed. How sure Tesseract is
of a faint or blurred word differs between its versions, so the tests lower the confidence of
chosen words in Tesseract's answer (pytesseract's ``image_to_data``) instead of relying on a
blurred word; everything after it (the document model, the scan, the screens) is the tool's.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

import click
import pypdfium2 as pdfium
import pytesseract
import pytest
import yaml
from conftest import CONTRACT_YAML
from decisions_helpers import flat, lines, run, scan_candidates
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from transparency.commands.screens import passage_lines, reading_lines
from transparency.contracts.ocr import INSTALL_HINT, LOW_CONFIDENCE, tesseract_available
from transparency.decisions.session import PassageContext

needs_tesseract = pytest.mark.skipif(not tesseract_available(), reason="Tesseract is not installed")

PAGE = [
    "Home care services contract",
    "The hourly rate for weekday care is £24.80 per hour.",
    "Payments shall be made to sort code 20-45-77.",
]
#: Tesseract's confidence for these words, as the tests set it.
DOUBTFUL = {"£24.80": "41", "weekday": "55"}


def scanned_pdf(path: Path) -> Path:
    """A one-page PDF that is only an image of the page (a scan)."""
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4)
    page.setFont("Helvetica", 13)
    for number, line in enumerate(PAGE):
        page.drawString(72, 770 - 30 * number, line)
    page.save()
    document = pdfium.PdfDocument(buffer.getvalue())
    try:
        image = document[0].render(scale=200 / 72, grayscale=True).to_pil().convert("L")
    finally:
        document.close()
    image.save(path, format="PDF", resolution=200)
    return path


@pytest.fixture
def doubtful_words(monkeypatch):
    """Tesseract reports the words of :data:`DOUBTFUL` with the confidence given there."""
    read = pytesseract.image_to_data

    def image_to_data(*args, **kwargs):
        data = read(*args, **kwargs)
        data["conf"] = [
            DOUBTFUL.get(text.strip(), conf)
            for text, conf in zip(data["text"], data["conf"], strict=True)
        ]
        return data

    monkeypatch.setattr(pytesseract, "image_to_data", image_to_data)


@pytest.fixture
def scanned_contract(make_workspace):
    """A workspace whose contract is a scanned PDF (not yet scanned by the tool)."""
    root = make_workspace()
    folder = root / "contracts" / "home-care"
    (folder / "contract.docx").unlink()
    scanned_pdf(folder / "contract.pdf")
    meta = {**CONTRACT_YAML, "documents": [{"file": "contract.pdf", "title": "Signed contract"}]}
    (folder / "contract.yaml").write_text(yaml.safe_dump(meta))
    return root


@pytest.fixture
def scanned(runner, scanned_contract, doubtful_words):
    result = run(runner, scanned_contract, "scan")
    assert result.exit_code == 0, result.output
    return scanned_contract


def _screens(output: str) -> list[str]:
    """The output cut into the screens of each passage."""
    return re.split(r"\n─+\n(?=Passage \d)", output)[1:]


@needs_tesseract
def test_a_low_confidence_passage_is_marked_on_the_review_screen(runner, scanned):
    (rate, sort_code) = scan_candidates(scanned)[:2]
    assert (rate["text"], sort_code["text"]) == ("£24.80", "20-45-77")
    result = run(runner, scanned, "review", "home-care", input=lines("q"))
    assert result.exit_code == 0, result.output
    (screen,) = _screens(result.output)
    heading = screen.splitlines()[0]
    assert heading == "Passage 1 of 2 · contract.pdf · page 1 · check the page image"
    assert "The hourly rate for {?weekday?} care is [[{?£24.80?}]] per hour." in screen
    assert "Read by OCR from a scanned page (confidence 41%): check the page image." in flat(screen)
    assert "Words marked {?like this?} were read with low confidence." in flat(screen)
    assert "Read by OCR (lowest word confidence 41%)." in flat(screen)  # the scan's notes


@needs_tesseract
def test_ocr_text_is_announced_with_its_confidence(runner, scanned):
    sort_code = scan_candidates(scanned)[1]
    assert "Read by OCR (lowest word confidence " in sort_code["explanation"]
    result = run(runner, scanned, "review", "home-care", input=lines("3", "q"))
    assert result.exit_code == 0, result.output
    _, screen = _screens(result.output)
    assert screen.splitlines()[0] == "Passage 2 of 2 · contract.pdf · page 1"
    (confidence,) = re.findall(r"Read by OCR from a scanned page \(confidence (\d+)%\)\.", screen)
    assert int(confidence) >= LOW_CONFIDENCE
    assert f"(lowest word confidence {confidence}%)" in sort_code["explanation"]
    # The passage is sure; the doubtful words of the paragraph before it are still marked.
    assert "[[20-45-77]]" in screen
    assert "The hourly rate for {?weekday?} care is {?£24.80?} per hour." in screen
    assert "check the page image" not in screen


@needs_tesseract
def test_a_manual_redaction_of_ocr_text_shows_its_confidence(runner, scanned):
    result = run(runner, scanned, "redact", "home-care", "--text", "weekday care")
    assert result.exit_code == 1  # no answers given: nothing is recorded
    out = flat(result.output)
    assert "A redaction the scan missed · contract.pdf · check the page image" in out
    assert "The hourly rate for [[{?weekday?} care]] is {?£24.80?} per hour." in out
    assert "Read by OCR from a scanned page (confidence 55%): check the page image." in out


@pytest.mark.parametrize(
    ("doubtful", "shown"),
    [
        pytest.param([(4, 10)], "the [[{?Sandhu?}]], director", id="the passage"),
        pytest.param([(4, 11)], "the [[{?Sandhu?}]], director", id="a word cut by the passage"),
        pytest.param([(12, 20)], "the [[Sandhu]], {?director?}", id="a word after it"),
        pytest.param([(0, 3), (12, 20)], "{?the?} [[Sandhu]], {?director?}", id="two words"),
    ],
)
def test_doubtful_words_are_marked_in_the_context(doubtful, shown):
    context = PassageContext("", 1, "the ", "Sandhu", ", director", ocr=40.0, doubtful=doubtful)
    assert [click.unstyle(line) for line in passage_lines(context, "")] == [shown]


def test_text_the_file_holds_as_text_is_not_announced():
    assert reading_lines(PassageContext("", 1, "the ", "Sandhu", ", director")) == []
    assert reading_lines(PassageContext("", 1, "the ", "Sandhu", ".", ocr=92.4)) == [
        "  Read by OCR from a scanned page (confidence 92%)."
    ]


def test_a_scanned_page_without_tesseract_is_refused_in_one_line(
    runner, scanned_contract, monkeypatch
):
    monkeypatch.setattr(pytesseract.pytesseract, "tesseract_cmd", "/nonexistent/tesseract")
    result = run(runner, scanned_contract, "scan")
    assert result.exit_code != 0
    assert "Traceback" not in result.output
    path = scanned_contract / "contracts" / "home-care" / "contract.pdf"
    progress = "Scanning"  # the progress bar's label, on standard error
    assert [line for line in result.output.splitlines() if line != progress] == [
        f"Error: {path}: page 1: the page is a scanned image and Tesseract, the OCR engine that"
        f" reads it, is not installed. {INSTALL_HINT}"
    ]
    assert not (scanned_contract / "redaction" / "home-care.yaml").exists()
