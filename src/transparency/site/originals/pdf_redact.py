"""True redaction of a PDF: the glyphs of withheld text are removed from the content streams.

1. The PDF is read by the one reader, :func:`transparency.contracts.pdf_reader.read_pdf`, as
   the parser read it: pages copied into a fresh document (:mod:`.pdf_clean` says what is left
   behind), visible annotation appearances flattened into the page content, every glyph placed.
   A page it cannot read stops the redaction with a :class:`~transparency.errors.DocumentError`
   naming the page.
2. Each withheld span names its glyphs by place (their index in the reading, from the document
   model's :attr:`~transparency.contracts.model.Document.places`): exactly those are removed,
   and every other occurrence of the same text stays. A place that is not a glyph of the file,
   or glyphs that do not read as the span, is an error (the decision was made on another
   version of the file); so is a span drawn as invisible text (a scanned page's text layer: the
   image under it would still show the passage). A glyph of a Form XObject drawn on several
   pages is removed wherever the form is drawn.
3. Each operation that shows a removed glyph is rewritten as a ``TJ`` array whose removed glyphs
   are replaced by the displacement they had (their width, ``Tc`` and ``Tw``, in thousandths of
   the font size), so every other glyph stays where it was. Content in hidden optional-content
   layers is dropped. Then a black box is painted over each run of removed glyphs on a line,
   in the direction of its text, with the exemption label in white Helvetica when it fits. An
   image drawn under a box has its pixels under the box blanked (:mod:`.pdf_pixels`), and one
   that cannot be decoded and encoded again there stops the redaction naming the page.
   A scanned page (its glyphs are words read by OCR) is republished as pixels only, redacted or
   not: rendered, the words' boxes painted black into the image with their labels, and the page's
   content replaced by that one image (:func:`.pdf_pixels.burn_scanned_page`).
4. Links over a box are removed, resources nothing draws are dropped, the document information
   becomes neutral, unreachable objects are deleted and the file is written whole, then written
   again by qpdf, which keeps only what the trailer reaches (:func:`reachable_only`).
"""

from __future__ import annotations

import io
import logging
import math
import warnings
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pypdf import PdfWriter
from pypdf.generic import (
    ArrayObject,
    ByteStringObject,
    ContentStream,
    DecodedStreamObject,
    DictionaryObject,
    FloatObject,
    IndirectObject,
    NameObject,
)
from pypdf.generic._font import Font

from transparency.contracts.pdf_fonts import string_bytes
from transparency.contracts.pdf_glyphs import Placed, Segment
from transparency.contracts.pdf_reader import PdfReading, read_pdf
from transparency.errors import DocumentError
from transparency.site.originals import pdf_clean, pdf_pixels
from transparency.site.originals.matching import compact, proof_pattern
from transparency.site.originals.pdf_pixels import Cover
from transparency.site.originals.proof import redaction_name

__all__ = ["PdfRedaction", "redact_pdf"]

logger = logging.getLogger(__name__)

_LABEL_FONT = {
    "/Type": "/Font",
    "/Subtype": "/Type1",
    "/BaseFont": "/Helvetica",
    "/Encoding": "/WinAnsiEncoding",
}
# Widths by WinAnsi code (as characters), from the Standard 14 metrics pypdf's font reader has.
_HELVETICA = Font.from_font_resource(
    DictionaryObject({NameObject(k): NameObject(v) for k, v in _LABEL_FONT.items()})
).character_widths
_TEXT_KEYS = ("/ActualText", "/Alt", "/E")


@dataclass
class PdfRedaction:
    """The outcome of :func:`redact_pdf`: the new file's bytes and what was done."""

    data: bytes
    pages: int
    clean: bytes | None = None  # the copy with nothing redacted (``redact_pdf(clean=True)``)
    boxes: int = 0
    occurrences: dict[str, int] = field(default_factory=dict)
    annotations_removed: int = 0
    scanned: int = 0  # scanned pages republished as pixels


