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

from transparency.errors import DocumentError
from transparency.site.originals import Withheld, prove_redacted, redact_original

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
    source = make_docx(tmp_path / "contract.docx")
    with pytest.raises(
        DocumentError, match=r"the text of redaction 1 \(s\.43\(2\)\) was not found in the doc"
    ) as raised:
        redact_original(source, tmp_path / "out.docx", [Withheld("Brightpath", "s.43(2)")])
    assert "Bright" not in str(raised.value)


def test_text_only_in_removed_material_is_not_an_error(tmp_path: Path) -> None:
    source = make_docx(tmp_path / "contract.docx")
    report = redact_original(source, tmp_path / "out.docx", [Withheld("hidden note", "s.40(2)")])
    assert report.occurrences == {"hidden note": 0}


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
