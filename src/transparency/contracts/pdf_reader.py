"""The one PDF reader: every glyph a PDF shows, with its place, for every stage.

:func:`read_pdf` opens a PDF, copies its pages into a fresh :class:`~pypdf.PdfWriter` document,
flattens the visible annotation appearances (form fields, stamps, free text) into the page
content, and walks every page glyph by glyph (:mod:`transparency.contracts.pdf_glyphs`). The
result, a :class:`PdfReading`, is what the parser lays out into the document model
(:mod:`transparency.contracts.pdf`) and what the redactor rewrites
(:mod:`transparency.site.originals.pdf_redact`): both read the same glyphs in the same order,
so a glyph's *place* is simply its index in :attr:`PdfReading.glyphs`, and a decision on a span
of the model's text names exactly the glyphs to remove.

A scanned page (an image with no text, or with only a scanner's invisible text layer) is read
by OCR (:mod:`transparency.contracts.ocr`): its glyphs are Tesseract's words, one glyph per
word with its box and confidence, and the page is marked :attr:`PageText.scanned` (the redactor
rewrites its pixels). A page the reader cannot read is refused with a
:class:`~transparency.errors.DocumentError` naming it: a damaged content stream, or text in a
font whose characters cannot be known (see :mod:`transparency.contracts.pdf_fonts`), since
nothing on it could be checked, redacted or proven. Content in an optional-content layer
that is off by default is not read (the redacted copy drops it).
"""

from __future__ import annotations

import io
import logging
import struct
import warnings
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pypdf import PasswordType, PdfReader, PdfWriter
from pypdf.errors import DependencyError, PyPdfError
from pypdf.generic import (
    ArrayObject,
    ContentStream,
    DictionaryObject,
    FloatObject,
    IndirectObject,
    NameObject,
    StreamObject,
)

from transparency.contracts.ocr import OcrWord
from transparency.contracts.pdf_glyphs import (
    Documentwide,
    PageText,
    Placed,
    Segment,
    apply,
    mul,
    read_page,
)
from transparency.errors import DocumentError

__all__ = ["PDF_ERRORS", "PdfReading", "read_pdf"]

logger = logging.getLogger(__name__)

#: What pypdf lets escape on damaged or hostile input besides its own errors.
PDF_ERRORS = (
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
DAMAGED_HINT = "It may be damaged or incomplete: download or export it again from the original."
_SCAN_SHARE = 0.25  # a page with no text and an image over this share of its area is a scan
_AGREEMENT = 0.6  # a scanner's text layer agreeing less with a fresh OCR is reported


@dataclass
class PdfReading:
    """A PDF as read: the pages copied into ``writer`` and each page's glyphs.

    ``glyphs`` lists every glyph of every page in reading order of the walk (page by page,
    content order within a page); a glyph's place is its index there.
    """

    writer: PdfWriter
    pages: list[PageText]
    glyphs: list[Placed]
    boxes: list[tuple[float, float, float, float] | None]  # each page's crop box


def read_pdf(data: bytes, path: Path) -> PdfReading:
    """Read the PDF ``data`` (named ``path`` in errors) glyph by glyph (see the module docstring).

    Raises :class:`DocumentError` for a file that is not a readable PDF, is password-protected,
    has no pages, or has a page that cannot be read.
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
            writer = PdfWriter()
            for number, page in enumerate(reader.pages, start=1):
                try:
                    writer.add_page(page)
                except PDF_ERRORS as error:
                    raise DocumentError(
                        f"page {number}: its text cannot be read ({type(error).__name__}), so it"
                        " cannot be checked for what must be withheld",
                        path=path,
                        hint=DAMAGED_HINT,
                    ) from None
            try:
                shared = Documentwide(hidden_groups=hidden_groups(reader, writer))
            except PDF_ERRORS as error:
                raise DocumentError(
                    f"not a readable PDF: {_describe(error)}", path=path, hint=DAMAGED_HINT
                ) from None
            pages = [
                _read(writer, page, number, shared, path)
                for number, page in enumerate(writer.pages, start=1)
            ]
        finally:
            for warning in caught:
                logger.warning("%s: %s", path.name, warning.message)
    boxes = [_crop_box(page) for page in writer.pages]
    _recognise_scans(data, pages, boxes, path)
    glyphs = [glyph for text in pages for glyph in text.glyphs]
    return PdfReading(writer, pages, glyphs, boxes)


def _recognise_scans(
    data: bytes, pages: list[PageText], boxes: list[tuple | None], path: Path
) -> None:
    """Read each scanned page by OCR: its glyphs become Tesseract's words (see
    :mod:`transparency.contracts.ocr`); a scanner's invisible text layer is set aside."""
    scans = [
        text
        for text, box in zip(pages, boxes, strict=True)
        if box
        and text.image_area
        and all(glyph.invisible for glyph in text.glyphs)
        and text.image_area / max(abs((box[2] - box[0]) * (box[3] - box[1])), 1e-9) > _SCAN_SHARE
    ]
    if not scans:
        return
    from transparency.contracts.ocr import agreement, recognise_pages

    words = recognise_pages(
        data, [(text.number, boxes[text.number - 1]) for text in scans], path=path
    )
    for text in scans:
        layer = " ".join(glyph.text for glyph in text.glyphs if glyph.text.strip())
        text.scanned = True
        text.glyphs = ocr_glyphs(text.number, words[text.number])
        fresh = " ".join(glyph.text for glyph in text.glyphs)
        if layer.strip() and agreement(layer, fresh) < _AGREEMENT:
            logger.warning(
                "%s: page %d: the scan's own text layer disagrees with a fresh OCR of the page"
                " (%.0f%% of words agree); the fresh OCR is used",
                path.name,
                text.number,
                100 * agreement(layer, fresh),
            )


