"""Redaction in pixels: scanned pages republished as an image, and images under a redaction.

A scanned page's words were read by OCR (:mod:`transparency.contracts.ocr`), so what the page
shows is pixels, and only pixels can be redacted. :func:`burn_scanned_page` renders the page
with PDFium at :data:`DPI` (in colour only when the page has colour), paints solid black *into
the image* over each redacted word's box (the words of a run on a line joined, with a margin of
:data:`MARGIN` points above and below, :data:`SIDE_MARGIN` before and after), writes the
exemption label in white on the box when it fits, encodes the image (1-bit Flate at
:data:`BILEVEL_DPI` for a page that is black and white, JPEG at :data:`JPEG_QUALITY` otherwise)
and replaces the page's content with that image alone: ``q w 0 0 h x y cm /Im0 Do Q``, no other
resources, no annotations. Every scanned page is republished so, redacted or not, so that a
scanner's invisible text layer (which the model does not hold) is never published. A rotated
page is rendered as it is shown and written upright, at the size it is shown.

In a page of text, an image drawn under a redaction box (a signature, a logo, a scan behind live
text) holds what the box hides: :func:`blank_images` decodes each such image (pypdf's image
decoding, Pillow), maps the box into the image's pixels through the matrix it is drawn with,
paints it black (its soft mask opaque there, a stencil mask uniform) and writes it back. An image
drawn elsewhere too, outside any box, is copied for the drawings under a box; an inline image is
rewritten in place. An image that cannot be decoded and encoded again where a box lies stops
the redaction with a :class:`~transparency.errors.DocumentError` naming the page.

Nothing here ever covers pixels with a drawing: the pixels themselves are replaced.
"""

from __future__ import annotations

import io
import logging
import zlib
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pypdf import PdfWriter
from pypdf.generic import (
    ArrayObject,
    BooleanObject,
    DecodedStreamObject,
    DictionaryObject,
    EncodedStreamObject,
    FloatObject,
    IndirectObject,
    NameObject,
    NumberObject,
    StreamObject,
)

from transparency._pdfium import PDFIUM
from transparency.contracts.pdf_glyphs import DrawnImage, Matrix, Segment
from transparency.errors import DocumentError

__all__ = [
    "DPI",
    "JPEG_QUALITY",
    "MARGIN",
    "SIDE_MARGIN",
    "Cover",
    "blank_images",
    "burn_scanned_page",
]

logger = logging.getLogger(__name__)

#: The resolution scanned pages are republished at, in dots per inch.
DPI = 200
#: The resolution of a black-and-white scanned page (1 bit a pixel compresses well).
BILEVEL_DPI = 300
#: The JPEG quality of a scanned page in grey or colour (0 to 95).
JPEG_QUALITY = 70
#: How far the black box reaches beyond a word read by OCR, in points: above and below it,
#: and (less, so as not to reach into the next word) before and after it.
MARGIN = 2.5
SIDE_MARGIN = 1.5
_COLOUR = 24  # a pixel whose channels differ by more than this is in colour
_COLOUR_SHARE = 0.001  # a page with more colour pixels than this share is kept in colour
_GREY_SHARE = 0.03  # a page with fewer mid-grey pixels than this share is black and white
_MIN_LABEL = 7  # pixels: a smaller label is not drawn
_HINT = "Publish the document without a redacted original, or supply the image in another form."
_KEPT = ("/Interpolate", "/Intent")
_INLINE = {
    "/W": "/Width",
    "/H": "/Height",
    "/CS": "/ColorSpace",
    "/BPC": "/BitsPerComponent",
    "/F": "/Filter",
    "/DP": "/DecodeParms",
    "/IM": "/ImageMask",
    "/D": "/Decode",
    "/I": "/Interpolate",
}
_INLINE_VALUES = {
    "/G": "/DeviceGray",
    "/RGB": "/DeviceRGB",
    "/CMYK": "/DeviceCMYK",
    "/AHx": "/ASCIIHexDecode",
    "/A85": "/ASCII85Decode",
    "/LZW": "/LZWDecode",
    "/Fl": "/FlateDecode",
    "/RL": "/RunLengthDecode",
    "/CCF": "/CCITTFaxDecode",
    "/DCT": "/DCTDecode",
}

