"""XML parts are read by one hardened parser: no DTD, no entities, no network, bounded trees.

A DOCX whose XML declares a document type is refused with one line naming the file and the
part, by the parser of contracts (``transparency scan``), the redactor of originals and the
proof, before anything in it is expanded: an external entity would read a file of the machine
that builds the site, an internal one can grow a few bytes into gigabytes.
"""

from __future__ import annotations

import io
import re
import time
import zipfile
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner

from transparency.cli import cli
from transparency.errors import DocumentError
from transparency.site.originals import Withheld, prove_redacted, redact_original

SRC = Path(__file__).resolve().parents[1] / "src" / "transparency"
SECRET = "ROOT-PASSWORD-7f3a91c2"
LAUGHS = (
    '<!DOCTYPE w:document [<!ENTITY lol "lol">'
    + "".join(f'<!ENTITY lol{n} "{f"&lol{n - 1};" * 10}">' for n in range(1, 10))
    + "]>"
).replace("&lol0;", "&lol;")


# Where the entity is used in each part: in the text, a style's name, a relationship's target.
ANCHORS = {"word/styles.xml": '<w:name w:val="', "word/_rels/document.xml.rels": 'Target="'}


def write_docx(path: Path) -> Path:
    document = docx.Document()
    document.add_paragraph("The contract manager is PLACEHOLDER, who reviews the charges.")
    document.add_paragraph("The hourly rate for weekday care is £24.80 per hour.")
    document.save(path)
    return path


def rewrite_part(path: Path, name: str, doctype: str, entity: str) -> Path:
    """Put ``doctype`` after the XML declaration of part ``name`` and ``entity`` in its text."""
    with zipfile.ZipFile(path) as package:
        parts = {info.filename: package.read(info) for info in package.infolist()}
    xml = parts[name].decode()
    declaration = re.match(r"<\?xml[^>]*\?>\s*", xml)
    head = declaration.group(0) if declaration else ""
    body = xml[len(head) :]
    anchor = ANCHORS.get(name, "PLACEHOLDER")
    assert anchor in body
    body = body.replace(anchor, anchor.replace("PLACEHOLDER", "") + entity, 1)
    parts[name] = (head + doctype + body).encode()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        for part, data in parts.items():
            package.writestr(part, data)
    path.write_bytes(buffer.getvalue())
    return path


@pytest.fixture
def secret_file(tmp_path: Path) -> Path:
    path = tmp_path / "secret.txt"
    path.write_text(SECRET + "\n")
    return path


def external_entity_docx(tmp_path: Path, secret_file: Path, part: str) -> Path:
    doctype = f'<!DOCTYPE w:document [<!ENTITY x SYSTEM "{secret_file.as_uri()}">]>'
    return rewrite_part(write_docx(tmp_path / "contract.docx"), part, doctype, "&x;")


def no_secret_anywhere(folder: Path, *texts: str) -> None:
    for text in texts:
        assert SECRET not in text
    for path in folder.rglob("*"):
        if path.is_file() and path.name != "secret.txt":
            assert SECRET.encode() not in path.read_bytes(), path


def assert_one_line_refusal(result, path: str) -> None:
    assert result.exit_code == 1, result.output
    assert result.stdout == ""
    assert "Traceback" not in result.output
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"Error: {path}: ")
    assert "document type (DTD)" in lines[0]


PARTS = ["word/document.xml", "word/styles.xml", "word/_rels/document.xml.rels"]


@pytest.mark.parametrize("part", PARTS)
def test_scan_refuses_an_external_entity(tmp_path, secret_file, monkeypatch, part) -> None:
    external_entity_docx(tmp_path, secret_file, part)
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["scan", "contract.docx", "--json"])
    assert_one_line_refusal(result, "contract.docx")
    assert f"part /{part} " in result.stderr
    no_secret_anywhere(tmp_path, result.output)


@pytest.mark.parametrize("part", PARTS)
def test_redaction_refuses_an_external_entity(tmp_path, secret_file, part) -> None:
    source = external_entity_docx(tmp_path, secret_file, part)
    target = tmp_path / "out" / "contract.docx"
    with pytest.raises(DocumentError) as raised:
        redact_original(source, target, [Withheld("£24.80", "s.43(2)")])
    message = str(raised.value)
    assert message.startswith(f"{source}: part /{part} declares an XML document type (DTD)")
    assert "\n" not in message
    assert not target.exists()
    no_secret_anywhere(tmp_path, message)


