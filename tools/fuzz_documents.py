"""Fuzz the document readers, the scan and the redaction of originals with damaged files.

Each *mutant* is a sample PDF or DOCX damaged at random (bytes flipped, truncated, a range
deleted or duplicated; a PDF's stream, ``/Length``, xref, objects, references or content
operators broken; a DOCX's zip entries removed, corrupted, duplicated or given huge claimed
sizes, its XML made malformed or rearranged). A worker process reads it
(``transparency.contracts.read_document``), scans it (``transparency scan FILE --json``) and
makes a redacted original of it (``redact_original``, withholding words taken from the
undamaged document). Anything but a :class:`~transparency.errors.TransparencyError`, a
traceback, an exit status other than 0 or 1, a withheld text still readable in a redacted
copy, a worker that dies, or a mutant that takes more than ``--timeout`` seconds (60) is a
failure: the mutant is saved with a JSON note of how it was made and how it failed.

    python tools/fuzz_documents.py --seconds 180            # as long as that, a fresh seed
    python tools/fuzz_documents.py --seconds 600 --extra    # also a Type0 and an ObjStm PDF
    python tools/fuzz_documents.py --count 20 --seed 7      # exactly these mutants
    python tools/fuzz_documents.py --seed 7 --index 12      # replay one mutant
    python tools/fuzz_documents.py --replay saved.pdf --text "£24.80"

Mutant ``i`` of seed ``s`` depends only on them and on the documents mutated, so ``--seed s
--index i`` (with ``--extra`` if it was given) rebuilds it; the failing mutants' notes say so.
``tests/test_fuzz_documents.py`` runs a fixed set of mutants by default and this for
``TRANSPARENCY_FUZZ_SECONDS`` with ``-m slow``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import os
import random
import re
import select
import shutil
import subprocess
import sys
import tempfile
import time
import traceback
import warnings
import zipfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: The undamaged documents mutated by default: the sample workspace's and the evaluation set's.
DEFAULT_SOURCES = sorted(
    [*ROOT.glob("contracts/*/*.pdf"), *ROOT.glob("contracts/*/*.docx")]
) + sorted(
    [*ROOT.glob("tests/eval/contracts/*/*.pdf"), *ROOT.glob("tests/eval/contracts/*/*.docx")]
)
TIMEOUT = 60.0
#: The worker's address-space limit: a mutant that makes a reader allocate without bound
#: gets a MemoryError (reported as a crash) rather than the machine's OOM killer.
MEMORY_LIMIT = int(os.environ.get("TRANSPARENCY_FUZZ_MEMORY_MB", "6144")) * 1024 * 1024

Mutator = Callable[[bytes, random.Random], bytes]


# ---------------------------------------------------------------------------------------------
# Mutators: each takes the bytes and a seeded random generator and returns damaged bytes.
# ---------------------------------------------------------------------------------------------

_INTERESTING_BYTES = b"\x00\xff\x7f\x80()<>[]/%\\\r\n "
_EXTREMES = [b"0", b"-1", b"-0", b"1e308", b"-99999999", b"99999999999999999999", b".",
             b"4294967296", b"2147483648", b"-", b"1.#INF", b"NaN", b"0.0000001"]  # fmt: skip


def _span(data: bytes, rng: random.Random, most: int = 4096) -> tuple[int, int]:
    start = rng.randrange(len(data) + 1)
    return start, min(len(data), start + rng.randint(1, most))


def flip_bits(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 16)):
        if out:
            out[rng.randrange(len(out))] ^= 1 << rng.randrange(8)
    return bytes(out)


def set_bytes(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        if out:
            out[rng.randrange(len(out))] = rng.choice(_INTERESTING_BYTES)
    return bytes(out)


def truncate(data: bytes, rng: random.Random) -> bytes:
    return data[: rng.randrange(len(data) + 1)]


def delete_range(data: bytes, rng: random.Random) -> bytes:
    start, end = _span(data, rng)
    return data[:start] + data[end:]


def duplicate_range(data: bytes, rng: random.Random) -> bytes:
    start, end = _span(data, rng)
    at = rng.randrange(len(data) + 1)
    return data[:at] + data[start:end] * rng.randint(1, 3) + data[at:]


def insert_random(data: bytes, rng: random.Random) -> bytes:
    at = rng.randrange(len(data) + 1)
    return data[:at] + rng.randbytes(rng.randint(1, 256)) + data[at:]


GENERIC: dict[str, Mutator] = {
    "flip": flip_bits,
    "set": set_bytes,
    "truncate": truncate,
    "delete": delete_range,
    "duplicate": duplicate_range,
    "insert": insert_random,
}

_STREAM = re.compile(rb"(?<!end)stream\r?\n(.*?)\r?\n?endstream", re.DOTALL)
_OBJECT = re.compile(rb"\d+ \d+ obj\b.*?endobj\s*", re.DOTALL)
_LENGTH = re.compile(rb"/Length (\d+)")
_REFERENCE = re.compile(rb"(\d+) 0 R\b")
_NUMBER = re.compile(rb"(?<![\w.#/-])-?\d+(?:\.\d+)?(?![\w.])")
_NAME = re.compile(rb"/[A-Za-z][A-Za-z0-9]*")
_NAMES = [b"/Page", b"/Pages", b"/Font", b"/Type0", b"/XObject", b"/Form", b"/Image", b"/Kids",
          b"/FlateDecode", b"/LZWDecode", b"/RunLengthDecode", b"/DCTDecode", b"/JBIG2Decode",
          b"/Crypt", b"/Encrypt", b"/Parent", b"/Contents", b"/Resources", b"/Length", b"/Filter",
          b"/DecodeParms", b"/ToUnicode", b"/Widths", b"/Encoding", b"/Identity-H", b"/Rotate",
          b"/MediaBox", b"/Count", b"/Differences", b"/Root", b"/Prev", b"/ObjStm"]  # fmt: skip


def _replace_match(data: bytes, matches: list[re.Match], rng: random.Random, new: bytes) -> bytes:
    if not matches:
        return flip_bits(data, rng)
    match = rng.choice(matches)
    return data[: match.start()] + new + data[match.end() :]


def pdf_stream_bytes(data: bytes, rng: random.Random) -> bytes:
    """Corrupt the (encoded) bytes of one stream, leaving its length as it was."""
    streams = list(_STREAM.finditer(data))
    if not streams:
        return flip_bits(data, rng)
    match = rng.choice(streams)
    body = bytearray(match.group(1))
    for _ in range(rng.randint(1, 8)):
        if body:
            body[rng.randrange(len(body))] = rng.randrange(256)
    return data[: match.start(1)] + bytes(body) + data[match.end(1) :]


def pdf_length(data: bytes, rng: random.Random) -> bytes:
    lengths = list(_LENGTH.finditer(data))
    if not lengths:
        return flip_bits(data, rng)
    value = int(rng.choice(lengths).group(1))
    new = rng.choice([0, value - 1, value + rng.randint(1, 100), 10**12, -5, value // 2])
    return _replace_match(data, lengths, rng, b"/Length %d" % new)


def pdf_xref(data: bytes, rng: random.Random) -> bytes:
    """Break ``startxref``, an xref entry, or remove the xref table altogether."""
    choice = rng.randrange(3)
    if choice == 0 and (m := re.search(rb"startxref\s+(\d+)", data)):
        new = str(rng.choice([0, 1, len(data) + 10, int(m.group(1)) + rng.randint(-50, 50)]))
        return data[: m.start(1)] + new.encode() + data[m.end(1) :]
    entries = list(re.finditer(rb"(\d{10}) (\d{5}) ([nf])", data))
    if choice == 1 and entries:
        offset = rng.choice([0, 1, len(data) * 2, rng.randrange(len(data) + 1)])
        return _replace_match(data, entries, rng, b"%010d 00000 n" % offset)
    start, end = data.rfind(b"xref"), data.rfind(b"trailer")
    if 0 <= start < end:
        return data[:start] + data[end:]
    return flip_bits(data, rng)


def pdf_drop_object(data: bytes, rng: random.Random) -> bytes:
    return _replace_match(data, list(_OBJECT.finditer(data)), rng, b"")


def pdf_duplicate_object(data: bytes, rng: random.Random) -> bytes:
    """Define an object a second time (damaged), just before the xref table."""
    objects = list(_OBJECT.finditer(data))
    if not objects:
        return duplicate_range(data, rng)
    copy = flip_bits(rng.choice(objects).group(0), rng)
    at = data.rfind(b"xref")
    at = at if at >= 0 else len(data)
    return data[:at] + copy + data[at:]


def pdf_reference(data: bytes, rng: random.Random) -> bytes:
    """Point a reference elsewhere: at itself, the catalogue, the page tree, nothing."""
    references = list(_REFERENCE.finditer(data))
    if not references:
        return flip_bits(data, rng)
    numbers = sorted({int(m.group(1)) for m in references})
    new = rng.choice([*numbers, 0, 9999, 2**31])
    return _replace_match(data, references, rng, b"%d 0 R" % new)


def pdf_number(data: bytes, rng: random.Random) -> bytes:
    return _replace_match(data, list(_NUMBER.finditer(data)), rng, rng.choice(_EXTREMES))


def pdf_name(data: bytes, rng: random.Random) -> bytes:
    return _replace_match(data, list(_NAME.finditer(data)), rng, rng.choice(_NAMES))


def pdf_nesting(data: bytes, rng: random.Random) -> bytes:
    """Open thousands of arrays or dictionaries inside an object."""
    objects = list(_OBJECT.finditer(data))
    at = rng.choice(objects).start() + 12 if objects else rng.randrange(len(data) + 1)
    opener = rng.choice([b"[", b"<<", b"[<<"])
    return data[:at] + opener * rng.choice([100, 1000, 20000]) + data[at:]


_OPERATORS = [b"BT", b"ET", b"Tf", b"Tj", b"TJ", b"'", b'"', b"Tm", b"Td", b"TD", b"T*", b"cm",
              b"q", b"Q", b"Do", b"Tc", b"Tw", b"Tz", b"TL", b"Ts", b"re", b"f", b"BDC", b"EMC",
              b"/F1 12 Tf", b"/F99 9 Tf", b"/Fm0 Do", b"[(A) -1e30 (B)] TJ", b"(\\", b"<4G>",
              b"BI /W 1 /H 1 /BPC 8 /CS /G ID x EI", b"1 0 0 0 0 0 cm", b"0 0 0 0 0 0 Tm",
              b"(" + bytes(range(256)).replace(b"(", b"").replace(b")", b"") + b") Tj"]  # fmt: skip


def _mutate_content(content: bytes, rng: random.Random) -> bytes:
    tokens = re.split(rb"(\s+)", content)
    for _ in range(rng.randint(1, 6)):
        if not tokens:
            tokens = [b""]
        at = rng.randrange(len(tokens))
        choice = rng.randrange(6)
        if choice == 0:
            del tokens[at : at + rng.randint(1, 20)]
        elif choice == 1:
            tokens.insert(at, b" " + rng.choice(_OPERATORS) + b" ")
        elif choice == 2 and _NUMBER.fullmatch(tokens[at]):
            tokens[at] = rng.choice(_EXTREMES)
        elif choice == 3:
            tokens.insert(
                at, b" " + rng.choice([b"q ", b"BT ", b"[", b"("]) * rng.choice([50, 5000])
            )
        elif choice == 4:
            tokens[at] = rng.randbytes(rng.randint(1, 8))
        else:
            tokens[at:at] = tokens[at : at + rng.randint(1, 50)]
    return b"".join(tokens)


def _rewrite(data: bytes, rng: random.Random, change: Callable) -> bytes:
    """Apply ``change(reader, writer, rng)`` with pypdf and write the file again."""
    from pypdf import PdfReader, PdfWriter

    try:
        reader = PdfReader(io.BytesIO(data))
        writer = PdfWriter(clone_from=reader)
        change(writer, rng)
        out = io.BytesIO()
        writer.write(out)
    except Exception:  # the source is already damaged by an earlier mutation
        return flip_bits(data, rng)
    return out.getvalue()


def _set_content(writer, rng: random.Random) -> None:
    from pypdf.generic import DecodedStreamObject, NameObject

    page = rng.choice(writer.pages)
    contents = page.get_contents()
    stream = DecodedStreamObject()
    stream.set_data(_mutate_content(contents.get_data() if contents else b"", rng))
    page[NameObject("/Contents")] = writer._add_object(stream)


def _self_form(writer, rng: random.Random) -> None:
    """A form XObject that draws itself (and some text), on a random page."""
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

    page = rng.choice(writer.pages)
    form = DecodedStreamObject()
    form.set_data(b"q /Fx Do Q BT /F1 10 Tf 72 72 Td (Looping form) Tj ET")
    form.update({NameObject("/Type"): NameObject("/XObject"),
                 NameObject("/Subtype"): NameObject("/Form")})  # fmt: skip
    reference = writer._add_object(form)
    fonts = page["/Resources"].get_object().get("/Font")
    resources = DictionaryObject(
        {NameObject("/XObject"): DictionaryObject({NameObject("/Fx"): reference})}
    )
    if fonts is not None:
        resources[NameObject("/Font")] = fonts
    form[NameObject("/Resources")] = resources
    page_resources = page["/Resources"].get_object()
    page_resources[NameObject("/XObject")] = DictionaryObject({NameObject("/Fx"): reference})
    contents = page.get_contents()
    stream = DecodedStreamObject()
    stream.set_data((contents.get_data() if contents else b"") + b"\n/Fx Do\n")
    page[NameObject("/Contents")] = writer._add_object(stream)


def _page_tree_loop(writer, rng: random.Random) -> None:
    """Make the page tree a cycle: a page is its own parent, or the tree lists itself."""
    from pypdf.generic import ArrayObject, NameObject

    pages = writer.root_object["/Pages"]
    page = rng.choice(writer.pages)
    if rng.random() < 0.5:
        page[NameObject("/Parent")] = page.indirect_reference
    else:
        itself = writer.root_object.raw_get("/Pages")
        pages[NameObject("/Kids")] = ArrayObject([*pages["/Kids"], itself])


def pdf_content(data: bytes, rng: random.Random) -> bytes:
    """Rewrite a page's content stream with broken operators and operands."""
    return _rewrite(data, rng, _set_content)


