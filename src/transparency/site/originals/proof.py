"""The proof that a redacted original holds no withheld text.

Independent of how the file was redacted, it is read the ways a person or a program could:

- **PDF**: the text of every page as pypdf extracts it, and as poppler's ``pdftotext`` does
  (pdfminer.six when poppler is not installed); for a page that is pixels only (one image and
  no text: a scanned page as the redactor republishes it), the text Tesseract reads on it,
  rendered afresh at another resolution and page segmentation than the reader's (only when
  there is such a page: OCR is slow); then every object of the file: each stream
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

In a PDF, text and syntax are told apart. Extracted text, the strings content streams show,
string objects and streams of other data are *text*: every withheld text is looked for there.
The raw bytes of the file, of content streams (operators and coordinates), of font programs and
of character maps are *syntax*: only withheld texts of :data:`SHORT` characters or more are
looked for there, since a short one ("21", "2%") is found in any PDF's numbers and font tables.

The proof fails closed: what it cannot read is a failure of the file, naming what and where,
never skipped. For a PDF that is a file pypdf cannot open, a page pypdf cannot extract text
from, both second extractors failing, an object that cannot be read (or only partly: pypdf
recovers what it can of a damaged object or stream and logs a warning, which counts as a
failure), a stream that cannot be decoded and a content stream (a page's, a Form XObject's, a
tiling pattern's, a Type 3 glyph's) that cannot be parsed; objects are named with the page they
are drawn on when one reaches them. Streams in an image codec (JPEG, JPEG 2000, JBIG2, CCITT)
hold pixels, not text, and are left encoded; other image streams are decoded, not searched.
Errors are quoted with anything they quote from the file elided.
"""

from __future__ import annotations

import contextlib
import gzip
import hashlib
import html
import io
import json
import logging
import os
import re
import shutil
import subprocess
import tempfile
import warnings
import zipfile
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar
from urllib.parse import unquote

from transparency import __version__
from transparency._atomic import atomic_write_bytes
from transparency._xml import parse_part
from transparency.contracts._docx_xml import content_types, is_xml_part
from transparency.contracts.pdf_fonts import string_bytes
from transparency.errors import DocumentError, Problem
from transparency.needles import Needles
from transparency.site.originals.matching import compact, proof_pattern, readable

__all__ = [
    "Reading",
    "count_texts",
    "prove_bytes",
    "readings",
    "redaction_name",
    "set_readings_cache",
]

logger = logging.getLogger(__name__)

_TAG = re.compile(rb"<[^>]*>")
_SHOW = (b"Tj", b"TJ", b"'", b'"')
_TIMEOUT = 300
#: Filters whose data is an image (pixels): the proof leaves such streams encoded.
_IMAGE_CODECS = frozenset(
    {"/DCTDecode", "/DCT", "/JPXDecode", "/JBIG2Decode", "/CCITTFaxDecode", "/CCF"}
)
_NOT_OF_A_PAGE = ("/Page", "/Pages", "/Catalog")
_REPR = re.compile(r"(\w+)\((['\"])(.*)\2\)", re.DOTALL)
#: Pages that are pixels only are read by OCR at this resolution (dpi) and page segmentation.
OCR_DPI = 200
_OCR_CONFIG = "--oem 1 --psm 6"
_PIXELS_ONLY = frozenset({b"q", b"Q", b"cm", b"Do"})
_OCR_FORM = "the text read by OCR where a page is an image (by pypdf elsewhere)"
#: Withheld texts shorter than this (without spaces) are not looked for in PDF syntax.
SHORT = 8
#: Keys of a stream dictionary that mark an embedded font program (FontFile, 2 and 3).
_FONT_PROGRAM = ("/Length1", "/Length2", "/Length3")
_FONT_PROGRAM_SUBTYPES = ("/Type1C", "/CIDFontType0C", "/OpenType")


@dataclass(frozen=True)
class _Syntax:
    """A form of a PDF that is syntax, not text (see the module docstring)."""

    where: str
    text: str


