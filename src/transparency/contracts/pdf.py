"""PDF documents into the document model: the reader's glyphs laid out into blocks.

The PDF is read once, glyph by glyph, by :func:`transparency.contracts.pdf_reader.read_pdf`:
the same reading the redactor rewrites. Consecutive glyphs of one size, weight and baseline
make positioned fragments (``x`` along the baseline, ``y`` across it, the effective font size,
the width the glyphs advance, bold or not, and each character's place: its glyph's index in the
reading), which :mod:`transparency.contracts._pdf_layout` turns into lines and blocks:

- ``heading`` (``level`` 1 when at least 1.5 times the body size, else 2), ``paragraph`` and
  ``list_item`` (a line starting with a bullet, "(a)", "1.", "3.2" and so on: a numbered clause
  is a list item);
- ``table_cell`` for consecutive lines whose text stands in two or more columns separated by
  wide gaps (``table``, ``row`` and ``column`` counted from 0, ``table`` across the document);
- ``header`` and ``footer`` for lines at the top or bottom of the page that repeat, digits aside,
  on at least half the pages, and for bare page numbers there. They are kept (so that they are
  still scanned), with their own kind.

Every block carries its 1-based ``page``, and the document the place of every character
(:attr:`~transparency.contracts.model.Document.places`) and the spans whose glyphs the file
hides under a box or an image drawn over them
(:attr:`~transparency.contracts.model.Document.covered`; the rule is
:mod:`transparency.contracts.pdf_cover`'s). Text is read in the page's own
coordinates, so a page turned by ``/Rotate`` reads as drawn; text drawn at another angle is
grouped into lines in its own direction and follows the page's main text. A paragraph that runs
on to the next page is two blocks.

A page the reader cannot read is refused, naming the page (see
:mod:`transparency.contracts.pdf_reader`).
"""

from __future__ import annotations

import itertools
import logging
import math
from pathlib import Path

from transparency.contracts._pdf_layout import (
    SPACE_GAP,
    ZONE,
    BlockSpec,
    Fragment,
    Line,
    assemble_lines,
    document_style,
    mark_running_lines,
    page_blocks,
)
from transparency.contracts.model import Document, DocumentBuilder
from transparency.contracts.pdf_cover import covered
from transparency.contracts.pdf_glyphs import Placed
from transparency.contracts.pdf_reader import PdfReading, read_pdf

__all__ = ["parse_pdf", "parse_reading"]

logger = logging.getLogger(__name__)

# WinAnsi's second bullet (0x7F) reads as a control character; carriage returns end lines.
_TRANSLATE = str.maketrans({"\x7f": "•", "\r": "\n"})


def parse_pdf(data: bytes, *, name: str, path: Path) -> Document:
    """Parse the bytes of a PDF into a :class:`Document` (see the module docstring).

    ``name`` is how the document is referred to; ``path`` is named in errors. Raises
    :class:`DocumentError` when the data is not a readable PDF, is password-protected, has no
    pages or has a page that cannot be read. An empty result (a scanned PDF) is for the caller
    to judge.
    """
    return parse_reading(read_pdf(data, path), name=name)


def parse_reading(reading: PdfReading, *, name: str) -> Document:
    """The document model of a PDF already read (see :func:`parse_pdf`)."""
    lines: list[list[Line]] = []
    first = 0
    for text, box in zip(reading.pages, reading.boxes, strict=True):
        lines.append(_lines(text.glyphs, first, box))
        first += len(text.glyphs)
    mark_running_lines(lines)
    style = document_style(lines)
    builder = DocumentBuilder(name=name, format="pdf")
    tables = itertools.count()
    for number, page_lines in enumerate(lines, start=1):
        for spec in page_blocks(page_lines, style, tables) if page_lines else []:
            _add(builder, spec, number)
    document = builder.build(pages=len(reading.pages))
    document.covered = _covered_spans(document, _covered_places(reading))
    document.ocr = _ocr_words(document, reading)
    logger.debug("%s: %d blocks from %d PDF pages", name, len(document.blocks), len(lines))
    return document


def _add(builder: DocumentBuilder, spec: BlockSpec, page: int) -> None:
    builder.add(
        spec.kind,
        spec.text,
        spec.places,
        page=page,
        level=spec.level,
        table=spec.table,
        row=spec.row,
        column=spec.column,
    )


def _orient(glyph: Placed) -> int:
    dx, dy = glyph.direction
    return round(math.degrees(math.atan2(dy, dx)) / 5) * 5 % 360