def pdf_self_form(data: bytes, rng: random.Random) -> bytes:
    return _rewrite(data, rng, _self_form)


def pdf_page_loop(data: bytes, rng: random.Random) -> bytes:
    return _rewrite(data, rng, _page_tree_loop)


PDF: dict[str, Mutator] = {
    "pdf-stream": pdf_stream_bytes,
    "pdf-length": pdf_length,
    "pdf-xref": pdf_xref,
    "pdf-drop-object": pdf_drop_object,
    "pdf-duplicate-object": pdf_duplicate_object,
    "pdf-reference": pdf_reference,
    "pdf-number": pdf_number,
    "pdf-name": pdf_name,
    "pdf-nesting": pdf_nesting,
    "pdf-content": pdf_content,
    "pdf-self-form": pdf_self_form,
    "pdf-page-loop": pdf_page_loop,
}

#: Mutators that parse and rewrite the PDF with pypdf, done only first, on the sample itself.
REWRITES = {"pdf-content", "pdf-self-form", "pdf-page-loop"}


def _entries(data: bytes) -> list[tuple[zipfile.ZipInfo, bytes]] | None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return [(info, archive.read(info)) for info in archive.infolist()]
    except Exception:  # damaged by an earlier mutation
        return None


def _zip(entries: list[tuple[str, bytes]]) -> bytes:
    out = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "Duplicate name": a duplicate is the point
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, content in entries:
                archive.writestr(name, content)
    return out.getvalue()