_QUOTED = re.compile(r"b?'[^']*'|b?\"[^\"]*\"")


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
    original: bytes | None = None,
    spans: Counter[str] | None = None,
    key: Callable[[str], str] | None = None,
) -> list[Problem]:
    """One problem per withheld text found in the file ``data`` (named ``name`` in problems),
    after one per thing in it that cannot be read (see the module docstring).

    Without ``original``, any occurrence of a withheld text is a problem. With it (the bytes the
    redacted copy was made from), the proof is by count: in each way of reading the file, a
    withheld text may be found no more often than in the original read the same way, less one
    for each withheld span of that text; occurrences left standing by decision (released, or
    the same words elsewhere) are allowed, and nothing more. Exact patterns are compiled only
    for the texts the index finds in some form. ``spans`` counts the spans removed by text
    (``key``-ed), when they are not ``withheld`` itself (the site's leak check proves a document
    against every secret of the site).
    """
    texts, first_of = _texts_of(withheld)
    if not texts:
        return []
    needles = needles or Needles([compact(text) for text in texts])
    if original is not None:
        return _prove_by_count(
            data, suffix, withheld, name, needles, original, spans, key, (texts, first_of)
        )
    found: dict[int, str] = {}  # index in withheld -> the first form it is found in
    unreadable: list[Problem] = []
    for reading in readings(data, suffix, name):
        if reading.kind == _UNREADABLE:
            unreadable.append(Problem(name, f"cannot be proven: {reading.forms[0]}"))
            continue
        syntax = reading.kind == _SYNTAX
        for index in sorted(needles.found_in(*reading.forms)):
            if index in found or (syntax and len(compact(texts[index])) < SHORT):
                continue
            pattern = proof_pattern(texts[index])
            if any(pattern.search(form) for form in reading.forms):
                found[index] = reading.where
    return unreadable + [
        Problem(
            name,
            f"still contains the text of {redaction_name(withheld[index], index + 1)}, in {where}",
            text=texts[index],
        )
        for index, where in sorted(found.items())
    ]


def _prove_by_count(
    data: bytes,
    suffix: str,
    withheld: Sequence[Any],
    name: Path,
    needles: Needles,
    original: bytes,
    removed: Counter[str] | None,
    keyed: Callable[[str], str] | None,
    prepared: tuple[list[str], dict[str, int]],
) -> list[Problem]:
    """The proof by count (see :func:`prove_bytes`)."""
    texts, first_of = prepared
    keyed = keyed or (lambda text: compact(text).casefold())
    key = _Keys(texts, keyed)  # only the texts found are keyed (a site has thousands)
    spans = removed if removed is not None else Counter(key[i] for i in range(len(texts)))
    after, unreadable = _counts(data, suffix, texts, needles, name, first_of)
    # The original is not published.
    before, _ = _counts(original, suffix, texts, needles, name, first_of)
    problems = [Problem(name, f"cannot be proven: {reason}") for reason in unreadable]
    reported: set[str] = set()
    for kind, counts in after.items():
        for index, count in sorted(counts.items()):
            allowed = max(0, before.get(kind, Counter())[index] - spans[key[index]])
            if count > allowed and key[index] not in reported:
                reported.add(key[index])
                problems.append(
                    Problem(
                        name,
                        f"still contains the text of {redaction_name(withheld[index], index + 1)}"
                        f", in {kind} ({count} times; at most {allowed} may stand)",
                        text=texts[index],
                    )
                )
    return problems


class _Keys:
    """The key of each text, computed when first asked for."""

    def __init__(self, texts: list[str], keyed: Callable[[str], str]) -> None:
        self._texts, self._keyed, self._keys = texts, keyed, {}

    def __getitem__(self, index: int) -> str:
        if index not in self._keys:
            self._keys[index] = self._keyed(self._texts[index])
        return self._keys[index]


class _Prepared:
    """The texts last proven against, made once for the many documents proven against the
    same ones: the leak check proves every document of the site against every redacted text
    of the site, and making them for each document grew with the square of the register."""

    #: (withheld, its texts, the first position of each): one value, replaced whole, and
    #: holding ``withheld`` so that its identity is not reused.
    entry: ClassVar[tuple[Sequence[Any], list[str], dict[str, int]] | None] = None


