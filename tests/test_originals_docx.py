"""Redacted DOCX originals: text removed across runs in every story, the package cleaned.

The input is written with python-docx (runs, a table, header and footer, a comment, core
properties) and then given, as raw XML, what python-docx does not write: tracked insertions,
deletions and a deleted table row, hidden text, a text box, a footnote, alternative text,
an embedded object, custom properties and custom XML, revision ids and a hyperlink.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml import OxmlElement
from docx.oxml.parser import parse_xml

from transparency.contracts import read_document
from transparency.errors import DocumentError
from transparency.site.originals import Withheld, prove_redacted, redact_original
from transparency.site.originals.matching import compact

REGISTER = Path(__file__).parent / "register" / "documents"
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
OOXML = "application/vnd.openxmlformats-officedocument."
SECRETS = ["£24.80", "Priya Sandhu", "41234567", "Acme Mutual"]
KEPT = [
    "The hourly rate for weekday care is",
    "per hour.",
    "The contract manager is Ms",
    "who reviews the charges.",
    "Account number",
    "at Example Bank.",
    "Weekday rate",
    "Header of the Anyshire contract",
    "Footer page",
    "Text box about",
    "insurance",
    "Footnote naming",
    "inserted words",
]
GONE = ["deleted clause", "hidden note", "comment text", "old row", "secret variable"]


def run(text: str, props: str = "") -> str:
    return f'<w:r><w:rPr>{props}</w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>'


BODY_EXTRA = (
    '<w:p w:rsidR="00AB12CD" w:rsidRDefault="00AB12CD">'
    + run("Tracked: ")
    + f'<w:ins w:id="91" w:author="Priya Sandhu" w:date="2025-01-01T00:00:00Z">'
    f"{run('inserted words')}</w:ins>"
    + '<w:del w:id="92" w:author="Priya Sandhu" w:date="2025-01-01T00:00:00Z">'
    '<w:r><w:delText xml:space="preserve"> deleted clause £24.80</w:delText></w:r></w:del>'
    + run(" and "),
    run("hidden note", "<w:vanish/>"),
    "</w:p>",
    "<w:p>" + run("Text box: ") + '<w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml" '
    'alt="Acme Mutual logo"><v:textbox><w:txbxContent><w:p>'
    + run("Text box about Acme Mutual insurance")
    + "</w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
    + run(" see note")
    + '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
    '<w:footnoteReference w:id="1"/></w:r></w:p>',
    "<w:p>" + run("Object: ") + '<w:r><w:object><v:shape xmlns:v="urn:schemas-microsoft-com:'
    'vml" id="ole1"/></w:object></w:r></w:p>',
)

FOOTNOTES = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes {W}>'
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
    "</w:r></w:p></w:footnote>"
    '<w:footnote w:id="1"><w:p>'
    + run("Footnote naming Priya")
    + run(" Sandhu as contact.")
    + "</w:p></w:footnote></w:footnotes>"
)
CUSTOM = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.'
    'openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.'
    'openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-'
    '101B-9397-08002B2CF9AE}" pid="2" name="Manager"><vt:lpwstr>Priya Sandhu</vt:lpwstr>'
    "</property></Properties>"
)


def make_docx(path: Path) -> Path:
    document = docx.Document()
    document.core_properties.author = "Priya Sandhu"
    document.core_properties.title = "Rates agreed with Acme Mutual"
    document.core_properties.comments = "secret variable"
    paragraph = document.add_paragraph("The hourly rate for weekday care is £2")
    paragraph.add_run("4.8").bold = True
    paragraph.add_run("0 per hour.")
    paragraph = document.add_paragraph("The contract manager is Ms Priya ")
    paragraph.add_run("Sandhu, who reviews the charges.").italic = True
    paragraph = document.add_paragraph("Account number 4123")
    commented = paragraph.add_run("4567 at Example Bank.")
    document.add_comment(commented, text="comment text about Priya Sandhu", author="Priya Sandhu")
    table = document.add_table(rows=3, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Weekday rate", "£24.80"
    table.cell(1, 0).text, table.cell(1, 1).text = "Insurer", "Acme Mutual"
    table.cell(2, 0).text, table.cell(2, 1).text = "old row", "removed"
    section = document.sections[0]
    section.header.paragraphs[0].text = "Header of the Anyshire contract for Priya Sandhu"
    section.footer.paragraphs[0].text = "Footer page: account 41234567"
    document.save(path)
    return _inject(path)


def _inject(path: Path) -> Path:
    with zipfile.ZipFile(path) as package:
        parts = {name: package.read(name) for name in package.namelist()}
    body = parts["word/document.xml"].decode()
    body = body.replace("<w:sectPr", "".join(BODY_EXTRA) + "<w:sectPr", 1)
    # The last table row becomes a tracked deletion of the row.
    rows = [m.start() for m in re.finditer(r"<w:tr[ >]", body)]
    last = rows[-1]
    body = body[:last] + re.sub(
        r"<w:tr([^>]*)>",
        r'<w:tr\1><w:trPr><w:del w:id="93" w:author="X" w:date="2025-01-01T00:00:00Z"/></w:trPr>',
        body[last:],
        count=1,
    )
    body = body.replace(
        "<w:body>",
        '<w:body><w:p><w:hyperlink r:id="rIdLink">' + run("Contact page") + "</w:hyperlink></w:p>",
        1,
    )
    parts["word/document.xml"] = body.encode()
    parts["word/footnotes.xml"] = FOOTNOTES.encode()
    parts["docProps/custom.xml"] = CUSTOM.encode()
    parts["customXml/item9.xml"] = b"<data>Priya Sandhu 41234567</data>"
    parts["word/embeddings/oleObject1.bin"] = "Acme Mutual £24.80".encode("utf-16-le")
    types = (
        parts["[Content_Types].xml"]
        .decode()
        .replace(
            "</Types>",
            (
                f'<Override PartName="/word/footnotes.xml" ContentType="{OOXML}'
                'wordprocessingml.footnotes+xml"/>'
                f'<Override PartName="/docProps/custom.xml" ContentType="{OOXML}'
                'custom-properties+xml"/>'
                f'<Default Extension="bin" ContentType="{OOXML}oleObject"/></Types>'
            ),
        )
    )
    parts["[Content_Types].xml"] = types.encode()
    rels = (
        parts["word/_rels/document.xml.rels"]
        .decode()
        .replace(
            "</Relationships>",
            (
                '<Relationship Id="rIdFoot" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                'relationships/footnotes" Target="footnotes.xml"/>'
                '<Relationship Id="rIdLink" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                'relationships/hyperlink" Target="https://example.org/staff/Priya%20Sandhu" '
                'TargetMode="External"/>'
                '<Relationship Id="rIdOle" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                'relationships/oleObject" Target="embeddings/oleObject1.bin"/></Relationships>'
            ),
        )
    )
    parts["word/_rels/document.xml.rels"] = rels.encode()
    root_rels = (
        parts["_rels/.rels"]
        .decode()
        .replace(
            "</Relationships>",
            (
                '<Relationship Id="rIdCustom" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                'relationships/custom-properties" Target="docProps/custom.xml"/></Relationships>'
            ),
        )
    )
    parts["_rels/.rels"] = root_rels.encode()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in parts.items():
            package.writestr(name, data)
    path.write_bytes(buffer.getvalue())
    return path


def all_xml(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as package:
        return {n: package.read(n).decode("utf-8", "replace") for n in package.namelist()}


def docx_text(path: Path) -> str:
    document = docx.Document(str(path))
    texts = [p.text for p in document.paragraphs]
    texts += [c.text for t in document.tables for r in t.rows for c in r.cells]
    section = document.sections[0]
    texts += [p.text for p in section.header.paragraphs + section.footer.paragraphs]
    return "\n".join(texts)


def xml_text(xml: str) -> str:
    """The text of every paragraph of a part, runs joined."""
    return "\n".join(re.sub(r"<[^>]+>", "", p) for p in re.findall(r"<w:p[ >].*?</w:p>", xml))


@pytest.fixture
def redacted(tmp_path: Path) -> tuple[Path, Path, object]:
    source = make_docx(tmp_path / "contract.docx")
    target = tmp_path / "out" / "contract.docx"
    report = redact_original(source, target, [Withheld(s, "s.43(2)") for s in SECRETS])
    return source, target, report


def test_every_occurrence_removed_in_every_story(redacted) -> None:
    _, target, report = redacted
    assert report.occurrences == {"£24.80": 2, "Priya Sandhu": 3, "41234567": 2, "Acme Mutual": 2}
    text = docx_text(target)
    parts = all_xml(target)
    readings = [text, *parts.values(), *(xml_text(x) for x in parts.values())]
    for secret in SECRETS:
        for reading in readings:
            assert secret.casefold() not in reading.casefold(), secret
    story = text + "\n".join(xml_text(x) for x in parts.values())
    for words in KEPT:
        assert words in story, words
    assert "The hourly rate for weekday care is [Redacted: s.43(2)] per hour." in text
    assert "The contract manager is Ms [Redacted: s.43(2)], who reviews the charges." in text
    assert prove_redacted(target, [Withheld(s, "x") for s in SECRETS + GONE]) == []


def test_tracked_changes_comments_hidden_text_and_objects_removed(redacted) -> None:
    _, target, report = redacted
    parts = all_xml(target)
    everything = "\n".join(parts.values())
    for gone in GONE:
        assert gone not in everything, gone
    for marker in (
        "w:ins ",
        "w:del ",
        "w:delText",
        "w:vanish",
        "w:commentRangeStart",
        "w:commentReference",
        "w:object",
        "w:rsid",
        "descr=",
        'alt="',
    ):
        assert marker not in everything, marker
    names = set(parts)
    assert "word/footnotes.xml" in names and "word/header1.xml" in names
    for name in (
        "word/comments.xml",
        "docProps/custom.xml",
        "customXml/item9.xml",
        "word/embeddings/oleObject1.bin",
    ):
        assert name not in names, name
    assert "priya" not in parts["word/_rels/document.xml.rels"].casefold()
    assert "<dc:creator>" not in parts["docProps/core.xml"]
    assert report.removed["tracked changes"] >= 3 and report.removed["hidden runs"] == 1
    # Everything the relationships and content types name is in the package.
    for rels in [n for n in names if n.endswith(".rels")]:
        folder = "" if rels == "_rels/.rels" else rels.split("_rels/")[0]
        for target_name in re.findall(r'Target="([^"]+)"(?! TargetMode)', parts[rels]):
            if "TargetMode" not in parts[rels].split(target_name)[1][:40]:
                assert (folder + target_name).lstrip("/") in names, target_name
    for part in re.findall(r'PartName="/([^"]+)"', parts["[Content_Types].xml"]):
        assert part in names, part


def test_result_opens_in_python_docx_and_keeps_structure(redacted) -> None:
    source, target, _ = redacted
    before, after = docx.Document(str(source)), docx.Document(str(target))
    assert len(after.tables) == 1 and len(after.tables[0].rows) == 2  # the deleted row is gone
    assert after.tables[0].cell(0, 1).text == "[Redacted: s.43(2)]"
    assert len(after.paragraphs) == len(before.paragraphs)


def test_not_found_is_an_error(tmp_path: Path) -> None:
    # A text without places is looked for in the document model's text (every occurrence).
    source = make_docx(tmp_path / "contract.docx")
    with pytest.raises(
        DocumentError, match=r"the text of redaction 1 \(s\.43\(2\)\) was not found in the "
    ) as raised:
        redact_original(source, tmp_path / "out.docx", [Withheld("Brightpath", "s.43(2)")])
    assert "Bright" not in str(raised.value)


def test_text_only_in_removed_material_needs_no_place(tmp_path: Path) -> None:
    # A tracked deletion and a comment are not the model's text, and are removed whole: a
    # decided span is removed by its places alone, and its text in them goes with them. A text
    # only there is not in the model's text at all, so it has no occurrence to redact.
    source = make_docx(tmp_path / "contract.docx")
    document = read_document(source)
    withheld = [
        Withheld("£24.80", "s.43(2)", places=tuple(document.places_of(m.start(), m.end())))
        for m in re.finditer(re.escape("£24.80"), document.text)
    ]
    assert len(withheld) == 2  # the body and the table, not the deleted clause
    report = redact_original(source, tmp_path / "out.docx", withheld)
    assert report.occurrences == {"£24.80": 2}
    everything = "\n".join(all_xml(tmp_path / "out.docx").values())
    for gone in ("24.80", "deleted clause", "comment text"):
        assert gone not in everything, gone
    with pytest.raises(DocumentError, match=r"the text of redaction 1 \(s\.40\(2\)\) was not"):
        redact_original(source, tmp_path / "out2.docx", [Withheld("comment text", "s.40(2)")])


def test_hidden_text_is_the_models_text_and_is_redacted_in_place(tmp_path: Path) -> None:
    # The model reads hidden text (it is in the file), so an officer may withhold it, alone or
    # with the visible text around it; it is removed before the hidden runs are, with a marker.
    source = make_docx(tmp_path / "contract.docx")
    withheld = [Withheld("inserted words and hidden note", "s.40(2)")]
    report = redact_original(source, tmp_path / "out.docx", withheld)
    assert report.occurrences == {"inserted words and hidden note": 1}
    assert "Tracked: [Redacted: s.40(2)]" in docx_text(tmp_path / "out.docx")


def test_proof_finds_text_split_over_runs(tmp_path: Path) -> None:
    source = make_docx(tmp_path / "contract.docx")
    problems = prove_redacted(source, [Withheld("£24.80", "x"), Withheld("Brightpath", "x")])
    assert [(p.message, p.text) for p in problems] == [
        ("still contains the text of redaction 1 (x), in the text read by python-docx", "£24.80")
    ]


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_reads_the_redacted_file(redacted, tmp_path: Path) -> None:
    _, target, _ = redacted
    subprocess.run(
        [
            "soffice",
            "--headless",
            "--convert-to",
            "txt:Text",
            "--outdir",
            str(tmp_path),
            str(target),
        ],
        capture_output=True,
        check=True,
        timeout=180,
    )
    text = (tmp_path / "contract.txt").read_text(encoding="utf-8-sig")
    assert "[Redacted: s.43(2)]" in text and "who reviews the charges." in text
    for secret in SECRETS:
        assert secret not in text


# ---- a passage of the model's text, however Word split it --------------------------------
#
# The withheld text is always taken from the document model's text (what the officer saw), and
# the XML around it is what Word writes: runs split anywhere, tabs, breaks, no-break spaces and
# hyphens, layout marks, fields, links, content controls, tracked changes and hidden text.

BEFORE, AFTER = "Kept before the passage. ", " Kept after the passage."
MARKED = f"{BEFORE}[Redacted: s.43(2)]{AFTER}"
NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
)


def add_runs(paragraph, runs: list[str]) -> None:
    """Add one python-docx run per item of ``runs``; ``{tab}``, ``{br}`` and ``{name}`` in an
    item are a ``w:tab``, a ``w:br`` and an empty ``w:name`` element in that run."""
    for spec in runs:
        run = paragraph.add_run()
        for piece in re.split(r"(\{\w+\})", spec):
            if piece == "{tab}":
                run.add_tab()
            elif piece == "{br}":
                run.add_break()
            elif piece.startswith("{"):
                run._r.append(OxmlElement(f"w:{piece[1:-1]}"))
            elif piece:
                run._r.add_t(piece)


def passage_docx(path: Path, fill) -> Path:
    """A DOCX with BEFORE, the passage (``fill(paragraph)`` writes it) and AFTER in a body
    paragraph, a table cell and the header, and a paragraph without it."""
    document = docx.Document()
    paragraphs = [
        document.add_paragraph(),
        document.add_table(rows=1, cols=1).cell(0, 0).paragraphs[0],
        document.sections[0].header.paragraphs[0],
    ]
    for paragraph in paragraphs:
        paragraph.add_run(BEFORE)
        fill(paragraph)
        paragraph.add_run(AFTER)
    document.add_paragraph("A paragraph without it.")
    document.save(path)
    return path


def model_passage(path: Path) -> str:
    """The passage as the document model shows it: the officer's text, between BEFORE and AFTER."""
    text = read_document(path).blocks[0].text
    assert text.startswith(BEFORE.strip()) and text.endswith(AFTER.strip()), text
    return text[len(BEFORE) : -len(AFTER)]


