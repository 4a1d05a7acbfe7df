"""PDF documents into the document model, with pypdf and a layout analysis of its text.

pypdf extracts each page's text once, reporting every run of text to a visitor with its text
and transformation matrices, its font and font size. From these come positioned fragments
(``x`` along the baseline, ``y`` across it, the effective font size, a width estimated from the
font's metrics, bold or not), which :mod:`transparency.contracts._pdf_layout` turns into lines
and blocks:

- ``heading`` (``level`` 1 when at least 1.5 times the body size, else 2), ``paragraph`` and
  ``list_item`` (a line starting with a bullet, "(a)", "1.", "3.2" and so on: a numbered clause
  is a list item);
- ``table_cell`` for consecutive lines whose text stands in two or more columns separated by
  wide gaps (``table``, ``row`` and ``column`` counted from 0, ``table`` across the document);
- ``header`` and ``footer`` for lines at the top or bottom of the page that repeat, digits aside,
  on at least half the pages, and for bare page numbers there. They are kept (so that they are
  still scanned), with their own kind.

Every block carries its 1-based ``page``. Text is read in the page's own coordinates, so a page
turned by ``/Rotate`` reads as drawn; text drawn at another angle is grouped into lines in its own
direction and follows the page's main text. A paragraph that runs on to the next page is two
blocks. When a page's text cannot be positioned, its plain text is split into paragraphs on blank
lines.

A page whose text cannot be read is refused, naming the page: one whose extraction fails (a
damaged content stream: other readers may still show it, so it would be published unscanned),
and one that shows text in a font whose characters cannot be known
(:mod:`transparency.contracts.pdf_fonts`: a composite font without a ``/ToUnicode`` map, an
unknown CMap), since the redacted original could not remove or prove anything drawn in it.
"""

from __future__ import annotations

import io
import itertools
import logging
import math
import re
import struct
import warnings
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pypdf import PasswordType, PdfReader
from pypdf.errors import DependencyError, PyPdfError

from transparency.contracts._pdf_layout import (
    ZONE,
    BlockSpec,
    Fragment,
    Line,
    assemble_lines,
    document_style,
    mark_running_lines,
    page_blocks,
    plain_blocks,
)
from transparency.contracts.model import Document, DocumentBuilder
from transparency.contracts.pdf_fonts import GlyphFont, Unmappable
from transparency.errors import DocumentError

__all__ = ["parse_pdf"]

logger = logging.getLogger(__name__)

# What pypdf lets escape on damaged or hostile input besides its own errors. Only calls into
# pypdf are guarded with it, so that a bug in this module still surfaces as itself.
_PDF_ERRORS = (
    PyPdfError,
    ValueError,
    KeyError,
    TypeError,
    IndexError,
    AttributeError,
    AssertionError,
    ArithmeticError,
    NotImplementedError,
    RecursionError,
    zlib.error,
    struct.error,
)
_DAMAGED_HINT = "It may be damaged or incomplete: download or export it again from the original."
# pypdf leaves WinAnsi's second bullet (0x7F) as a control character; carriage returns end lines.
_TRANSLATE = str.maketrans({"\x7f": "•", "\r": "\n"})
_BOLD = re.compile(r"bold|black|heavy|demi|semibold", re.IGNORECASE)
_SERIF = re.compile(r"times|serif|roman|georgia|garamond|cambria|book", re.IGNORECASE)
_FIXED = re.compile(r"courier|mono|consol|nimbusmon", re.IGNORECASE)


def parse_pdf(data: bytes, *, name: str, path: Path) -> Document:
    """Parse the bytes of a PDF into a :class:`Document` (see the module docstring).

    ``name`` is how the document is referred to; ``path`` is named in errors. Raises
    :class:`DocumentError` when the data is not a readable PDF, is password-protected or has
    no pages. An empty result (a scanned PDF) is for the caller to judge.
    """
    if b"%PDF-" not in data[:1024]:
        raise DocumentError(
            "not a PDF file (no '%PDF-' header)",
            path=path,
            hint="Check that it really is a PDF: open it in a PDF viewer, or export it again.",
        )
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            reader = _open(data, path)
            collector = _Collector(name)
            pages = [
                collector.page(reader, number, path) for number in range(1, len(reader.pages) + 1)
            ]
        finally:
            for warning in caught:
                logger.warning("%s: %s", name, warning.message)
    lines = [page.lines for page in pages]
    mark_running_lines(lines)
    style = document_style(lines)
    builder = DocumentBuilder(name=name, format="pdf")
    tables = itertools.count()
    for page in pages:
        specs = page_blocks(page.lines, style, tables) if page.lines else plain_blocks(page.plain)
        for spec in specs:
            _add(builder, spec, page.number)
    document = builder.build(pages=len(pages))
    logger.debug("%s: %d blocks from %d PDF pages", name, len(document.blocks), len(pages))
    return document