def _pick(entries, rng: random.Random, prefer: str = "word/document.xml") -> int:
    names = [info.filename for info, _ in entries]
    if prefer in names and rng.random() < 0.5:
        return names.index(prefer)
    return rng.randrange(len(entries))


def _with_entries(data: bytes, rng: random.Random, change: Callable) -> bytes:
    entries = _entries(data)
    if not entries:
        return flip_bits(data, rng)
    named = [(info.filename, content) for info, content in entries]
    return _zip(change(named, entries, rng))


def docx_remove_entry(data: bytes, rng: random.Random) -> bytes:
    def change(named, entries, rng):
        del named[_pick(entries, rng)]
        return named

    return _with_entries(data, rng, change)


def docx_duplicate_entry(data: bytes, rng: random.Random) -> bytes:
    def change(named, entries, rng):
        name, content = named[_pick(entries, rng)]
        copy = (name, flip_bits(content, rng) if rng.random() < 0.5 else b"<broken")
        return [*named, copy] if rng.random() < 0.5 else [copy, *named]

    return _with_entries(data, rng, change)


def docx_xml_bytes(data: bytes, rng: random.Random) -> bytes:
    """Damage one part's XML bytes (flip, truncate, delete, duplicate) inside a valid zip."""

    def change(named, entries, rng):
        index = _pick(entries, rng)
        name, content = named[index]
        named[index] = (name, rng.choice(list(GENERIC.values()))(content, rng))
        return named

    return _with_entries(data, rng, change)