def decided(source: Path, text: str, label: str = "s.43(2)") -> list[Withheld]:
    """A withheld span for each occurrence of ``text`` in the model's text, by its places."""
    document = read_document(source)
    starts = [m.start() for m in re.finditer(re.escape(text), document.text)]
    return [
        Withheld(text, label, places=tuple(document.places_of(start, start + len(text))))
        for start in starts
    ]


def assert_passage_removed(source: Path, target: Path, passage: str) -> None:
    withheld = decided(source, passage)
    assert len(withheld) == 3
    report = redact_original(source, target, withheld)
    assert report.occurrences == {passage: 3}
    after = docx.Document(str(target))
    header = after.sections[0].header.paragraphs[0]
    cell = after.tables[0].cell(0, 0).paragraphs[0]
    for paragraph in (after.paragraphs[0], cell, header):
        assert paragraph.text == MARKED
    assert after.paragraphs[-1].text == "A paragraph without it."
    parts = all_xml(target)
    flat = re.sub(r"\s+", "", passage).casefold()
    for reading in [docx_text(target), *parts.values(), *(xml_text(x) for x in parts.values())]:
        assert flat not in re.sub(r"\s+", "", reading).casefold()
    # Nor any word of it, in the text of the stories.
    stories = [docx_text(target), *(xml_text(parts[n]) for n in parts if n.startswith("word/"))]
    for word in (word for word in passage.split() if len(word) > 3):
        for reading in stories:
            assert word.casefold() not in reading.casefold(), word
    for name in ("word/document.xml", "word/header1.xml"):
        for element in ("w:tab", "w:br", "w:noBreakHyphen", "w:sym", "w:softHyphen"):
            assert f"<{element}" not in parts[name], (name, element)


