"""The proof that a redacted original holds no withheld text.

Independent of how the file was redacted, it is read the ways a person or a program could:

- **PDF**: the text of every page as pypdf extracts it, and as poppler's ``pdftotext`` does
  (pdfminer.six when poppler is not installed); then every object of the file: each stream
  decompressed (read as Latin-1 and as UTF-16), each string, and for content streams the bytes
  of every string shown by a text operator joined together (so ``[(Sec) -20 (ret)] TJ`` reads
  "Secret"); and the file's raw bytes.
- **DOCX**: python-docx's text of the body, tables, headers and footers; then every part of the
  package: its raw text, with entities and URL escapes decoded, with tags removed, and each
  paragraph's text (runs joined); binary parts as Latin-1 and UTF-16. Every XML part (by name
  or content type) is parsed by the package's hardened parser (:mod:`transparency._xml`); one
  that is malformed or declares a document type cannot be proven, and fails the file.

Each form is normalised (:func:`.matching.readable`) and searched for each withheld text with
:func:`.matching.proof_pattern`, case-insensitively, whatever the spacing and hyphenation.
"""

from __future__ import annotations

import html
import io
import logging
import re
import shutil
import subprocess
import tempfile
import warnings
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from transparency._xml import parse_part
from transparency.contracts._docx_xml import content_types, is_xml_part
from transparency.errors import DocumentError, Problem
from transparency.site.needles import Needles
from transparency.site.originals.matching import compact, proof_pattern, readable
from transparency.site.originals.pdf_fonts import string_bytes

__all__ = ["prove_bytes"]

logger = logging.getLogger(__name__)

_TAG = re.compile(rb"<[^>]*>")
_SHOW = (b"Tj", b"TJ", b"'", b'"')
_TIMEOUT = 300


@dataclass(frozen=True)
class _Unreadable:
    """Something in the file the proof cannot read, so cannot prove free of withheld text."""

    reason: str


def prove_bytes(
    data: bytes,
    suffix: str,
    withheld: Sequence[Any],
    *,
    name: Path,
    needles: Needles | None = None,
) -> list[Problem]:
    """One problem per withheld text found in the file ``data`` (named ``name`` in problems).

    Exact patterns are compiled only for the texts the index finds in some form.
    """
    texts = [item.text for item in withheld]
    if not texts:
        return []
    needles = needles or Needles([compact(text) for text in texts])
    sources = _pdf_forms(data) if suffix == ".pdf" else _docx_forms(data, name)
    found: dict[str, str] = {}
    unreadable: list[Problem] = []
    for source in sources:
        if isinstance(source, _Unreadable):
            unreadable.append(Problem(name, f"cannot be proven: {source.reason}"))
            continue
        where, text = source
        forms = readable(text)
        for index in sorted(needles.found_in(*forms)):
            secret = texts[index]
            if secret in found:
                continue
            pattern = proof_pattern(secret)
            if any(pattern.search(form) for form in forms):
                found[secret] = where
        if len(found) == len(texts):
            break
    return unreadable + [
        Problem(name, f"still contains the withheld text '{secret}' ({where})")
        for secret, where in found.items()
    ]


def _pdf_forms(data: bytes) -> Iterator[tuple[str, str]]:
    from pypdf import PdfReader

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        reader = PdfReader(io.BytesIO(data))
        yield "text extracted by pypdf", "\n".join(page.extract_text() for page in reader.pages)
        yield _second_extractor(data)
        yield from _pdf_objects(reader)
    yield "raw bytes of the file", data.decode("latin-1")


def _second_extractor(data: bytes) -> tuple[str, str]:
    """The text as poppler's pdftotext reads it, or pdfminer.six where poppler is missing."""
    pdftotext = shutil.which("pdftotext")
    if pdftotext:
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "redacted.pdf"
            path.write_bytes(data)
            completed = subprocess.run(
                [pdftotext, "-q", "-enc", "UTF-8", str(path), "-"],
                capture_output=True,
                timeout=_TIMEOUT,
                check=False,
            )
        if completed.returncode == 0:
            return "text extracted by pdftotext", completed.stdout.decode("utf-8", "replace")
        logger.warning("pdftotext failed (exit %d); using pdfminer.six", completed.returncode)
    from pdfminer.high_level import extract_text

    return "text extracted by pdfminer.six", extract_text(io.BytesIO(data))


