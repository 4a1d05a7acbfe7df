"""The proof fails closed: what it cannot read or decode is a failure naming it, never skipped;
and no message of the proof or the redactor quotes a withheld text.

PDFs are written by hand so that exactly one object is damaged: a FlateDecode stream of
garbage (a page's content, a Form XObject's, an image's), an object whose syntax is broken, a
content stream that cannot be parsed, a filter nobody knows. JPEG and other image codecs carry
no text and are not decoded. A DOCX part that is XML by name but does not parse fails too, and
so does a text extractor that cannot read the file at all.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from pathlib import Path

import docx
import pytest

from transparency.errors import DocumentError, LeakDetected
from transparency.site.originals import Withheld, prove_redacted, redact_original

FONT = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
TEXT = b"BT /F1 12 Tf 72 760 Td (Visible rate 5 per cent.) Tj ET"
ABSENT = [Withheld("Brightpath", "s.43(2)")]


def pdf(path: Path, *objects: str | tuple[str, bytes]) -> Path:
    """A PDF of ``objects`` numbered from 1; a tuple is a stream (dictionary entries, data).

    Object 1 is the catalogue, 2 the page tree, 3 Helvetica; pages are found by ``/Type /Page``.
    """
    objects = (
        "<< /Type /Catalog /Pages 2 0 R >>",
        "PAGES",
        FONT,
        *objects,
    )
    kids = [f"{n} 0 R" for n, o in enumerate(objects, 1) if "/Type /Page " in str(o)]
    body = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(kids)} >>"
    objects = tuple(body if o == "PAGES" else o for o in objects)
    out, offsets = io.BytesIO(), []
    out.write(b"%PDF-1.7\n")
    for number, item in enumerate(objects, start=1):
        offsets.append(out.tell())
        if isinstance(item, tuple):
            entries, data = item
            out.write(b"%d 0 obj\n<< /Length %d %s >>\nstream\n" % (number, len(data), entries))
            out.write(data + b"\nendstream\nendobj\n")
        else:
            out.write(f"{number} 0 obj\n{item}\nendobj\n".encode())
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(
        b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    )
    path.write_bytes(out.getvalue())
    return path


def page(contents: str, resources: str = "") -> str:
    return (
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        f"/Resources << /Font << /F1 3 0 R >> {resources} >> /Contents {contents} >>"
    )


def stream(data: bytes, entries: str = "") -> tuple[bytes, bytes]:
    return (entries.encode(), data)


def flate(data: bytes, entries: str = "") -> tuple[bytes, bytes]:
    return stream(zlib.compress(data), f"/Filter /FlateDecode {entries}")


GARBAGE = stream(b"this is not zlib data \x00\x01\x02" * 4, "/Filter /FlateDecode")


def messages(path: Path, withheld=ABSENT) -> list[str]:
    return [p.message for p in prove_redacted(path, withheld)]


def test_a_sound_file_proves_clean(tmp_path) -> None:
    """The damaged files below differ from this one by one object."""
    form = flate(
        b"BT /F1 9 Tf 10 10 Td (In a form.) Tj ET",
        "/Type /XObject /Subtype /Form /BBox [0 0 100 100] /Resources << /Font << /F1 3 0 R >> >>",
    )
    image = stream(
        b"\xff\xd8\xff\xe0 not really a jpeg",
        "/Type /XObject /Subtype /Image "
        "/Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8 "
        "/Filter /DCTDecode",
    )
    path = pdf(
        tmp_path / "sound.pdf",
        page("5 0 R", "/XObject << /X1 6 0 R /Im1 7 0 R >>"),
        flate(TEXT + b" q /X1 Do Q q /Im1 Do Q"),
        form,
        image,
    )
    assert messages(path) == []


def test_a_page_content_that_does_not_decode_fails(tmp_path) -> None:
    path = pdf(tmp_path / "a.pdf", page("5 0 R"), flate(TEXT), page("7 0 R"), GARBAGE)
    found = messages(path)
    assert len(found) == 1, found
    assert found[0].startswith(
        "cannot be proven: object 7 0 R (page 2): its stream cannot be decoded (/FlateDecode: "
    )


def test_the_failure_stops_the_redacted_original(tmp_path, monkeypatch) -> None:
    """redact_original proves its own output: a stream it leaves damaged stops the write."""
    from transparency.site.originals import proof

    source = pdf(tmp_path / "a.pdf", page("5 0 R"), flate(TEXT + b" BT (Brightpath) Tj ET"))
    real = proof.prove_bytes

    def damaged(data, *args, **kwargs):
        data = data.replace(b"/FlateDecode", b"/FlateDecodX", 1)  # a filter nobody knows
        return real(data, *args, **kwargs)

    monkeypatch.setattr(proof, "prove_bytes", damaged)
    with pytest.raises(LeakDetected) as raised:
        redact_original(source, tmp_path / "out.pdf", ABSENT)
    assert any(
        re.match(r"cannot be proven: object \d+ 0 R \(page 1\): its stream cannot be", p.message)
        for p in raised.value.problems
    ), raised.value.problems
    assert not (tmp_path / "out.pdf").exists()


def test_a_form_xobject_that_does_not_decode_names_its_page(tmp_path) -> None:
    path = pdf(
        tmp_path / "a.pdf",
        page("5 0 R"),
        flate(TEXT),
        page("7 0 R", "/XObject << /X1 8 0 R >>"),
        flate(b"q /X1 Do Q"),
        (b"/Type /XObject /Subtype /Form /BBox [0 0 1 1] /Filter /FlateDecode", GARBAGE[1]),
    )
    [message] = messages(path)
    assert message.startswith("cannot be proven: object 8 0 R (page 2): its stream cannot be")


def test_an_unknown_filter_fails(tmp_path) -> None:
    path = pdf(tmp_path / "a.pdf", page("5 0 R"), stream(TEXT, "/Filter /NoSuchDecode"))
    assert (
        "cannot be proven: object 5 0 R (page 1): its stream cannot be decoded (/NoSuchDecode: "
        "NotImplementedError: Unsupported filter /NoSuchDecode)"
    ) in messages(path)


def test_a_flate_image_that_does_not_decode_fails(tmp_path) -> None:
    image = (
        b"/Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray "
        b"/BitsPerComponent 8 /Filter /FlateDecode",
        GARBAGE[1],
    )
    path = pdf(
        tmp_path / "a.pdf",
        page("5 0 R", "/XObject << /Im1 6 0 R >>"),
        flate(TEXT + b" q /Im1 Do Q"),
        image,
    )
    [message] = messages(path)
    assert message.startswith("cannot be proven: object 6 0 R (page 1): its stream cannot be")


@pytest.mark.parametrize("codec", ["/DCTDecode", "/JPXDecode", "/JBIG2Decode", "/CCITTFaxDecode"])
def test_an_image_codec_is_left_undecoded(tmp_path, codec) -> None:
    image = stream(
        b"\x00\x01 pixels, in a codec that holds no text",
        "/Type /XObject "
        "/Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray "
        f"/BitsPerComponent 1 /Filter [/FlateDecode {codec}]",
    )
    image = (image[0], zlib.compress(image[1]))
    path = pdf(
        tmp_path / "a.pdf",
        page("5 0 R", "/XObject << /Im1 6 0 R >>"),
        flate(TEXT + b" q /Im1 Do Q"),
        image,
    )
    assert messages(path) == []


def test_an_object_that_cannot_be_read_fails(tmp_path) -> None:
    path = pdf(
        tmp_path / "a.pdf",
        page("5 0 R", "/XObject << /X1 6 0 R >>"),
        flate(TEXT),
        "<< /Type /XObject /Subtype /Form /BBox [0 0 1 1] /Name (unterminated",
    )
    assert (
        "cannot be proven: object 6 0 R (page 1): it cannot be read whole (pypdf recovered part "
        "of it: PdfStreamError: Stream has ended unexpectedly)"
    ) in messages(path)


def test_an_object_that_is_not_there_fails(tmp_path) -> None:
    path = pdf(
        tmp_path / "a.pdf", page("5 0 R", "/XObject << /X1 6 0 R >>"), flate(TEXT), "garbage@@@"
    )
    assert (
        "cannot be proven: object 6 0 R (page 1): it cannot be read (PdfReadError: Invalid "
        "Elementary Object starting with … @506: …)"
    ) in messages(path)


def test_a_content_stream_that_cannot_be_parsed_fails(tmp_path) -> None:
    broken = TEXT + b" BI /W 1 /H 1 /CS /G /BPC 8 ID \x00"  # an inline image with no end
    path = pdf(tmp_path / "a.pdf", page("5 0 R"), flate(broken))
    found = messages(path)
    assert any(
        m.startswith("cannot be proven: object 5 0 R (page 1): its content stream cannot be parsed")
        for m in found
    ), found
    assert any(
        m.startswith("cannot be proven: page 1: pypdf cannot extract its text") for m in found
    )


def test_a_file_pypdf_cannot_open_fails(tmp_path) -> None:
    path = tmp_path / "a.pdf"
    path.write_bytes(b"%PDF-1.7\nnothing else")
    assert messages(path)[0] == (
        "cannot be proven: pypdf cannot read it (PdfStreamError: Stream has ended unexpectedly)"
    )


def test_both_text_extractors_failing_is_a_failure(tmp_path, monkeypatch) -> None:
    import subprocess

    import pdfminer.high_level

    from transparency.site.originals import proof

    def pdftotext_fails(*args, **kwargs):
        return subprocess.CompletedProcess(args, 1, b"", b"")

    def pdfminer_fails(*args, **kwargs):
        raise ValueError("damaged")

    monkeypatch.setattr(proof.subprocess, "run", pdftotext_fails)
    monkeypatch.setattr(pdfminer.high_level, "extract_text", pdfminer_fails)
    path = pdf(tmp_path / "a.pdf", page("5 0 R"), flate(TEXT))
    assert messages(path) == [
        "cannot be proven: pdfminer.six cannot extract its text (ValueError: damaged), and "
        "neither can pdftotext"
    ]


def test_pdfminer_is_the_fallback_when_pdftotext_fails(tmp_path, monkeypatch) -> None:
    import subprocess

    from transparency.site.originals import proof

    monkeypatch.setattr(
        proof.subprocess, "run", lambda *a, **k: subprocess.CompletedProcess(a, 1, b"", b"")
    )
    path = pdf(tmp_path / "a.pdf", page("5 0 R"), flate(TEXT))
    assert messages(path) == []


def docx_with(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / "contract.docx"
    document = docx.Document()
    document.add_paragraph("The hourly rate is £24.80.")
    document.save(path)
    with zipfile.ZipFile(path, "a") as package:
        package.writestr(name, data)
    return path


def test_a_docx_part_that_does_not_parse_fails(tmp_path) -> None:
    path = docx_with(tmp_path, "word/extra.xml", b"<w:p><w:r>unclosed")
    [message] = messages(path)
    assert message.startswith(
        "cannot be proven: the Word document is damaged: malformed XML in /word/extra.xml ("
    )


def test_a_docx_python_docx_cannot_open_fails(tmp_path) -> None:
    path = tmp_path / "contract.docx"
    with zipfile.ZipFile(path, "w") as package:
        package.writestr("[Content_Types].xml", "<Types/>")
    [message] = messages(path)
    assert message.startswith("cannot be proven: python-docx cannot read it (")


def test_a_docx_that_is_not_a_zip_fails(tmp_path) -> None:
    path = tmp_path / "contract.docx"
    path.write_bytes(b"PK\x03\x04 not really")
    found = messages(path)
    assert "cannot be proven: it is not a zip package (BadZipFile: File is not a zip file)" in found


# No withheld text in any message: problems and errors name the redaction and the place; the
# text itself is only in Problem.text, for --show-text.

SURVIVORS = ["Brightpath Care Ltd", "Priya Sandhu", "41234567", "£24.80"]
PART = 4  # no run of this many characters of a withheld text may appear in a message


def assert_quotes_none(message: str, texts: list[str]) -> None:
    for text in texts:
        runs = {text[i : i + PART] for i in range(len(text) - PART + 1)}
        found = sorted(run for run in runs if run.casefold() in message.casefold())
        assert not found, f"{text!r}: {found} in {message!r}"


def unredacted_pdf(path: Path) -> Path:
    shown = b" ".join(
        b"BT /F1 12 Tf 72 %d Td (%s) Tj ET" % (700 - 20 * n, t.encode("cp1252"))
        for n, t in enumerate(SURVIVORS)
    )
    objects = "<< /Type /XObject /Subtype /Form /BBox [0 0 1 1] /Name (Priya Sandhu) /X 1 >>"
    return pdf(path, page("5 0 R"), flate(shown), objects)


def unredacted_docx(path: Path) -> Path:
    document = docx.Document()
    for text in SURVIVORS:
        document.add_paragraph(f"The contract names {text} here.")
    document.save(path)
    return path


@pytest.mark.parametrize("make", [unredacted_pdf, unredacted_docx])
@pytest.mark.parametrize("where", ["", "council-7: redaction {n}, FOIA s.43(2)"])
def test_a_surviving_text_is_reported_without_it(tmp_path, make, where) -> None:
    source = make(tmp_path / f"contract{'.pdf' if make is unredacted_pdf else '.docx'}")
    withheld = [
        Withheld(text, "s.43(2)", 1, where.format(n=n)) for n, text in enumerate(SURVIVORS, 1)
    ]
    problems = prove_redacted(source, withheld)
    assert sorted(p.text for p in problems) == sorted(SURVIVORS)
    for problem in problems:
        name = f"council-7: redaction {SURVIVORS.index(problem.text) + 1}, FOIA s.43(2)"
        if not where:
            name = f"redaction {SURVIVORS.index(problem.text) + 1} (s.43(2), page 1)"
        assert problem.message.startswith(f"still contains the text of {name}, in ")
        for line in (problem.message, str(problem).replace(str(source), "FILE")):
            assert_quotes_none(line, SURVIVORS)
        assert problem.text in problem.render(show_text=True)


def test_an_unreadable_object_quotes_nothing_from_the_file(tmp_path) -> None:
    """pypdf quotes the bytes it could not parse; they are elided from the message."""
    path = pdf(
        tmp_path / "a.pdf",
        page("5 0 R", "/XObject << /X1 6 0 R >>"),
        flate(TEXT),
        "Brightpath Care Ltd",
    )
    [problem] = prove_redacted(path, [Withheld("Nowhere", "x")])
    assert problem.message.startswith("cannot be proven: object 6 0 R (page 1): it cannot be read")
    assert_quotes_none(problem.message, ["Brightpath Care Ltd"])


@pytest.mark.parametrize("suffix", [".pdf", ".docx"])
def test_a_text_not_found_is_an_error_without_it(tmp_path, suffix) -> None:
    source = (unredacted_pdf if suffix == ".pdf" else unredacted_docx)(tmp_path / f"c{suffix}")
    absent = "Anyshire Holdings plc"
    withheld = [Withheld(SURVIVORS[0], "s.43(2)"), Withheld(absent, "s.40(2)", None, "c: r 9")]
    with pytest.raises(DocumentError) as raised:
        redact_original(source, tmp_path / f"out{suffix}", withheld)
    message = str(raised.value).replace(str(source), "FILE")
    assert message.startswith("FILE: the text of c: r 9 was not found in the ")
    assert_quotes_none(message, [absent, *SURVIVORS])