def _lines(glyphs: list[Placed], first: int, box: tuple | None) -> list[Line]:
    """The page's glyphs (places from ``first``) as lines, per text direction, main one first."""
    by_orient: dict[int, list[Fragment]] = {}
    current: Fragment | None = None
    current_orient = -1
    for offset, glyph in enumerate(glyphs):
        text = glyph.text.translate(_TRANSLATE)
        if not text:
            continue
        orient = _orient(glyph)
        cos, sin = math.cos(math.radians(orient)), math.sin(math.radians(orient))
        (ox, oy), (ex, ey) = glyph.origin, glyph.end
        x, y = ox * cos + oy * sin, oy * cos - ox * sin
        x_end = ex * cos + ey * sin
        size = glyph.size
        places = (first + offset,) * len(text)
        if (
            current is not None
            and orient == current_orient
            and abs(size - current.size) <= 0.01 * size
            and glyph.bold == current.bold
            and abs(y - current.y) <= 0.05 * size
            and -0.05 * size <= x - (current.x + current.width) <= SPACE_GAP * size
        ):
            current.text += text
            current.places += places
            current.width = max(current.width, x_end - current.x)
            continue
        current = Fragment(text, x, y, size, max(x_end - x, 0.0), glyph.bold, places)
        current_orient = orient
        by_orient.setdefault(orient, []).append(current)
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


def _extent(box: tuple, orient: int) -> tuple[float, float]:
    """The page box's extent across lines of direction ``orient`` (low, high)."""
    cos, sin = math.cos(math.radians(orient)), math.sin(math.radians(orient))
    left, bottom, right, top = box
    across = [y * cos - x * sin for x in (left, right) for y in (bottom, top)]
    return min(across), max(across)


def _ocr_words(document: Document, reading: PdfReading) -> list[tuple[int, int, float]]:
    """The words of the text read by OCR, with their confidence (one span per glyph: an OCR
    glyph is a word)."""
    words: list[tuple[int, int, float]] = []
    if not any(text.scanned for text in reading.pages) or document.places is None:
        return words
    glyphs = reading.glyphs
    previous, start = None, 0
    for index, place in enumerate([*document.places, None]):
        confidence = glyphs[place].confidence if isinstance(place, int) else None
        if place != previous:
            if previous is not None and glyphs[previous].confidence is not None:
                words.append((start, index, glyphs[previous].confidence))
            previous, start = (place if confidence is not None else None), index
    return words


def _covered_places(reading: PdfReading) -> set[int]:
    """The places (glyph indices of the reading) of every covered glyph."""
    found: set[int] = set()
    first = 0
    for text, box in zip(reading.pages, reading.boxes, strict=True):
        found.update(first + index for index in covered(text.glyphs, text.paints, box))
        first += len(text.glyphs)
    return found


def _covered_spans(document: Document, hidden: set[int]) -> list[tuple[int, int]]:
    """The spans of ``document.text`` whose characters have covered places: whole words, the
    words of a block separated by nothing but spaces taken together, at least one letter or
    digit in each. A character read from glyphs shown twice is covered when all of them are."""
    if not hidden or document.places is None:
        return []
    places, text = document.places, document.text
    spans: list[tuple[int, int]] = []
    for block in document.blocks:
        runs: list[list[int]] = []
        for offset in range(block.start, block.end):
            place = places[offset]
            if isinstance(place, frozenset):
                hit = bool(place) and place <= hidden
            else:
                hit = place in hidden
            if not hit:
                continue
            if runs and not text[runs[-1][1] : offset].strip():
                runs[-1][1] = offset + 1
            else:
                runs.append([offset, offset + 1])
        for run in runs:
            start, end = _whole_words(text, run[0], run[1], block.start, block.end)
            if any(char.isalnum() for char in text[start:end]):
                if spans and spans[-1][1] >= start:  # widening joined two runs
                    spans[-1] = (spans[-1][0], max(end, spans[-1][1]))
                else:
                    spans.append((start, end))
    return spans


def _whole_words(text: str, start: int, end: int, low: int, high: int) -> tuple[int, int]:
    """``start``-``end`` widened to whole words, within ``low``-``high``."""
    while start > low and text[start - 1].isalnum() and text[start].isalnum():
        start -= 1
    while end < high and text[end - 1].isalnum() and text[end].isalnum():
        end += 1
    return start, end
