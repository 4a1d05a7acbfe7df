"""Pictures under a DOCX redaction: a signature image inside a withheld signature block goes
with its text, and its image part with it when nothing else shows it; other pictures stay."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import docx
import pytest
from docx.shared import Inches
from PIL import Image

from transparency.contracts import read_document
from transparency.site.originals import Withheld, redact_original

SIGNED = "Signed for the supplier by "
SIGNATORY = "Priya Sandhu, Director"
AFTER = " of Brightpath Care Ltd."
MARKED = f"{SIGNED}[Redacted: s.40(2)]{AFTER}"
VML = (
    '<w:pict xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    ' xmlns:v="urn:schemas-microsoft-com:vml"'
    ' xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<v:shape style="width:90pt;height:30pt"><v:imagedata r:id="{rid}"/></v:shape></w:pict>'
)


def _png(colour: str) -> io.BytesIO:
    data = io.BytesIO()
    Image.new("RGB", (90, 30), colour).save(data, format="PNG")
    data.seek(0)
    return data


def signed_docx(path: Path, *, vml: bool = False, logo_is_signature: bool = False) -> Path:
    """A signature paragraph with the signature image between the signatory's name and title
    ("Priya Sandhu, [image] Director"), and a logo paragraph after it (another image, or the
    same one when ``logo_is_signature``)."""
    document = docx.Document()
    paragraph = document.add_paragraph()
    paragraph.add_run(SIGNED + "Priya Sandhu, ")
    paragraph.add_run().add_picture(_png("navy"), width=Inches(1.25))
    paragraph.add_run("Director" + AFTER)
    logo = document.add_paragraph("Logo: ")
    logo.add_run().add_picture(_png("navy" if logo_is_signature else "red"), width=Inches(1))
    if vml:  # the signature as a VML picture (older Word), referring to the same image part
        run = paragraph.runs[1]._r
        blip = run.xpath(".//a:blip")[0]
        rid = blip.get("{http://schemas.openxmlformats.org/officeDocument/2006/relationships}embed")
        drawing = run.xpath("./w:drawing")[0]
        run.replace(drawing, docx.oxml.parse_xml(VML.replace("{rid}", rid)))
    document.save(path)
    return path


def redact(source: Path, target: Path) -> object:
    document = read_document(source)
    start = document.text.index(SIGNATORY)
    places = tuple(document.places_of(start, start + len(SIGNATORY)))
    return redact_original(source, target, [Withheld(SIGNATORY, "s.40(2)", places=places)])


def media(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as package:
        return sorted(n for n in package.namelist() if n.startswith("word/media/"))


def document_xml(path: Path) -> str:
    with zipfile.ZipFile(path) as package:
        return package.read("word/document.xml").decode()


def paragraphs_xml(path: Path) -> list[str]:
    return re.findall(r"<w:p[ >].*?</w:p>", document_xml(path), flags=re.DOTALL)


@pytest.mark.parametrize("vml", [False, True], ids=["drawing", "vml"])
def test_a_signature_image_inside_a_redacted_span_is_removed(tmp_path: Path, vml: bool) -> None:
    source = signed_docx(tmp_path / "signed.docx", vml=vml)
    assert len(media(source)) == 2
    target = tmp_path / "redacted.docx"
    report = redact(source, target)
    assert report.removed.get("pictures") == 1
    signature, logo = paragraphs_xml(target)
    assert "<w:drawing" not in signature and "<w:pict" not in signature
    assert "imagedata" not in signature and "a:blip" not in signature
    assert "<w:drawing" in logo  # the logo is outside the span: it stays
    (kept,) = media(target)  # the signature's image part has gone, the logo's is left
    with zipfile.ZipFile(target) as package:
        rels = package.read("word/_rels/document.xml.rels").decode()
        image = Image.open(io.BytesIO(package.read(kept))).convert("RGB")
    assert image.getpixel((0, 0)) == (255, 0, 0)
    assert rels.count('relationships/image"') == 1
    after = docx.Document(str(target))
    assert after.paragraphs[0].text == MARKED
    assert after.paragraphs[1].text == "Logo: "


def test_an_image_shown_elsewhere_keeps_its_part(tmp_path: Path) -> None:
    source = signed_docx(tmp_path / "signed.docx", logo_is_signature=True)
    (shared,) = media(source)
    target = tmp_path / "redacted.docx"
    redact(source, target)
    signature, logo = paragraphs_xml(target)
    assert "<w:drawing" not in signature
    assert "<w:drawing" in logo
    assert media(target) == [shared]


def test_an_image_beside_the_span_stays(tmp_path: Path) -> None:
    """A picture just after a redacted name, outside the span, is not part of it."""
    source = signed_docx(tmp_path / "signed.docx")
    document = read_document(source)
    name = "Priya Sandhu"
    start = document.text.index(name)
    places = tuple(document.places_of(start, start + len(name)))
    target = tmp_path / "redacted.docx"
    report = redact_original(source, target, [Withheld(name, "s.40(2)", places=places)])
    assert "pictures" not in report.removed
    signature, _ = paragraphs_xml(target)
    assert "<w:drawing" in signature
    assert len(media(target)) == 2