SPLIT_PASSAGES = [
    pytest.param(["15.5", "{tab}For the purposes of Clause 15.2 the fee is £1,250."], id="tab"),
    pytest.param(
        ["the fee is\u00a0", "£1,250\u00a0per", "\u00a0visit in Clause\u00a015."],
        id="no-break space",
    ),
    pytest.param(
        ["the fee is £1,250 per ", "{lastRenderedPageBreak}visit to the site"],
        id="last rendered page break",
    ),
    pytest.param(["the fee is", "{br}£1,250 per", " visit{br}to the site"], id="line break"),
    pytest.param(
        ["the fee is £1", "{noBreakHyphen}250", " per{noBreakHyphen}visit"], id="no-break hyphen"
    ),
    pytest.param(
        [
            "15.5",
            "{tab}For the purposes of Clauses 15.2 to 15.4 references to disclosure on a "
            "confidential basis means ",
            "{lastRenderedPageBreak}disclosure under a confidentiality agreement or arrangement "
            "including terms as strict as those required in Clause\u00a015.",
        ],
        id="clause 15.5 of the Core Terms",
    ),
]


@pytest.mark.parametrize("runs", SPLIT_PASSAGES)
def test_passage_split_over_runs_is_removed(tmp_path: Path, runs: list[str]) -> None:
    source = passage_docx(tmp_path / "contract.docx", lambda paragraph: add_runs(paragraph, runs))
    passage = model_passage(source)
    assert_passage_removed(source, tmp_path / "out" / "contract.docx", passage)