Box = tuple[float, float, float, float]


@dataclass(frozen=True)
class Cover:
    """One run of removed glyphs on a line: their page-space boxes, in order, and its label."""

    boxes: tuple[Box, ...]
    label: str

    @property
    def box(self) -> Box:
        """The union of the glyphs' boxes."""
        return (
            min(b[0] for b in self.boxes),
            min(b[1] for b in self.boxes),
            max(b[2] for b in self.boxes),
            max(b[3] for b in self.boxes),
        )


# --- scanned pages -----------------------------------------------------------------------------


def burn_scanned_page(
    writer: PdfWriter,
    number: int,
    data: bytes,
    crop: Box,
    covers: Sequence[Cover],
    *,
    path: Path,
) -> int:
    """Republish page ``number`` (1-based) of ``writer`` as an image of page ``number`` of the
    PDF ``data`` with ``covers`` burnt into its pixels (see the module docstring).

    ``crop`` is the page's crop box, in which the covers' boxes (and the OCR's words) lie.
    Returns the number of annotations removed.
    """
    page = writer.pages[number - 1]
    rotate = int(page.get("/Rotate", 0) or 0) % 360
    image, dpi = _render(data, number, path)
    scale = dpi / 72
    left, top = crop[0], crop[3]
    width, height = crop[2] - crop[0], crop[3] - crop[1]
    if rotate in (90, 270):
        width, height = height, width

    bottom, right = crop[1], crop[2]

    def to_pixels(x: float, y: float) -> tuple[float, float]:
        """A point of the page (points, unturned) in the image of the page as shown."""
        if rotate == 90:
            return (y - bottom) * scale, (x - left) * scale
        if rotate == 180:
            return (right - x) * scale, (y - bottom) * scale
        if rotate == 270:
            return (top - y) * scale, (right - x) * scale
        return (x - left) * scale, (top - y) * scale

    _paint_covers(image, covers, to_pixels, scale)
    stream = _scan_stream(image)
    annotations = page.get("/Annots")
    removed = len(annotations.get_object()) if annotations is not None else 0
    for key in ("/Annots", "/Group", "/Rotate", "/Resources", "/Contents"):
        page.pop(NameObject(key), None)
    if rotate:
        upright = ArrayObject(FloatObject(v) for v in (left, top - height, left + width, top))
        for key in ("/MediaBox", "/CropBox", "/BleedBox", "/TrimBox", "/ArtBox"):
            page.pop(NameObject(key), None)
        page[NameObject("/MediaBox")] = upright
    page[NameObject("/Resources")] = DictionaryObject(
        {NameObject("/XObject"): DictionaryObject({NameObject("/Im0"): writer._add_object(stream)})}
    )
    content = DecodedStreamObject()
    content.set_data(
        b"q %.4f 0 0 %.4f %.4f %.4f cm /Im0 Do Q" % (width, height, left, top - height)
    )
    page[NameObject("/Contents")] = writer._add_object(content)
    logger.debug(
        "page %d: republished as a %dx%d image at %d dpi (%d bytes, %d boxes)",
        number,
        image.width,
        image.height,
        dpi,
        len(stream.get_data()),
        len(covers),
    )
    return removed


def _render(data: bytes, number: int, path: Path) -> tuple[Any, int]:
    """Page ``number`` of ``data`` as shown and the resolution used: in colour (RGB) when it
    has colour, else in grey (L), or in black and white (1) when it has hardly any grey."""
    import pypdfium2 as pdfium

    try:
        with PDFIUM:
            document = pdfium.PdfDocument(data)
            try:
                page = document[number - 1]
                try:
                    return _rendered(page)
                finally:
                    page.close()
            finally:
                document.close()
    except pdfium.PdfiumError as error:
        raise DocumentError(
            f"page {number}: the scanned page cannot be rendered ({type(error).__name__})",
            path=path,
            hint="Export or scan the document again.",
        ) from None


