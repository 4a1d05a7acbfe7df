"""Text a supplied PDF hides under a black box or an image, though it is still in the file.

PDFs are drawn with reportlab or written by hand (content streams whose order is exact), and the
bad redactions of Free Law Project's x-ray (``tests/register/documents/free-law-project-x-ray``)
are read as they are. Covered text is proposed by `transparency scan` as a COVERED candidate;
decided "redact", it is gone from the published PDF while the rest of the page stays.
"""

from __future__ import annotations

import io
import itertools
import json
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml
from conftest import decide_all, invoke
from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from transparency.cli import cli
from transparency.contracts import Document, read_document

XRAY = Path(__file__).parent / "register" / "documents" / "free-law-project-x-ray"
PDFTOTEXT = shutil.which("pdftotext")
needs_poppler = pytest.mark.skipif(PDFTOTEXT is None, reason="poppler-utils is not installed")

LINES = [
    "The supplier shall deliver the services described in Schedule 1.",
    "Deliveries go to the depot of Orchard Lane Logistics every Tuesday.",
    "The parties shall meet every quarter to review performance.",
]
HIDDEN = "Orchard Lane Logistics"


def covered_texts(document: Document) -> list[str]:
    return [document.text[start:end] for start, end in document.covered]


def _hidden_box(canvas: Canvas, size: float = 11) -> tuple[float, float, float, float]:
    """The box (x, y, width, height) around HIDDEN on the second line, from its glyph widths."""
    before = LINES[1][: LINES[1].index(HIDDEN)]
    x = 72 + canvas.stringWidth(before, "Helvetica", size)
    return x - 1, 700 - 15 - 3, canvas.stringWidth(HIDDEN, "Helvetica", size) + 2, size + 3


def drawn_pdf(path: Path, *, box: str = "after", text_colour=(0, 0, 0), box_colour=(0, 0, 0)):
    """Three lines of Helvetica with a box over HIDDEN, filled ``before`` or ``after`` the text,
    ``image`` (a black picture drawn after the text), ``underline`` (a thin rule after it) or
    ``none``."""
    canvas = Canvas(str(path), pagesize=A4)
    x, y, width, height = _hidden_box(canvas)
    if box == "before":
        canvas.setFillColorRGB(*box_colour)
        canvas.rect(x, y, width, height, stroke=0, fill=1)
    canvas.setFillColorRGB(*text_colour)
    canvas.setFont("Helvetica", 11)
    for number, line in enumerate(LINES):
        canvas.drawString(72, 700 - 15 * number, line)
    canvas.setFillColorRGB(*box_colour)
    if box == "after":
        canvas.rect(x, y, width, height, stroke=0, fill=1)
    elif box == "underline":
        canvas.rect(x, y + 1, width, 0.6, stroke=0, fill=1)
    elif box == "image":
        picture = Image.new("RGB", (40, 8), (0, 0, 0))
        canvas.drawImage(ImageReader(picture), x, y, width, height)
    canvas.showPage()
    canvas.save()
    return path


def hand_pdf(path: Path, content: bytes, *, resources: str = "") -> Path:
    """A one-page PDF written by hand: Helvetica as /F1, ``content`` as the page's stream."""
    font = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R"
        b" >> " + resources.encode() + b" >> /Contents 5 0 R >>",
        font.encode(),
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
    ]
    out, offsets = io.BytesIO(), []
    out.write(b"%PDF-1.7\n")
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n%s\nendobj\n" % (number, body))
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (6, xref))
    path.write_bytes(out.getvalue())
    return path


TEXT = b"BT /F1 12 Tf 72 700 Td (Pay the fee into account Harbour Trust today.) Tj ET"
# "Harbour Trust" runs from x = 204.1 to 278.1 (Helvetica's widths at 12 pt).
OVER = b"203 696 76 14 re"
GS = "/ExtGState << /Half << /ca 0.3 >> >>"