_MALFORMED = [
    b"",
    b"<",
    b"not xml at all",
    b'<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
    b'wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>unclosed',
    b"<root/>",
    b'<?xml version="1.0" encoding="UTF-16"?><a/>',
    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;'
    b'&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;'
    b'&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;'
    b'&lol3;&lol3;">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/'
    b'2006/main"><w:body><w:p><w:r><w:t>&lol4;</w:t></w:r></w:p></w:body></w:document>',
    b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><w:document '
    b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r>'
    b"<w:t>&x;</w:t></w:r></w:p></w:body></w:document>",
    b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
    + b"<w:p><w:r><w:t>deep</w:t></w:r>" * 1
    + b"<w:sdt><w:sdtContent>" * 3000
    + b"<w:p><w:r><w:t>Nested text</w:t></w:r></w:p>"
    + b"</w:sdtContent></w:sdt>" * 3000
    + b"</w:p></w:body></w:document>",
]


def docx_malformed(data: bytes, rng: random.Random) -> bytes:
    def change(named, entries, rng):
        index = _pick(entries, rng)
        named[index] = (named[index][0], rng.choice(_MALFORMED))
        return named

    return _with_entries(data, rng, change)


_ATTRIBUTE_VALUES = ["", "-1", "0", "99999999999999999999", "x" * 5000, "auto", "true", "nan",
                     "rId999", "1e400", "../../../etc/passwd"]  # fmt: skip
_TAGS = ["p", "r", "t", "tbl", "tr", "tc", "ins", "del", "delText", "vanish", "br", "tab",
         "fldChar", "instrText", "sdt", "sdtContent", "hyperlink", "smartTag", "gridSpan",
         "vMerge", "numPr", "ilvl", "numId", "pStyle", "rPr", "pPr", "body"]  # fmt: skip
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _tree_change(content: bytes, rng: random.Random) -> bytes:
    from lxml import etree

    try:
        root = etree.fromstring(content, etree.XMLParser(resolve_entities=False))
    except etree.XMLSyntaxError:
        return flip_bits(content, rng)
    elements = [e for e in root.iter() if isinstance(e.tag, str)]
    for _ in range(rng.randint(1, 5)):
        element = rng.choice(elements)
        choice = rng.randrange(6)
        if choice == 0 and element.getparent() is not None:
            element.getparent().remove(element)
        elif choice == 1 and element.getparent() is not None:
            copy = etree.fromstring(etree.tostring(element))
            rng.choice(elements).append(copy)
        elif choice == 2 and element.attrib:
            key = rng.choice(list(element.attrib))
            element.attrib[key] = rng.choice(_ATTRIBUTE_VALUES)
        elif choice == 3:
            element.tag = _W + rng.choice(_TAGS)
        elif choice == 4:
            child = etree.SubElement(element, _W + rng.choice(_TAGS))
            child.set(_W + "val", rng.choice(_ATTRIBUTE_VALUES))
            child.text = rng.choice(["", "text", "\u202e\u0000".replace("\u0000", ""), "£24.80"])
        else:
            element.attrib.clear()
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def docx_xml_tree(data: bytes, rng: random.Random) -> bytes:
    """Rearrange one XML part: elements removed, copied, renamed; attributes made garbage."""

    def change(named, entries, rng):
        index = _pick(entries, rng)
        name, content = named[index]
        if name.endswith((".xml", ".rels")):
            named[index] = (name, _tree_change(content, rng))
        return named

    return _with_entries(data, rng, change)


