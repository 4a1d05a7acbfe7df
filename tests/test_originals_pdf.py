"""Redacted PDF originals: glyphs removed from the content streams, boxes drawn, nothing left.

Inputs come from several producers: reportlab (Standard 14 fonts, an embedded TrueType font, a
Form XObject drawn on two pages, rotated pages, annotations, a form field, attachments,
JavaScript, metadata), fpdf2 (a composite Type0 font with Identity-H and a ToUnicode map), hand
written content streams (kerned TJ arrays, character and word spacing, horizontal scaling, rise,
the quote operators, rotated text, hidden optional content, invisible text) and LibreOffice's
export of a DOCX when it is installed. Every check reads the result independently: pypdf,
poppler's pdftotext (positions included) and the raw decompressed objects.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    NameObject,
    TextStringObject,
)
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from transparency.errors import DocumentError, LeakDetected
from transparency.site.originals import Withheld, clean_copy, prove_redacted, redact_original

PDFTOTEXT = shutil.which("pdftotext")
needs_poppler = pytest.mark.skipif(PDFTOTEXT is None, reason="poppler-utils is not installed")


def pdftotext(path: Path) -> str:
    return subprocess.run(
        [PDFTOTEXT, "-q", str(path), "-"], capture_output=True, check=True, text=True
    ).stdout


def words_with_boxes(path: Path) -> list[tuple[str, int, tuple[float, ...]]]:
    """Every word pdftotext finds, with its page and box."""
    html = subprocess.run(
        [PDFTOTEXT, "-q", "-bbox", str(path), "-"], capture_output=True, check=True, text=True
    ).stdout
    words, page = [], 0
    for line in html.splitlines():
        if "<page " in line:
            page += 1
        found = re.search(
            r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">'
            r"(.*?)</word>",
            line,
        )
        if found:
            box = tuple(round(float(v), 1) for v in found.groups()[:4])
            words.append((found.group(5), page, box))
    return words


def same_places(before: list, after: list, word: str) -> bool:
    """Whether ``word`` is drawn at the same places (to 0.15 pt) in both lists."""
    old = sorted((p, b) for w, p, b in before if w == word)
    new = sorted((p, b) for w, p, b in after if w == word)
    return (
        bool(old)
        and len(old) == len(new)
        and all(
            p == q and all(abs(x - y) <= 0.15 for x, y in zip(a, b, strict=True))
            for (p, a), (q, b) in zip(old, new, strict=True)
        )
    )


def pypdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def raw_objects(path: Path) -> str:
    """Every object of the file, streams decompressed, as one Latin-1 text."""
    reader = PdfReader(path)
    chunks = [path.read_bytes().decode("latin-1")]
    for num in {n for table in reader.xref.values() for n in table} | set(reader.xref_objStm):
        obj = reader.get_object(num)
        chunks.append(str(obj))
        if hasattr(obj, "get_data"):
            chunks.append(obj.get_data().decode("latin-1"))
    return "\n".join(chunks)


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text).casefold()


def pdfminer_text(path: Path) -> str:
    from pdfminer.high_level import extract_text

    return extract_text(str(path))


def assert_redacted(
    source: Path, target: Path, secrets: list[str], kept: list[str], *, miner: bool = False
) -> None:
    """Each secret is gone for every reader; each kept word is still there; same page count.

    The second extractor is pdftotext, or pdfminer.six with ``miner`` (pdftotext skips the
    text of pages turned by 90 degrees).
    """
    second = pdfminer_text(target) if miner or not PDFTOTEXT else pdftotext(target)
    extracted = [pypdf_text(target), second, raw_objects(target)]
    for text in extracted:
        for secret in secrets:
            assert squash(secret) not in squash(text), secret
    for word in kept:
        assert " ".join(word.split()) in " ".join(extracted[0].split()), word
        assert squash(word) in squash(extracted[1]), word
    assert len(PdfReader(target).pages) == len(PdfReader(source).pages)
    assert prove_redacted(target, [Withheld(s, "x") for s in secrets]) == []


def raw_pdf(
    path: Path, *contents: bytes, rotate: int = 0, extra: str = "", fonts: str = ""
) -> Path:
    """A PDF written by hand: one page per content stream, Helvetica as /F1 (and ``fonts``)."""
    objects = ["<< /Type /Catalog /Pages 2 0 R >>", ""]
    kids = []
    font = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objects.append(font)
    for content in contents:
        page_number = len(objects) + 1
        kids.append(f"{page_number} 0 R")
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Rotate {rotate} "
            f"/Resources << /Font << /F1 3 0 R {fonts} >> {extra} >> "
            f"/Contents {page_number + 1} 0 R >>"
        )
        objects.append(content)
    objects[1] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(kids)} >>"
    out, offsets = io.BytesIO(), []
    out.write(b"%PDF-1.7\n")
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        if isinstance(body, bytes):
            out.write(b"%d 0 obj\n<< /Length %d >>\nstream\n" % (number, len(body)))
            out.write(body + b"\nendstream\nendobj\n")
        else:
            out.write(f"{number} 0 obj\n{body}\nendobj\n".encode())
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(
        b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    )
    path.write_bytes(out.getvalue())
    return path


def vera() -> str:
    import reportlab

    font = Path(reportlab.__file__).parent / "fonts" / "Vera.ttf"
    pdfmetrics.registerFont(TTFont("Vera", str(font)))
    return "Vera"


@pytest.fixture
def contract_pdf(tmp_path: Path) -> Path:
    """Two reportlab pages: Helvetica, Vera (TrueType), a form on both pages, a wrapped name."""
    path = tmp_path / "contract.pdf"
    canvas = Canvas(str(path), pagesize=A4)
    canvas.beginForm("footer")
    canvas.setFont("Helvetica", 8)
    canvas.drawString(72, 40, "Prepared by Priya Sandhu for Anyshire County Council")
    canvas.endForm()
    canvas.setFont("Helvetica", 11)
    canvas.drawString(72, 760, "The hourly rate for weekday care is £24.80 per hour.")
    canvas.drawString(72, 740, "The contract manager is Ms Priya")
    canvas.drawString(72, 726, "Sandhu, who reviews the charges.")
    canvas.drawString(72, 700, "Account number 4123")
    canvas.drawString(
        72 + pdfmetrics.stringWidth("Account number 4123", "Helvetica", 11),
        700,
        "4567 at Example Bank.",
    )
    canvas.setFont(vera(), 11)
    canvas.drawString(72, 660, "Insurance cover with Acme Mutual of £5,000,000 applies.")
    canvas.doForm("footer")
    canvas.showPage()
    canvas.setFont("Helvetica", 11)
    canvas.drawString(72, 760, "Schedule 2: the weekly rate is £24.80 plus expenses.")
    canvas.doForm("footer")
    canvas.showPage()
    canvas.save()
    return path


SECRETS = ["£24.80", "Priya Sandhu", "41234567", "Acme Mutual"]


@needs_poppler
def test_reportlab_contract_every_occurrence_removed(contract_pdf: Path, tmp_path: Path) -> None:
    target = tmp_path / "out" / "contract.pdf"
    withheld = [Withheld(s, "s.43(2)") for s in SECRETS]
    report = redact_original(contract_pdf, target, withheld)
    assert report.pages == 2
    # £24.80 twice, the name on two lines and in the form (read once per page), the account
    # number across two operators, the insurer in the TrueType font.
    assert report.occurrences == {"£24.80": 2, "Priya Sandhu": 3, "41234567": 1, "Acme Mutual": 1}
    assert report.boxes >= 6
    assert_redacted(
        contract_pdf,
        target,
        SECRETS,
        [
            "hourly rate for weekday care",
            "per hour",
            "contract manager is Ms",
            "who reviews the charges",
            "Account number",
            "at Example Bank",
            "Insurance cover",
            "of £5,000,000 applies",
            "Prepared by",
            "for Anyshire County Council",
            "Schedule 2",
            "plus expenses",
        ],
    )
    # The withheld passages are replaced by their label.
    assert pdftotext(target).count("s.43(2)") >= 6


@needs_poppler
def test_other_glyphs_keep_their_positions(contract_pdf: Path, tmp_path: Path) -> None:
    target = tmp_path / "redacted.pdf"
    redact_original(contract_pdf, target, [Withheld(s, "s.43(2)") for s in SECRETS])
    before, after = words_with_boxes(contract_pdf), words_with_boxes(target)
    for word in (
        "per",
        "hour.",
        "reviews",
        "who",
        "at",
        "Example",
        "Bank.",
        "applies.",
        "for",
        "Anyshire",
        "plus",
        "expenses.",
    ):
        assert same_places(before, after, word), word


def test_form_xobject_rewritten_once_for_both_pages(contract_pdf: Path, tmp_path: Path) -> None:
    target = tmp_path / "redacted.pdf"
    redact_original(contract_pdf, target, [Withheld("Priya Sandhu", "s.40(2)")])
    reader = PdfReader(target)
    forms = {
        ref.idnum
        for page in reader.pages
        for ref in page["/Resources"]["/XObject"].values()
        if ref.get_object()["/Subtype"] == "/Form"
    }
    assert len(forms) == 1
    form = reader.get_object(forms.pop())
    assert b"Priya" not in form.get_data()
    assert b"/TrLabel" in form.get_data()


def kerned_page() -> bytes:
    return b"\n".join(
        [
            b"BT /F1 12 Tf 72 760 Td 0.5 Tc 1.5 Tw 110 Tz 2 Ts",
            b"[(Sort) -30 (code) -250 (20-45) -12 (-77 is) ( the) -40 ( bank)] TJ",
            b"0 Tc 0 Tw 100 Tz 0 Ts 14 TL",
            b"(Second line: the rate is 5%, the fee 1,200.) '",
            b'3 0.2 (Third line with the supplier Brightpath Care Ltd named.) "',
            b"ET",
            b"q 0.866 0.5 -0.5 0.866 300 400 cm",
            b"BT /F1 10 Tf 0 0 Td (Rotated text naming Brightpath Care Ltd twice.) Tj ET Q",
        ]
    )


@needs_poppler
def test_kerned_tj_spacing_and_quotes(tmp_path: Path) -> None:
    source = raw_pdf(tmp_path / "kerned.pdf", kerned_page())
    target = tmp_path / "redacted.pdf"
    report = redact_original(
        source,
        target,
        [
            Withheld("20-45-77", "s.43(2)"),
            Withheld("1,200", "s.43(2)"),
            Withheld("Brightpath Care Ltd", "s.40(2)"),
        ],
    )
    assert report.occurrences == {"20-45-77": 1, "1,200": 1, "Brightpath Care Ltd": 2}
    assert_redacted(
        source,
        target,
        ["20-45-77", "1,200", "Brightpath Care Ltd"],
        ["Sort", "code", "bank", "Second line", "rate is 5%", "Third line", "supplier", "named."],
    )
    assert "Rotated text naming" in pypdf_text(target) and "twice." in pypdf_text(target)
    before, after = words_with_boxes(source), words_with_boxes(target)
    for word in ("bank", "named.", "the", "is", "line:", "fee"):
        assert same_places(before, after, word), word


@needs_poppler
def test_rotated_pages(tmp_path: Path) -> None:
    source = tmp_path / "rotated.pdf"
    canvas = Canvas(str(source), pagesize=A4)
    for rotation in (90, 180, 270):
        canvas.setPageRotation(rotation)
        canvas.setFont("Helvetica", 12)
        canvas.drawString(72, 400, f"Page rotated {rotation}: the rate is £24.80 per hour.")
        canvas.showPage()
    canvas.save()
    target = tmp_path / "redacted.pdf"
    report = redact_original(source, target, [Withheld("£24.80", "s.43(2)")])
    assert report.occurrences["£24.80"] == 3
    assert_redacted(source, target, ["£24.80"], ["Page rotated 90", "per hour"], miner=True)
    assert "Page rotated 270" in pypdf_text(target)
    assert [int(p.get("/Rotate", 0)) for p in PdfReader(target).pages] == [90, 180, 270]


def test_redaction_across_pages(tmp_path: Path) -> None:
    source = raw_pdf(
        tmp_path / "pages.pdf",
        b"BT /F1 12 Tf 72 100 Td (The bank account is held by Brightpath) Tj ET",
        b"BT /F1 12 Tf 72 760 Td (Care Ltd at the branch.) Tj ET",
    )
    target = tmp_path / "redacted.pdf"
    report = redact_original(source, target, [Withheld("Brightpath Care Ltd", "s.43(2)")])
    assert report.occurrences == {"Brightpath Care Ltd": 1}
    assert report.boxes == 2
    assert_redacted(
        source,
        target,
        ["Brightpath Care Ltd", "Brightpath", "Care Ltd"],
        ["The bank account is held by", "at the branch."],
    )


def test_type0_font_with_tounicode(tmp_path: Path) -> None:
    fpdf = pytest.importorskip("fpdf")
    font = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    if not font.exists():
        pytest.skip("DejaVu Sans is not installed")
    document = fpdf.FPDF()
    document.add_page()
    document.add_font("DejaVu", fname=str(font))
    document.set_font("DejaVu", size=12)
    document.multi_cell(
        0,
        8,
        text="Payments go to sort code 20-45-77, account 41234567, "
        "held by Brightpath Care Ltd. Zażółć gęślą jaźń stays.",
    )
    source = tmp_path / "type0.pdf"
    document.output(str(source))
    assert "/Type0" in str(
        PdfReader(source)
        .pages[0]["/Resources"]["/Font"]
        .values()
        .__iter__()
        .__next__()
        .get_object()["/Subtype"]
    )
    target = tmp_path / "redacted.pdf"
    redact_original(
        source, target, [Withheld("20-45-77", "s.43(2)"), Withheld("41234567", "s.43(2)")]
    )
    assert_redacted(
        source,
        target,
        ["20-45-77", "41234567"],
        ["Payments go to sort code", "account", "Brightpath Care Ltd", "Zażółć gęślą jaźń stays."],
    )


def _leaky_pdf(tmp_path: Path) -> Path:
    """A page naming Priya Sandhu in its text, metadata, links, outline, form field,
    attachment, script, XMP and a comment."""
    source = tmp_path / "leaky.pdf"
    canvas = Canvas(str(source), pagesize=A4)
    canvas.setAuthor("Priya Sandhu")
    canvas.setTitle("Rates for Priya Sandhu")
    canvas.setFont("Helvetica", 12)
    canvas.drawString(72, 760, "Contact Priya Sandhu for the hourly rate.")
    canvas.linkURL("https://example.org/priya-sandhu", (72, 755, 300, 775))
    canvas.linkURL("https://example.org/terms", (72, 600, 200, 620))
    canvas.drawString(72, 605, "Terms and conditions")
    canvas.bookmarkPage("p1")
    canvas.addOutlineEntry("Priya Sandhu's section", "p1")
    canvas.acroForm.textfield(
        name="manager", value="Priya Sandhu", x=72, y=500, width=200, height=20
    )
    canvas.showPage()
    canvas.save()
    writer = PdfWriter(clone_from=source)
    writer.add_attachment("notes.txt", b"Priya Sandhu's bank details")
    writer.root_object[NameObject("/OpenAction")] = writer._add_object(
        DictionaryObject(
            {
                NameObject("/S"): NameObject("/JavaScript"),
                NameObject("/JS"): TextStringObject("app.alert('Priya Sandhu');"),
            }
        )
    )
    writer.xmp_metadata = b"<x:xmpmeta xmlns:x='adobe:ns:meta/'>Priya Sandhu</x:xmpmeta>"
    writer.add_annotation(0, _free_text("Comment about Priya Sandhu"))
    writer.write(source)
    return source


def test_everything_else_that_can_leak_is_removed(tmp_path: Path) -> None:
    source = _leaky_pdf(tmp_path)
    target = tmp_path / "redacted.pdf"
    redact_original(source, target, [Withheld("Priya Sandhu", "s.40(2)")])
    assert_redacted(
        source,
        target,
        ["Priya Sandhu", "priya-sandhu"],
        ["Contact", "for the hourly rate.", "Terms and conditions"],
    )
    reader = PdfReader(target)
    root = reader.trailer["/Root"]
    for key in ("/Names", "/AcroForm", "/OpenAction", "/Outlines", "/Metadata", "/AA"):
        assert key not in root, key
    assert dict(reader.metadata) == {"/Producer": "contract-transparency (redacted copy)"}
    links = [a.get_object() for a in reader.pages[0].get("/Annots", [])]
    assert [a["/A"]["/URI"] for a in links] == ["https://example.org/terms"]
    assert source.read_bytes().count(b"%%EOF") >= 1 and target.read_bytes().count(b"%%EOF") == 1


def _free_text(text: str):
    from pypdf.annotations import FreeText

    return FreeText(text=text, rect=(300, 300, 500, 340))


def test_earlier_revisions_are_not_kept(tmp_path: Path) -> None:
    source = raw_pdf(
        tmp_path / "revised.pdf", b"BT /F1 12 Tf 72 760 Td (Draft fee 9,999 per day.) Tj ET"
    )
    writer = PdfWriter(source, incremental=True)
    stream = DecodedStreamObject()
    stream.set_data(b"BT /F1 12 Tf 72 760 Td (Final fee 1,250 per day.) Tj ET")
    writer.pages[0][NameObject("/Contents")] = writer._add_object(stream)
    writer.write(source)
    assert b"9,999" in source.read_bytes() and source.read_bytes().count(b"%%EOF") == 2
    target = tmp_path / "redacted.pdf"
    redact_original(source, target, [Withheld("1,250", "s.43(2)")])
    data = target.read_bytes()
    assert b"9,999" not in data and data.count(b"%%EOF") == 1
    assert_redacted(source, target, ["1,250"], ["Final fee", "per day."])


def _layered_pdf(tmp_path: Path) -> Path:
    """A page with a hidden optional-content layer naming Brightpath, also named visibly."""
    content = (
        b"BT /F1 12 Tf 72 760 Td (Visible rate 5 per cent.) Tj ET\n"
        b"/OC /Hidden BDC BT /F1 12 Tf 72 700 Td (Hidden note about Brightpath.) Tj ET EMC"
        b"\nBT /F1 12 Tf 72 640 Td (Brightpath signs here.) Tj ET"
    )
    source = raw_pdf(tmp_path / "layers.pdf", content, extra="/Properties << /Hidden 9 0 R >>")
    data = (
        source.read_bytes()
        .replace(b"/Root 1 0 R", b"/Root 1 0 R")
        .replace(
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Catalog /Pages 2 0 R /OCProperties << /OCGs [9 0 R] "
            b"/D << /OFF [9 0 R] >> >> >>",
        )
    )
    data = data.replace(b"xref\n", b"9 0 obj\n<< /Type /OCG /Name (Notes) >>\nendobj\nxref\n", 1)
    source.write_bytes(data)  # pypdf repairs the cross-reference offsets on reading
    return source


def test_hidden_layer_content_is_dropped(tmp_path: Path) -> None:
    source = _layered_pdf(tmp_path)
    target = tmp_path / "redacted.pdf"
    redact_original(source, target, [Withheld("Brightpath", "s.43(2)")])
    text = pypdf_text(target)
    assert "Hidden note" not in text and "Brightpath" not in text
    assert "Visible rate 5 per cent." in text and "signs here." in text
    assert "/OCProperties" not in PdfReader(target).trailer["/Root"]


@pytest.mark.parametrize(
    ("make", "secret"),
    [(_leaky_pdf, "Priya Sandhu"), (_layered_pdf, "Brightpath")],
    ids=["annotations-and-metadata", "hidden-layer"],
)
def test_the_clean_copy_made_beside_the_redacted_one_is_the_clean_copy(tmp_path, make, secret):
    """Made from one reading, the clean copy and the redacted copy are byte for byte the files
    made apart: the clean copy by itself, the redacted copy against a clean copy given."""
    source = make(tmp_path)
    kept: list[bytes] = []
    withheld = [Withheld(secret, "s.43(2)")]
    together, apart = tmp_path / "together.pdf", tmp_path / "apart.pdf"
    redact_original(source, together, withheld, keep_clean=kept.append)
    assert kept == [clean_copy(source)]
    redact_original(source, apart, withheld, clean=kept[0], keep_clean=kept.append)
    assert len(kept) == 1  # a clean copy given is not made again
    assert together.read_bytes() == apart.read_bytes()
    assert secret.encode() not in together.read_bytes()


def test_prove_finds_text_split_over_operators(tmp_path: Path) -> None:
    source = raw_pdf(
        tmp_path / "split.pdf", b"BT /F1 12 Tf 72 760 Td [(Bright) -20 (path) 300 ( Care)] TJ ET"
    )
    problems = prove_redacted(source, [Withheld("Brightpath", "x"), Withheld("absent", "x")])
    assert [(p.message, p.text) for p in problems] == [
        ("still contains the text of redaction 1 (x), in the text extracted by pypdf", "Brightpath")
    ]


def test_withheld_text_not_found_is_an_error(tmp_path: Path) -> None:
    source = raw_pdf(tmp_path / "a.pdf", b"BT /F1 12 Tf 72 760 Td (Nothing here.) Tj ET")
    with pytest.raises(
        DocumentError, match=r"the text of redaction 1 \(s\.43\(2\)\) was not found in the document"
    ) as raised:
        redact_original(source, tmp_path / "out.pdf", [Withheld("Brightpath", "s.43(2)")])
    assert "Bright" not in str(raised.value)
    assert not (tmp_path / "out.pdf").exists()


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="Tesseract is not installed")
def test_image_only_page_is_read_by_ocr_and_published_as_pixels(tmp_path: Path) -> None:
    """A page that is an image with no text is a scan: read by OCR, republished as one image
    (its inline image rendered into a new one), while the page of text stays text."""
    image = b"q 500 0 0 700 50 50 cm BI /W 2 /H 2 /CS /G /BPC 8 ID \x00\xff\xff\x00 EI Q"
    source = raw_pdf(
        tmp_path / "scan.pdf", b"BT /F1 12 Tf 72 760 Td (Cover page of Brightpath.) Tj ET", image
    )
    target = tmp_path / "out.pdf"
    redact_original(source, target, [Withheld("Brightpath", "s.43(2)")])
    first, second = PdfReader(target).pages
    assert "Cover page of" in first.extract_text() and "Bright" not in first.extract_text()
    assert [op for _, op in second.get_contents().operations] == [b"q", b"cm", b"Do", b"Q"]
    (xobject,) = second["/Resources"]["/XObject"].values()
    assert xobject.get_object()["/Width"] > 1000  # rendered, not the 2 x 2 original
    assert set(second["/Resources"]) == {"/XObject"}


#: A composite font with no /ToUnicode map: its characters cannot be known.
CID_FONT_WITHOUT_MAP = (
    "/F2 << /Type /Font /Subtype /Type0 /BaseFont /X /Encoding /Identity-H /DescendantFonts"
    " [<< /Type /Font /Subtype /CIDFontType2 /BaseFont /X /CIDSystemInfo << /Registry (Adobe)"
    " /Ordering (Identity) /Supplement 0 >> >>] >>"
)


def _unmappable_pdf(tmp_path: Path) -> Path:
    """Page 1 in Helvetica; page 2 in :data:`CID_FONT_WITHOUT_MAP`."""
    return raw_pdf(
        tmp_path / "cid.pdf",
        b"BT /F1 12 Tf 72 760 Td (Fine.) Tj ET",
        b"BT /F2 12 Tf 72 760 Td <00410042> Tj ET",
        fonts=CID_FONT_WITHOUT_MAP,
    )


def test_unmappable_font_is_refused_naming_the_page(tmp_path: Path) -> None:
    source = _unmappable_pdf(tmp_path)
    with pytest.raises(DocumentError, match=r"page 2: .*without a /ToUnicode map"):
        redact_original(source, tmp_path / "out.pdf", [Withheld("Fine", "s.43(2)")])


def test_invisible_text_over_a_scan_is_refused(tmp_path: Path) -> None:
    source = raw_pdf(
        tmp_path / "ocr.pdf", b"BT /F1 12 Tf 3 Tr 72 760 Td (Brightpath Care Ltd) Tj ET"
    )
    with pytest.raises(
        DocumentError, match=r"page 1: the text of redaction 1 \(s\.43\(2\)\) is invisible text"
    ):
        redact_original(source, tmp_path / "out.pdf", [Withheld("Brightpath", "s.43(2)")])


def test_leak_in_result_stops_the_write(tmp_path: Path, monkeypatch) -> None:
    from transparency.site.originals import pdf_redact

    source = raw_pdf(tmp_path / "a.pdf", b"BT /F1 12 Tf 72 760 Td (Brightpath Care) Tj ET")
    monkeypatch.setattr(pdf_redact, "_split", lambda strings, removed: ArrayObject(strings))
    with pytest.raises(LeakDetected):
        redact_original(source, tmp_path / "out.pdf", [Withheld("Brightpath", "s.43(2)")])
    assert not (tmp_path / "out.pdf").exists()


SOFFICE = shutil.which("soffice")


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed")
@needs_poppler
def test_libreoffice_export_of_a_docx(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_heading("Home care services contract", 1)
    document.add_paragraph(
        "The hourly rate for weekday care is £24.80 per hour, reviewed "
        "annually by the contract manager, Ms Priya Sandhu, with the "
        "supplier's finance director and the council's commissioning team."
    )
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Weekday rate", "£24.80"
    table.cell(1, 0).text, table.cell(1, 1).text = "Weekend rate", "£27.10"
    document.save(tmp_path / "contract.docx")
    subprocess.run(
        [
            SOFFICE,
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(tmp_path / "contract.docx"),
        ],
        capture_output=True,
        check=True,
        timeout=180,
    )
    source = tmp_path / "contract.pdf"
    target = tmp_path / "redacted.pdf"
    report = redact_original(
        source, target, [Withheld("£24.80", "s.43(2)"), Withheld("Priya Sandhu", "s.40(2)")]
    )
    assert report.occurrences == {"£24.80": 2, "Priya Sandhu": 1}
    assert_redacted(
        source,
        target,
        ["£24.80", "Priya Sandhu"],
        ["Home care services contract", "Weekend rate", "£27.10", "commissioning team."],
    )


def _reachable(pdf) -> set[tuple[int, int]]:
    """The objects reachable from the trailer of a pikepdf document."""
    import pikepdf

    seen: set[tuple[int, int]] = set()
    pending = [pdf.trailer]
    while pending:
        obj = pending.pop()
        if isinstance(obj, (pikepdf.Dictionary, pikepdf.Stream, pikepdf.Array)):
            if obj.is_indirect:
                if obj.objgen in seen:
                    continue
                seen.add(obj.objgen)
            pending.extend(obj.values() if not isinstance(obj, pikepdf.Array) else list(obj))
    return seen


@pytest.mark.parametrize("font", ["Helvetica", "Vera"])
def test_an_internal_link_to_a_redacted_page_leaves_no_unreachable_object(tmp_path, font):
    """pypdf patches a link's destination while writing, leaving the original page object it
    pointed to (and its unredacted content) behind; the published copy must not carry it."""
    import pikepdf

    if font == "Vera":
        font = vera()
    source = tmp_path / "linked.pdf"
    canvas = Canvas(str(source), pagesize=A4)
    canvas.setFont(font, 12)
    canvas.drawString(72, 750, "Clause 1. The prices are on the next page.")
    canvas.linkAbsolute("prices", "prices", Rect=(72, 745, 300, 760))
    canvas.showPage()
    canvas.bookmarkPage("prices")
    canvas.setFont(font, 12)
    canvas.drawString(72, 750, "The hourly rate is 24.80 GBP per hour.")
    canvas.showPage()
    canvas.save()
    target = tmp_path / "out.pdf"
    redact_original(source, target, [Withheld("24.80 GBP", "s.43(2)")])
    with pikepdf.open(target) as pdf:
        reachable = _reachable(pdf)
        structure = ("/ObjStm", "/XRef")  # the file's own object and cross-reference streams
        every = {
            obj.objgen
            for obj in pdf.objects
            if obj.is_indirect and not (hasattr(obj, "get") and obj.get("/Type") in structure)
        }
        assert every <= reachable, f"unreachable objects: {sorted(every - reachable)}"
        pages = {page.objgen for page in pdf.pages}
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Dictionary) and obj.get("/Type") == "/Page":
                assert obj.objgen in pages  # no stray copy of a page
        [link] = pdf.pages[0].Annots
        assert link.Dest[0].objgen == pdf.pages[1].objgen  # the link still goes to page 2
    assert "24.80" not in pdftotext(target)
    assert "hourly rate is" in pdftotext(target)


def test_a_short_withheld_text_is_looked_for_in_text_not_in_pdf_syntax(tmp_path):
    """'21' is in any PDF of 21 objects ('21 0 obj') and in font tables: the proof searches
    text (both extractors, shown strings, string objects) for it, not syntax."""
    source = tmp_path / "many.pdf"
    canvas = Canvas(str(source), pagesize=A4)
    for number in range(1, 9):
        canvas.setFont(["Helvetica", "Times-Roman", "Courier", vera()][number % 4], 11)
        canvas.drawString(72, 750, f"Page {number}. The retention is held for 21 days.")
        canvas.showPage()
    canvas.save()
    assert b"21 0 obj" in source.read_bytes() or b" 21 0 R" in source.read_bytes()
    target = tmp_path / "out.pdf"
    report = redact_original(source, target, [Withheld("21", "s.43(2)")])
    assert report.occurrences == {"21": 8}
    assert not re.search(r"\b21\b", pdftotext(target))
    # A withheld text left in the page text is still found.
    problems = prove_redacted(source, [Withheld("21", "s.43(2)")])
    assert [p.message for p in problems] == [
        "still contains the text of redaction 1 (s.43(2)), in the text extracted by pypdf"
    ]


def test_unmappable_font_is_refused_when_the_document_is_scanned(tmp_path: Path) -> None:
    """The scan refuses what the redacted original could not remove or prove, up front."""
    from click.testing import CliRunner

    from transparency.cli import cli

    source = _unmappable_pdf(tmp_path)
    result = CliRunner().invoke(cli, ["scan", str(source), "--json"])
    assert result.exit_code == 1
    [line] = result.stderr.splitlines()
    assert line.startswith(f"Error: {source}: page 2: its text cannot be mapped to characters")
    assert "without a /ToUnicode map" in line


def test_a_show_operator_without_operands_shows_nothing(tmp_path: Path) -> None:
    """Found in a GOV.UK agreement: a bare 'TJ' in a content stream is nothing shown, not a
    crash of the proof or the redactor."""
    source = raw_pdf(tmp_path / "bare.pdf", b"BT /F1 12 Tf 72 760 Td TJ (The rate is 24.80.) Tj ET")
    target = tmp_path / "out.pdf"
    redact_original(source, target, [Withheld("24.80", "s.43(2)")])
    assert "24.80" not in pdftotext(target)
    assert prove_redacted(target, [Withheld("24.80", "s.43(2)")]) == []
