"""OCR of scanned pages: Tesseract's words, with their boxes and confidences, as placed text.

A page that is an image with no text (a scan), or whose only text is an invisible layer drawn
over an image (a scanner's own OCR), is rendered by PDFium (pypdfium2) at :data:`DPI` and read
by Tesseract (through pytesseract) into words, each with its box on the page and Tesseract's
confidence (0 to 100). The image is deskewed first (a scan is rarely square: the angle, within
±:data:`MAX_SKEW` degrees, that makes the rows of ink sharpest), cleaned of speckle and JPEG
noise (a median filter), binarised (Otsu's threshold) and rid of long straight lines (the rules
of a table, which make Tesseract drop whole columns), and Tesseract's own page segmentation
finds the columns and lines; what is left of a rule or a speck is not a word. Word boxes are
mapped back to the page's coordinates
(PDF points, origin at the bottom left, the crop box's), undoing the deskew.

The words become glyphs of the page (:func:`ocr_glyphs`), so the parser lays them out and the
scan reads them like any other text, and a decision on them names them by place. A scanner's
invisible layer is never trusted: the page is read afresh, and where the layer's words and the
fresh reading disagree badly a warning says so (:func:`agreement`).

Results are kept by the rendered image's content (:func:`set_cache`; the workspace's
``.cache/ocr/``), so the redactor, which reads the page again, gets the very words the parser
got, and a page is recognised once. Tesseract runs with one thread per process
(``OMP_THREAD_LIMIT=1``); pages are recognised in parallel by :func:`recognise_pages`.

Tesseract is a system program: when it is missing, a scanned page is refused with a one-line
error saying how to install it.
"""

from __future__ import annotations

import contextlib
import difflib
import hashlib
import json
import logging
import math
import os
import shutil
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path

from transparency._atomic import atomic_write_bytes
from transparency._pdfium import PDFIUM
from transparency.errors import DocumentError

__all__ = [
    "DPI",
    "LOW_CONFIDENCE",
    "OcrWord",
    "agreement",
    "recognise",
    "recognise_pages",
    "render_page",
    "set_cache",
    "tesseract_available",
]

logger = logging.getLogger(__name__)

#: The resolution pages are rendered at for OCR, in dots per inch.
DPI = 300
#: The largest skew corrected, in degrees either way.
MAX_SKEW = 4.0
#: Words Tesseract is less sure of than this (0 to 100) are marked for the officer.
LOW_CONFIDENCE = 70.0
_LANGUAGE = "eng"
_CONFIG = "--oem 1 --psm 3"
_PREPARED = (
    "deskew, median 3, Otsu, rules removed"  # how the image is prepared: part of the cache key
)
#: What Tesseract reads the rules of a table as: not words.
_RULES = frozenset("|¦‖")
INSTALL_HINT = (
    "Install Tesseract, the OCR engine: on Debian or Ubuntu 'apt-get install tesseract-ocr',"
    " on macOS 'brew install tesseract', on Windows the installer from"
    " github.com/UB-Mannheim/tesseract; or supply a PDF with a text layer."
)
_CACHE: ContextVar[Path | None] = ContextVar("transparency_ocr_cache", default=None)


@dataclass(frozen=True)
class OcrWord:
    """A word Tesseract read: its text, box on the page (points), confidence and line.

    ``line`` numbers the word's block, paragraph and line in Tesseract's reading order, and
    ``line_box`` is that line's box (so that the words of a line share a baseline). Boxes are
    in the page's own coordinates; on a page turned by ``/Rotate`` the words run as shown.
    """

    text: str
    box: tuple[float, float, float, float]
    confidence: float
    line: tuple[int, int, int]
    line_box: tuple[float, float, float, float]
    rotation: int = 0  # the page's /Rotate: the words read along the page turned by it


def tesseract_available() -> bool:
    """Whether Tesseract can be run."""
    import pytesseract

    return shutil.which(pytesseract.pytesseract.tesseract_cmd) is not None


@contextlib.contextmanager
def set_cache(folder: Path | None) -> Iterator[None]:
    """Keep OCR results in ``folder`` while in this context (``None``: not kept)."""
    token = _CACHE.set(folder)
    try:
        yield
    finally:
        _CACHE.reset(token)