def _add(builder: DocumentBuilder, spec: BlockSpec, page: int) -> None:
    builder.add(
        spec.kind,
        spec.text,
        page=page,
        level=spec.level,
        table=spec.table,
        row=spec.row,
        column=spec.column,
    )


def _open(data: bytes, path: Path) -> PdfReader:
    """A reader with at least one page, decrypted if it needs no password."""
    encrypted = False
    try:
        reader = PdfReader(io.BytesIO(data))
        encrypted = reader.is_encrypted
        if encrypted and reader.decrypt("") == PasswordType.NOT_DECRYPTED:
            raise DocumentError(
                "the PDF is password-protected",
                path=path,
                hint="Ask for, or save, a copy without a password to open it and use that.",
            )
        count = len(reader.pages)
    except _PDF_ERRORS as error:
        detail = _describe(error)
        if encrypted and isinstance(error, (DependencyError, NotImplementedError)):
            raise DocumentError(
                f"the PDF is encrypted in a way this installation cannot decrypt ({detail})",
                path=path,
                hint="Save a copy without encryption, or install pypdf's 'crypto' extra.",
            ) from error
        if b"%%EOF" not in data[-2048:]:
            detail = f"the file is cut short (no end-of-file marker; {detail})"
        raise DocumentError(
            f"not a readable PDF: {detail}", path=path, hint=_DAMAGED_HINT
        ) from error
    if count == 0:
        raise DocumentError("the PDF has no pages", path=path, hint=_DAMAGED_HINT)
    return reader


def _describe(error: BaseException) -> str:
    detail = " ".join(str(error).split())
    if len(detail) > 120:
        detail = detail[:117] + "..."
    return detail or type(error).__name__


@dataclass
class _Page:
    number: int
    lines: list[Line]
    plain: str = ""


@dataclass
class _Collector:
    """Reads pages into lines; remembers what it learnt about each font."""

    name: str
    _fonts: dict[int, tuple[Any, _FontInfo]] = field(default_factory=dict)
    _mappable: dict[int, tuple[Any, str]] = field(default_factory=dict)

    def page(self, reader: PdfReader, number: int, path: Path) -> _Page:
        runs: list[tuple[str, tuple, tuple, Any, float]] = []
        unmappable: list[str] = []

        def visit(text: str, cm: list, tm: list, font: Any, size: float) -> None:
            if text and not text.isspace():
                runs.append((text, tuple(cm), tuple(tm), font, size))
                reason = self._unmappable(font)
                if reason and reason not in unmappable:
                    unmappable.append(reason)

        try:
            page = reader.pages[number - 1]
            plain = page.extract_text(visitor_text=visit)
        except _PDF_ERRORS as error:
            raise DocumentError(
                f"page {number}: its text cannot be read ({type(error).__name__}), so it cannot"
                " be checked for what must be withheld",
                path=path,
                hint=_DAMAGED_HINT,
            ) from None
        if unmappable:
            raise DocumentError(
                f"page {number}: its text cannot be mapped to characters"
                f" ({'; '.join(unmappable[:3])})",
                path=path,
                hint="What it shows could not be redacted or proven. Export the document again"
                " with embedded Unicode fonts (for example, print it to PDF from the original).",
            )
        try:
            box: tuple[float, ...] | None = tuple(float(value) for value in page.cropbox)
        except _PDF_ERRORS as error:
            logger.warning("%s: page %d: no usable page size (%s)", self.name, number, error)
            box = None
        return _Page(number, self._lines(runs, box), plain.translate(_TRANSLATE))

    def _lines(
        self, runs: list[tuple[str, tuple, tuple, Any, float]], box: tuple | None
    ) -> list[Line]:
        """Position the runs, then assemble lines per text direction, the main direction first."""
        by_orient: dict[int, list[Fragment]] = {}
        for text, cm, tm, font, font_size in runs:
            a = tm[0] * cm[0] + tm[1] * cm[2]
            b = tm[0] * cm[1] + tm[1] * cm[3]
            c = tm[2] * cm[0] + tm[3] * cm[2]
            d = tm[2] * cm[1] + tm[3] * cm[3]
            e = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            f = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            orient = round(math.degrees(math.atan2(b, a)) / 5) * 5 % 360 if a or b else 0
            cos, sin = math.cos(math.radians(orient)), math.sin(math.radians(orient))
            size = abs(font_size) * math.hypot(c, d) or 1.0
            em = abs(font_size) * math.hypot(a, b)
            info = self._font(font)
            x, y = e * cos + f * sin, f * cos - e * sin
            for offset, part in enumerate(text.translate(_TRANSLATE).split("\n")):
                if part and not part.isspace():
                    y_part = y - offset * 1.2 * size
                    fragment = Fragment(part, x, y_part, size, info.width(part) * em, info.bold)
                    by_orient.setdefault(orient, []).append(fragment)
        ordered = sorted(by_orient.items(), key=lambda item: -sum(len(f.text) for f in item[1]))
        lines: list[Line] = []
        for orient, fragments in ordered:
            low, high = _extent(box, orient) if box and orient % 90 == 0 else (0.0, 0.0)
            for line in assemble_lines(fragments):
                line.orient = orient
                if high > low:
                    if line.y > high - ZONE * (high - low):
                        line.zone = "top"
                    elif line.y < low + ZONE * (high - low):
                        line.zone = "bottom"
                lines.append(line)
        return lines

    def _unmappable(self, font: Any) -> str:
        """Why the characters of ``font`` cannot be known, or '' (see the module docstring)."""
        if font is None or not hasattr(font, "get"):
            return ""
        key = id(font)
        if key not in self._mappable:
            try:
                GlyphFont(font, str(font.get("/BaseFont", "")))
                reason = ""
            except Unmappable as error:
                reason = str(error)
            except Exception as error:  # as the redactor: a font it cannot read refuses the page
                reason = f"font {font.get('/BaseFont', '')} cannot be read ({type(error).__name__})"
            self._mappable[key] = (font, reason)
        return self._mappable[key][1]

    def _font(self, font: Any) -> _FontInfo:
        cached = self._fonts.get(id(font))
        if cached is None:
            try:
                info = _FontInfo.of(font)
            except _PDF_ERRORS as error:  # the font dictionary is the PDF's, and may be broken
                logger.debug("%s: unreadable font (%s); estimating widths", self.name, error)
                info = _FontInfo(bold=False, widths=_ESTIMATES)
            # The font object is kept with its info so that its id cannot be reused.
            cached = self._fonts[id(font)] = (font, info)
        return cached[1]


