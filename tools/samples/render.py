"""Render a contract written as a list of blocks to DOCX (python-docx) or PDF (reportlab).

Both renderers are deterministic: the same spec gives the same bytes on every run. PDFs are
built in reportlab's invariant mode with the creation date taken from the spec (through
``SOURCE_DATE_EPOCH``, which reportlab honours); DOCX files get fixed core properties and are
re-zipped with fixed member timestamps.

Contract text is data: it is escaped for reportlab's paragraph mark-up and written to Word as
plain runs, so HTML or Markdown inside a clause stays literal.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt, RGBColor
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer
from reportlab.platypus import PageBreak as RLPageBreak
from reportlab.platypus import Table as RLTable

AUTHOR = "Anyshire County Council"
CREATOR = "Anyshire County Council Legal Services"
PRODUCER = "Anyshire County Council document production"
FONT = "Arial"


# --- the blocks a contract is written in ---------------------------------------------------


@dataclass(frozen=True)
class Title:
    text: str


@dataclass(frozen=True)
class Subtitle:
    text: str


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 1


@dataclass(frozen=True)
class Para:
    text: str
    bold: bool = False
    centred: bool = False


@dataclass(frozen=True)
class Clause:
    """A numbered clause: level 1 ("4.2", "(A)") or level 2 ("(a)") with a hanging number."""
    number: str
    text: str
    level: int = 1


@dataclass(frozen=True)
class Definition:
    term: str
    meaning: str


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...]  # fractions of the text width
    right: tuple[int, ...] = ()  # columns aligned right (money)
    bold_last_row: bool = False


@dataclass(frozen=True)
class PageBreak:
    pass


@dataclass(frozen=True)
class Signatory:
    heading: str  # "Signed for and on behalf of ..."
    lines: tuple[tuple[str, str], ...]  # ("Name", "Daniel Okafor"), ...


@dataclass(frozen=True)
class Signatures:
    """The execution block, kept on one page with its introductory sentence."""

    intro: str
    parties: tuple[Signatory, ...]


Block = Title | Subtitle | Heading | Para | Clause | Definition | Table | PageBreak | Signatures


@dataclass(frozen=True)
class DocumentSpec:
    title: str  # document metadata title
    subject: str
    header: str  # running header, e.g. "Anyshire County Council — ... — OFFICIAL"
    footer: str  # left part of the running footer (the page number is added)
    created: dt.datetime  # fixed creation/modification date (UTC)
    blocks: list[Block] = field(default_factory=list)


def plain_text(spec: DocumentSpec) -> str:
    """All the text of a spec, for consistency checks against contract.yaml."""
    parts = [spec.header, spec.footer]
    for block in spec.blocks:
        if isinstance(block, Table):
            parts += [*block.header, *(cell for row in block.rows for cell in row)]
        elif isinstance(block, Signatures):
            parts.append(block.intro)
            for party in block.parties:
                parts += [party.heading, *(f"{k}: {v}" for k, v in party.lines)]
        elif isinstance(block, Definition):
            parts.append(f"“{block.term}” {block.meaning}")
        elif isinstance(block, Clause):
            parts.append(f"{block.number} {block.text}")
        elif not isinstance(block, PageBreak):
            parts.append(block.text)
    return "\n".join(parts)


def write_document(spec: DocumentSpec, path: Path) -> None:
    """Write ``spec`` to ``path`` (.pdf or .docx), atomically."""
    data = render_pdf(spec) if path.suffix == ".pdf" else render_docx(spec)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_bytes(data)
    tmp.replace(path)


# --- PDF -------------------------------------------------------------------------------------


@contextmanager
def _source_date(when: dt.datetime) -> Iterator[None]:
    """Make reportlab stamp ``when`` as the creation date (it reads SOURCE_DATE_EPOCH)."""
    old = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = str(int(when.replace(tzinfo=dt.timezone.utc).timestamp()))
    try:
        yield
    finally:
        if old is None:
            del os.environ["SOURCE_DATE_EPOCH"]
        else:
            os.environ["SOURCE_DATE_EPOCH"] = old


def render_pdf(spec: DocumentSpec) -> bytes:
    # Two passes: the first counts the pages for the "Page n of N" footer.
    pages = _build_pdf(spec, io.BytesIO(), total=0)
    out = io.BytesIO()
    _build_pdf(spec, out, total=pages)
    return out.getvalue()


def _pdf_styles() -> dict:
    body = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13.5, spaceAfter=6)
    return {
        "body": body,
        "centred": ParagraphStyle("centred", parent=body, alignment=TA_CENTER),
        "title": ParagraphStyle(
            "title", parent=body, fontName="Helvetica-Bold", fontSize=17, leading=22,
            alignment=TA_CENTER, spaceBefore=30, spaceAfter=10,
        ),
        "subtitle": ParagraphStyle(
            "subtitle", parent=body, fontSize=12, leading=16, alignment=TA_CENTER, spaceAfter=18
        ),
        "h1": ParagraphStyle(
            "h1", parent=body, fontName="Helvetica-Bold", fontSize=12, leading=15,
            spaceBefore=12, spaceAfter=6, keepWithNext=1,
        ),
        "h2": ParagraphStyle(
            "h2", parent=body, fontName="Helvetica-Bold", fontSize=10.5, leading=14,
            spaceBefore=8, spaceAfter=4, keepWithNext=1,
        ),
        "clause1": ParagraphStyle("clause1", parent=body, leftIndent=34, bulletIndent=0),
        "clause2": ParagraphStyle("clause2", parent=body, leftIndent=60, bulletIndent=34),
        "definition": ParagraphStyle("definition", parent=body, leftIndent=34),
        "cell": ParagraphStyle("cell", parent=body, fontSize=9, leading=11.5, spaceAfter=0),
        "cell_right": ParagraphStyle(
            "cell_right", parent=body, fontSize=9, leading=11.5, spaceAfter=0, alignment=TA_RIGHT
        ),
        "cell_head_right": ParagraphStyle(
            "cell_head_right", parent=body, fontName="Helvetica-Bold", fontSize=9, leading=11.5,
            spaceAfter=0, alignment=TA_RIGHT,
        ),
        "cell_head": ParagraphStyle(
            "cell_head", parent=body, fontName="Helvetica-Bold", fontSize=9, leading=11.5,
            spaceAfter=0,
        ),
    }


def _pdf_flowables(block: Block, styles: dict, width: float) -> list:  # noqa: PLR0911
    if isinstance(block, Title):
        return [Paragraph(escape(block.text), styles["title"])]
    if isinstance(block, Subtitle):
        return [Paragraph(escape(block.text), styles["subtitle"])]
    if isinstance(block, Heading):
        return [Paragraph(escape(block.text), styles["h1" if block.level == 1 else "h2"])]
    if isinstance(block, Para):
        text = escape(block.text)
        return [Paragraph(f"<b>{text}</b>" if block.bold else text,
                          styles["centred" if block.centred else "body"])]
    if isinstance(block, Clause):
        style = styles["clause1" if block.level == 1 else "clause2"]
        return [Paragraph(escape(block.text), style, bulletText=block.number)]
    if isinstance(block, Definition):
        text = f"<b>“{escape(block.term)}”</b> {escape(block.meaning)}"
        return [Paragraph(text, styles["definition"])]
    if isinstance(block, Table):
        return [_pdf_table(block, styles, width), Spacer(1, 8)]
    if isinstance(block, PageBreak):
        return [RLPageBreak()]
    if isinstance(block, Signatures):
        cells = [
            [Paragraph(f"<b>{escape(p.heading)}</b>", styles["body"]), Spacer(1, 6)]
            + [Paragraph(f"{escape(k)}: {escape(v)}", styles["body"]) for k, v in p.lines]
            for p in block.parties
        ]
        n = len(cells)
        table = RLTable([cells], colWidths=[width / n] * n, hAlign="LEFT",
                        style=[("VALIGN", (0, 0), (-1, -1), "TOP")])
        intro = Paragraph(escape(block.intro), styles["body"])
        return [KeepTogether([intro, Spacer(1, 10), table])]
    raise TypeError(f"unknown block {block!r}")


def _pdf_table(block: Table, styles: dict, width: float) -> RLTable:
    def cell(text: str, column: int, head: bool = False) -> Paragraph:
        if head and column in block.right:
            style = styles["cell_head_right"]
        elif head:
            style = styles["cell_head"]
        else:
            style = styles["cell_right" if column in block.right else "cell"]
        return Paragraph(escape(text), style)

    data = [[cell(h, i, head=True) for i, h in enumerate(block.header)]]
    last = len(block.rows) - 1
    data += [
        [cell(text, i, head=block.bold_last_row and n == last) for i, text in enumerate(row)]
        for n, row in enumerate(block.rows)
    ]
    commands = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#555555")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E4E4E4")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    if block.bold_last_row:
        commands.append(("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#F2F2F2")))
    return RLTable(data, colWidths=[width * w for w in block.widths], repeatRows=1,
                   hAlign="LEFT", style=commands)


def _build_pdf(spec: DocumentSpec, out: io.BytesIO, *, total: int) -> int:
    margin = 25 * mm
    page_width, page_height = A4

    def decorate(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawCentredString(page_width / 2, page_height - 14 * mm, spec.header)
        canvas.setLineWidth(0.4)
        canvas.line(margin, page_height - 16 * mm, page_width - margin, page_height - 16 * mm)
        canvas.line(margin, 16 * mm, page_width - margin, 16 * mm)
        canvas.drawString(margin, 12 * mm, spec.footer)
        canvas.drawRightString(page_width - margin, 12 * mm, f"Page {doc.page} of {total}")
        canvas.restoreState()

    with _source_date(spec.created):
        doc = SimpleDocTemplate(
            out, pagesize=A4, leftMargin=margin, rightMargin=margin, topMargin=margin,
            bottomMargin=margin, title=spec.title, author=AUTHOR, subject=spec.subject,
            creator=CREATOR, producer=PRODUCER, invariant=1,
        )
        styles = _pdf_styles()
        story = [f for block in spec.blocks for f in _pdf_flowables(block, styles, doc.width)]
        doc.build(story, onFirstPage=decorate, onLaterPages=decorate)
    return doc.page


# --- DOCX ------------------------------------------------------------------------------------

def render_docx(spec: DocumentSpec) -> bytes:
    document = docx.Document()
    _docx_styles(document)
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(25)
    section.top_margin = section.bottom_margin = Mm(25)
    _docx_header_footer(section, spec)
    for block in spec.blocks:
        _docx_block(document, block)

    props = document.core_properties
    props.author = props.last_modified_by = AUTHOR
    props.title, props.subject = spec.title, spec.subject
    props.comments = props.keywords = props.category = ""
    props.created = props.modified = spec.created
    props.revision = 1
    raw = io.BytesIO()
    document.save(raw)
    return _fixed_zip(raw.getvalue(), spec.created)


def _fixed_zip(data: bytes, when: dt.datetime) -> bytes:
    """Re-zip with every member stamped ``when``, so the bytes do not depend on when we ran."""
    stamp = when.timetuple()[:6]
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=stamp)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


def _docx_styles(document) -> None:
    sizes = {"Normal": 10, "Title": 18, "Subtitle": 13, "Heading 1": 13, "Heading 2": 11.5,
             "Header": 8, "Footer": 8}
    for name, size in sizes.items():
        style = document.styles[name]
        style.font.name = FONT
        style.font.size = Pt(size)
        if name != "Normal":
            style.font.color.rgb = RGBColor(0, 0, 0)
        rfonts = style.element.get_or_add_rPr().find(qn("w:rFonts"))
        for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            rfonts.attrib.pop(qn(attr), None)
    document.styles["Normal"].paragraph_format.space_after = Pt(5)
    document.styles["Subtitle"].font.italic = False


def _docx_field(paragraph, instruction: str, shown: str) -> None:
    """Append a Word field (PAGE, NUMPAGES) with a cached result."""
    def char(kind: str):
        run = paragraph.add_run()
        element = OxmlElement("w:fldChar")
        element.set(qn("w:fldCharType"), kind)
        run._r.append(element)

    char("begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    paragraph.add_run()._r.append(instr)
    char("separate")
    paragraph.add_run(shown)
    char("end")


def _docx_header_footer(section, spec: DocumentSpec) -> None:
    header = section.header.paragraphs[0]
    header.text = spec.header
    header.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.add_run(f"{spec.footer}   |   Page ")
    _docx_field(footer, "PAGE", "1")
    footer.add_run(" of ")
    _docx_field(footer, "NUMPAGES", "1")


def _docx_block(document, block: Block) -> None:
    if isinstance(block, Title):
        document.add_paragraph(block.text, style="Title").alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif isinstance(block, Subtitle):
        paragraph = document.add_paragraph(block.text, style="Subtitle")
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif isinstance(block, Heading):
        document.add_heading(block.text, level=block.level)
    elif isinstance(block, Para):
        paragraph = document.add_paragraph()
        paragraph.add_run(block.text).bold = block.bold or None
        if block.centred:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif isinstance(block, Clause):
        indent, hang = (Cm(1.25), Cm(1.25)) if block.level == 1 else (Cm(2.25), Cm(1.0))
        paragraph = document.add_paragraph()
        fmt = paragraph.paragraph_format
        fmt.left_indent, fmt.first_line_indent = indent, -hang
        fmt.tab_stops.add_tab_stop(indent)
        paragraph.add_run(f"{block.number}\t{block.text}")
    elif isinstance(block, Definition):
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.left_indent = Cm(1.25)
        paragraph.add_run(f"“{block.term}”").bold = True
        paragraph.add_run(f" {block.meaning}")
    elif isinstance(block, Table):
        _docx_table(document, block)
    elif isinstance(block, PageBreak):
        document.add_page_break()
    elif isinstance(block, Signatures):
        held = [document.add_paragraph(block.intro)]
        for party in block.parties:
            heading = document.add_paragraph()
            heading.paragraph_format.space_before = Pt(18)
            heading.add_run(party.heading).bold = True
            held += [heading, *(document.add_paragraph(f"{k}: {v}") for k, v in party.lines)]
        for paragraph in held[:-1]:  # keep the execution block on one page
            paragraph.paragraph_format.keep_with_next = True
    else:
        raise TypeError(f"unknown block {block!r}")


def _docx_table(document, block: Table) -> None:
    table = document.add_table(rows=1, cols=len(block.header))
    table.style = "Table Grid"
    header_props = table.rows[0]._tr.get_or_add_trPr()
    repeat = OxmlElement("w:tblHeader")
    repeat.set(qn("w:val"), "true")
    header_props.append(repeat)
    for i, text in enumerate(block.header):
        table.rows[0].cells[i].paragraphs[0].add_run(text).bold = True
    for n, row in enumerate(block.rows, start=1):
        cells = table.add_row().cells
        for i, text in enumerate(row):
            paragraph = cells[i].paragraphs[0]
            run = paragraph.add_run(text)
            if block.bold_last_row and n == len(block.rows):
                run.bold = True
            if i in block.right:
                paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for row in table.rows:
        for i, cell in enumerate(row.cells):
            cell.width = Mm(160 * block.widths[i])
            for paragraph in cell.paragraphs:
                paragraph.paragraph_format.space_after = Pt(2)
                for run in paragraph.runs:
                    run.font.size = Pt(9.5)
    document.add_paragraph()