@pytest.mark.parametrize(
    ("content", "resources", "expected"),
    [
        pytest.param(TEXT + b"\n0 g " + OVER + b" f", "", ["Harbour Trust"], id="black-box-after"),
        pytest.param(
            TEXT + b"\n0 0 0 1 k " + OVER + b" f", "", ["Harbour Trust"], id="cmyk-black-after"
        ),
        pytest.param(
            TEXT + b"\n0.1 0.1 0.3 rg 203 696 m 279 696 l 279 710 l 203 710 l h f",
            "",
            ["Harbour Trust"],
            id="navy-path-after",
        ),
        pytest.param(
            TEXT + b"\nq 76 0 0 14 203 696 cm BI /W 1 /H 1 /CS /G /BPC 8 ID \x00 EI Q",
            "",
            ["Harbour Trust"],
            id="inline-image-after",
        ),
        pytest.param(b"0 g " + OVER + b" f\n" + TEXT, "", ["Harbour Trust"], id="black-on-black"),
        pytest.param(b"0 g " + OVER + b" f\n1 g " + TEXT, "", [], id="white-label-on-black-box"),
        pytest.param(b"0.9 g 60 690 480 26 re f\n0 g " + TEXT, "", [], id="light-shading-before"),
        pytest.param(TEXT + b"\n1 g " + OVER + b" f", "", [], id="white-box-after"),
        pytest.param(TEXT + b"\n0 g 203 698 76 0.8 re f", "", [], id="underline-after"),
        pytest.param(TEXT + b"\n/Half gs 0 g " + OVER + b" f", GS, [], id="translucent-after"),
        pytest.param(TEXT + b"\n0 g " + OVER + b" S", "", [], id="stroked-outline-after"),
        pytest.param(
            TEXT + b"\n0 g 190 690 100 26 re 203 696 76 14 re f*", "", [], id="frame-after"
        ),
        pytest.param(
            TEXT + b"\nq 240 690 4 30 re W n 0 g " + OVER + b" f Q",
            "",
            [],
            id="clipped-to-a-sliver",
        ),
    ],
)
def test_the_cover_rule(tmp_path, content, resources, expected):
    path = hand_pdf(tmp_path / "contract.pdf", content, resources=resources)
    assert covered_texts(read_document(path)) == expected


def test_invisible_text_under_a_box_is_not_covered(tmp_path):
    """Invisible text (an OCR layer) shows nothing in the first place."""
    content = b"BT 3 Tr /F1 12 Tf 72 700 Td (Harbour Trust) Tj ET\n0 g 72 696 60 14 re f"
    content = b"BT /F1 12 Tf 72 650 Td (Visible words on the page.) Tj ET\n" + content
    assert covered_texts(read_document(hand_pdf(tmp_path / "ocr.pdf", content))) == []


# --- the scan ---------------------------------------------------------------------------------


def pdf_workspace(make_workspace, pdf: Path) -> Path:
    root = make_workspace(meta={"documents": [{"file": "contract.pdf", "title": "Contract"}]})
    folder = root / "contracts" / "home-care"
    (folder / "contract.docx").unlink()
    shutil.copy(pdf, folder / "contract.pdf")
    return root


def scanned(runner, root: Path) -> list[dict]:
    result = invoke(runner, root, "scan")
    assert result.exit_code == 0, result.output
    return yaml.safe_load((root / "redaction" / "home-care.yaml").read_text())["candidates"]


def test_text_under_a_black_box_is_proposed(runner, make_workspace, tmp_path):
    root = pdf_workspace(make_workspace, drawn_pdf(tmp_path / "boxed.pdf"))
    candidates = scanned(runner, root)
    covered = [c for c in candidates if c["category"] == "COVERED"]
    assert [c["text"] for c in covered] == [HIDDEN]
    (candidate,) = covered
    assert candidate["page"] == 1
    assert candidate["exemption"] == "FOIA s.43(2)"
    assert "the text is still in the file" in candidate["explanation"]
    assert HIDDEN not in candidate["explanation"]
    assert "Orchard" not in candidate["explanation"]
    # Stable: the same id on a second scan.
    assert [c["id"] for c in scanned(runner, root) if c["category"] == "COVERED"] == [
        candidate["id"]
    ]


@pytest.mark.parametrize(
    ("drawing", "expected"),
    [
        ({"box": "before", "box_colour": (0.85, 0.85, 0.85)}, []),  # a table's shading
        ({"box": "before", "text_colour": (1, 1, 1)}, []),  # white on black: a label
        ({"box": "before"}, [HIDDEN]),  # black text on a black box cannot be seen
        ({"box": "after", "box_colour": (1, 1, 1)}, []),  # white boxes are layout
        ({"box": "underline"}, []),
        ({"box": "image"}, [HIDDEN]),
        ({"box": "none"}, []),
    ],
    ids=["shading", "label", "black-on-black", "white-box", "underline", "image", "none"],
)
def test_what_the_scan_proposes_as_covered(runner, make_workspace, tmp_path, drawing, expected):
    root = pdf_workspace(make_workspace, drawn_pdf(tmp_path / "drawn.pdf", **drawing))
    covered = [c["text"] for c in scanned(runner, root) if c["category"] == "COVERED"]
    assert covered == expected


