"""Parsing Word documents: block kinds, reading order, tables, stories and bad input.

Every document is built here with python-docx; what python-docx cannot author (footnotes,
tracked changes, text boxes, content controls) is added by editing the XML.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml.parser import parse_xml

from transparency.contracts import Document, read_document
from transparency.errors import DocumentError

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = (
    f'xmlns:w="{W_NS}" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)


def w_xml(xml: str):
    """An element from a WordprocessingML fragment written with the prefixes in ``NS``."""
    return parse_xml(re.sub(r"^<([\w:]+)", lambda m: f"<{m.group(1)} {NS}", xml, count=1))


def save(document, tmp_path: Path, name: str = "contract.docx") -> Path:
    path = tmp_path / name
    document.save(path)
    return path


def rewrite(path: Path, changes: dict[str, bytes]) -> None:
    """Replace (or add) members of the zip at ``path``."""
    with zipfile.ZipFile(path) as source:
        members = {info.filename: source.read(info) for info in source.infolist()}
    members.update(changes)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for member, data in members.items():
            target.writestr(member, data)


def texts(document: Document, kind: str) -> list[str]:
    return [b.text for b in document.blocks if b.kind == kind]


def check_offsets(document: Document) -> None:
    for block in document.blocks:
        assert document.text[block.start : block.end] == block.text


@pytest.fixture
def contract(tmp_path: Path) -> Path:
    """Headings, lists, paragraphs and two tables, one nested and one with merged cells."""
    document = docx.Document()
    document.add_heading("Services Agreement", level=0)
    document.add_heading("1. Definitions", level=1)
    document.add_paragraph("In this agreement the following terms apply.")
    document.add_paragraph("Charges means the sums in Schedule 2.", style="List Bullet")
    document.add_paragraph("Services means the work in Schedule 1.", style="List Number")
    document.add_heading("2. Charges", level=2)
    table = document.add_table(rows=3, cols=3)
    for r, row in enumerate(table.rows):
        for c, cell in enumerate(row.cells):
            cell.text = f"r{r}c{c}"
    table.cell(0, 0).merge(table.cell(0, 1)).text = "Item and code"
    table.cell(1, 2).merge(table.cell(2, 2)).text = "£12,500 per month"
    table.cell(1, 0).add_paragraph("second line")
    table.cell(2, 0).add_table(rows=1, cols=2).cell(0, 1).text = "nested value"
    document.add_paragraph("Payment is due within 30 days.")
    return save(document, tmp_path)


def test_headings_have_levels(contract: Path) -> None:
    document = read_document(contract)
    headings = [(b.text, b.level) for b in document.blocks if b.kind == "heading"]
    assert headings == [("Services Agreement", 0), ("1. Definitions", 1), ("2. Charges", 2)]


def test_list_items_and_paragraphs(contract: Path) -> None:
    document = read_document(contract)
    assert texts(document, "list_item") == [
        "Charges means the sums in Schedule 2.",
        "Services means the work in Schedule 1.",
    ]
    assert texts(document, "paragraph") == [
        "In this agreement the following terms apply.",
        "Payment is due within 30 days.",
    ]


def test_paragraphs_and_tables_interleave_in_document_order(contract: Path) -> None:
    document = read_document(contract)
    kinds = [b.kind for b in document.blocks]
    assert kinds[:6] == ["heading", "heading", "paragraph", "list_item", "list_item", "heading"]
    assert kinds[6:-1] == ["table_cell"] * (len(kinds) - 7)
    assert document.blocks[-1].text == "Payment is due within 30 days."
    assert document.pages is None
    assert all(b.page is None for b in document.blocks)


def test_table_cells_have_positions_and_merged_cells_appear_once(contract: Path) -> None:
    document = read_document(contract)
    cells = {(b.table, b.row, b.column): b.text for b in document.blocks if b.kind == "table_cell"}
    assert cells == {
        (0, 0, 0): "Item and code",
        (0, 0, 2): "r0c2",
        (0, 1, 0): "r1c0 second line",
        (0, 1, 1): "r1c1",
        (0, 1, 2): "£12,500 per month",
        (0, 2, 0): "r2c0",
        (1, 0, 1): "nested value",
        (0, 2, 1): "r2c1",
    }
    assert document.text.count("£12,500") == 1
    assert document.text.count("Item and code") == 1
    # The nested table's cell follows the cell that holds it.
    order = [b.text for b in document.blocks if b.kind == "table_cell"]
    assert order.index("nested value") == order.index("r2c0") + 1


def test_offsets_and_anchors_are_stable(contract: Path) -> None:
    first, second = read_document(contract), read_document(contract)
    check_offsets(first)
    assert [b.anchor for b in first.blocks] == [b.anchor for b in second.blocks]
    assert len({b.anchor for b in first.blocks}) == len(first.blocks)
    assert first.format == "docx"
    assert first.name == "contract.docx"


def test_outline_level_and_direct_numbering(tmp_path: Path) -> None:
    document = docx.Document()
    outlined = document.add_paragraph("Schedule 3 Pricing")
    outlined._p.get_or_add_pPr().append(w_xml('<w:outlineLvl w:val="2"/>'))
    numbered = document.add_paragraph("A sub-clause")
    numbered._p.get_or_add_pPr().append(
        w_xml('<w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr>')
    )
    document.add_paragraph("Plain text")
    blocks = read_document(save(document, tmp_path)).blocks
    assert [(b.kind, b.level) for b in blocks] == [
        ("heading", 3),
        ("list_item", 2),
        ("paragraph", None),
    ]


def test_headers_and_footers_of_every_section_once(tmp_path: Path) -> None:
    document = docx.Document()
    first = document.sections[0]
    first.header.paragraphs[0].text = "OFFICIAL SENSITIVE"
    first.footer.paragraphs[0].text = "Contract ref CR-2291"
    first.different_first_page_header_footer = True
    first.first_page_header.paragraphs[0].text = "Cover page header"
    document.add_paragraph("Body text")
    second = document.add_section()
    second.header.is_linked_to_previous = False
    second.header.paragraphs[0].text = "OFFICIAL SENSITIVE"  # same text: not repeated
    second.footer.is_linked_to_previous = False
    second.footer.paragraphs[0].text = "Annex footer"
    document.add_paragraph("Annex text")
    parsed = read_document(save(document, tmp_path))
    assert texts(parsed, "header") == ["OFFICIAL SENSITIVE", "Cover page header"]
    assert texts(parsed, "footer") == ["Contract ref CR-2291", "Annex footer"]
    kinds = [b.kind for b in parsed.blocks]
    assert kinds == ["header", "header", "paragraph", "paragraph", "footer", "footer"]
    check_offsets(parsed)


FOOTNOTES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:footnotes xmlns:w="{W_NS}">
  <w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
  <w:footnote w:type="continuationSeparator" w:id="0">
    <w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>
  <w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r>
    <w:r><w:t xml:space="preserve"> Discount of 7% agreed with the supplier.</w:t></w:r></w:p>
  </w:footnote>
</w:footnotes>"""
ENDNOTES = FOOTNOTES.replace("footnote", "endnote").replace("Discount of 7%", "Margin 12%")