def ocr_glyphs(number: int, words: list[OcrWord]) -> list[Placed]:
    """Tesseract's words on page ``number`` as glyphs: one per word, on its line's baseline."""
    segment = Segment(f"page {number} (OCR)", [], {})
    heights = sorted(
        max(
            (w.line_box[2] - w.line_box[0])
            if w.rotation in (90, 270)
            else (w.line_box[3] - w.line_box[1]),
            1.0,
        )
        for w in words
    )
    usual = heights[len(heights) // 2] if heights else 1.0
    glyphs = []
    for index, word in enumerate(words):
        x0, y0, x1, y1 = word.box
        lx0, ly0, lx1, ly1 = word.line_box
        turned = word.rotation in (90, 270)
        height = max((lx1 - lx0) if turned else (ly1 - ly0), 1.0)
        # Line boxes of one font size vary with their letters (ascenders, descenders): lines
        # near the usual height are taken to be of the body's size, so they join paragraphs.
        size = (usual if abs(height - usual) <= 0.5 * usual else height) / 1.15
        # The baseline lies a fifth of the line's height above its foot, as the page is shown.
        if word.rotation == 90:
            base = lx1 - 0.22 * height
            origin, end, direction = (base, y0), (base, y1), (0.0, 1.0)
        elif word.rotation == 180:
            base = ly1 - 0.22 * height
            origin, end, direction = (x1, base), (x0, base), (-1.0, 0.0)
        elif word.rotation == 270:
            base = lx0 + 0.22 * height
            origin, end, direction = (base, y1), (base, y0), (0.0, -1.0)
        else:
            base = ly0 + 0.22 * height
            origin, end, direction = (x0, base), (x1, base), (1.0, 0.0)
        glyphs.append(
            Placed(
                word.text,
                segment,
                -1,
                index,
                0,
                0,
                None,
                (x0, y0, x1, y0, x1, y1, x0, y1),
                (x0, y0, x1, y1),
                origin,
                end,
                size,
                False,
                direction,
                confidence=word.confidence,
            )
        )
    return glyphs


def _read(writer: PdfWriter, page: Any, number: int, shared: Documentwide, path: Path) -> PageText:
    try:
        flatten_annotations(writer, page, number)
        text = read_page(page, number, shared)
    except PDF_ERRORS as error:
        raise DocumentError(
            f"page {number}: its text cannot be read ({type(error).__name__}), so it cannot"
            " be checked for what must be withheld",
            path=path,
            hint=DAMAGED_HINT,
        ) from None
    if text.unmappable:
        raise DocumentError(
            f"page {number}: its text cannot be mapped to characters"
            f" ({'; '.join(text.unmappable[:3])})",
            path=path,
            hint="What it shows could not be redacted or proven. Export the document again"
            " with embedded Unicode fonts (for example, print it to PDF from the original).",
        )
    return text


def _crop_box(page: Any) -> tuple[float, float, float, float] | None:
    try:
        left, bottom, right, top = (float(value) for value in page.cropbox)
    except PDF_ERRORS:
        return None
    return min(left, right), min(bottom, top), max(left, right), max(bottom, top)


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
    except PDF_ERRORS as error:
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
            f"not a readable PDF: {detail}", path=path, hint=DAMAGED_HINT
        ) from error
    if count == 0:
        raise DocumentError("the PDF has no pages", path=path, hint=DAMAGED_HINT)
    return reader


def _describe(error: BaseException) -> str:
    detail = " ".join(str(error).split())
    if len(detail) > 120:
        detail = detail[:117] + "..."
    return detail or type(error).__name__


_NOT_FLATTENED = {
    "/Link",
    "/Popup",
    "/Text",
    "/FileAttachment",
    "/Sound",
    "/Movie",
    "/Screen",
    "/RichMedia",
    "/3D",
    "/Redact",
    "/Projection",
}
_HIDDEN_FLAGS = 2 | 32  # Hidden, NoView


