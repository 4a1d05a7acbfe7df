"""Dependencies we can trust: the private pypdf names the redactor uses still exist, with the
kind it expects, and the pins in pyproject.toml include the versions the tests run against.

The redactor reaches into pypdf where it has no public API (its font reader, and a writer's
object table). Those names can move in any release, so pypdf is pinned to the minor version
tested here; an upgrade that moves one fails in this file, naming it, rather than somewhere
inside a redaction.
"""

from __future__ import annotations

import importlib.metadata
import inspect
import io
import re
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from pypdf import PdfReader, PdfWriter
from pypdf.generic import DecodedStreamObject, DictionaryObject, IndirectObject, NameObject
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "transparency"
#: Every private pypdf attribute the package uses (checked below on real objects).
PRIVATE_ATTRIBUTES = {"_add_object", "_info", "_objects", "_replace_object"}
#: Every private pypdf module the package imports from, with the names it imports.
PRIVATE_IMPORTS = {"pypdf.generic._font": {"Font"}}
#: Dependencies whose private names or security defaults we rely on: pinned below a bound.
BOUNDED = {"pypdf", "lxml"}


def _real_pdf() -> PdfReader:
    """A reportlab PDF with a Standard 14 font and an embedded TrueType font."""
    import reportlab

    vera = Path(reportlab.__file__).parent / "fonts" / "Vera.ttf"
    pdfmetrics.registerFont(TTFont("Vera", str(vera)))
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.setFont("Helvetica", 12)
    canvas.drawString(72, 760, "Standard 14 text")
    canvas.setFont("Vera", 12)
    canvas.drawString(72, 740, "Embedded TrueType text")
    canvas.save()
    return PdfReader(io.BytesIO(buffer.getvalue()))


def _fonts(reader: PdfReader) -> dict[str, DictionaryObject]:
    fonts = reader.pages[0]["/Resources"]["/Font"]
    return {str(font["/BaseFont"]): font for font in (ref.get_object() for ref in fonts.values())}


def test_pypdf_font_reader_has_what_pdf_fonts_uses() -> None:
    from pypdf.generic._font import Font

    assert inspect.isclass(Font)
    assert inspect.ismethod(Font.from_font_resource)  # a classmethod
    fonts = _fonts(_real_pdf())
    assert len(fonts) == 2, fonts
    for font_dict in fonts.values():
        font = Font.from_font_resource(font_dict)
        assert isinstance(font.character_map, dict)
        assert isinstance(font.encoding, (dict, str))
        assert isinstance(font.character_widths, dict)
        assert all(isinstance(w, (int, float)) for w in font.character_widths.values())
        assert isinstance(font.interpretable, bool)
        assert isinstance(float(font.font_descriptor.ascent), float)
        assert isinstance(float(font.font_descriptor.descent), float)


def test_pypdf_font_reader_gives_helvetica_widths_for_labels() -> None:
    """The labels of redaction boxes are measured with the Standard 14 metrics pypdf knows."""
    from transparency.site.originals import pdf_redact

    assert pdf_redact._HELVETICA["A"] == 667
    assert pdf_redact._HELVETICA[" "] == 278


def test_pypdf_writer_has_what_pdf_redact_and_pdf_clean_use() -> None:
    writer = PdfWriter()
    page = writer.add_blank_page(width=200, height=200)
    writer.metadata = {"/Producer": "test"}

    info = writer._info
    assert isinstance(info, DictionaryObject)
    assert isinstance(info.indirect_reference, IndirectObject)
    objects = writer._objects
    assert isinstance(objects, list)
    assert objects[page.indirect_reference.idnum - 1] is page
    assert objects[info.indirect_reference.idnum - 1] is info

    assert callable(writer._replace_object)
    assert list(inspect.signature(writer._replace_object).parameters) == [
        "indirect_reference",
        "obj",
    ]
    old = DecodedStreamObject()
    old.set_data(b"old")
    page.replace_contents(old)  # public: a new content stream for the page
    reference = page.raw_get("/Contents")
    assert isinstance(reference, IndirectObject)
    new = DecodedStreamObject()
    new.set_data(b"new")
    new[NameObject("/Subtype")] = NameObject("/Form")
    writer._replace_object(reference, new.flate_encode())
    assert writer.get_object(reference).get_data() == b"new"
    assert writer.get_object(reference)["/Subtype"] == "/Form"

    # The burn-in of a scanned page adds its image and content streams as new objects.
    added = writer._add_object(DecodedStreamObject())
    assert isinstance(added, IndirectObject)
    assert isinstance(writer.get_object(added), DecodedStreamObject)


def test_pypdf_reader_has_what_the_proof_uses() -> None:
    reader = _real_pdf()
    assert isinstance(reader.xref, dict)
    assert all(isinstance(table, dict) for table in reader.xref.values())
    assert isinstance(reader.xref_objStm, dict)


def test_no_other_private_pypdf_name_is_used() -> None:
    """A new private use must be added to the lists above, and checked."""
    imports: dict[str, set[str]] = {}
    attributes: set[str] = set()
    for path in SRC.rglob("*.py"):
        text = path.read_text()
        for module, names in re.findall(r"^\s*from (pypdf\S*) import (\([^)]*\)|.*)$", text, re.M):
            if re.search(r"(^|\.)_", module):
                found = {n.strip(" ()\n") for n in names.split(",")}
                imports.setdefault(module, set()).update(n for n in found if n)
        if "pypdf" in text:
            attributes |= set(re.findall(r"\b(?:writer|reader|obj|page|font)\.(_[a-z]\w*)", text))
    assert imports == PRIVATE_IMPORTS
    assert attributes == PRIVATE_ATTRIBUTES


def _requirements() -> list[Requirement]:
    tomllib = pytest.importorskip("tomllib")
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    declared = list(project["dependencies"])
    declared += project["optional-dependencies"]["test"]
    return [Requirement(line) for line in declared]


@pytest.mark.parametrize("requirement", _requirements(), ids=str)
def test_pins_include_the_installed_version(requirement) -> None:
    installed = importlib.metadata.version(requirement.name)
    assert requirement.specifier.contains(installed, prereleases=True), (
        f"{requirement.name} {installed} is installed, but pyproject.toml asks for {requirement}"
    )


def test_dependencies_we_reach_into_have_an_upper_bound() -> None:
    bounded = {
        r.name.lower(): r
        for r in _requirements()
        if any(s.operator in ("<", "<=", "~=", "==") for s in r.specifier)
    }
    assert set(bounded) >= BOUNDED, {name: str(r) for name, r in bounded.items()}