def _extent(box: tuple, orient: int) -> tuple[float, float]:
    """The page box's extent across lines of direction ``orient`` (low, high)."""
    cos, sin = math.cos(math.radians(orient)), math.sin(math.radians(orient))
    left, bottom, right, top = box
    across = [y * cos - x * sin for x in (left, right) for y in (bottom, top)]
    return min(across), max(across)


def _estimated_width(char: str) -> float:
    """A character's width in ems in a typical sans-serif font (Helvetica, Arial)."""
    if char in " .,;:'!|()[]ijlIft-r‘’`":
        return 0.29
    if char in "mwMW%@—":
        return 0.85
    if char.isdigit():
        return 0.556
    return 0.68 if char.isupper() else 0.53


_ESTIMATES = {chr(code): _estimated_width(chr(code)) for code in range(32, 0x250)}
_ESTIMATES.update({"—": 1.0, "–": 0.556, "•": 0.35, "“": 0.33, "”": 0.33, "‘": 0.22, "’": 0.22})
_DEFAULT_WIDTH = 0.55


@dataclass(frozen=True)
class _FontInfo:
    """What layout needs of a font: bold or not, and character widths in ems."""

    bold: bool
    widths: dict[str, float]

    @classmethod
    def of(cls, font: Any) -> _FontInfo:
        """The info for a pypdf font dictionary (``None`` when pypdf found no font)."""
        name = str(_get(font, "/BaseFont", ""))
        bold = bool(_BOLD.search(name))
        if _FIXED.search(name):
            widths = dict.fromkeys(_ESTIMATES, 0.6)
        else:
            scale = (0.88 if _SERIF.search(name) else 1.0) * (1.06 if bold else 1.0)
            widths = {char: width * scale for char, width in _ESTIMATES.items()}
        widths.update(_declared_widths(font))
        return cls(bold, widths)

    def width(self, text: str) -> float:
        """The width of ``text`` in ems."""
        return sum(map(self.widths.get, text, itertools.repeat(_DEFAULT_WIDTH, len(text))))


def _get(dictionary: Any, key: str, default: Any = None) -> Any:
    """``dictionary[key]`` resolved (pypdf resolves on ``[]``, not on ``get``), or ``default``."""
    return dictionary[key] if hasattr(dictionary, "keys") and key in dictionary else default


def _declared_widths(font: Any) -> dict[str, float]:
    """The widths a simple font declares, for fonts whose codes are its characters."""
    subtype = _get(font, "/Subtype")
    encoding = _get(font, "/Encoding")
    if subtype not in ("/Type1", "/TrueType", "/MMType1"):
        return {}
    # A TrueType font with a /ToUnicode map and no /Encoding uses codes of its own (a subset);
    # a Type 1 font's built-in encoding keeps ASCII letters in place (TeX's fonts, for one).
    if subtype == "/TrueType" and encoding is None and "/ToUnicode" in font:
        return {}
    encoding = _get(encoding, "/BaseEncoding", encoding)
    codec = "mac_roman" if encoding == "/MacRomanEncoding" else "cp1252"
    first = int(_get(font, "/FirstChar", 0))
    widths: dict[str, float] = {}
    for code, width in enumerate(_get(font, "/Widths", [])[:256], start=first):
        char = bytes([code]).decode(codec, errors="ignore") if 32 <= code < 256 else ""
        if char and float(width) > 0:
            widths[char] = float(width) / 1000
    return widths