def _rendered(page: Any) -> tuple[Any, int]:
    import numpy as np

    image = page.render(scale=DPI / 72, may_draw_forms=True).to_pil().convert("RGB")
    pixels = np.asarray(image, dtype=np.int16)
    chroma = np.max(pixels, axis=2) - np.min(pixels, axis=2)
    if (chroma > _COLOUR).mean() > _COLOUR_SHARE:
        return image, DPI
    grey = np.asarray(image.convert("L"))
    if ((grey > 64) & (grey < 192)).mean() >= _GREY_SHARE:
        return image.convert("L"), DPI
    bitmap = page.render(scale=BILEVEL_DPI / 72, grayscale=True, may_draw_forms=True)
    bilevel = bitmap.to_pil().convert("L").point(lambda v: 255 * (v >= 128))
    return bilevel.convert("1", dither=None), BILEVEL_DPI


def _paint_covers(image: Any, covers: Sequence[Cover], to_pixels: Any, scale: float) -> None:
    """Paint each cover black into ``image`` (words joined along their line), and its label."""
    from PIL import ImageDraw

    draw = ImageDraw.Draw(image)
    black: Any = 0 if image.mode in ("L", "1") else (0, 0, 0)
    white: Any = 255 if image.mode in ("L", "1") else (255, 255, 255)
    for cover in covers:
        boxes = [_grow(box, SIDE_MARGIN, MARGIN) for box in cover.boxes]
        for first, second in zip(boxes, boxes[1:] + boxes[-1:], strict=True):
            corners = [to_pixels(x, y) for x, y in _corners(first) + _corners(second)]
            draw.polygon(_hull(corners), fill=black, outline=black, width=2)
    for cover in covers:
        _draw_label(draw, cover, to_pixels, white, scale)


def _draw_label(draw: Any, cover: Cover, to_pixels: Any, white: Any, scale: float) -> None:
    """The label in white, centred on the cover, as large as fits (none when too small)."""
    from PIL import ImageFont

    x0, y0 = to_pixels(cover.box[0], cover.box[3])
    x1, y1 = to_pixels(cover.box[2], cover.box[1])
    height = min(b[3] - b[1] for b in cover.boxes) * scale  # the shortest word: on the line
    width = (x1 - x0) + 2 * SIDE_MARGIN * scale
    size = int(min(height * 0.8, 64))
    while size >= _MIN_LABEL:
        font = ImageFont.load_default(size=size)
        left, top, right, bottom = draw.textbbox((0, 0), cover.label, font=font)
        if right - left <= width * 0.92:
            centre = ((x0 + x1) / 2, (y0 + y1) / 2)
            draw.text(
                (centre[0] - (left + right) / 2, centre[1] - (top + bottom) / 2),
                cover.label,
                fill=white,
                font=font,
            )
            return
        size = int(size * 0.85)


def _grow(box: Box, side: float, margin: float) -> Box:
    return box[0] - side, box[1] - margin, box[2] + side, box[3] + margin


def _corners(box: Box) -> list[tuple[float, float]]:
    x0, y0, x1, y1 = box
    return [(x0, y0), (x1, y0), (x1, y1), (x0, y1)]


def _hull(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """The convex hull of ``points`` (Andrew's monotone chain)."""
    points = sorted(set(points))
    if len(points) <= 2:
        return points

    def cross(o: tuple[float, float], a: tuple[float, float], b: tuple[float, float]) -> float:
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])

    lower: list[tuple[float, float]] = []
    upper: list[tuple[float, float]] = []
    for point in points:
        while len(lower) >= 2 and cross(lower[-2], lower[-1], point) <= 0:
            lower.pop()
        lower.append(point)
    for point in reversed(points):
        while len(upper) >= 2 and cross(upper[-2], upper[-1], point) <= 0:
            upper.pop()
        upper.append(point)
    return lower[:-1] + upper[:-1]