def docx_style_loop(data: bytes, rng: random.Random) -> bytes:
    """Make a style based on itself, or two styles based on each other."""

    def change(named, entries, rng):
        for index, (name, content) in enumerate(named):
            if name == "word/styles.xml":
                ids = re.findall(rb'w:styleId="([^"]+)"', content)
                if len(ids) < 2:
                    break
                a, b = rng.sample(ids, 2)
                loops = {a: b, b: a} if rng.random() < 0.5 else {a: a}

                def based_on(match, loops=loops):
                    style = match.group(1)
                    if style not in loops:
                        return match.group(0)
                    return match.group(0) + b'<w:basedOn w:val="' + loops[style] + b'"/>'

                unbased = re.sub(rb"<w:basedOn [^>]*/>", b"", content)
                style = rb'<w:style [^>]*w:styleId="([^"]+)"[^>]*>'
                named[index] = (name, re.sub(style, based_on, unbased))
        return named

    return _with_entries(data, rng, change)


def docx_rels(data: bytes, rng: random.Random) -> bytes:
    """Point a relationship at a missing part, outside the package, at itself, or remove it."""

    def change(named, entries, rng):
        rels = [i for i, (name, _) in enumerate(named) if name.endswith(".rels")]
        if not rels:
            return named
        index = rng.choice(rels)
        name, content = named[index]
        targets = list(re.finditer(rb'Target="([^"]*)"', content))
        if targets:
            match = rng.choice(targets)
            new = rng.choice([b"missing.xml", b"../../../../etc/passwd", b"/word/document.xml",
                              b"", b"document.xml#x", b"http://example.invalid/x"])  # fmt: skip
            content = content[: match.start(1)] + new + content[match.end(1) :]
        named[index] = (name, content)
        return named

    return _with_entries(data, rng, change)


def docx_huge_size(data: bytes, rng: random.Random) -> bytes:
    """Claim a huge (or zero) uncompressed size for an entry in the central directory."""
    out = bytearray(data)
    headers = [m.start() for m in re.finditer(rb"PK\x01\x02", data)]
    if not headers:
        return flip_bits(data, rng)
    at = rng.choice(headers)
    size = rng.choice([0xFFFFFFFF, 0x7FFFFFFF, 0, 1, 10**9])
    out[at + 24 : at + 28] = size.to_bytes(4, "little")
    if rng.random() < 0.3:  # and the compressed size
        out[at + 20 : at + 24] = rng.choice([0, 0xFFFFFFFF, 5]).to_bytes(4, "little")
    return bytes(out)


def docx_raw_entry(data: bytes, rng: random.Random) -> bytes:
    """Corrupt an entry's compressed bytes in place (its CRC no longer matches)."""
    entries = _entries(data)
    if not entries:
        return flip_bits(data, rng)
    info, _ = rng.choice(entries)
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    out = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        if info.compress_size:
            out[start + rng.randrange(info.compress_size)] = rng.randrange(256)
    return bytes(out)


DOCX: dict[str, Mutator] = {
    "docx-remove-entry": docx_remove_entry,
    "docx-duplicate-entry": docx_duplicate_entry,
    "docx-xml-bytes": docx_xml_bytes,
    "docx-malformed": docx_malformed,
    "docx-xml-tree": docx_xml_tree,
    "docx-style-loop": docx_style_loop,
    "docx-rels": docx_rels,
    "docx-huge-size": docx_huge_size,
    "docx-raw-entry": docx_raw_entry,
}


# ---------------------------------------------------------------------------------------------
# Mutants
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Source:
    """An undamaged document and the words a redaction may withhold from it."""

    path: Path
    data: bytes
    words: tuple[str, ...]

    @classmethod
    def load(cls, path: Path) -> Source:
        from transparency.contracts import read_document

        return cls(Path(path), Path(path).read_bytes(), tuple(read_document(path).text.split()))

    @property
    def suffix(self) -> str:
        return self.path.suffix.lower()


@dataclass(frozen=True)
class Mutant:
    """Mutant ``index`` of ``seed``: ``source`` damaged by ``kinds`` in turn."""

    seed: int
    index: int
    source: Path
    kinds: tuple[str, ...]
    data: bytes
    text: str

    @property
    def name(self) -> str:
        return f"mutant-{self.seed}-{self.index}{self.source.suffix.lower()}"


def make_mutant(sources: list[Source], seed: int, index: int) -> Mutant:
    """Mutant ``index`` of ``seed``; the same arguments always give the same bytes."""
    rng = random.Random(f"{seed}:{index}")
    source = sources[index % len(sources)]
    own = PDF if source.suffix == ".pdf" else DOCX
    data, kinds = source.data, []
    for step in range(rng.choice([1, 1, 1, 2, 2, 3])):
        table = own if rng.random() < 0.65 else GENERIC
        # pypdf rewrites only an undamaged file: on a damaged one it could loop in this process
        choices = sorted(k for k in table if step == 0 or k not in REWRITES)
        kind = rng.choice(choices)
        data = table[kind](data, rng)
        kinds.append(kind)
    start = rng.randrange(max(1, len(source.words) - 3))
    text = " ".join(source.words[start : start + rng.randint(1, 3)]) or "Contract"
    return Mutant(seed, index, source.path, tuple(kinds), data, text)


