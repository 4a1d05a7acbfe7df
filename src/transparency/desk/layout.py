"""Where a passage is on its page: the page image and the boxes drawn over it.

A PDF's text comes from one reader (:mod:`transparency.contracts.pdf_reader`), and each
character of a document's text knows its *place*: the index of the glyph it was read from. The
desk reads the glyphs' boxes once per file (kept in the workspace's ``.cache/desk/``, by the
file's SHA-256 and the tool's version, since they are derived from the contract) and turns a
span of the text into the boxes of its glyphs, one box per line: where the burn-in will draw
its black box, since it removes exactly those glyphs. Boxes are fractions of the page as shown
(its crop box, turned by its ``/Rotate``), so the browser draws them over the image at any
size. The words of a page, with their spans, let the officer select text on the page image.

Pages are rendered by PDFium (pypdfium2) to PNG, also kept in ``.cache/desk/``. PDFium is not
thread-safe, so every call into it holds the process's one lock (:mod:`transparency._pdfium`).
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import logging
import re
from dataclasses import dataclass
from pathlib import Path

from transparency import __version__
from transparency._atomic import atomic_write_bytes
from transparency._pdfium import PDFIUM
from transparency.contracts.model import Document

__all__ = ["Box", "PageLayout", "layout_of", "page_png"]

logger = logging.getLogger(__name__)

_WORD = re.compile(r"\S+")
#: Width in pixels of a rendered page image (a page is shown at most about this wide).
PAGE_WIDTH = 1000


@dataclass(frozen=True)
class Box:
    """A box on a page, as fractions of its width and height from the top left."""

    page: int
    x0: float
    y0: float
    x1: float
    y1: float

    def to_dict(self) -> dict:
        return {
            "page": self.page,
            "x0": round(self.x0, 5),
            "y0": round(self.y0, 5),
            "x1": round(self.x1, 5),
            "y1": round(self.y1, 5),
        }


@dataclass
class PageLayout:
    """The glyphs of one PDF: each glyph's page and box (fractions), and each page's size."""

    pages: list[dict]  # {"number", "width", "height"} in points, as shown (rotation applied)
    glyphs: list[tuple[int, float, float, float, float]]

    def _glyph_boxes(self, document: Document, start: int, end: int) -> list[int]:
        places = document.places or []
        found: list[int] = []
        for place in places[start:end]:
            members = sorted(place) if isinstance(place, frozenset) else [place]
            for member in members:
                if isinstance(member, int) and 0 <= member < len(self.glyphs):
                    found.append(member)
        return sorted(set(found))

    def boxes(self, document: Document, start: int, end: int) -> list[Box]:
        """The boxes of ``text[start:end]``: one per run of its glyphs on one line."""
        lines: list[list[float]] = []  # [page, x0, y0, x1, y1]
        for index in self._glyph_boxes(document, start, end):
            page, x0, y0, x1, y1 = self.glyphs[index]
            if x1 <= x0 or y1 <= y0:
                continue
            last = lines[-1] if lines else None
            if last is not None and last[0] == page:
                overlap = min(last[4], y1) - max(last[2], y0)
                if overlap > 0.5 * min(last[4] - last[2], y1 - y0) and x0 >= last[1] - 0.01:
                    last[1:] = [
                        min(last[1], x0),
                        min(last[2], y0),
                        max(last[3], x1),
                        max(last[4], y1),
                    ]
                    continue
            lines.append([page, x0, y0, x1, y1])
        return [Box(int(p), a, b, c, d) for p, a, b, c, d in lines]

    def words(self, document: Document, page: int) -> list[list]:
        """The words of ``page``: ``[start, end, x0, y0, x1, y1, text]`` each (text offsets,
        their box, the word), in text order."""
        out: list[list[float]] = []
        for block in document.blocks:
            if block.page != page:
                continue
            for match in _WORD.finditer(document.text, block.start, block.end):
                boxes = self.boxes(document, match.start(), match.end())
                mine = [b for b in boxes if b.page == page]
                if not mine:
                    continue
                out.append(
                    [
                        match.start(),
                        match.end(),
                        round(min(b.x0 for b in mine), 5),
                        round(min(b.y0 for b in mine), 5),
                        round(max(b.x1 for b in mine), 5),
                        round(max(b.y1 for b in mine), 5),
                        match.group(),
                    ]
                )
        return out


def _turn(
    fx0: float, fy0: float, fx1: float, fy1: float, rotation: int
) -> tuple[float, float, float, float]:
    """A box of the unturned page as fractions of the page as shown, turned clockwise."""
    if rotation == 90:
        return 1 - fy1, fx0, 1 - fy0, fx1
    if rotation == 180:
        return 1 - fx1, 1 - fy1, 1 - fx0, 1 - fy0
    if rotation == 270:
        return fy0, 1 - fx1, fy1, 1 - fx0
    return fx0, fy0, fx1, fy1


def _read_layout(path: Path, data: bytes, cache: Path | None) -> PageLayout:
    import contextlib

    from transparency.contracts.ocr import page_rotation, set_cache
    from transparency.contracts.pdf_reader import read_pdf

    scope = set_cache(cache / "ocr") if cache is not None else contextlib.nullcontext()
    with scope:  # PDFium is called under its lock inside (the OCR renders in threads)
        reading = read_pdf(data, path)
        rotations = [page_rotation(data, i) for i in range(len(reading.pages))]
    pages: list[dict] = []
    glyphs: list[tuple[int, float, float, float, float]] = []
    for text, crop, rotation in zip(reading.pages, reading.boxes, rotations, strict=True):
        left, bottom, right, top = crop or (0.0, 0.0, 612.0, 792.0)
        width, height = max(right - left, 1e-6), max(top - bottom, 1e-6)
        turned = rotation in (90, 270)
        pages.append(
            {
                "number": text.number,
                "width": round(height if turned else width, 2),
                "height": round(width if turned else height, 2),
            }
        )
        for glyph in text.glyphs:
            x0, y0, x1, y1 = glyph.box
            box = _turn(
                (x0 - left) / width,
                (top - y1) / height,
                (x1 - left) / width,
                (top - y0) / height,
                rotation,
            )
            glyphs.append((text.number, *(min(max(v, 0.0), 1.0) for v in box)))
    return PageLayout(pages, glyphs)


def layout_of(path: Path, sha256: str, cache: Path | None) -> PageLayout:
    """The glyph layout of the PDF at ``path`` (its bytes' SHA-256 ``sha256``), from the
    cache when it was read before."""
    key = hashlib.sha256(f"{__version__}\x00layout\x00{sha256}".encode()).hexdigest()
    entry = cache / "desk" / f"{key}.json.gz" if cache is not None else None
    if entry is not None and entry.is_file():
        try:
            data = json.loads(gzip.decompress(entry.read_bytes()))
            return PageLayout(data["pages"], [tuple(g) for g in data["glyphs"]])
        except (OSError, EOFError, ValueError, KeyError, TypeError) as error:
            logger.debug("%s: kept layout unreadable (%s); reading again", path.name, type(error))
    layout = _read_layout(path, path.read_bytes(), cache)
    if entry is not None:
        payload = json.dumps({"pages": layout.pages, "glyphs": layout.glyphs}).encode()
        _keep(entry, gzip.compress(payload, mtime=0))
    return layout


def _keep(entry: Path, data: bytes) -> None:
    """Keep ``data`` in the cache; a read-only workspace still works, only slower."""
    try:
        atomic_write_bytes(entry, data)
    except OSError as error:
        logger.debug("%s: not kept (%s)", entry.name, error.strerror)


def page_png(path: Path, sha256: str, page: int, cache: Path | None) -> bytes:
    """Page ``page`` (1-based) of the PDF at ``path`` as a PNG about :data:`PAGE_WIDTH` wide."""
    key = hashlib.sha256(f"{__version__}\x00page\x00{sha256}\x00{page}".encode()).hexdigest()
    entry = cache / "desk" / f"{key}.png" if cache is not None else None
    if entry is not None and entry.is_file():
        return entry.read_bytes()
    import pypdfium2 as pdfium

    with PDFIUM:
        document = pdfium.PdfDocument(path.read_bytes())
        try:
            if not 1 <= page <= len(document):
                raise IndexError(page)
            pdf_page = document[page - 1]
            width = pdf_page.get_width()
            bitmap = pdf_page.render(scale=PAGE_WIDTH / max(width, 1.0), may_draw_forms=True)
            image = bitmap.to_pil()
        finally:
            document.close()
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=False)
    data = out.getvalue()
    if entry is not None:
        _keep(entry, data)
    return data