def _scan_stream(image: Any) -> StreamObject:
    """A scanned page's image as an image XObject: 1-bit Flate when it is black and white."""
    common = {
        NameObject("/Type"): NameObject("/XObject"),
        NameObject("/Subtype"): NameObject("/Image"),
        NameObject("/Width"): NumberObject(image.width),
        NameObject("/Height"): NumberObject(image.height),
    }
    if image.mode == "1":
        return _flate(image, common)
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=JPEG_QUALITY, optimize=True)
    return _encoded(
        buffer.getvalue(),
        {
            **common,
            NameObject("/ColorSpace"): NameObject(_SPACE[image.mode]),
            NameObject("/BitsPerComponent"): NumberObject(8),
            NameObject("/Filter"): NameObject("/DCTDecode"),
        },
    )


_SPACE = {"1": "/DeviceGray", "L": "/DeviceGray", "RGB": "/DeviceRGB", "CMYK": "/DeviceCMYK"}


def _flate(image: Any, entries: dict) -> StreamObject:
    """``image`` (mode 1, L, RGB or CMYK) as a Flate-encoded image stream with ``entries``."""
    entries = dict(entries)
    if not entries.get("/ImageMask"):
        entries[NameObject("/ColorSpace")] = NameObject(_SPACE[image.mode])
    entries[NameObject("/BitsPerComponent")] = NumberObject(1 if image.mode == "1" else 8)
    entries[NameObject("/Filter")] = NameObject("/FlateDecode")
    return _encoded(zlib.compress(image.tobytes(), 9), entries)


def _encoded(data: bytes, entries: dict) -> StreamObject:
    return EncodedStreamObject.initialize_from_dictionary({**entries, "__streamdata__": data})


# --- images under a redaction in a page of text ------------------------------------------------


def blank_images(
    writer: PdfWriter,
    drawings: dict[int, list[DrawnImage]],
    boxes: dict[int, list[Box]],
    *,
    path: Path,
) -> set[int]:
    """Blank the pixels of every image drawn under a redaction box (see the module docstring).

    ``drawings`` and ``boxes`` are each page's (by 1-based number) images drawn and redaction
    boxes, in page space. Returns the ``id`` of each segment whose operations were changed (an
    inline image rewritten, a ``Do`` pointed at a copy), which must be written back.
    """
    # Each drawing under a box, with the boxes it lies under, by the operation that draws it.
    hits: dict[tuple[int, int], list[tuple[DrawnImage, list[Box], int]]] = defaultdict(list)
    every: dict[int, int] = defaultdict(int)  # XObject -> how many drawings
    for number, drawn in drawings.items():
        for image in drawn:
            if image.reference is not None:
                every[image.reference.idnum] += 1
            under = [box for box in boxes.get(number, []) if _overlap(box, image.box)]
            if under:
                hits[(id(image.segment), image.op)].append((image, under, number))
    changed: set[int] = set()
    by_reference: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for key, found in hits.items():
        reference = found[0][0].reference
        if reference is None:  # an inline image: rewritten where it is
            _blank_inline(found, path)
            changed.add(key[0])
        else:
            by_reference[reference.idnum].append(key)
    for idnum, keys in by_reference.items():
        drawn = [entry for key in keys for entry in hits[key]]
        if len(drawn) == every[idnum]:  # every drawing lies under a box: blanked where it is
            image, _, number = drawn[0]
            blanked = _blanked(writer, image.image, drawn, number, path)
            writer._replace_object(image.reference, blanked)
            continue
        for key in keys:  # drawn elsewhere too: these drawings get a blanked copy
            image, _, number = hits[key][0]
            copy = writer._add_object(_blanked(writer, image.image, hits[key], number, path))
            _draw_copy(image.segment, image.op, copy)
            changed.add(key[0])
    return changed