# ---------------------------------------------------------------------------------------------
# The worker: runs each mutant through the readers, the scan and the redaction.
# ---------------------------------------------------------------------------------------------


def _crash(error: BaseException) -> dict:
    """What a crash was and where: the innermost frame in the package, and a traceback cut to
    its start and end (a RecursionError's has thousands of frames)."""
    frames = [
        f for f in traceback.extract_tb(error.__traceback__) if "/transparency/" in f.filename
    ]
    where = ""
    if frames:
        name = frames[-1].filename.rsplit("/transparency/", 1)[1]
        where = f"transparency/{name}:{frames[-1].lineno} {frames[-1].name}"
    kind = type(error).__qualname__
    if type(error).__module__ != "builtins":
        kind = f"{type(error).__module__}.{kind}"
    trace = "".join(traceback.format_exception(error))
    if len(trace) > 6000:
        trace = trace[:2000] + "\n[...]\n" + trace[-4000:]
    detail = f"{kind}: {str(error)[:300]}"
    return {"error": kind, "where": where, "detail": detail, "traceback": trace}


def _read(path: Path, text: str, target: Path) -> tuple[str, str]:
    from transparency.contracts import read_document

    return "ok", f"{len(read_document(path).text)} characters"


def _scan(path: Path, text: str, target: Path) -> tuple[str, str]:
    """``transparency scan FILE --json``: candidates, or one error line naming the file."""
    from click.testing import CliRunner

    from transparency.cli import cli

    result = CliRunner().invoke(cli, ["scan", str(path), "--json"])
    output = result.output
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    if "Error: unexpected " in output or "Traceback" in output:  # the group's crash report
        raise AssertionError(f"scan crashed: {output[-2000:]}")
    if result.exit_code not in (0, 1):
        raise AssertionError(f"scan exited {result.exit_code}: {output[-2000:]}")
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error: ")]
    if result.exit_code == 1:
        if not errors or any(not e.startswith(f"Error: {path}: ") for e in errors):
            raise AssertionError(f"scan's error does not name the file: {result.stderr[-500:]}")
        return "refused", errors[0][:300]
    return "ok", f"{len(json.loads(result.stdout))} candidates"


def _redact(path: Path, text: str, target: Path) -> tuple[str, str]:
    """A redacted original withholding ``text``; a ``leak`` if the parser still reads it."""
    from transparency.contracts import read_document
    from transparency.contracts.model import normalise_space
    from transparency.errors import TransparencyError
    from transparency.site.originals import Withheld, redact_original

    target.unlink(missing_ok=True)
    report = redact_original(path, target, [Withheld(text, "s.43(2)")])
    removed = f"{sum(report.occurrences.values())} removed"
    try:
        redacted = read_document(target).text
    except TransparencyError:
        return "ok", f"{removed} (the copy has no text left)"
    withheld = re.escape(normalise_space(text)).replace(r"\ ", r"\s+")
    if re.search(rf"(?<!\w){withheld}(?!\w)", redacted, re.IGNORECASE):
        return "leak", f"the withheld text {text!r} is still in the redacted copy"
    return "ok", removed


STAGES = {"read": _read, "scan": _scan, "redact": _redact}


def _exercise(path: Path, text: str, target: Path, send: Callable[[dict], None]) -> list[dict]:
    """Run every stage on ``path``; one outcome per stage."""
    from transparency.errors import TransparencyError

    outcomes = []
    for stage, run in STAGES.items():
        send({"stage": stage})
        started = time.monotonic()
        try:
            result, detail = run(path, text, target)
            outcome = {"stage": stage, "result": result, "detail": detail}
        except TransparencyError as error:
            outcome = {"stage": stage, "result": "refused", "detail": type(error).__name__}
        except Exception as error:
            outcome = {"stage": stage, "result": "crash", **_crash(error)}
        outcome["seconds"] = round(time.monotonic() - started, 3)
        outcomes.append(outcome)
    return outcomes


def _worker() -> None:
    """Serve mutants: one JSON request a line on stdin, progress and result lines on fd 3."""
    import resource

    os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
    protocol = os.fdopen(os.dup(1), "w", buffering=1)
    os.dup2(2, 1)  # anything a library prints goes to stderr, not into the protocol
    sys.stdout = sys.stderr
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    if MEMORY_LIMIT and (hard == resource.RLIM_INFINITY or hard > MEMORY_LIMIT):
        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, hard))

    def send(message: dict) -> None:
        protocol.write(json.dumps(message) + "\n")

    send({"ready": True})
    for line in sys.stdin:
        request = json.loads(line)
        outcomes = _exercise(Path(request["path"]), request["text"], Path(request["target"]), send)
        send({"done": outcomes})


# ---------------------------------------------------------------------------------------------
# The harness: feeds mutants to a worker, enforces the time limit, saves failures.
# ---------------------------------------------------------------------------------------------