def render_page(data: bytes, index: int, dpi: int = DPI):
    """Page ``index`` (0-based) of the PDF ``data`` as a greyscale Pillow image at ``dpi``."""
    import pypdfium2 as pdfium

    with PDFIUM:
        document = pdfium.PdfDocument(data)
        try:
            page = document[index]
            try:
                bitmap = page.render(scale=dpi / 72, grayscale=True, may_draw_forms=True)
                return bitmap.to_pil().convert("L")
            finally:
                page.close()
        finally:
            document.close()


def recognise_pages(
    data: bytes,
    pages: list[tuple[int, tuple[float, float, float, float]]],
    *,
    path: Path,
) -> dict[int, list[OcrWord]]:
    """The words of each page (``(1-based number, crop box)``) of the PDF ``data``, read in
    parallel; raises :class:`DocumentError` naming the page when one cannot be read."""
    if not pages:
        return {}
    if not tesseract_available():
        raise DocumentError(
            f"page {pages[0][0]}: the page is a scanned image and Tesseract, the OCR engine"
            " that reads it, is not installed",
            path=path,
            hint=INSTALL_HINT,
        )

    folder = _CACHE.get()  # threads do not see this context's variables

    def one(page: tuple[int, tuple[float, float, float, float]]) -> list[OcrWord]:
        number, box = page
        try:
            image = render_page(data, number - 1)
        except Exception as error:  # PDFium raises its own kinds on a damaged page
            raise DocumentError(
                f"page {number}: the scanned page cannot be rendered ({type(error).__name__})",
                path=path,
                hint="Export or scan the document again.",
            ) from None
        with set_cache(folder):
            return recognise(
                image, box, path=path, page=number, rotation=page_rotation(data, number - 1)
            )

    workers = min(len(pages), os.cpu_count() or 1)
    with ThreadPoolExecutor(max_workers=workers) as pool:
        return dict(zip([n for n, _ in pages], pool.map(one, pages), strict=True))


def page_rotation(data: bytes, index: int) -> int:
    """The ``/Rotate`` of page ``index`` (0-based) as PDFium applies it: 0, 90, 180 or 270."""
    import pypdfium2 as pdfium

    with PDFIUM:
        document = pdfium.PdfDocument(data)
        try:
            return int(document[index].get_rotation()) % 360
        finally:
            document.close()


def recognise(
    image,
    box: tuple[float, float, float, float],
    *,
    path: Path,
    page: int,
    dpi: int = DPI,
    rotation: int = 0,
) -> list[OcrWord]:
    """The words of a page image rendered at ``dpi`` from the crop ``box`` (see the module
    docstring), from the cache when this image was read before."""
    import pytesseract

    key = hashlib.sha256(
        json.dumps([_version(), _PREPARED, _LANGUAGE, _CONFIG, image.size, image.mode]).encode()
        + image.tobytes()
    ).hexdigest()
    cached = _from_cache(key)
    if cached is not None:
        return _to_page(cached, image.size, box, dpi, rotation)
    angle = _skew(image)
    upright = (
        image.rotate(angle, resample=_bicubic(), expand=False, fillcolor=255) if angle else image
    )
    upright = _clean(upright)
    try:
        data = pytesseract.image_to_data(
            upright,
            lang=_LANGUAGE,
            config=_CONFIG,
            output_type=pytesseract.Output.DICT,
        )
    except pytesseract.TesseractNotFoundError:
        raise DocumentError(
            f"page {page}: the page is a scanned image and Tesseract, the OCR engine that reads"
            " it, is not installed",
            path=path,
            hint=INSTALL_HINT,
        ) from None
    except (pytesseract.TesseractError, RuntimeError, OSError) as error:
        raise DocumentError(
            f"page {page}: the scanned page cannot be read by OCR ({type(error).__name__})",
            path=path,
            hint="Scan the page again, or supply a PDF with a text layer.",
        ) from None
    words = _words(data, angle, image.size)
    _to_cache(key, words)
    return _to_page(words, image.size, box, dpi, rotation)


def _version() -> str:
    import pytesseract

    try:
        return str(pytesseract.get_tesseract_version())
    except Exception:  # not installed: recognise() says so
        return ""


def _bicubic():
    from PIL import Image

    return Image.Resampling.BICUBIC


