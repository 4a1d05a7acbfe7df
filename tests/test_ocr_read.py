"""Scanned pages are read by OCR into the document model, as placed words."""

from __future__ import annotations

import io
import logging
import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from transparency.contracts import read_document
from transparency.contracts.cache import read_cached

pytestmark = pytest.mark.skipif(shutil.which("tesseract") is None, reason="needs Tesseract")

LINES = (
    "SCHEDULE 2 - CHARGES",
    "The hourly rate for weekday care is £24.80 per hour.",
    "Payments are made to sort code 20-45-77, account 41234567.",
    "Contract Manager: Ms Priya Sandhu, Brightpath Care Ltd.",
)


def text_page(lines=LINES) -> bytes:
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4)
    canvas.setFont("Helvetica", 12)
    for number, line in enumerate(lines):
        canvas.drawString(72, 760 - number * 22, line)
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def scan_of(data: bytes, *, angle: float = 0.8, layer: str | None = None) -> bytes:
    """A scanned copy of the one-page PDF ``data``: rendered, turned, blurred, speckled, saved
    as an image filling the page; ``layer``: a scanner's invisible text layer over it."""
    import numpy as np
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter

    document = pdfium.PdfDocument(data)
    image = document[0].render(scale=200 / 72, grayscale=True).to_pil().convert("L")
    document.close()
    image = image.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=255)
    image = image.filter(ImageFilter.GaussianBlur(0.6))
    pixels = np.asarray(image, dtype=np.float32) * 0.92 + 14
    pixels += np.random.default_rng(7).normal(0, 5, pixels.shape)
    image = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
    buffer = io.BytesIO()
    image.save(buffer, "PDF", resolution=200, quality=70)
    if layer is None:
        return buffer.getvalue()
    overlay = io.BytesIO()
    canvas = Canvas(overlay, pagesize=A4)
    text = canvas.beginText(72, 760)
    text.setTextRenderMode(3)  # invisible, as a scanner's OCR layer
    text.setFont("Helvetica", 12)
    text.textLine(layer)
    canvas.drawText(text)
    canvas.showPage()
    canvas.save()
    writer = PdfWriter()
    page = writer.add_page(PdfReader(io.BytesIO(buffer.getvalue())).pages[0])
    page.merge_page(PdfReader(io.BytesIO(overlay.getvalue())).pages[0])
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_a_scanned_page_is_read_into_placed_words(tmp_path: Path) -> None:
    source = tmp_path / "scan.pdf"
    source.write_bytes(scan_of(text_page()))
    document = read_document(source)
    for needle in ("£24.80", "20-45-77", "41234567", "Priya Sandhu", "hourly rate for weekday"):
        assert needle in document.text
    start = document.text.index("41234567")
    (word,) = document.ocr_in(start, start + 8)  # one word ("41234567" or "41234567.")
    assert word[0] == start and word[1] >= start + 8 and 0 <= word[2] <= 100
    places = document.places_of(start, start + 8)
    assert len(places) == 1 and isinstance(places[0], int)  # one glyph: the word
    assert document.blocks[0].page == 1


def test_a_mixed_document_reads_text_pages_as_text_and_scans_by_ocr(tmp_path: Path) -> None:
    writer = PdfWriter()
    writer.add_page(PdfReader(io.BytesIO(text_page(["Page one is typed: £150 a visit."]))).pages[0])
    writer.add_page(PdfReader(io.BytesIO(scan_of(text_page()))).pages[0])
    source = tmp_path / "mixed.pdf"
    with source.open("wb") as handle:
        writer.write(handle)
    document = read_document(source)
    typed = document.text.index("Page one is typed")
    assert document.ocr_in(typed, typed + 17) == []  # not OCR
    assert "Priya Sandhu" in document.text
    scanned = document.text.index("Priya Sandhu")
    assert document.ocr_in(scanned, scanned + 12)
    assert document.page_at(typed) == 1 and document.page_at(scanned) == 2


def test_a_scanners_text_layer_is_not_trusted(tmp_path: Path, caplog) -> None:
    source = tmp_path / "layered.pdf"
    source.write_bytes(scan_of(text_page(), layer="Nothing like what the page shows at all"))
    with caplog.at_level(logging.WARNING, logger="transparency.contracts"):
        document = read_document(source)
    assert "Nothing like what the page shows" not in document.text
    assert "Priya Sandhu" in document.text
    assert "text layer disagrees with a fresh OCR" in caplog.text
    assert "Priya" not in caplog.text  # the page's words are not logged


def test_a_picture_without_words_is_refused_in_one_line(tmp_path: Path) -> None:
    import numpy as np
    from PIL import Image

    from transparency.errors import DocumentError

    stripes = np.tile((np.arange(600) // 40 % 2 * 200).astype(np.uint8), (800, 1))
    source = tmp_path / "picture.pdf"
    Image.fromarray(stripes).save(source, "PDF", resolution=100)
    with pytest.raises(DocumentError, match="not even by OCR of its scanned pages"):
        read_document(source)


def test_ocr_results_are_kept_by_page_image(tmp_path: Path, monkeypatch) -> None:
    source = tmp_path / "scan.pdf"
    source.write_bytes(scan_of(text_page()))
    first = read_cached(source, "scan.pdf", tmp_path / "cache" / "documents")
    assert list((tmp_path / "cache" / "ocr").glob("*.json"))
    import pytesseract

    def no_tesseract(*args, **kwargs):
        raise AssertionError("OCR ran again")

    monkeypatch.setattr(pytesseract, "image_to_data", no_tesseract)
    for entry in (tmp_path / "cache" / "documents").glob("*"):
        entry.unlink()  # the parse is redone; the page's words come from the OCR cache
    assert read_cached(source, "scan.pdf", tmp_path / "cache" / "documents") == first


@pytest.mark.parametrize("rotation", [90, 180, 270])
def test_a_scan_turned_by_rotate_reads_as_shown_and_is_redacted_in_place(tmp_path, rotation):
    """A landscape or upside-down scan is often put right by /Rotate: the words are read as the
    page is shown, their places lie where the image shows them, and a redaction burns them."""
    import pypdfium2 as pdfium
    import pytesseract
    from PIL import Image

    from transparency.site.originals import Withheld, redact_original

    upright = scan_of(text_page(), angle=0.4)
    image = Image.open(io.BytesIO(upright_image(upright)))
    stored = io.BytesIO()
    # Stored turned back, so that the page turned by /Rotate shows it upright.
    image.rotate(rotation, expand=True).save(stored, "PDF", resolution=200, quality=70)
    writer = PdfWriter()
    writer.add_page(PdfReader(io.BytesIO(stored.getvalue())).pages[0]).rotate(rotation)
    source = tmp_path / "turned.pdf"
    with source.open("wb") as handle:
        writer.write(handle)
    document = read_document(source)
    assert "Payments are made to sort code 20-45-77" in document.text
    start = document.text.index("41234567")
    withheld = Withheld("41234567", "s.43(2)", places=tuple(document.places_of(start, start + 8)))
    target = tmp_path / "out.pdf"
    redact_original(source, target, [withheld], document=document)
    shown = pdfium.PdfDocument(target.read_bytes())
    read = pytesseract.image_to_string(shown[0].render(scale=300 / 72).to_pil())
    shown.close()
    assert "41234567" not in read and "sort code" in read


def upright_image(pdf: bytes) -> bytes:
    """The one image of a scanned page, as PNG."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    out = io.BytesIO()
    document[0].render(scale=200 / 72, grayscale=True).to_pil().save(out, "PNG")
    document.close()
    return out.getvalue()