def redact_pdf(
    source: Path, data: bytes, withheld: Sequence[Any], *, clean: bool = False
) -> PdfRedaction:
    """Remove the glyphs at each ``withheld`` span's places (``.places``, ``.label``).

    With ``clean``, :attr:`PdfRedaction.clean` is also the copy with nothing redacted, made from
    the same reading: written first, then the withheld glyphs are removed from the same pages
    and the file is written again. It is left ``None`` when a page is scanned (a scanned page is
    republished as pixels, which cannot be done twice to one page): the caller makes it apart.
    """
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        reading = read_pdf(data, source)
    result = PdfRedaction(b"", len(reading.pages))
    if clean and not any(text.scanned for text in reading.pages):
        copy = PdfRedaction(b"", len(reading.pages))
        _write(source, data, reading, [], _mark(source, reading, [], copy), copy)
        # The annotations are gone from the writer once the clean copy is written.
        result.clean, result.annotations_removed = copy.data, copy.annotations_removed
    covers = _mark(source, reading, withheld, result)
    _write(source, data, reading, withheld, covers, result)
    return result


def _write(
    source: Path,
    data: bytes,
    reading: PdfReading,
    withheld: Sequence[Any],
    covers: dict[int, list[Cover]],
    result: PdfRedaction,
) -> None:
    """Apply the marked removals, boxes and clean-up to the reading's pages and write the file
    into ``result``."""
    writer, pages = reading.writer, reading.pages
    page_boxes = {number: [cover.box for cover in found] for number, found in covers.items()}
    secrets = [proof_pattern(item.text) for item in withheld]
    edited = pdf_pixels.blank_images(
        writer,
        {text.number: text.images for text in pages if not text.scanned},
        page_boxes,
        path=source,
    )
    rewritten: set[int] = set()
    for text in pages:
        for segment in text.segments:
            if text.scanned and segment.reference is None:
                continue  # the page is republished as pixels
            if id(segment) not in rewritten:
                rewritten.add(id(segment))
                _rewrite(
                    writer,
                    writer.pages[text.number - 1],
                    segment,
                    secrets,
                    edited=id(segment) in edited,
                )
    for text in pages:
        if text.scanned:
            result.annotations_removed += pdf_pixels.burn_scanned_page(
                writer,
                text.number,
                data,
                reading.boxes[text.number - 1],
                covers[text.number],
                path=source,
            )
            result.scanned += 1
    for number, page in enumerate(writer.pages, start=1):
        result.annotations_removed += pdf_clean.keep_links(page, page_boxes[number], secrets)
        pdf_clean.strip_page(page)
    pdf_clean.neutral_metadata(writer)
    pdf_clean.drop_unreachable(writer)
    buffer = io.BytesIO()
    writer.write(buffer)
    result.data = reachable_only(buffer.getvalue())


def reachable_only(data: bytes) -> bytes:
    """The PDF ``data`` written again whole by qpdf (through pikepdf), which writes only the
    objects reachable from the trailer.

    pypdf patches links to other pages while it writes, so an original page object a link once
    pointed to can be left in its output unreachable, with its unredacted content stream;
    qpdf's writer leaves every such object behind. The file identifier is derived from the
    content, so the same input gives the same bytes.
    """
    import pikepdf

    with pikepdf.open(io.BytesIO(data)) as pdf:
        out = io.BytesIO()
        pdf.save(
            out,
            compress_streams=True,
            object_stream_mode=pikepdf.ObjectStreamMode.preserve,
            deterministic_id=True,
        )
    return out.getvalue()


def _mark(
    source: Path, reading: PdfReading, withheld: Sequence[Any], result: PdfRedaction
) -> dict[int, list[Cover]]:
    """Mark the glyphs of every withheld span for removal; returns each page's runs of removed
    glyphs on a line (by page number), with their glyphs' boxes and labels.

    A place that is not a glyph of this PDF, or glyphs whose text is not the span's, is an
    error: the decision was made on another version of the file.
    """
    glyphs = reading.glyphs
    page_of = [text.number for text in reading.pages for _ in text.glyphs]
    labels: dict[int, str] = {}
    owner: dict[int, int] = {}  # glyph -> the number of the withheld span it belongs to
    for number, item in enumerate(withheld, start=1):
        places = [p for p in item.places if isinstance(p, int) and 0 <= p < len(glyphs)]
        shown = "".join(glyphs[p].text for p in places)
        ocr = any(glyphs[p].op < 0 for p in places)
        if (
            len(places) != len(item.places)
            or not places
            or not _same_text(shown, item.text, ocr=ocr)
        ):
            raise DocumentError(
                f"the places of {redaction_name(item, number)} are not the same text in this PDF",
                path=source,
                hint="The decision was made on another version of the file: scan the contract"
                " again and review the decision.",
            )
        for place in places:
            labels.setdefault(place, item.label)
            owner.setdefault(place, number)
        result.occurrences[item.text] = result.occurrences.get(item.text, 0) + 1
    boxes: dict[int, list[Cover]] = {t.number: [] for t in reading.pages}
    run: list[int] = []
    for index in [*sorted(labels), -1]:
        glyph = glyphs[index] if index >= 0 else None
        if glyph is not None and glyph.invisible:
            number = owner[index]
            raise DocumentError(
                f"page {page_of[index]}: the text of {redaction_name(withheld[number - 1], number)}"
                " is invisible text drawn over the page (a scanned page's text layer); the image "
                "under it cannot be redacted",
                path=source,
                hint="Redact the scan itself, or publish the document without a redacted original.",
            )
        if run and (
            index != run[-1] + 1
            or page_of[index] != page_of[run[-1]]
            or _gap(glyphs[run[-1]], glyph) == "\n"
            or glyph.segment is not glyphs[run[0]].segment
            or labels[index] != labels[run[0]]
        ):
            _box(glyphs, run, labels[run[0]])
            boxes[page_of[run[0]]].append(Cover(tuple(glyphs[i].box for i in run), labels[run[0]]))
            result.boxes += 1
            run = []
        if index >= 0:
            run.append(index)
            removed = glyph.segment.removed.setdefault(glyph.op, {})
            removed[(glyph.item, glyph.start)] = (glyph.stop, glyph.kern)
    return boxes