def _texts_of(withheld: Sequence[Any]) -> tuple[list[str], dict[str, int]]:
    """The texts of ``withheld``, and the first position of each distinct one."""
    entry = _Prepared.entry
    if entry is None or entry[0] is not withheld:
        texts = [item.text for item in withheld]
        entry = _Prepared.entry = (withheld, texts, _first_positions(texts))
    return entry[1], entry[2]


def _first_positions(texts: list[str]) -> dict[str, int]:
    first_of: dict[str, int] = {}
    for position, text in enumerate(texts):
        first_of.setdefault(text, position)
    return first_of


def _counts(
    data: bytes,
    suffix: str,
    texts: list[str],
    needles: Needles,
    name: Path,
    first_of: dict[str, int] | None = None,
) -> tuple[dict[str, Counter[int]], list[str]]:
    """How often each text is found in each way of reading ``data``; what cannot be read.
    ``first_of``: the first position of each text in ``texts`` (made when not given)."""
    counts: dict[str, Counter[int]] = defaultdict(Counter)
    unreadable: list[str] = []
    seen: Counter[str] = Counter()
    firsts: dict[int, int] = {}
    if first_of is None:
        first_of = _first_positions(texts)
    for reading in readings(data, suffix, name):
        if reading.kind == _UNREADABLE:
            unreadable.append(reading.forms[0])
            continue
        syntax = reading.kind == _SYNTAX
        kind = _kind(reading.where, syntax, suffix)
        seen[kind] += 1
        if suffix != ".pdf":
            kind = f"{kind} ({seen[kind]})"  # the same part read several ways
        for index in sorted(needles.found_in(*reading.forms)):
            if syntax and len(compact(texts[index])) < SHORT:
                continue
            first = firsts.setdefault(index, first_of[texts[index]])
            if first != index:
                continue  # the same text: counted once
            pattern = proof_pattern(texts[index])
            counts[kind][index] += max(len(pattern.findall(form)) for form in reading.forms)
    for kind_counts in counts.values():
        for index, first in firsts.items():
            if first != index:
                kind_counts[index] = kind_counts[first]
    return counts, unreadable


def count_texts(
    data: bytes, suffix: str, texts: list[str], *, name: Path
) -> tuple[dict[str, Counter[int]], list[str]]:
    """How often each of ``texts`` is read in each way the proof reads the file ``data`` (by
    the way of reading, then by index in ``texts``), and what cannot be read: the counts the
    proof by count compares (see :func:`prove_bytes`), for a record of what was checked."""
    return _counts(data, suffix, texts, Needles([compact(text) for text in texts]), name)


_TEXT, _SYNTAX, _UNREADABLE = "text", "syntax", "unreadable"
_READINGS_CACHE: ContextVar[Path | None] = ContextVar("transparency_readings", default=None)


@dataclass(frozen=True)
class Reading:
    """One way of reading a file: ``kind`` is text, syntax or unreadable (then ``forms`` is the
    one reason); ``forms`` the :func:`.matching.readable` forms of what was read."""

    kind: str
    where: str
    forms: tuple[str, ...]


@contextlib.contextmanager
def set_readings_cache(folder: Path | None) -> Iterator[None]:
    """Keep the readings of every file proven within the block in ``folder`` (see
    :func:`readings`)."""
    token = _READINGS_CACHE.set(folder)
    try:
        yield
    finally:
        _READINGS_CACHE.reset(token)


