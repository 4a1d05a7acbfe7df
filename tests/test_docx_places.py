"""DOCX redaction by place: a decision removes the characters it names and nothing else.

The document model gives each character of a DOCX its place in the file (its part, element and
offset); a withheld span carries the places of its characters, and the redacted original loses
exactly those. The same text elsewhere stays unless it is decided too.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import docx
import pytest
from lxml import etree

from transparency.contracts import Document, read_document
from transparency.errors import DocumentError
from transparency.site.originals import Withheld, redact_original

LABEL = "s.43(2)"
MARKER = f"[Redacted: {LABEL}]"


def span(document: Document, text: str, occurrence: int = 0) -> Withheld:
    """The withheld span of the ``occurrence``-th ``text`` in the model's text, by its places."""
    starts = [m.start() for m in re.finditer(re.escape(text), document.text)]
    start = starts[occurrence]
    return Withheld(text, LABEL, places=tuple(document.places_of(start, start + len(text))))


def burn(source: Path, withheld: list[Withheld]) -> Path:
    """The redacted original of ``source`` (proven), written next to it."""
    target = source.with_name(f"redacted-{source.name}")
    report = redact_original(source, target, withheld)
    assert report.boxes == len(withheld)
    return target


def body(path: Path) -> list[str]:
    return [p.text for p in docx.Document(str(path)).paragraphs]