FEE = run("the fee is ") + "{}" + run(" per visit")
WRAPPED_PASSAGES = [
    pytest.param(
        FEE.format('<w:hyperlink w:anchor="fees">' + run("£1,250") + "</w:hyperlink>"),
        id="hyperlink",
    ),
    pytest.param(
        FEE.format(
            '<w:smartTag w:uri="urn:x" w:element="price">' + run("£1,250") + "</w:smartTag>"
        ),
        id="smart tag",
    ),
    pytest.param(
        FEE.format(
            '<w:sdt><w:sdtPr><w:alias w:val="Fee"/></w:sdtPr><w:sdtContent>'
            + run("£1,250")
            + "</w:sdtContent></w:sdt>"
        ),
        id="content control",
    ),
    pytest.param(
        FEE.format('<w:fldSimple w:instr=" DOCPROPERTY Fee ">' + run("£1,250") + "</w:fldSimple>"),
        id="simple field",
    ),
    pytest.param(
        FEE.format(
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            '<w:r><w:instrText xml:space="preserve"> DOCPROPERTY Fee </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            + run("£1,250")
            + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        ),
        id="field code",
    ),
    pytest.param(
        FEE.format(
            '<w:r><w:t>£1,</w:t><w:sym w:font="Wingdings" w:char="F0FC"/><w:t>250</w:t></w:r>'
        ),
        id="symbol",
    ),
    pytest.param(
        FEE.format("<w:r><w:t>£1,2</w:t><w:softHyphen/><w:t>50</w:t></w:r>" + run(" vis\u00adit")),
        id="soft hyphens",
    ),
    pytest.param(
        FEE.format(
            '<w:r><w:t>£1,250</w:t><w:ptab w:relativeTo="margin" w:alignment="right" '
            'w:leader="none"/><w:t>a</w:t><w:cr/><w:t>visit</w:t></w:r>'
        ),
        id="positional tab and carriage return",
    ),
    pytest.param(FEE.format(run("£1,250 for a ﬁxed … ")), id="ligature and ellipsis"),
    pytest.param(
        FEE.format(
            '<mc:AlternateContent><mc:Choice Requires="w14">'
            + run("£1,250")
            + "</mc:Choice><mc:Fallback>"
            + run("£1,250")
            + "</mc:Fallback></mc:AlternateContent>"
        ),
        id="alternate content",
    ),
    pytest.param(FEE.format(run("£1,250", "<w:vanish/>")), id="hidden text"),
    pytest.param(
        FEE.format(
            '<w:ins w:id="1" w:author="A" w:date="2025-01-01T00:00:00Z">'
            + run("£1,250")
            + '</w:ins><w:del w:id="2" w:author="A" w:date="2025-01-01T00:00:00Z"><w:r>'
            '<w:delText xml:space="preserve"> or £9,999</w:delText></w:r></w:del>'
        ),
        id="tracked changes",
    ),
]