def add_notes(path: Path, footnotes: str = FOOTNOTES, endnotes: str = ENDNOTES) -> None:
    """Add footnote and endnote parts, their content types and relationships to a .docx."""
    with zipfile.ZipFile(path) as source:
        types = source.read("[Content_Types].xml").decode()
        rels = source.read("word/_rels/document.xml.rels").decode()
    wml = "application/vnd.openxmlformats-officedocument.wordprocessingml"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    types = types.replace(
        "</Types>",
        f'<Override PartName="/word/footnotes.xml" ContentType="{wml}.footnotes+xml"/>'
        f'<Override PartName="/word/endnotes.xml" ContentType="{wml}.endnotes+xml"/></Types>',
    )
    rels = rels.replace(
        "</Relationships>",
        f'<Relationship Id="rIdFn" Type="{rel}/footnotes" Target="footnotes.xml"/>'
        f'<Relationship Id="rIdEn" Type="{rel}/endnotes" Target="endnotes.xml"/></Relationships>',
    )
    rewrite(
        path,
        {
            "[Content_Types].xml": types.encode(),
            "word/_rels/document.xml.rels": rels.encode(),
            "word/footnotes.xml": footnotes.encode(),
            "word/endnotes.xml": endnotes.encode(),
        },
    )


def test_footnotes_and_endnotes_after_the_body(tmp_path: Path) -> None:
    document = docx.Document()
    paragraph = document.add_paragraph("The price is fixed.")
    paragraph._p.append(w_xml('<w:r><w:footnoteReference w:id="1"/></w:r>'))
    document.sections[0].footer.paragraphs[0].text = "Page footer"
    path = save(document, tmp_path)
    add_notes(path)
    parsed = read_document(path)
    assert [(b.kind, b.text) for b in parsed.blocks] == [
        ("paragraph", "The price is fixed."),
        ("footnote", "Discount of 7% agreed with the supplier."),
        ("footnote", "Margin 12% agreed with the supplier."),
        ("footer", "Page footer"),
    ]
    check_offsets(parsed)


def test_tracked_changes_read_as_accepted(tmp_path: Path) -> None:
    document = docx.Document()
    paragraph = document.add_paragraph("The fee is ")
    paragraph._p.append(
        w_xml('<w:del w:id="1" w:author="A"><w:r><w:delText>£9,000</w:delText></w:r></w:del>')
    )
    paragraph._p.append(w_xml('<w:ins w:id="2" w:author="A"><w:r><w:t>£7,500</w:t></w:r></w:ins>'))
    paragraph._p.append(
        w_xml('<w:moveFrom w:id="3" w:author="A"><w:r><w:t>old place</w:t></w:r></w:moveFrom>')
    )
    paragraph.add_run(" a year.")
    parsed = read_document(save(document, tmp_path))
    assert parsed.blocks[0].text == "The fee is £7,500 a year."
    assert "9,000" not in parsed.text
    assert "old place" not in parsed.text