def readings(data: bytes, suffix: str, name: Path) -> list[Reading]:
    """Every way the proof reads the file ``data`` (see the module docstring), in order.

    Reading is the proof's whole cost (extractors, every object, OCR of pixel pages), searching
    what was read is cheap: within :func:`set_readings_cache`, the readings of a file are kept
    in the folder, keyed by the SHA-256 of its bytes, the tool's version and the extractors
    available, so a file is read once however often it is proven (when it is redacted, and by
    every leak check of every build after). A file with something unreadable is never kept: it
    is read again, and fails again, each time. The folder is the workspace's cache: the readings
    of a clean copy hold the withheld text.
    """
    folder = _READINGS_CACHE.get()
    entry = None
    if folder is not None:
        environment = [
            __version__,
            suffix,
            hashlib.sha256(data).hexdigest(),
            bool(shutil.which("pdftotext")),
            bool(shutil.which("tesseract")),
        ]
        key = hashlib.sha256(json.dumps(environment).encode()).hexdigest()
        entry = folder / f"{key}.json.gz"
        if entry.is_file():
            try:
                rows = json.loads(gzip.decompress(entry.read_bytes()))
                return [Reading(kind, where, tuple(forms)) for kind, where, forms in rows]
            except (OSError, EOFError, ValueError, TypeError) as error:
                logger.debug("cached proof readings unreadable (%s); reading again", type(error))
    found = list(_read(data, suffix, name))
    if entry is not None and all(r.kind != _UNREADABLE for r in found):
        try:
            entry.parent.mkdir(parents=True, exist_ok=True)
            rows = [[r.kind, r.where, list(r.forms)] for r in found]
            raw = json.dumps(rows, ensure_ascii=False, separators=(",", ":")).encode()
            atomic_write_bytes(entry, gzip.compress(raw, compresslevel=1, mtime=0))
        except OSError as error:  # a read-only workspace still proves, only slower
            logger.debug("proof readings not cached (%s)", error.strerror)
    return found


def _read(data: bytes, suffix: str, name: Path) -> Iterator[Reading]:
    sources = _pdf_forms(data) if suffix == ".pdf" else _docx_forms(data, name)
    with contextlib.closing(sources):
        for source in sources:
            if isinstance(source, _Unreadable):
                yield Reading(_UNREADABLE, "", (source.reason,))
            elif isinstance(source, _Syntax):
                yield Reading(_SYNTAX, source.where, tuple(readable(source.text)))
            else:
                where, text = source
                yield Reading(_TEXT, where, tuple(readable(text)))


def _kind(where: str, syntax: bool, suffix: str) -> str:
    """The way of reading a form comes from, for counting: objects of a PDF are summed up."""
    if suffix != ".pdf":
        return where
    if where.startswith("the strings "):
        return "the strings content streams show"
    if syntax:
        return "the file's syntax (raw bytes, content streams, fonts)"
    if where.startswith("object "):
        return "the file's string objects and streams"
    return where


def redaction_name(item: Any, number: int) -> str:
    """How messages name a withheld text, never quoting it: its ``where`` (``"home-care:
    redaction 3, FOIA s.43(2)"``), else ``"redaction <number>"`` (its place in the list, from 1)
    with its label and page hint, e.g. ``"redaction 2 (s.43(2), page 3)"``."""
    if getattr(item, "where", ""):
        return item.where
    page = getattr(item, "page", None)
    details = ", ".join(d for d in (item.label, f"page {page}" if page else "") if d)
    return f"redaction {number}" + (f" ({details})" if details else "")


def _pdf_forms(data: bytes) -> Iterator[tuple[str, str] | _Unreadable]:
    from pypdf import PdfReader

    with warnings.catch_warnings(), _PypdfWarnings() as pypdf_warnings:
        warnings.simplefilter("ignore")
        try:
            reader = PdfReader(io.BytesIO(data))
            pages = list(reader.pages)
        except Exception as error:  # pypdf raises many kinds on a damaged file
            yield _Unreadable(f"pypdf cannot read it ({_reason(error)})")
            pages = None
        if pages is not None:
            texts: dict[int, str] = {}
            for number, page in enumerate(pages, start=1):
                try:
                    texts[number] = page.extract_text()
                except Exception as error:
                    reason = _reason(error)
                    yield _Unreadable(f"page {number}: pypdf cannot extract its text ({reason})")
            yield "the text extracted by pypdf", "\n".join(texts.values())
        yield _second_extractor(data)
        if pages is not None:
            pixels = _pixel_pages(pages)
            if pixels:
                yield _ocr_reading(data, pixels, texts)
        if pages is not None:
            yield from _pdf_objects(PdfReader(io.BytesIO(data)), pages, pypdf_warnings)
    yield _Syntax("the raw bytes of the file", data.decode("latin-1"))