def _same_text(shown: str, text: str, *, ocr: bool = False) -> bool:
    """Whether the glyphs' text reads as the span's (the same characters, however ordered).

    A word read by OCR is one glyph with its punctuation ("Sandhu."), removed whole: only its
    letters and digits are compared."""
    if ocr:
        return {c for c in shown.casefold() if c.isalnum()} == {
            c for c in text.casefold() if c.isalnum()
        }
    return set(compact(shown).casefold()) == set(compact(text).casefold())


def _gap(previous: Placed, glyph: Placed) -> str:
    """What separates two consecutive glyphs in the assembled text: nothing, a space or a line."""
    ux, uy = previous.end[0] - previous.origin[0], previous.end[1] - previous.origin[1]
    length = math.hypot(ux, uy)
    ux, uy = (ux / length, uy / length) if length > 1e-9 else (1.0, 0.0)
    dx, dy = glyph.origin[0] - previous.end[0], glyph.origin[1] - previous.end[1]
    along, across = dx * ux + dy * uy, ux * dy - uy * dx
    size = max(previous.size, glyph.size)
    if abs(across) > 0.5 * size:
        return "\n"
    if along > 0.12 * size or along < -size:
        return " "
    return ""


def _box(glyphs: list[Placed], run: list[int], label: str) -> None:
    """Record the box over a run of removed glyphs in its segment (a word read by OCR has no
    segment to draw in: its page is republished as pixels)."""
    first, last = glyphs[run[0]], glyphs[run[-1]]
    if first.op < 0:
        return
    quad = (*first.quad[0:2], *last.quad[2:6], *first.quad[6:8])
    entry = (tuple(round(v, 3) for v in quad), label)
    if entry not in first.segment.boxes:
        first.segment.boxes.append(entry)


def _rewrite(
    writer: PdfWriter, page: Any, segment: Segment, secrets: list[Any], *, edited: bool = False
) -> None:
    """Write ``segment`` back with its removals, hidden content and boxes applied (and its
    operations as they are when ``edited``: an image in it was blanked)."""
    operations: list[tuple[Any, bytes]] = []
    changed = bool(segment.removed or segment.hidden or segment.boxes or edited)
    for index, (operands, op) in enumerate(segment.operations):
        if index in segment.hidden:
            if op in (b"'", b'"'):
                operations += _line_move(operands, op)
            continue
        removed = segment.removed.get(index)
        if removed is None:
            if op == b"BDC" and _strip_marked_text(operands, secrets):
                changed = True
            operations.append((operands, op))
            continue
        strings = operands[0] if op == b"TJ" else [operands[-1]]
        operations += _line_move(operands, op) if op in (b"'", b'"') else []
        operations.append(([_split(strings, removed)], b"TJ"))
    if not changed:
        return
    stream = ContentStream(None, writer)
    stream.operations = operations
    data = b"q\n" + stream.get_data() + b"\nQ\n" + _paint_boxes(segment)
    if segment.reference is None:
        new = DecodedStreamObject()
        new.set_data(data)
        # Without /Contents, replace_contents adds the stream as a new object: the old one may be
        # shared with a page that keeps it, and is dropped later if nothing else uses it.
        page.pop(NameObject("/Contents"), None)
        page.replace_contents(new.flate_encode())
        return
    form = segment.reference.get_object()
    new = DecodedStreamObject()
    for key, value in form.items():
        if key not in ("/Filter", "/DecodeParms", "/Length"):
            new[NameObject(key)] = value
    new.set_data(data)
    if isinstance(segment.reference, IndirectObject):
        writer._replace_object(segment.reference, new.flate_encode())