def _skew(image) -> float:
    """The rotation (degrees, counter-clockwise) that makes the rows of ink sharpest."""
    import numpy as np

    small = image.copy()
    small.thumbnail((800, 800))
    ink = (np.asarray(small, dtype=np.uint8) < 128).astype(np.float32)
    if ink.mean() < 0.001:
        return 0.0
    from PIL import Image

    best, best_score = 0.0, -1.0
    steps = int(MAX_SKEW / 0.25)
    for step in range(-steps, steps + 1):
        angle = step * 0.25
        turned = Image.fromarray((ink * 255).astype(np.uint8)).rotate(
            angle, resample=Image.Resampling.NEAREST, expand=False, fillcolor=0
        )
        rows = np.asarray(turned, dtype=np.float32).sum(axis=1)
        score = float(np.square(np.diff(rows)).sum())
        if score > best_score * 1.0001:
            best, best_score = angle, score
    return best


def _clean(image):
    """The image made plain black on white for Tesseract: speckle and JPEG noise taken out by a
    3-pixel median filter, then binarised at Otsu's threshold (grey paper and ink apart)."""
    import numpy as np
    from PIL import Image, ImageFilter

    smooth = image.filter(ImageFilter.MedianFilter(3))
    counts = np.bincount(np.asarray(smooth, dtype=np.uint8).ravel(), minlength=256)
    share = counts / max(counts.sum(), 1)
    below = np.cumsum(share)
    mean_below = np.cumsum(share * np.arange(256))
    between = (mean_below[-1] * below - mean_below) ** 2 / (below * (1 - below) + 1e-12)
    threshold = int(np.argmax(between))
    ink = np.asarray(smooth, dtype=np.uint8) <= threshold
    ink &= ~_rules(ink)
    return Image.fromarray(np.where(ink, 0, 255).astype(np.uint8))