def _overlap(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _draw_copy(segment: Segment, op: int, copy: IndirectObject) -> None:
    """Point the ``Do`` at ``op`` in ``segment`` at ``copy``, under a fresh name."""
    name = segment.add_resource("/XObject", "TrBlanked", copy)
    segment.operations[op] = ([NameObject(name)], b"Do")


def _refuse(number: int, reason: str, path: Path) -> DocumentError:
    return DocumentError(
        f"page {number}: an image under a redaction cannot be decoded and encoded again"
        f" ({reason}), so its pixels under the box cannot be removed",
        path=path,
        hint=_HINT,
    )


def _blanked(
    writer: PdfWriter,
    xobject: Any,
    drawn: list[tuple[DrawnImage, list[Box], int]],
    number: int,
    path: Path,
) -> StreamObject:
    """A copy of the image XObject ``xobject`` with its pixels under the boxes painted over."""
    xobject = xobject.get_object()
    if "/Mask" in xobject:
        raise _refuse(number, "it has a colour-key or stencil mask", path)
    stencil = bool(xobject.get("/ImageMask", False))
    image = _decode(xobject, number, path, stencil=stencil)
    regions = [(entry.matrix, under) for entry, under, _ in drawn]
    _paint_regions(image, regions, 0)
    entries = {
        NameObject(key): xobject[key]
        for key in ("/Type", "/Subtype", "/Width", "/Height", *_KEPT)
        if key in xobject
    }
    entries[NameObject("/Width")] = NumberObject(image.width)
    entries[NameObject("/Height")] = NumberObject(image.height)
    if stencil:
        entries[NameObject("/ImageMask")] = BooleanObject(True)
        if "/Decode" in xobject:
            entries[NameObject("/Decode")] = xobject["/Decode"]
        return _flate(image, entries)
    if "/SMask" in xobject:
        mask = xobject["/SMask"].get_object()
        alpha = _decode(mask, number, path, stencil=False)
        if alpha.mode != "L":
            alpha = alpha.convert("L")
        _paint_regions(alpha, regions, 255)
        mask_entries = {
            NameObject("/Type"): NameObject("/XObject"),
            NameObject("/Subtype"): NameObject("/Image"),
            NameObject("/Width"): NumberObject(alpha.width),
            NameObject("/Height"): NumberObject(alpha.height),
        }
        smask = _flate(alpha, mask_entries)
    else:
        smask = None
    if _filters(xobject)[-1:] == ["/DCTDecode"] and image.mode in ("L", "RGB", "CMYK"):
        buffer = io.BytesIO()
        image.save(buffer, "JPEG", quality=90)
        entries[NameObject("/ColorSpace")] = NameObject(_SPACE[image.mode])
        entries[NameObject("/BitsPerComponent")] = NumberObject(8)
        entries[NameObject("/Filter")] = NameObject("/DCTDecode")
        stream = _encoded(buffer.getvalue(), entries)
    else:
        stream = _flate(image, entries)
    if smask is not None:
        stream[NameObject("/SMask")] = writer._add_object(smask)
    return stream


def _decode(xobject: Any, number: int, path: Path, *, stencil: bool) -> Any:
    """The pixels of an image stream, without its masks, as a Pillow image of mode 1, L, RGB
    or CMYK (a stencil's raw samples, its /Decode not applied)."""
    bare = EncodedStreamObject() if "/Filter" in xobject else DecodedStreamObject()
    bare._data = xobject._data
    dropped = ("/SMask", "/Mask", "/Decode") if stencil else ("/SMask", "/Mask")
    bare.update({key: value for key, value in xobject.items() if key not in dropped})
    try:
        image = bare.decode_as_image()
    except Exception as error:  # pypdf and Pillow raise many kinds on what they cannot decode
        raise _refuse(number, type(error).__name__, path) from None
    if image is None:
        raise _refuse(number, "its format is not known", path)
    if stencil:
        return image.convert("1")
    if image.mode in ("P", "RGBA", "PA"):
        image = image.convert("RGB")
    elif image.mode in ("LA", "I", "I;16", "F"):
        image = image.convert("L")
    if image.mode not in ("1", "L", "RGB", "CMYK"):
        raise _refuse(number, f"pixels of mode {image.mode}", path)
    return image


def _paint_regions(image: Any, regions: list[tuple[Matrix, list[Box]]], value: int) -> None:
    """Paint ``value`` (in every band) over each box, mapped into the image's pixels through the
    matrix the image is drawn with (its unit square onto the page), a pixel beyond its edge."""
    from PIL import ImageDraw

    draw = ImageDraw.Draw(image)
    fill: Any = value if len(image.getbands()) == 1 else (value,) * len(image.getbands())
    for matrix, boxes in regions:
        inverse = _invert(matrix)
        for box in boxes:
            corners = []
            for x, y in _corners(box):
                u, v = _apply(inverse, x, y)
                corners.append((u * image.width, (1 - v) * image.height))
            draw.polygon(corners, fill=fill, outline=fill, width=2)


def _invert(m: Matrix) -> Matrix:
    a, b, c, d, e, f = m
    det = a * d - b * c
    if abs(det) < 1e-12:
        return (0.0, 0.0, 0.0, 0.0, 0.0, 0.0)
    return (d / det, -b / det, -c / det, a / det, (c * f - d * e) / det, (b * e - a * f) / det)


def _apply(m: Matrix, x: float, y: float) -> tuple[float, float]:
    return m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]