def _line_move(operands: list[Any], op: bytes) -> list[tuple[Any, bytes]]:
    if op == b'"':
        return [([operands[0]], b"Tw"), ([operands[1]], b"Tc"), ([], b"T*")]
    return [([], b"T*")]


def _split(strings: list[Any], removed: dict[tuple[int, int], tuple[int, float | None]]) -> Any:
    """A TJ array with the removed glyphs replaced by their displacement."""
    array = ArrayObject()

    def shift(amount: float) -> None:
        if array and isinstance(array[-1], FloatObject):
            array[-1] = FloatObject(round(float(array[-1]) + amount, 4))
        else:
            array.append(FloatObject(round(amount, 4)))

    for item_index, item in enumerate(strings):
        if not isinstance(item, (bytes, str)):
            shift(float(item))
            continue
        data = string_bytes(item)
        cursor = 0
        for (index, start), (end, kern) in sorted(removed.items()):
            if index != item_index:
                continue
            if start > cursor:
                array.append(ByteStringObject(data[cursor:start]))
            if kern is not None:
                shift(kern)
            cursor = end
        if cursor < len(data):
            array.append(ByteStringObject(data[cursor:]))
    return array


def _strip_marked_text(operands: list[Any], secrets: list[Any]) -> bool:
    """Remove replacement or alternate text holding withheld text from a marked-content dict."""
    properties = operands[1] if len(operands) > 1 else None
    if not isinstance(properties, DictionaryObject):
        return False
    stripped = False
    for key in _TEXT_KEYS:
        value = str(properties.get(key, "")).casefold()
        if value and any(secret.search(" ".join(value.split())) for secret in secrets):
            del properties[key]
            stripped = True
    return stripped


def _paint_boxes(segment: Segment) -> bytes:
    """The operators that paint the segment's boxes and labels (in its own coordinates)."""
    if not segment.boxes:
        return b""
    font = _label_font(segment)
    out = [b"q 0 g 0 G"]
    labels = []
    for quad, label in segment.boxes:
        points = [quad[i : i + 2] for i in range(0, 8, 2)]
        out.append(
            b"%.3f %.3f m %.3f %.3f l %.3f %.3f l %.3f %.3f l h f"
            % (*points[0], *points[1], *points[2], *points[3])
        )
        labels.append(_label(points, label, font))
    out.append(b"1 g")
    out += [label for label in labels if label]
    out.append(b"Q\n")
    return b"\n".join(out)


def _label(points: list[tuple[float, ...]], label: str, font: str) -> bytes:
    (x0, y0), (x1, y1), _, (x3, y3) = points
    length, height = math.hypot(x1 - x0, y1 - y0), math.hypot(x3 - x0, y3 - y0)
    encoded = label.encode("cp1252", errors="replace")
    width = sum(_HELVETICA.get(chr(code), 556) for code in encoded) / 1000
    if length < 1 or height < 1 or not width:
        return b""
    size = min(height * 0.72, length * 0.92 / width)
    if size < 3:
        return b""
    ux, uy = (x1 - x0) / length, (y1 - y0) / length
    vx, vy = (x3 - x0) / height, (y3 - y0) / height
    along, up = (length - width * size) / 2, (height - size * 0.72) / 2
    x, y = x0 + ux * along + vx * up, y0 + uy * along + vy * up
    escaped = encoded.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    return b"BT %s %.3f Tf %.4f %.4f %.4f %.4f %.3f %.3f Tm (%s) Tj ET" % (
        font.encode(),
        size,
        ux,
        uy,
        vx,
        vy,
        x,
        y,
        escaped,
    )


def _label_font(segment: Segment) -> str:
    """Add a Helvetica resource under a fresh name to the segment's resources."""
    return segment.add_resource(
        "/Font",
        "TrLabel",
        DictionaryObject({NameObject(k): NameObject(v) for k, v in _LABEL_FONT.items()}),
    )