def xml_parts(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as package:
        return {n: package.read(n).decode("utf-8", "replace") for n in package.namelist()}


def two_fees(tmp_path: Path) -> Path:
    document = docx.Document()
    document.add_paragraph("The visit fee is £150 per visit.")
    document.add_paragraph("The deposit of £150 is returned at the end.")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Call-out charge", "£150 a call"
    path = tmp_path / "fees.docx"
    document.save(path)
    return path


# ---- the places the parser gives ---------------------------------------------------------


def test_each_place_names_the_character_read(tmp_path: Path) -> None:
    source = two_fees(tmp_path)
    document = read_document(source)
    with zipfile.ZipFile(source) as package:
        elements = list(etree.fromstring(package.read("word/document.xml")).iter(etree.Element))
    placed = [(char, place) for char, place in zip(document.text, document.places, strict=True)]
    assert all(place is not None for char, place in placed if char != "\n")
    for char, (part, element, offset) in [(c, p) for c, p in placed if p is not None]:
        assert part == "word/document.xml"
        assert elements[element].tag.endswith("}t")
        assert elements[element].text[offset] == char
    # The two '£150' of the body are two different places.
    first, second = span(document, "£150", 0), span(document, "£150", 1)
    assert len(first.places) == 4 and not set(first.places) & set(second.places)


# ---- the same text elsewhere stays -------------------------------------------------------


def test_amount_redacted_in_one_paragraph_stays_in_another(tmp_path: Path) -> None:
    source = two_fees(tmp_path)
    target = burn(source, [span(read_document(source), "£150", 0)])
    assert body(target) == [
        f"The visit fee is {MARKER} per visit.",
        "The deposit of £150 is returned at the end.",
    ]
    table = docx.Document(str(target)).tables[0]
    assert table.cell(0, 1).text == "£150 a call"
    assert read_document(target).text.count("£150") == 2


def test_amount_redacted_in_a_table_cell_stays_in_the_paragraphs(tmp_path: Path) -> None:
    source = two_fees(tmp_path)
    target = burn(source, [span(read_document(source), "£150", 2)])
    assert docx.Document(str(target)).tables[0].cell(0, 1).text == f"{MARKER} a call"
    assert docx.Document(str(target)).tables[0].cell(0, 0).text == "Call-out charge"
    assert body(target) == [
        "The visit fee is £150 per visit.",
        "The deposit of £150 is returned at the end.",
    ]


@pytest.mark.parametrize(
    ("decided", "after"),
    [
        pytest.param("£100", f"Fees: {MARKER}, then £100,275 in all.", id="£100"),
        pytest.param("£100,275", f"Fees: £100, then {MARKER} in all.", id="£100,275"),
    ],
)
def test_an_amount_inside_a_longer_one_is_not_taken_from_it(
    tmp_path: Path, decided: str, after: str
) -> None:
    document = docx.Document()
    document.add_paragraph("Fees: £100, then ")
    document.paragraphs[0].add_run("£100,275").bold = True
    document.paragraphs[0].add_run(" in all.")
    source = tmp_path / "fees.docx"
    document.save(source)
    # The first '£100' of the text is the amount on its own; the second starts '£100,275'.
    assert body(burn(source, [span(read_document(source), decided)])) == [after]


# ---- spans across runs, in cells, in repeated headers -----------------------------------


def test_span_across_runs_with_different_formatting(tmp_path: Path) -> None:
    document = docx.Document()
    paragraph = document.add_paragraph("The annual fee is £")
    paragraph.add_run("12,").bold = True
    paragraph.add_run("400 in total").italic = True
    paragraph.add_run(", paid monthly.")
    source = tmp_path / "fee.docx"
    document.save(source)
    target = tmp_path / "out" / "fee.docx"
    report = redact_original(source, target, [span(read_document(source), "£12,400")])
    assert report.occurrences == {"£12,400": 1} and report.boxes == 1
    runs = docx.Document(str(target)).paragraphs[0].runs
    assert (
        "".join(run.text for run in runs) == f"The annual fee is {MARKER} in total, paid monthly."
    )
    assert [(run.text, run.bold, run.italic) for run in runs if run.text.strip()][-2:] == [
        (" in total", None, True),
        (", paid monthly.", None, None),
    ]
    assert "12," not in xml_parts(target)["word/document.xml"]


def test_span_in_a_table_cell_of_several_paragraphs(tmp_path: Path) -> None:
    document = docx.Document()
    cell = document.add_table(rows=1, cols=1).cell(0, 0)
    cell.text = "Account 41234567"
    cell.add_paragraph("Sort code 20-45-77")
    source = tmp_path / "bank.docx"
    document.save(source)
    model = read_document(source)
    assert [b.text for b in model.blocks] == ["Account 41234567 Sort code 20-45-77"]
    target = tmp_path / "out" / "bank.docx"
    redact_original(source, target, [span(model, "41234567 Sort code 20-45-77")])
    cell = docx.Document(str(target)).tables[0].cell(0, 0)
    assert [p.text for p in cell.paragraphs] == [f"Account {MARKER}", ""]


HEADER = "Commercial in confidence: Brightpath Care Ltd"


def three_headers(tmp_path: Path) -> Path:
    """The same header line in the default and first-page headers of one section, and in the
    default header of another."""
    document = docx.Document()
    first = document.sections[0]
    first.header.paragraphs[0].text = HEADER
    first.different_first_page_header_footer = True
    first.first_page_header.paragraphs[0].text = HEADER
    document.add_paragraph("Body of the first section.")
    second = document.add_section()
    second.header.is_linked_to_previous = False
    second.header.paragraphs[0].text = HEADER
    second.header.add_paragraph("Annex header")
    document.add_paragraph("Body of the annex.")
    path = tmp_path / "headers.docx"
    document.save(path)
    return path


def header_parts(path: Path) -> dict[str, str]:
    return {n: x for n, x in xml_parts(path).items() if re.fullmatch(r"word/header\d+\.xml", n)}


def test_header_line_repeated_in_several_header_parts_is_removed_from_all(
    tmp_path: Path,
) -> None:
    source = three_headers(tmp_path)
    model = read_document(source)
    assert [b.text for b in model.blocks if b.kind == "header"] == [HEADER, "Annex header"]
    assert len(header_parts(source)) == 3
    # Each character of the line shown once has the locations of its three copies.
    start = model.text.index("Brightpath")
    assert sorted(part for part, _, _ in model.places[start]) == sorted(header_parts(source))
    withheld = span(model, "Brightpath Care Ltd")
    target = tmp_path / "out" / "headers.docx"
    report = redact_original(source, target, [withheld])
    assert report.occurrences == {"Brightpath Care Ltd": 3} and report.boxes == 3
    for name, xml in header_parts(target).items():
        assert "Brightpath" not in xml, name
        assert MARKER in xml, name
    headers = [b.text for b in read_document(target).blocks if b.kind == "header"]
    assert headers == [f"Commercial in confidence: {MARKER}", "Annex header"]


# ---- a place that is not the file's is refused -------------------------------------------


def moved(withheld: Withheld, by: int) -> Withheld:
    """``withheld`` with each place ``by`` characters further into its element."""
    places = tuple((part, element, offset + by) for part, element, offset in withheld.places)
    return Withheld(withheld.text, withheld.label, places=places)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        pytest.param(
            lambda item: moved(item, 1),
            "the text at the places of redaction 1 (s.43(2)) is not its text",
            id="another character",
        ),
        pytest.param(
            lambda item: moved(item, 400),
            "a place of redaction 1 (s.43(2)) is not in the document's text "
            "(part /word/document.xml)",
            id="past the element",
        ),
        pytest.param(
            lambda item: Withheld(item.text, LABEL, places=(("word/document.xml", 10**6, 0),)),
            "a place of redaction 1 (s.43(2)) is not in the document's text "
            "(part /word/document.xml)",
            id="no such element",
        ),
        pytest.param(
            lambda item: Withheld(item.text, LABEL, places=(("word/header9.xml", 3, 0),)),
            "a place of redaction 1 (s.43(2)) is not in the document's text "
            "(part /word/header9.xml)",
            id="no such part",
        ),
        pytest.param(
            lambda item: Withheld(item.text, LABEL, places=(17, 18, 19, 20)),
            "the places of redaction 1 (s.43(2)) are not places in a Word document",
            id="places of a PDF",
        ),
    ],
)
def test_a_place_that_does_not_match_the_file_is_refused(
    tmp_path: Path, change, message: str
) -> None:
    source = two_fees(tmp_path)
    target = tmp_path / "out" / "fees.docx"
    withheld = change(span(read_document(source), "£150", 0))
    with pytest.raises(DocumentError) as raised:
        redact_original(source, target, [withheld])
    assert str(raised.value).startswith(f"{source}: {message}")
    assert "£150" not in str(raised.value)
    assert not target.exists()


def test_a_decision_on_another_version_of_the_file_is_refused(tmp_path: Path) -> None:
    source = two_fees(tmp_path)
    withheld = span(read_document(source), "£150", 0)
    with zipfile.ZipFile(source) as package:
        parts = {n: package.read(n) for n in package.namelist()}
    parts["word/document.xml"] = parts["word/document.xml"].replace(b"150 per", b"175 per")
    with zipfile.ZipFile(source, "w") as package:
        for name, data in parts.items():
            package.writestr(name, data)
    with pytest.raises(DocumentError, match=r"the text at the places of redaction 1 .* is not"):
        redact_original(source, tmp_path / "out.docx", [withheld])