def _rules(ink):
    """The pixels of the long straight lines of a page (table rules, boxes, underlines): ink in
    a horizontal run of a twelfth of the page's width or a vertical one of a fortieth of its
    height, widened by two pixels. Tesseract takes a ruled table for a picture and drops whole
    columns of it; without the rules it reads the cells."""
    import numpy as np

    def runs(mask, length: int):
        padded = np.zeros((mask.shape[0], mask.shape[1] + 2), dtype=np.int8)
        padded[:, 1:-1] = mask
        steps = np.diff(padded, axis=1)
        found = np.zeros(mask.shape, dtype=bool)
        for row, start in zip(*np.nonzero(steps == 1), strict=True):
            end = start + int(np.argmax(steps[row, start:] == -1))
            if end - start >= length:
                found[row, start:end] = True
        return found

    height, width = ink.shape
    lines = runs(ink, max(width // 12, 20)) | runs(ink.T, max(height // 40, 20)).T
    for _ in range(2):
        grown = lines.copy()
        grown[1:, :] |= lines[:-1, :]
        grown[:-1, :] |= lines[1:, :]
        grown[:, 1:] |= lines[:, :-1]
        grown[:, :-1] |= lines[:, 1:]
        lines = grown
    return lines


def _words(data: dict, angle: float, size: tuple[int, int]) -> list[dict]:
    """Tesseract's word rows, in pixels of the upright image mapped back to the rendered one."""
    lines: dict[tuple[int, int, int], list[float]] = {}
    rows = []
    for i, text in enumerate(data["text"]):
        level = int(data["level"][i])
        line = (int(data["block_num"][i]), int(data["par_num"][i]), int(data["line_num"][i]))
        left, top = float(data["left"][i]), float(data["top"][i])
        right, bottom = left + float(data["width"][i]), top + float(data["height"][i])
        corners = _unrotate(
            [(left, top), (right, top), (right, bottom), (left, bottom)], angle, size
        )
        xs, ys = [c[0] for c in corners], [c[1] for c in corners]
        pixel_box = [min(xs), min(ys), max(xs), max(ys)]
        if level == 4:
            lines[line] = pixel_box
        elif level == 5 and text.strip() and not _noise(text.strip(), float(data["conf"][i])):
            rows.append(
                {
                    "text": text.strip(),
                    "box": pixel_box,
                    "confidence": max(0.0, float(data["conf"][i])),
                    "line": list(line),
                }
            )
    for row in rows:
        row["line_box"] = lines.get(tuple(row["line"]), row["box"])
    return _tidy(rows)


def _tidy(rows: list[dict]) -> list[dict]:
    """Words as a reader means them: a rule's remnant stuck to a word ("__name") taken off, and an
    address Tesseract split at its "@" joined again."""
    out: list[dict] = []
    for row in rows:
        text = row["text"].strip("_|¦")
        if not text:
            continue
        row["text"] = text
        if out and out[-1]["line"] == row["line"]:
            before = out[-1]
            gap = row["box"][0] - before["box"][2]
            height = before["box"][3] - before["box"][1]
            if (text.startswith("@") or before["text"].endswith("@")) and 0 <= gap < height:
                before["text"] += text
                before["box"] = [
                    min(before["box"][0], row["box"][0]),
                    min(before["box"][1], row["box"][1]),
                    max(before["box"][2], row["box"][2]),
                    max(before["box"][3], row["box"][3]),
                ]
                before["confidence"] = min(before["confidence"], row["confidence"])
                continue
        out.append(row)
    return out


def _noise(text: str, confidence: float) -> bool:
    """Whether a "word" is what is left of a rule or a speck: no letter, digit or currency sign,
    and read with little confidence."""
    return not any(c.isalnum() or c in "£$€%&@#" for c in text) and (
        confidence < 60 or set(text) <= _RULES
    )


def _unrotate(points, angle: float, size: tuple[int, int]) -> list[tuple[float, float]]:
    """Points of the image turned by ``angle`` (Pillow: counter-clockwise about the centre),
    back in the unturned image's pixels."""
    if not angle:
        return list(points)
    cx, cy = size[0] / 2, size[1] / 2
    theta = math.radians(angle)  # image y grows downwards: undoing a counter-clockwise turn
    cos, sin = math.cos(theta), math.sin(theta)
    out = []
    for x, y in points:
        dx, dy = x - cx, y - cy
        out.append((cx + dx * cos + dy * sin, cy - dx * sin + dy * cos))
    return out


def _to_page(
    rows: list[dict],
    size: tuple[int, int],
    box: tuple[float, float, float, float],
    dpi: int,
    rotation: int = 0,
) -> list[OcrWord]:
    """Word rows in pixels of the page as shown (origin top left; the page turned by its
    ``/Rotate``) as words on the page (points, origin bottom left, unturned)."""
    left, bottom, right, top = box
    scale = 72 / dpi

    def point(px: float, py: float) -> tuple[float, float]:
        if rotation == 90:
            return left + py * scale, bottom + px * scale
        if rotation == 180:
            return right - px * scale, bottom + py * scale
        if rotation == 270:
            return right - py * scale, top - px * scale
        return left + px * scale, top - py * scale

    def page_box(pixels: list[float]) -> tuple[float, float, float, float]:
        x0, y0, x1, y1 = pixels
        corners = [point(x0, y0), point(x1, y1)]
        xs, ys = [c[0] for c in corners], [c[1] for c in corners]
        return (min(xs), min(ys), max(xs), max(ys))

    return [
        OcrWord(
            row["text"],
            page_box(row["box"]),
            float(row["confidence"]),
            tuple(row["line"]),
            page_box(row["line_box"]),
            rotation,
        )
        for row in rows
    ]


def _from_cache(key: str) -> list[dict] | None:
    folder = _CACHE.get()
    if folder is None:
        return None
    entry = folder / f"{key}.json"
    try:
        rows = json.loads(entry.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return rows if isinstance(rows, list) else None


def _to_cache(key: str, rows: list[dict]) -> None:
    folder = _CACHE.get()
    if folder is None:
        return
    try:
        folder.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(folder / f"{key}.json", json.dumps(rows).encode())
    except OSError as error:  # a read-only workspace still works, only slower
        logger.debug("OCR result not cached (%s)", error.strerror)


def agreement(layer: str, fresh: str) -> float:
    """How far a scanner's text layer and a fresh OCR agree: the share of words in common."""
    a, b = layer.casefold().split(), fresh.casefold().split()
    if not a and not b:
        return 1.0
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


os.environ.setdefault("OMP_THREAD_LIMIT", "1")