@dataclass
class Failure:
    """A mutant that crashed, hung, leaked or killed the worker."""

    mutant: Mutant
    stage: str
    result: str
    detail: str
    error: str = ""  # the exception's type, for a crash
    where: str = ""  # the innermost frame in the package, for a crash
    traceback: str = ""
    saved: Path | None = None

    @classmethod
    def of(cls, mutant: Mutant, outcome: dict) -> Failure:
        keys = ("stage", "result", "detail", "error", "where", "traceback")
        return cls(mutant, **{k: outcome.get(k, "") for k in keys})

    def describe(self) -> str:
        kinds = "+".join(self.mutant.kinds)
        where = f" at {self.where}" if self.where else ""
        detail = " ".join(self.detail.split())[:300]
        return (
            f"{self.result} in {self.stage}{where}: mutant {self.mutant.index} of seed"
            f" {self.mutant.seed} ({self.mutant.source.name}, {kinds}, text {self.mutant.text!r})"
            f" saved as {self.saved}: {detail}"
        )


@dataclass
class Report:
    seed: int
    mutants: int = 0
    seconds: float = 0.0
    slowest: float = 0.0
    outcomes: Counter = field(default_factory=Counter)
    kinds: Counter = field(default_factory=Counter)
    failures: list[Failure] = field(default_factory=list)

    def summary(self) -> str:
        outcomes = ", ".join(f"{k} {v}" for k, v in sorted(self.outcomes.items()))
        return (
            f"seed {self.seed}: {self.mutants} mutants in {self.seconds:.0f} s (slowest"
            f" {self.slowest:.1f} s); {outcomes}; {len(self.failures)} failures"
        )


class Worker:
    """A worker process, restarted after a hang or a death."""

    def __init__(self, workdir: Path) -> None:
        self.workdir = workdir
        self.log = workdir / "worker.log"
        self.process: subprocess.Popen | None = None

    def start(self) -> None:
        with self.log.open("ab") as log:
            self.process = subprocess.Popen(
                [sys.executable, str(Path(__file__).resolve()), "--worker"],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=log,
                cwd=self.workdir,
                bufsize=0,  # unbuffered: select() then sees every line the worker has written
            )
        ready = self._line(120)
        if not ready or "ready" not in ready:
            raise RuntimeError(f"the fuzz worker did not start; see {self.log}")

    def _line(self, timeout: float) -> dict | None:
        assert self.process is not None and self.process.stdout is not None
        ready, _, _ = select.select([self.process.stdout], [], [], max(timeout, 0))
        if not ready:
            return None
        line = self.process.stdout.readline()
        return json.loads(line) if line else {"died": self.process.poll()}

    def run(self, path: Path, text: str, timeout: float) -> tuple[list[dict], str]:
        """The outcomes, and the last stage started (``hang``/``died`` outcomes included)."""
        if self.process is None or self.process.poll() is not None:
            self.start()
        assert self.process is not None and self.process.stdin is not None
        target = self.workdir / f"redacted{path.suffix}"
        request = {"path": str(path), "text": text, "target": str(target)}
        try:
            self.process.stdin.write(json.dumps(request).encode() + b"\n")
        except BrokenPipeError:  # it died between two mutants: start another
            self.stop()
            self.start()
            assert self.process is not None and self.process.stdin is not None
            self.process.stdin.write(json.dumps(request).encode() + b"\n")
        deadline, stage = time.monotonic() + timeout, "start"
        while True:
            message = self._line(deadline - time.monotonic())
            if message is None:
                self.stop()
                return [{"stage": stage, "result": "hang",
                         "detail": f"no result after {timeout:.0f} s"}], stage  # fmt: skip
            if "died" in message:
                tail = self.log.read_text(errors="replace")[-2000:] if self.log.exists() else ""
                self.stop()
                return [{"stage": stage, "result": "died",
                         "detail": f"worker exited {message['died']}: {tail}"}], stage  # fmt: skip
            if "stage" in message:
                stage = message["stage"]
            if "done" in message:
                return message["done"], stage

    def stop(self) -> None:
        """Kill the worker (it may be stuck in a mutant) and close its pipes."""
        if self.process is not None:
            self.process.kill()
            self.process.wait()
            for pipe in (self.process.stdin, self.process.stdout):
                if pipe is not None:
                    pipe.close()
            self.process = None