def test_deleted_table_row_is_left_out(tmp_path: Path) -> None:
    document = docx.Document()
    table = document.add_table(rows=2, cols=1)
    table.cell(0, 0).text = "kept"
    table.cell(1, 0).text = "removed row"
    table.rows[1]._tr.get_or_add_trPr().append(w_xml('<w:del w:id="9" w:author="A"/>'))
    parsed = read_document(save(document, tmp_path))
    assert texts(parsed, "table_cell") == ["kept"]


def test_run_text_rules(tmp_path: Path) -> None:
    document = docx.Document()
    paragraph = document.add_paragraph("Sort")
    for xml in (
        "<w:r><w:tab/><w:t>code</w:t><w:br/><w:t>20</w:t><w:noBreakHyphen/><w:t>00</w:t></w:r>",
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>',
        '<w:r><w:instrText xml:space="preserve"> MERGEFIELD Secret </w:instrText></w:r>',
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>',
        "<w:r><w:t>-00</w:t></w:r>",
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
        "<w:r><w:rPr><w:vanish/></w:rPr><w:t> hidden note</w:t></w:r>",
    ):
        paragraph._p.append(w_xml(xml))
    paragraph._p.get_or_add_pPr().append(
        w_xml('<w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs>')
    )
    parsed = read_document(save(document, tmp_path))
    # Field codes are not text; hidden text is, because it is in the file and may need redacting.
    assert parsed.blocks[0].text == "Sort code 20-00-00 hidden note"


TEXT_BOX = """<w:r><mc:AlternateContent>
  <mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData>
    <wps:wsp><wps:txbx><w:txbxContent>
      <w:p><w:r><w:t>Account 12345678</w:t></w:r></w:p>
    </w:txbxContent></wps:txbx></wps:wsp>
  </a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>
  <mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>
      <w:p><w:r><w:t>Account 12345678</w:t></w:r></w:p>
  </w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>
</mc:AlternateContent></w:r>"""


def test_text_box_text_follows_its_paragraph_once(tmp_path: Path) -> None:
    document = docx.Document()
    holder = document.add_paragraph("Bank details:")
    holder._p.append(w_xml(TEXT_BOX))
    document.add_paragraph("Next clause.")
    cell = document.add_table(rows=1, cols=1).cell(0, 0)
    cell.text = "In a cell"
    cell.paragraphs[0]._p.append(w_xml(TEXT_BOX.replace("12345678", "87654321")))
    parsed = read_document(save(document, tmp_path))
    assert [(b.kind, b.text) for b in parsed.blocks] == [
        ("paragraph", "Bank details:"),
        ("paragraph", "Account 12345678"),
        ("paragraph", "Next clause."),
        ("table_cell", "In a cell"),
        ("paragraph", "Account 87654321"),
    ]


def test_content_controls_are_read_in_place(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Before.")
    marker = document.add_paragraph("After.")
    block = w_xml(
        "<w:sdt><w:sdtPr><w:alias w:val='Supplier'/><w:text/></w:sdtPr><w:sdtContent>"
        "<w:p><w:r><w:t>Supplier: Acme Ltd</w:t></w:r></w:p></w:sdtContent></w:sdt>"
    )
    marker._p.addprevious(block)
    marker._p.append(
        w_xml(
            "<w:sdt><w:sdtContent><w:r><w:t> Signed by J Smith</w:t></w:r></w:sdtContent></w:sdt>"
        )
    )
    parsed = read_document(save(document, tmp_path))
    assert texts(parsed, "paragraph") == [
        "Before.",
        "Supplier: Acme Ltd",
        "After. Signed by J Smith",
    ]


# ---- bad input ----------------------------------------------------------------------------


def assert_document_error(path: Path, words: str) -> None:
    with pytest.raises(DocumentError) as caught:
        read_document(path)
    assert caught.value.path == path
    message = str(caught.value)
    assert message.startswith(f"{path}: ")
    assert words in message
    assert caught.value.hint


def test_random_bytes_named_docx(tmp_path: Path) -> None:
    path = tmp_path / "random.docx"
    path.write_bytes(b"this is not a zip file at all" * 10)
    assert_document_error(path, "not a valid Word document")


def test_truncated_docx(contract: Path) -> None:
    contract.write_bytes(contract.read_bytes()[:2000])
    assert_document_error(contract, "not a valid Word document")


def test_zip_without_a_word_document(tmp_path: Path) -> None:
    path = tmp_path / "sheet.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(
            "[Content_Types].xml",
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
        )
        archive.writestr("xl/workbook.xml", "<workbook/>")
    assert_document_error(path, "not a Word document")


def test_encrypted_or_legacy_doc(tmp_path: Path) -> None:
    path = tmp_path / "protected.docx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))
    assert_document_error(path, "encrypted or an old .doc file")


def test_malformed_document_xml(contract: Path) -> None:
    rewrite(contract, {"word/document.xml": b"<w:document><w:body><w:p></w:body>"})
    assert_document_error(contract, "malformed XML")


def test_malformed_footnotes_xml(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Body.")
    path = save(document, tmp_path)
    add_notes(path, footnotes="<w:footnotes><w:footnote>")
    assert_document_error(path, "malformed XML in /word/footnotes.xml")