def _second_extractor(data: bytes) -> tuple[str, str] | _Unreadable:
    """The text as poppler's pdftotext reads it, or pdfminer.six where poppler is missing or
    fails; neither reading the file is a failure."""
    pdftotext = shutil.which("pdftotext")
    if pdftotext:
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "redacted.pdf"
            path.write_bytes(data)
            try:
                completed = subprocess.run(
                    [pdftotext, "-q", "-enc", "UTF-8", str(path), "-"],
                    capture_output=True,
                    timeout=_TIMEOUT,
                    check=False,
                )
                status = f"exit {completed.returncode}"
            except (OSError, subprocess.SubprocessError) as error:
                completed, status = None, type(error).__name__
        if completed is not None and completed.returncode == 0:
            return "the text extracted by pdftotext", completed.stdout.decode("utf-8", "replace")
        logger.warning("pdftotext failed (%s); using pdfminer.six", status)
    from pdfminer.high_level import extract_text

    try:
        return "the text extracted by pdfminer.six", extract_text(io.BytesIO(data))
    except Exception as error:  # pdfminer.six raises many kinds on a damaged file
        return _Unreadable(
            f"pdfminer.six cannot extract its text ({_reason(error)})"
            + (", and neither can pdftotext" if pdftotext else "")
        )


def _pixel_pages(pages: list[Any]) -> list[int]:
    """The pages (1-based) that are pixels only: content that draws one image XObject (``q``,
    ``cm``, ``Do``, ``Q``), no font, no other resource."""
    found = []
    for number, page in enumerate(pages, start=1):
        try:
            resources = page.get("/Resources")
            resources = resources.get_object() if resources is not None else {}
            xobjects = resources.get("/XObject")
            xobjects = xobjects.get_object() if xobjects is not None else {}
            images = [ref.get_object().get("/Subtype") for ref in xobjects.values()]
            if not (set(resources) <= {"/XObject", "/ProcSet"} and images == ["/Image"]):
                continue  # not one image and nothing else: the content is not parsed
            contents = page.get_contents()
            operations = [op for _, op in contents.operations] if contents is not None else []
        except Exception:  # a page that cannot be read so is reported by the other readings
            continue
        if operations.count(b"Do") == 1 and set(operations) <= _PIXELS_ONLY:
            found.append(number)
    return found


def _ocr_reading(
    data: bytes, numbers: list[int], texts: dict[int, str]
) -> tuple[str, str] | _Unreadable:
    """The text of the document page by page, the pages that are pixels only (``numbers``) as
    Tesseract reads them afresh: rendered at :data:`OCR_DPI` (not the reader's resolution), as
    one block of text (``--psm 6``, not the reader's page segmentation), nothing taken from the
    OCR cache; the other pages as pypdf extracted them (``texts``, by page number). The whole
    document is read, as in every other form, so that it is counted like them: a span removed
    from a page of text counts against this form too."""
    import pytesseract

    from transparency.contracts.ocr import render_page, tesseract_available

    if not tesseract_available():
        return _Unreadable(
            f"page {numbers[0]}: it is an image, and Tesseract, which reads it, is not installed"
        )

    def one(number: int) -> str:
        image = render_page(data, number - 1, dpi=OCR_DPI)
        return pytesseract.image_to_string(image, lang="eng", config=_OCR_CONFIG)

    with ThreadPoolExecutor(max_workers=min(len(numbers), os.cpu_count() or 1)) as pool:
        futures = [pool.submit(one, number) for number in numbers]
        read = dict(texts)
        for number, future in zip(numbers, futures, strict=True):
            try:
                read[number] = future.result()
            except Exception as error:  # PDFium and Tesseract raise their own kinds
                return _Unreadable(f"page {number}: OCR cannot read its image ({_reason(error)})")
    return _OCR_FORM, "\n".join(read[number] for number in sorted(read))