@pytest.mark.parametrize("xml", WRAPPED_PASSAGES)
def test_passage_through_fields_links_controls_and_marks_is_removed(
    tmp_path: Path, xml: str
) -> None:
    def fill(paragraph) -> None:
        for element in parse_xml(f"<w:p {NS}>{xml}</w:p>"):
            paragraph._p.append(element)

    source = passage_docx(tmp_path / "contract.docx", fill)
    passage = model_passage(source)
    assert_passage_removed(source, tmp_path / "out" / "contract.docx", passage)
    assert "9,999" not in docx_text(tmp_path / "out" / "contract.docx")


CORE_TERMS = REGISTER / "ccs-rm3830" / "Core Terms v3.0.2 (DA).docx"


def test_core_terms_clause_15_5_is_removed(tmp_path: Path) -> None:
    # In the Word XML the clause is three runs: "15.5", a tab and its first words, then a
    # lastRenderedPageBreak and the rest, which ends "in Clause", a no-break space and "15.".
    text = read_document(CORE_TERMS).text
    found = re.search(r"15\.5 For the purposes of Clauses 15\.2 .*?in Clause 15\.", text)
    assert found is not None
    clause = found.group(0)
    target = tmp_path / "Core Terms.docx"
    report = redact_original(CORE_TERMS, target, [Withheld(clause, "s.41")])
    assert report.occurrences == {clause: 1} and report.boxes == 1
    before = [p.text for p in docx.Document(str(CORE_TERMS)).paragraphs]
    paragraphs = [p.text for p in docx.Document(str(target)).paragraphs]
    index = paragraphs.index("[Redacted: s.41]\n")  # the paragraph's closing w:br is kept
    assert before[index].startswith("15.5\tFor the purposes")
    assert paragraphs[:index] == before[:index] and paragraphs[index + 1 :] == before[index + 1 :]
    everything = "\n".join([*paragraphs, *all_xml(target).values()])
    for words in ("references to disclosure on a confidential basis", "as strict as those"):
        assert words not in everything


@pytest.mark.slow
@pytest.mark.parametrize("source", sorted(REGISTER.rglob("*.docx")), ids=lambda path: path.name)
def test_every_block_of_the_registers_docx_can_be_withheld(tmp_path: Path, source: Path) -> None:
    # Every block of the model's text, withheld at once, longest first: each is removed, unless
    # a longer one held it, and the proof finds none. Texts under 12 characters are left out:
    # words like "Default" or "Signature" are also style names and attribute values in the XML.
    texts: dict[str, str] = {}
    for block in read_document(source).blocks:
        if len(compact(block.text)) >= 12:
            texts.setdefault(compact(block.text).casefold(), block.text)
    withheld = sorted(texts.values(), key=len, reverse=True)
    report = redact_original(source, tmp_path / source.name, [Withheld(t, "x") for t in withheld])
    for text in withheld:
        held = [other for other in texts if compact(text).casefold() in other]
        assert report.occurrences[text] or len(held) > 1, text