def _filters(obj: Any) -> list[str]:
    value = obj.get("/Filter")
    values = value if isinstance(value, list) else [value] if value is not None else []
    return [str(item) for item in values]


def _blank_inline(found: list[tuple[DrawnImage, list[Box], int]], path: Path) -> None:
    """Rewrite an inline image with its pixels under the boxes painted over."""
    image, _, number = found[0]
    operands = image.image
    settings = operands["settings"]
    entries: dict[Any, Any] = {}
    for key, value in settings.items():
        entries[NameObject(_INLINE.get(key, key))] = (
            ArrayObject(_inline_value(item) for item in value)
            if isinstance(value, list)
            else _inline_value(value)
        )
    space = entries.get("/ColorSpace")
    if isinstance(space, str) and space not in ("/DeviceGray", "/DeviceRGB", "/DeviceCMYK"):
        raise _refuse(number, "its colour space is a named resource", path)
    entries[NameObject("/Subtype")] = NameObject("/Image")
    stream = EncodedStreamObject() if "/Filter" in entries else DecodedStreamObject()
    stream._data = operands["data"]
    stream.update(entries)
    stencil = bool(entries.get("/ImageMask", False))
    pixels = _decode(stream, number, path, stencil=stencil)
    _paint_regions(pixels, [(entry.matrix, under) for entry, under, _ in found], 0)
    new = DictionaryObject(
        {
            NameObject("/W"): NumberObject(pixels.width),
            NameObject("/H"): NumberObject(pixels.height),
            NameObject("/BPC"): NumberObject(1 if pixels.mode == "1" else 8),
            NameObject("/F"): NameObject("/Fl"),
        }
    )
    if stencil:
        new[NameObject("/IM")] = BooleanObject(True)
        if "/D" in settings:
            new[NameObject("/D")] = settings["/D"]
    else:
        new[NameObject("/CS")] = NameObject(
            {"1": "/G", "L": "/G", "RGB": "/RGB", "CMYK": "/CMYK"}[pixels.mode]
        )
    if "/I" in settings:
        new[NameObject("/I")] = settings["/I"]
    image.segment.operations[image.op] = (
        {"settings": new, "data": zlib.compress(pixels.tobytes(), 9)},
        b"INLINE IMAGE",
    )


def _inline_value(value: Any) -> Any:
    """An inline image's abbreviated name (``/Fl``, ``/G``) in full."""
    if isinstance(value, str) and value.startswith("/"):
        return NameObject(_INLINE_VALUES.get(value, value))
    return value