def _pdf_objects(
    reader: Any, pages: list[Any], pypdf_warnings: _PypdfWarnings
) -> Iterator[tuple[str, str] | _Unreadable]:
    """Every object of the file; what cannot be read, decoded or parsed is :class:`_Unreadable`.

    ``reader`` is a fresh one, so that each object is read here, and a repair pypdf makes while
    reading or decoding it (it recovers what it can and logs a warning) is seen as a failure.
    ``pages`` (from another reader) give the page each object is drawn on. Streams in an image
    codec (:data:`_IMAGE_CODECS`) hold pixels, not text, and are left encoded; other image
    streams are decoded (so a damaged one fails) but not searched.
    """
    from pypdf.generic import IndirectObject, StreamObject

    page_of, contents = _page_objects(pages)
    numbers = {(num, gen) for gen, table in reader.xref.items() for num in table}
    numbers |= {(num, 0) for num in reader.xref_objStm}
    for num, gen in sorted(numbers):
        where = f"object {num} {gen} R" + (f" (page {page_of[num]})" if num in page_of else "")
        before = pypdf_warnings.count
        try:
            obj = reader.get_object(IndirectObject(num, gen, reader))
            if obj is None:
                raise ValueError("pypdf found nothing there")
        except Exception as error:
            yield _Unreadable(f"{where}: it cannot be read ({_reason(error)})")
            continue
        if pypdf_warnings.count > before:
            yield _Unreadable(
                f"{where}: it cannot be read whole (pypdf recovered part of it: "
                f"{pypdf_warnings.last})"
            )
        if _is_signature(obj) and isinstance(obj.get("/Contents"), bytes):
            # A signature's value is DER bytes, not text: searched as syntax (see signing.py).
            yield _Syntax(f"the signature value in {where}", obj["/Contents"].decode("latin-1"))
        strings = list(_strings(obj))
        if strings:
            yield where, "\n".join(strings)
        if isinstance(obj, StreamObject) and not _IMAGE_CODECS.intersection(_filters(obj)):
            content = num in contents or obj.get("/Subtype") == "/Form"
            content = content or obj.get("/PatternType") == 1
            yield from _stream_forms(where, obj, reader, pypdf_warnings, content=content)


def _stream_forms(
    where: str, obj: Any, reader: Any, pypdf_warnings: _PypdfWarnings, *, content: bool
) -> Iterator[tuple[str, str] | _Unreadable]:
    """A stream decoded; for a content stream (or what looks like one) its shown strings."""
    from pypdf.generic import ContentStream

    before = pypdf_warnings.count
    try:
        stream = obj.get_data()
        if pypdf_warnings.count > before:  # pypdf recovered part of a damaged stream
            raise ValueError(f"pypdf recovered part of it: {pypdf_warnings.last}")
    except Exception as error:
        filters = " ".join(_filters(obj)) or "no filter"
        yield _Unreadable(f"{where}: its stream cannot be decoded ({filters}: {_reason(error)})")
        return
    if obj.get("/Subtype") == "/Image":
        return
    syntax = (
        content
        or any(key in obj for key in _FONT_PROGRAM)
        or obj.get("/Subtype") in _FONT_PROGRAM_SUBTYPES
        or b"begincmap" in stream
    )
    decoded = [stream.decode("latin-1")]
    if len(stream) % 2 == 0:
        decoded.append(stream.decode("utf-16-be", "replace"))
    for text in decoded:
        yield _Syntax(where, text) if syntax else (where, text)
    if not content and not any(op in stream for op in _SHOW):
        return
    before = pypdf_warnings.count
    try:
        operations = ContentStream(obj, reader).operations
        if content and pypdf_warnings.count > before:
            raise ValueError(f"pypdf recovered part of it: {pypdf_warnings.last}")
    except Exception as error:
        if content:
            yield _Unreadable(f"{where}: its content stream cannot be parsed ({_reason(error)})")
        # Another kind of stream (a font, a profile): its decoded bytes were searched above.
        return
    shown = bytearray()
    for operands, op in operations:
        if op in _SHOW and operands:  # a show operator without operands shows nothing
            last = operands[-1]
            for item in last if isinstance(last, list) else [last]:
                if isinstance(item, (bytes, str)):
                    shown += string_bytes(item)
    text = bytes(shown)
    yield f"the strings {where} shows", text.decode("latin-1")
    yield f"the strings {where} shows", text.decode("utf-16-be", "replace")