def test_proof_fails_on_an_external_entity(tmp_path, secret_file) -> None:
    source = external_entity_docx(tmp_path, secret_file, "word/document.xml")
    problems = prove_redacted(source, [Withheld("Brightpath", "s.43(2)")])
    assert [p.message for p in problems if "DTD" in p.message] == [
        "cannot be proven: part /word/document.xml declares an XML document type (DTD) with "
        "entities, which contracts never need"
    ]
    no_secret_anywhere(tmp_path, *(str(p) for p in problems))


def test_billion_laughs_is_refused_quickly(tmp_path, monkeypatch) -> None:
    source = rewrite_part(
        write_docx(tmp_path / "laughs.docx"), "word/document.xml", LAUGHS, "&lol9;"
    )
    monkeypatch.chdir(tmp_path)
    started = time.monotonic()
    result = CliRunner().invoke(cli, ["scan", "laughs.docx", "--json"])
    assert_one_line_refusal(result, "laughs.docx")
    with pytest.raises(DocumentError, match=r"declares an XML document type \(DTD\)"):
        redact_original(source, tmp_path / "out.docx", [Withheld("£24.80", "s.43(2)")])
    assert [
        p.message
        for p in prove_redacted(source, [Withheld("Brightpath", "x")])
        if "DTD" in p.message
    ]
    assert time.monotonic() - started < 10
    assert not (tmp_path / "out.docx").exists()


def test_parser_refuses_a_doctype_without_entities() -> None:
    from transparency import _xml

    with pytest.raises(DocumentError) as raised:
        _xml.parse_part(b'<!DOCTYPE a SYSTEM "a.dtd"><a/>', part="x.xml", path="c.docx")
    assert str(raised.value) == (
        "c.docx: part /x.xml declares an XML document type (DTD), which contracts never need. "
        "Save the document again from Word."
    )


def test_parser_reports_malformed_xml_naming_the_part() -> None:
    from transparency import _xml

    with pytest.raises(
        DocumentError, match=r"^c\.docx: the Word document is damaged: malformed XML in /x\.xml \("
    ):
        _xml.parse_part(b"<a><b></a>", part="x.xml", path="c.docx")


def test_parser_reads_no_file_and_no_network(tmp_path, secret_file) -> None:
    """Even without the DTD check (a tree from :func:`_xml.parser` directly), nothing is fetched."""
    data = (
        f'<!DOCTYPE a [<!ENTITY x SYSTEM "{secret_file.as_uri()}">'
        '<!ENTITY y SYSTEM "http://192.0.2.1/x.xml"><!ENTITY % p SYSTEM "http://192.0.2.1/p">'
        "%p;]><a>&x;&y;</a>"
    ).encode()
    from lxml import etree

    from transparency import _xml

    root = etree.fromstring(data, _xml.parser())
    assert SECRET not in etree.tostring(root).decode()
    assert SECRET not in "".join(root.itertext())


def test_plain_word_xml_parses() -> None:
    from transparency import _xml

    root = _xml.parse_part(
        b'<?xml version="1.0" encoding="UTF-8"?>\n<!-- c --><a xmlns="urn:x">t&amp;&#233;</a>',
        part="x.xml",
        path="c.docx",
    )
    assert root.text == "t&é"


def test_no_other_xml_parser_in_the_package() -> None:
    """Every XML part goes through :mod:`transparency._xml`: no other module builds a parser."""
    calls = re.compile(
        r"etree\.(fromstring|parse|XML|XMLParser|iterparse|XMLPullParser|HTMLParser)\b"
        r"|\bparse_xml\b|xml\.dom|xml\.sax|xml\.etree|ElementTree"
    )
    offenders = [
        f"{path.relative_to(SRC)}:{number}: {line.strip()}"
        for path in sorted(SRC.rglob("*.py"))
        if path.name != "_xml.py"
        for number, line in enumerate(path.read_text().splitlines(), start=1)
        if calls.search(line)
    ]
    assert offenders == []


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be"])
def test_parser_refuses_a_doctype_in_any_encoding(encoding) -> None:
    from transparency import _xml

    declared = encoding.removesuffix("-sig").upper()
    text = (
        f'<?xml version="1.0" encoding="{declared}"?>\n<!-- Word never writes this -->'
        '<!DOCTYPE a [<!ENTITY x "y">]><a b="&x;">&x;</a>'
    )
    with pytest.raises(DocumentError, match=r"part /x\.xml declares .* \(DTD\) with entities"):
        _xml.parse_part(text.encode(encoding), part="x.xml", path="c.docx")
