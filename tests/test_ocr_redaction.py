"""Redaction in pixels: scanned pages burnt in and republished as an image, images under a box.

Scanned PDFs are made here as a scanner makes them: a reportlab page rendered to an image,
turned slightly and given noise, saved as a PDF by Pillow (one image, no text). They are read
by OCR (``read_document``), a word's span is decided by place, and the published copy is read
independently: pypdf for its structure, PDFium's render for its pixels, Tesseract for its words.
"""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
import pytest
from PIL import Image, ImageDraw
from pypdf import PdfReader, PdfWriter
from reportlab.lib.pagesizes import A5
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from transparency.contracts import read_document
from transparency.contracts.ocr import set_cache
from transparency.errors import DocumentError, LeakDetected
from transparency.site.originals import Withheld, redact_original

pytestmark = pytest.mark.skipif(
    shutil.which("tesseract") is None, reason="Tesseract (the OCR engine) is not installed"
)

LABEL = "FOIA s.43(2)"
LINES = [
    "SERVICES AGREEMENT",
    "This agreement is made between Anyshire County",
    "Council and Brightpath Care Limited.",
    "The hourly rate is 24.80 pounds per hour.",
    "Contract manager: Priya Sandhu.",
    "Signed for the supplier by Priya Sandhu.",
]


@pytest.fixture(autouse=True)
def ocr_cache(tmp_path: Path):
    """The parse and the burn-in share OCR results, as in a workspace (the proof never does)."""
    with set_cache(tmp_path / "ocr"):
        yield