def _pdf_objects(reader: Any) -> Iterator[tuple[str, str]]:
    from pypdf.generic import ContentStream, IndirectObject, StreamObject

    numbers = {(num, gen) for gen, table in reader.xref.items() for num in table}
    numbers |= {(num, 0) for num in reader.xref_objStm}
    for num, gen in sorted(numbers):
        where = f"object {num} {gen} R"
        try:
            obj = reader.get_object(IndirectObject(num, gen, reader))
        except Exception as error:
            logger.debug("%s unreadable in the proof: %s", where, error)
            continue
        strings = list(_strings(obj))
        if strings:
            yield where, "\n".join(strings)
        if not isinstance(obj, StreamObject) or obj.get("/Subtype") == "/Image":
            continue
        try:
            stream = obj.get_data()
        except Exception:
            stream = obj._data
        yield where, stream.decode("latin-1")
        if len(stream) % 2 == 0:
            yield where, stream.decode("utf-16-be", "replace")
        if any(op in stream for op in _SHOW):
            try:
                operations = ContentStream(obj, reader).operations
            except Exception:
                continue
            shown = bytearray()
            for operands, op in operations:
                if op in _SHOW:
                    for item in operands[-1] if op == b"TJ" else operands[-1:]:
                        if isinstance(item, (bytes, str)):
                            shown += string_bytes(item)
            text = bytes(shown)
            yield f"{where} (shown strings)", text.decode("latin-1")
            yield f"{where} (shown strings)", text.decode("utf-16-be", "replace")


def _strings(obj: Any, depth: int = 0) -> Iterator[str]:
    """The string objects directly inside a dictionary or array (not following references)."""
    from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject

    if isinstance(obj, IndirectObject) or depth > 50:
        return
    if isinstance(obj, str) and not obj.startswith("/"):
        yield str(obj)
    elif isinstance(obj, bytes):
        yield obj.decode("latin-1")
    elif isinstance(obj, DictionaryObject):
        for value in obj.values():
            yield from _strings(value, depth + 1)
    elif isinstance(obj, ArrayObject):
        for value in obj:
            yield from _strings(value, depth + 1)


def _python_docx_text(document: Any) -> str:
    texts = [p.text for p in document.paragraphs]
    for table in document.tables:
        texts += [cell.text for row in table.rows for cell in row.cells]
    for section in document.sections:
        for part in (
            section.header,
            section.footer,
            section.first_page_header,
            section.first_page_footer,
            section.even_page_header,
            section.even_page_footer,
        ):
            texts += [p.text for p in part.paragraphs]
    return "\n".join(texts)


def _docx_forms(data: bytes, name: Path) -> Iterator[tuple[str, str] | _Unreadable]:
    import docx
    from lxml import etree

    try:
        yield "text read by python-docx", _python_docx_text(docx.Document(io.BytesIO(data)))
    except Exception as error:  # python-docx raises many kinds on a damaged package
        yield _Unreadable(f"python-docx cannot read it ({type(error).__name__}: {error})")
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        types: dict[str, str] = {}
        if "[Content_Types].xml" in package.namelist():
            try:
                root = parse_part(
                    package.read("[Content_Types].xml"), part="[Content_Types].xml", path=name
                )
                types = content_types(root, package.namelist())
            except DocumentError as error:
                yield _Unreadable(error.message)
        for info in package.infolist():
            raw = package.read(info)
            where = f"part {info.filename}"
            if is_xml_part(info.filename, types.get(info.filename, "")):
                text = raw.decode("utf-8", "replace")
                yield where, text
                yield where, unquote(html.unescape(text))
                yield where, html.unescape(_TAG.sub(b" ", raw).decode("utf-8", "replace"))
                try:
                    root = parse_part(raw, part=info.filename, path=name)
                except DocumentError as error:
                    yield _Unreadable(error.message)
                    continue
                paragraphs = [
                    "".join(element.itertext())
                    for element in root.iter()
                    if isinstance(element.tag, str) and etree.QName(element).localname == "p"
                ]
                yield f"{where} (paragraph text)", "\n".join(paragraphs)
            else:
                yield where, raw.decode("latin-1")
                yield where, raw.decode("utf-16-le", "replace")