@pytest.mark.parametrize(
    ("box", "expected"),
    [
        # Over "Ms Priya": the name runs on past the box, and the covered passage takes it in.
        (b"174 696 48 14 re", [("COVERED", "Ms Priya Sandhu")]),
        # Over "Sandhu" only: the name takes the covered passage in; each is decided.
        (b"224 696 42 14 re", [("PERSONAL", "Priya Sandhu"), ("COVERED", "Sandhu")]),
        # Over the whole clause: the name inside is taken into the covered passage.
        (b"70 696 300 14 re", [("COVERED", "Contract Manager: Ms Priya Sandhu, who reviews it.")]),
    ],
    ids=["crossing", "inside-a-name", "name-inside"],
)
def test_a_finding_and_a_covered_passage_never_cross(
    runner, make_workspace, tmp_path, box, expected
):
    content = (
        b"BT /F1 12 Tf 72 700 Td (Contract Manager: Ms Priya Sandhu, who reviews it.) Tj ET\n"
        b"0 g " + box + b" f"
    )
    root = pdf_workspace(make_workspace, hand_pdf(tmp_path / "name.pdf", content))
    candidates = scanned(runner, root)
    assert [(c["category"], c["text"]) for c in candidates] == expected
    for candidate in candidates:
        if candidate["category"] == "COVERED" and candidate["text"] != "Sandhu":
            assert (
                "The scan also flags text in this passage as PERSONAL."
                in (candidate["explanation"])
            )
    spans = sorted((c["start"], -c["end"]) for c in candidates)
    for (_, end), (start, inner_end) in itertools.pairwise(spans):
        assert -end <= start or -inner_end <= -end  # apart, or one inside the other


# --- Free Law Project's x-ray files -----------------------------------------------------------


def scan_file(runner, path: Path, monkeypatch) -> list[dict]:
    monkeypatch.chdir(path.parent)
    result = runner.invoke(cli, ["scan", path.name, "--json"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_xray_rectangles_over_text_are_proposed(runner, monkeypatch):
    found = scan_file(runner, XRAY / "rectangles_yes.pdf", monkeypatch)
    covered = [c["text"] for c in found if c["category"] == "COVERED"]
    assert covered == [
        "“No”",
        "“Yes”, but did not disclose all relevant medical history",
        "“No”",
    ]


def test_xray_cross_hatched_redactions_are_proposed():
    document = read_document(XRAY / "bad_cross_hatched_redactions.pdf")
    texts = covered_texts(document)
    assert len(texts) == 10
    assert texts[0] == "November 2019"
    assert sum(len(text) for text in texts) > 500


@pytest.mark.parametrize(
    "name",
    [
        "hidden_text_on_visible_text.pdf",
        "no_bad_redactions.2.1.pdf",
        "rect_ordering_0.8.pdf",
        "unfilled_rect.pdf",
        "whitespace_redactions_2.pdf",
    ],
)
def test_xray_files_without_covered_text_have_none(name):
    assert read_document(XRAY / name).covered == []


# --- end to end -------------------------------------------------------------------------------


def pdftotext(path: Path) -> str:
    return subprocess.run(
        [PDFTOTEXT, "-q", str(path), "-"], capture_output=True, check=True, text=True
    ).stdout


@needs_poppler
def test_covered_text_decided_redact_is_gone_from_the_published_pdf(
    runner, make_workspace, tmp_path
):
    source = drawn_pdf(tmp_path / "boxed.pdf")
    assert HIDDEN in pdftotext(source)  # the bad redaction: the text is there to copy
    root = pdf_workspace(make_workspace, source)
    candidates = scanned(runner, root)
    assert [c["category"] for c in candidates] == ["COVERED"]
    decide_all(root)
    result = invoke(runner, root, "build")
    assert result.exit_code == 0, result.output + result.stderr
    published = pdftotext(root / "site" / "contracts" / "home-care" / "contract.pdf")
    flat = " ".join(published.split())
    assert "Orchard" not in flat and "Logistics" not in flat
    assert LINES[0] in flat and LINES[2] in flat
    assert "Deliveries go to the depot of" in flat and "every Tuesday." in flat
    page = (root / "site" / "contracts" / "home-care" / "index.html").read_text()
    assert "Orchard" not in page
    assert "Deliveries go to the depot of" in page