def text_page(lines: list[str], *, layer: str = "") -> bytes:
    """A reportlab A5 page of ``lines`` (and ``layer`` as invisible text)."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A5)
    canvas.setFont("Helvetica", 12)
    for number, line in enumerate(lines):
        canvas.drawString(50, 540 - 22 * number, line)
    if layer:
        text = canvas.beginText(50, 100)
        text.setTextRenderMode(3)
        text.textLine(layer)
        canvas.drawText(text)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def render(data: bytes, index: int = 0, dpi: int = 200) -> Image.Image:
    document = pdfium.PdfDocument(data)
    try:
        return document[index].render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
    finally:
        document.close()


def scan(lines: list[str], *, dpi: int = 200, angle: float = 0.6) -> Image.Image:
    """``lines`` printed and scanned: rendered, turned by ``angle`` degrees, with noise."""
    image = render(text_page(lines), dpi=dpi)
    image = image.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=255)
    noise = np.random.default_rng(7).normal(0, 12, (image.height, image.width))
    return Image.fromarray(np.clip(np.asarray(image) + noise, 0, 255).astype(np.uint8))


def scanned_pdf(path: Path, lines: list[str] = LINES) -> Path:
    scan(lines).save(path, "PDF", resolution=200)
    return path


def redact(source: Path, target: Path, word: str, occurrence: int = 0):
    """Redact the ``occurrence``-th (from 0) ``word`` of the parsed ``source`` by place."""
    document = read_document(source)
    start = -1
    for _ in range(occurrence + 1):
        start = document.text.index(word, start + 1)
    places = tuple(document.places_of(start, start + len(word)))
    withheld = [Withheld(word, LABEL, places=places)]
    return document, redact_original(source, target, withheld, document=document)


def ocr(image: Image.Image) -> str:
    import pytesseract

    return " ".join(pytesseract.image_to_string(image, config="--psm 4").split())


def pixels_only(page) -> bool:
    """Whether ``page`` (pypdf) is one image and nothing else: no text, no other resource."""
    operations = [op for _, op in page.get_contents().operations]
    resources = page["/Resources"]
    images = [ref.get_object()["/Subtype"] for ref in resources["/XObject"].values()]
    return (
        operations == [b"q", b"cm", b"Do", b"Q"]
        and set(resources) == {"/XObject"}
        and images == ["/Image"]
        and "/Annots" not in page
        and page.extract_text().strip() == ""
    )


def cover_box(
    source: Path, document, word: str, occurrence: int, dpi: int
) -> tuple[int, int, int, int]:
    """The pixel box (at ``dpi``, origin top left) of the OCR words the occurrence was read as."""
    from transparency.contracts.pdf_reader import read_pdf

    reading = read_pdf(source.read_bytes(), source)
    start = -1
    for _ in range(occurrence + 1):
        start = document.text.index(word, start + 1)
    boxes = [reading.glyphs[p].box for p in document.places_of(start, start + len(word))]
    top = reading.boxes[0][3]
    scale = dpi / 72
    return (
        int(min(b[0] for b in boxes) * scale),
        int((top - max(b[3] for b in boxes)) * scale),
        int(max(b[2] for b in boxes) * scale) + 1,
        int((top - min(b[1] for b in boxes)) * scale) + 1,
    )


def test_a_scanned_page_is_republished_as_pixels_with_the_word_burnt_in(tmp_path: Path) -> None:
    source = scanned_pdf(tmp_path / "scan.pdf")
    target = tmp_path / "out" / "scan.pdf"
    document, report = redact(source, target, "Priya Sandhu")
    assert report.boxes == 1
    published = PdfReader(target)
    assert len(published.pages) == 1 and pixels_only(published.pages[0])
    assert [float(v) for v in published.pages[0].cropbox] == [
        float(v) for v in PdfReader(source).pages[0].cropbox
    ]
    image = render(target.read_bytes(), dpi=300)
    read = ocr(image)
    assert "Contract manager:" in read  # the neighbours of the redacted words
    assert "Signed for the supplier by Priya Sandhu" in read  # the other occurrence stands
    assert read.count("Sandhu") == 1 and read.count("Priya") == 1
    x0, y0, x1, y1 = cover_box(source, document, "Priya Sandhu", 0, 300)
    box = np.asarray(image.crop((x0, y0, x1, y1)))
    assert (box < 80).mean() > 0.75  # black, but for the label
    assert (box > 170).mean() > 0.03  # the label, in white
    label = ocr(Image.fromarray(255 - box).resize((2 * (x1 - x0), 2 * (y1 - y0))))
    assert "43(2)" in label.replace(" ", "")
    clean = np.asarray(render(source.read_bytes(), dpi=300).crop((x0, y0, x1, y1)))
    assert (clean < 80).mean() < 0.3  # the box really is where the words were


def test_a_scanners_invisible_text_layer_is_never_published(tmp_path: Path) -> None:
    """A page with a scanner's text layer is read afresh and republished as pixels, redacted
    or not: the layer's words, which the page does not show, are gone."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A5)
    canvas.drawImage(ImageReader(scan(LINES)), 0, 0, *A5)
    text = canvas.beginText(50, 540)
    text.setTextRenderMode(3)
    text.textLine("SERVICES AGREEMENT Zanzibarian Quillfeather")
    canvas.drawText(text)
    canvas.showPage()
    canvas.save()
    source = tmp_path / "layer.pdf"
    source.write_bytes(buffer.getvalue())
    assert "Zanzibarian" in PdfReader(source).pages[0].extract_text()
    target = tmp_path / "out.pdf"
    redact(source, target, "24.80")
    page = PdfReader(target).pages[0]
    assert pixels_only(page)
    assert b"Zanzibarian" not in target.read_bytes()
    assert "24.80" not in ocr(render(target.read_bytes(), dpi=300))