def _page_objects(pages: list[Any]) -> tuple[dict[int, int], set[int]]:
    """The first page (1-based) that reaches each object, not through another page; and the
    objects that are content streams (pages' ``/Contents``, Type 3 glyph procedures)."""
    from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject

    page_of: dict[int, int] = {}
    contents: set[int] = set()
    for number, page in enumerate(pages, start=1):
        if page.indirect_reference is not None:
            page_of.setdefault(page.indirect_reference.idnum, number)
        raw = page.raw_get("/Contents") if "/Contents" in page else None
        for ref in _references(raw):
            contents.add(ref.idnum)
        pending = [v for k, v in page.items() if k != "/Parent"]
        while pending:
            item = pending.pop()
            if isinstance(item, IndirectObject):
                if item.idnum in page_of:
                    continue
                idnum = item.idnum
                try:
                    item = item.get_object()
                except Exception:  # reported where the object itself is read
                    page_of[idnum] = number
                    continue
                if isinstance(item, DictionaryObject) and item.get("/Type") in _NOT_OF_A_PAGE:
                    continue
                page_of[idnum] = number
            if isinstance(item, DictionaryObject):
                procedures = item.get("/CharProcs") if "/CharProcs" in item else None
                if isinstance(procedures, DictionaryObject):
                    contents.update(ref.idnum for ref in _references(list(procedures.values())))
                pending.extend(item.values())
            elif isinstance(item, ArrayObject):
                pending.extend(item)
    return page_of, contents


def _references(value: Any) -> list[Any]:
    """The indirect references in ``value``: itself, or the items of a (referenced) array."""
    from pypdf.generic import IndirectObject

    if isinstance(value, IndirectObject):
        try:
            resolved = value.get_object()
        except Exception:
            return [value]
        return [value] + (_references(list(resolved)) if isinstance(resolved, list) else [])
    if isinstance(value, list):
        return [item for item in value if isinstance(item, IndirectObject)]
    return []


def _filters(obj: Any) -> list[str]:
    """The names of a stream's filters, in order."""
    value = obj.get("/Filter")
    values = value if isinstance(value, list) else [value] if value is not None else []
    return [str(item) for item in values]


class _PypdfWarnings(logging.Handler):
    """Counts the warnings pypdf logs while installed: pypdf reads a damaged stream by
    recovering what it can, and says so only in a warning."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.count = 0
        self.last = ""
        self._logger = logging.getLogger("pypdf")
        self._level = self._logger.level

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1
        self.last = _reason(record.getMessage())

    def __enter__(self) -> _PypdfWarnings:
        self._logger.addHandler(self)
        if self._logger.getEffectiveLevel() > logging.WARNING:
            self._logger.setLevel(logging.WARNING)
        return self

    def __exit__(self, *exc: object) -> None:
        self._logger.removeHandler(self)
        self._logger.setLevel(self._level)


def _reason(error: BaseException | str) -> str:
    """An error in a line, with anything quoted from the file elided (it could be withheld)."""
    if isinstance(error, str):  # a logged message, often an exception's repr
        logged = _REPR.fullmatch(error)
        text = f"{logged[1]}: {logged[3]}" if logged else error
    else:
        text = f"{type(error).__name__}: {error}"
    text = _QUOTED.sub("…", " ".join(text.split()))
    return text if len(text) <= 200 else text[:199] + "…"


def _is_signature(obj: Any) -> bool:
    """A signature dictionary (``/Type /Sig`` or a document timestamp)."""
    from pypdf.generic import DictionaryObject

    return isinstance(obj, DictionaryObject) and obj.get("/Type") in ("/Sig", "/DocTimeStamp")


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
        signature = _is_signature(obj)
        for key, value in obj.items():
            if not (signature and key == "/Contents"):  # read as syntax (_pdf_objects)
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
        yield "the text read by python-docx", _python_docx_text(docx.Document(io.BytesIO(data)))
    except Exception as error:  # python-docx raises many kinds on a damaged package
        yield _Unreadable(f"python-docx cannot read it ({type(error).__name__}: {error})")
    try:
        package = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError) as error:
        yield _Unreadable(f"it is not a zip package ({_reason(error)})")
        yield "the raw bytes of the file", data.decode("latin-1")
        return
    with package:
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
            where = f"part /{info.filename}"
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
                yield f"the paragraph text of {where}", "\n".join(paragraphs)
            else:
                yield where, raw.decode("latin-1")
                yield where, raw.decode("utf-16-le", "replace")