def hidden_groups(reader: PdfReader, writer: PdfWriter) -> set[int]:
    """The object numbers (in ``writer``) of optional-content groups that are off by default."""
    properties = reader.root_object.get("/OCProperties")
    if properties is None:
        return set()
    # Cloning maps the groups onto the objects the copied pages already refer to.
    properties = properties.get_object().clone(writer)
    default = properties.get("/D")
    default = default.get_object() if default is not None else DictionaryObject()
    groups = _refs(properties.get("/OCGs"))
    on, off = _refs(default.get("/ON")), _refs(default.get("/OFF"))
    if default.get("/BaseState") == "/OFF":
        return groups - on
    return off


def _refs(array: Any) -> set[int]:
    array = array.get_object() if array is not None else []
    return {item.idnum for item in array if isinstance(item, IndirectObject)}


def flatten_annotations(writer: PdfWriter, page: Any, number: int) -> int:
    """Draw visible annotation appearances into ``page``'s content; remove all but links.

    Returns how many appearances were flattened.
    """
    annots = page.get("/Annots")
    if annots is None:
        return 0
    extra: list[tuple[Any, bytes]] = []
    kept = ArrayObject()
    resources = page.get("/Resources")
    if resources is None:
        resources = page[NameObject("/Resources")] = DictionaryObject()
    resources = resources.get_object()
    for ref in annots.get_object():
        annot = ref.get_object()
        subtype = annot.get("/Subtype")
        if subtype == "/Link":
            kept.append(ref)
            continue
        flags = int(annot.get("/F", 0))
        if subtype in _NOT_FLATTENED or flags & _HIDDEN_FLAGS:
            continue
        appearance = _appearance(annot)
        if appearance is None:
            continue
        name = _fresh_name(resources, "/XObject", "TrAnnot")
        resources["/XObject"].get_object()[NameObject(name)] = appearance.indirect_reference
        extra += [
            ([], b"q"),
            (_placement(appearance.get_object(), annot), b"cm"),
            ([NameObject(name)], b"Do"),
            ([], b"Q"),
        ]
    if extra:
        content = page.get_contents()
        operations = [
            ([], b"q"),
            *(content.operations if content is not None else []),
            ([], b"Q"),
            *extra,
        ]
        stream = ContentStream(None, writer)
        stream.operations = operations
        page.replace_contents(stream)
        logger.debug("page %d: %d annotation appearances flattened", number, len(extra) // 4)
    page[NameObject("/Annots")] = kept
    return len(extra) // 4


def _appearance(annot: Any) -> Any:
    """The normal appearance stream of an annotation (in its current state), or None."""
    ap = annot.get("/AP")
    normal = ap.get_object().get("/N") if ap is not None else None
    if normal is None:
        return None
    normal = normal.get_object()
    if not isinstance(normal, StreamObject):
        state = annot.get("/AS")
        normal = normal.get(state) if state is not None else None
        normal = normal.get_object() if normal is not None else None
    if not isinstance(normal, StreamObject) or normal.indirect_reference is None:
        return None
    return normal


def _placement(form: Any, annot: Any) -> list[FloatObject]:
    """The matrix that maps the form's transformed bounding box onto the annotation's rectangle."""
    x0, y0, x1, y1 = (float(v) for v in form.get("/BBox", [0, 0, 1, 1]))
    matrix = tuple(float(v) for v in form.get("/Matrix", [1, 0, 0, 1, 0, 0]))
    corners = [apply(matrix, x, y) for x, y in ((x0, y0), (x1, y0), (x1, y1), (x0, y1))]
    bx0, by0 = min(c[0] for c in corners), min(c[1] for c in corners)
    bx1, by1 = max(c[0] for c in corners), max(c[1] for c in corners)
    rx0, ry0, rx1, ry1 = (float(v) for v in annot["/Rect"])
    rx0, rx1, ry0, ry1 = min(rx0, rx1), max(rx0, rx1), min(ry0, ry1), max(ry0, ry1)
    sx = (rx1 - rx0) / (bx1 - bx0) if bx1 > bx0 else 1.0
    sy = (ry1 - ry0) / (by1 - by0) if by1 > by0 else 1.0
    placement = mul((1, 0, 0, 1, -bx0, -by0), (sx, 0, 0, sy, rx0, ry0))
    return [FloatObject(round(v, 6)) for v in placement]


def _fresh_name(resources: Any, category: str, stem: str) -> str:
    if category not in resources:
        resources[NameObject(category)] = DictionaryObject()
    names = resources[category].get_object()
    count = 0
    while f"/{stem}{count}" in names:
        count += 1
    return f"/{stem}{count}"