def test_a_mixed_document_keeps_its_text_pages_as_text(tmp_path: Path) -> None:
    writer = PdfWriter()
    writer.append(io.BytesIO(text_page(["Cover page: Priya Sandhu, contract manager."])))
    scanned = scanned_pdf(tmp_path / "scan.pdf")
    writer.append(str(scanned))
    source = tmp_path / "mixed.pdf"
    writer.write(source)
    target = tmp_path / "out.pdf"
    document = read_document(source)
    spans = [
        document.text.index("Priya Sandhu"),
        document.text.index("Priya Sandhu", document.text.index("Contract manager")),
    ]
    withheld = [
        Withheld("Priya Sandhu", LABEL, places=tuple(document.places_of(s, s + 12))) for s in spans
    ]
    redact_original(source, target, withheld, document=document)
    published = PdfReader(target)
    first = published.pages[0].extract_text()
    assert "Cover page:" in first and "contract manager." in first and "Sandhu" not in first
    assert "/Font" in published.pages[0]["/Resources"]
    assert pixels_only(published.pages[1])
    read = ocr(render(target.read_bytes(), 1, dpi=300))
    assert "Contract manager:" in read and read.count("Sandhu") == 1


def test_the_proof_reads_the_published_scan_by_ocr(tmp_path: Path, monkeypatch) -> None:
    """Pixels that still show the word are a leak, found by the proof's own OCR."""
    from transparency.site.originals import pdf_pixels

    monkeypatch.setattr(pdf_pixels, "_paint_covers", lambda *args: None)
    source = scanned_pdf(tmp_path / "scan.pdf")
    with pytest.raises(LeakDetected) as raised:
        redact(source, tmp_path / "out.pdf", "Brightpath")
    assert [problem.message for problem in raised.value.problems] == [
        "still contains the text of redaction 1 (FOIA s.43(2)), in the text read by OCR where a"
        " page is an image (by pypdf elsewhere) (1 times; at most 0 may stand)"
    ]
    assert not (tmp_path / "out.pdf").exists()


def signature() -> Image.Image:
    """A blue scribble on white, 300 by 100 pixels."""
    image = Image.new("RGB", (300, 100), "white")
    draw = ImageDraw.Draw(image)
    draw.line([(10, 80), (60, 10), (110, 90), (160, 15), (210, 85), (290, 20)], "navy", 9)
    return image