def fuzz(
    sources: list[Source],
    *,
    seed: int,
    count: int | None = None,
    seconds: float | None = None,
    indices: list[int] | None = None,
    out_dir: Path,
    timeout: float = TIMEOUT,
    log: Callable[[str], None] = lambda _line: None,
) -> Report:
    """Run mutants of ``seed`` (``indices``, the first ``count``, or as many as fit in
    ``seconds``) and report; each failing mutant is saved in ``out_dir``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    report = Report(seed)
    started = time.monotonic()
    workdir = Path(tempfile.mkdtemp(prefix="fuzz-worker-"))
    worker = Worker(workdir)
    todo = iter(indices) if indices is not None else iter(range(count or sys.maxsize))
    try:
        for index in todo:
            if seconds is not None and time.monotonic() - started > seconds:
                break
            mutant = make_mutant(sources, seed, index)
            path = workdir / mutant.name
            path.write_bytes(mutant.data)
            began = time.monotonic()
            outcomes, _ = worker.run(path, mutant.text, timeout)
            report.slowest = max(report.slowest, time.monotonic() - began)
            report.mutants += 1
            report.kinds.update(mutant.kinds)
            for outcome in outcomes:
                report.outcomes[f"{outcome['stage']} {outcome['result']}"] += 1
                if outcome["result"] in ("ok", "refused"):
                    continue
                failure = Failure.of(mutant, outcome)
                failure.saved = _save(failure, out_dir)
                report.failures.append(failure)
                log(failure.describe())
            path.unlink(missing_ok=True)
            if report.mutants % 100 == 0:
                report.seconds = time.monotonic() - started
                log(report.summary())
    finally:
        worker.stop()
        shutil.rmtree(workdir, ignore_errors=True)
    report.seconds = time.monotonic() - started
    return report


def _save(failure: Failure, out_dir: Path) -> Path:
    mutant = failure.mutant
    path = out_dir / mutant.name
    path.write_bytes(mutant.data)
    note = {
        "seed": mutant.seed,
        "index": mutant.index,
        "source": str(mutant.source),
        "kinds": list(mutant.kinds),
        "text": mutant.text,
        "stage": failure.stage,
        "result": failure.result,
        "error": failure.error,
        "where": failure.where,
        "detail": failure.detail,
        "traceback": failure.traceback,
        "replay": f"python tools/fuzz_documents.py --seed {mutant.seed} --index {mutant.index}"
        + ("" if mutant.source in DEFAULT_SOURCES else " --extra"),
    }
    path.with_suffix(path.suffix + ".json").write_text(json.dumps(note, indent=2))
    return path


def load_sources(paths: list[Path] | None = None) -> list[Source]:
    return [Source.load(p) for p in (paths or DEFAULT_SOURCES)]


def extra_sources(folder: Path) -> list[Source]:
    """Documents the samples lack, made in ``folder`` where the tools are installed: a PDF
    with an embedded composite (Type0, Identity-H) font and a ToUnicode map (fpdf2), and a
    sample with its objects in compressed object streams and an xref stream (qpdf)."""
    made = []
    font = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    try:
        import fpdf
    except ImportError:
        fpdf = None
    if fpdf is not None and font.exists():
        document = fpdf.FPDF()
        document.set_creation_date(dt.datetime(2025, 3, 1, tzinfo=dt.timezone.utc))
        document.add_font("DejaVu", fname=str(font))
        for page in range(2):
            document.add_page()
            document.set_font("DejaVu", size=11)
            document.multi_cell(
                0, 7, text=f"Page {page + 1}. Payments go to sort code 20-45-77, account"
                " 41234567, held by Brightpath Care Ltd. The hourly rate is £24.80. Contact"
                " Ms Priya Sandhu on 07700 900123. Zażółć gęślą jaźń."
            )  # fmt: skip
        document.output(str(folder / "type0.pdf"))
        made.append(folder / "type0.pdf")
    qpdf = shutil.which("qpdf")
    if qpdf and DEFAULT_SOURCES:
        pdf = next(p for p in DEFAULT_SOURCES if p.suffix == ".pdf")
        target = folder / "object-streams.pdf"
        done = subprocess.run(
            [qpdf, "--object-streams=generate", "--deterministic-id", str(pdf), str(target)],
            capture_output=True,
            check=False,
        )
        if done.returncode in (0, 3):  # 3: warnings
            made.append(target)
    return [Source.load(p) for p in made]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sources", nargs="*", type=Path, help="documents to mutate")
    parser.add_argument("--seed", type=int, help="the seed (default: a fresh one, printed)")
    parser.add_argument("--count", type=int, help="how many mutants")
    parser.add_argument("--seconds", type=float, help="run for about this long")
    parser.add_argument("--index", type=int, action="append", help="only this mutant (repeat)")
    parser.add_argument("--timeout", type=float, default=TIMEOUT, help="seconds per mutant")
    parser.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "fuzz-documents",
                        help="where failing mutants are saved")  # fmt: skip
    parser.add_argument("--replay", type=Path, help="run one saved file instead")
    parser.add_argument("--text", default="Contract", help="with --replay: the text to withhold")
    parser.add_argument("--extra", action="store_true",
                        help="also mutate a Type0-font PDF and an object-stream PDF")  # fmt: skip
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        _worker()
        return 0
    if args.replay:
        workdir = Path(tempfile.mkdtemp(prefix="fuzz-replay-"))
        worker = Worker(workdir)
        try:
            outcomes, _ = worker.run(args.replay.resolve(), args.text, args.timeout)
        finally:
            worker.stop()
        print(json.dumps(outcomes, indent=2))
        return int(any(o["result"] not in ("ok", "refused") for o in outcomes))
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(2**32)
    print(f"seed {seed} (replay with --seed {seed})", flush=True)
    count = args.count if args.count or args.seconds or args.index else 100
    sources = load_sources(args.sources or None)
    if args.extra:
        sources += extra_sources(Path(tempfile.mkdtemp(prefix="fuzz-sources-")))
    report = fuzz(sources, seed=seed, count=count,
                  seconds=args.seconds, indices=args.index, out_dir=args.out, timeout=args.timeout,
                  log=lambda line: print(line, flush=True))  # fmt: skip
    print(report.summary())
    print("mutations:", ", ".join(f"{k} {v}" for k, v in sorted(report.kinds.items())))
    return int(bool(report.failures))


if __name__ == "__main__":
    sys.exit(main())