def test_an_image_under_a_redacted_span_is_blanked_under_the_box(tmp_path: Path) -> None:
    """The signature drawn over the signatory's typed name loses its pixels under the box;
    the rest of it, and the same image drawn elsewhere, are intact."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A5)
    canvas.setFont("Helvetica", 12)
    canvas.drawString(50, 400, "Signed by Priya Sandhu for the supplier.")
    mark = ImageReader(signature())
    canvas.drawImage(mark, 100, 380, 150, 50)  # over "Priya Sandhu" and beyond it
    canvas.drawImage(mark, 100, 100, 150, 50)  # the same image, under nothing
    canvas.showPage()
    canvas.save()
    source = tmp_path / "signed.pdf"
    source.write_bytes(buffer.getvalue())
    target = tmp_path / "out.pdf"
    redact(source, target, "Priya Sandhu")
    before, after = render(source.read_bytes(), dpi=72), render(target.read_bytes(), dpi=72)
    top = 595
    document = read_document(source)
    start = document.text.index("Priya Sandhu")
    from transparency.contracts.pdf_reader import read_pdf

    reading = read_pdf(source.read_bytes(), source)
    boxes = [reading.glyphs[p].box for p in document.places_of(start, start + 12)]
    x0, x1 = min(b[0] for b in boxes), max(b[2] for b in boxes)
    y0, y1 = min(b[1] for b in boxes), max(b[3] for b in boxes)
    assert x0 < 250 and y1 > 380  # the image lies partly under the box
    # Under the box, the image's pixels are gone from the image itself: decode it.
    published = PdfReader(target).pages[0]
    images = [ref.get_object() for ref in published["/Resources"]["/XObject"].values()]
    decoded = [np.asarray(i.decode_as_image().convert("L")) for i in images if "/Width" in i]
    originals = [np.asarray(signature().convert("L"))]
    assert len(decoded) == 2
    assert sum(np.array_equal(d, originals[0]) for d in decoded) == 1  # the copy elsewhere
    blanked = next(d for d in decoded if not np.array_equal(d, originals[0]))
    # The box in the image's pixels (150 x 50 points onto 300 x 100 pixels, origin 100, 380).
    px0, px1 = int((x0 - 100) * 2) + 2, int((min(x1, 250) - 100) * 2) - 2
    py0, py1 = int((430 - min(y1, 430)) * 2) + 2, int((430 - y0) * 2) - 2
    assert (blanked[py0:py1, px0:px1] < 30).all()
    assert np.array_equal(blanked[:, px1 + 6 :], originals[0][:, px1 + 6 :])  # intact beyond
    assert (originals[0][py0:py1, px0:px1] > 200).mean() > 0.5  # it was not black before
    # Rendered: the signature's pixels away from the box are as they were.
    away = (int(x1) + 4, int(top - 430), 250, int(top - 380))
    assert np.array_equal(np.asarray(before.crop(away)), np.asarray(after.crop(away)))
    other = (100, top - 150, 250, top - 100)
    assert np.array_equal(np.asarray(before.crop(other)), np.asarray(after.crop(other)))


def undecodable_pdf(path: Path, *, under: bool) -> Path:
    """Page 2 shows text over (or, not ``under``, away from) an image that cannot be decoded."""
    image = b"q 200 0 0 40 60 750 cm /Im1 Do Q" if under else b"q 200 0 0 40 60 100 cm /Im1 Do Q"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [4 0 R 6 0 R] /Count 2 >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R"
        " >> >> /Contents 5 0 R >>",
        b"BT /F1 12 Tf 72 760 Td (The first page.) Tj ET",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R"
        " >> /XObject << /Im1 8 0 R >> >> /Contents 7 0 R >>",
        image + b"\nBT /F1 12 Tf 72 760 Td (Signed by Brightpath Care.) Tj ET",
        (
            b"<< /Type /XObject /Subtype /Image /Width 20 /Height 4 /ColorSpace /DeviceRGB"
            b" /BitsPerComponent 8 /Filter /JPXDecode",
            b"not a JPEG 2000 codestream",
        ),
    ]
    out, offsets = io.BytesIO(), []
    out.write(b"%PDF-1.7\n")
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        if isinstance(body, tuple):
            out.write(b"%d 0 obj\n%s /Length %d >>\nstream\n" % (number, body[0], len(body[1])))
            out.write(body[1] + b"\nendstream\nendobj\n")
        elif isinstance(body, bytes):
            out.write(b"%d 0 obj\n<< /Length %d >>\nstream\n" % (number, len(body)))
            out.write(body + b"\nendstream\nendobj\n")
        else:
            out.write(f"{number} 0 obj\n{body}\nendobj\n".encode())
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (9, xref))
    path.write_bytes(out.getvalue())
    return path


def test_an_image_that_cannot_be_encoded_again_under_a_redaction_is_refused(tmp_path) -> None:
    source = undecodable_pdf(tmp_path / "jpx.pdf", under=True)
    with pytest.raises(
        DocumentError,
        match=r"page 2: an image under a redaction cannot be decoded and encoded again",
    ) as raised:
        redact(source, tmp_path / "out.pdf", "Brightpath")
    assert "Brightpath" not in str(raised.value)
    assert not (tmp_path / "out.pdf").exists()
    # The same image away from every redaction is published as it is.
    source = undecodable_pdf(tmp_path / "away.pdf", under=False)
    redact(source, tmp_path / "away-out.pdf", "Brightpath")
    assert b"not a JPEG 2000 codestream" in (tmp_path / "away-out.pdf").read_bytes()


def test_a_pdf_without_scanned_pages_is_not_read_by_ocr_in_the_proof(tmp_path, monkeypatch):
    from transparency.site.originals import proof

    def no_ocr(*args):
        raise AssertionError("OCR in the proof of a PDF of text")

    monkeypatch.setattr(proof, "_ocr_reading", no_ocr)
    source = tmp_path / "text.pdf"
    source.write_bytes(text_page(LINES))
    redact(source, tmp_path / "out.pdf", "Priya Sandhu")
    assert "Sandhu" in PdfReader(tmp_path / "out.pdf").pages[0].extract_text()  # the other
