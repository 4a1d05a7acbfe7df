"""Walking a PDF page's content streams glyph by glyph.

:func:`read_page` interprets the operators that position and show text (``q``/``Q``, ``cm``,
``BT``/``ET``, ``Tf``, ``Tc``, ``Tw``, ``Tz``, ``TL``, ``Ts``, ``Tr``, ``Td``, ``TD``, ``Tm``,
``T*``, ``Tj``, ``TJ``, ``'`` and ``"``), follows ``Do`` into Form XObjects, and returns every
glyph drawn with its Unicode text, where it sits in the content stream (operation, array item,
byte offsets) and where it sits on the page (a quadrilateral in the stream's own space and an
axis-aligned box in the page's default space).

Each content stream is a :class:`Segment`: the page's contents (its streams concatenated), or a
Form XObject, parsed once per document so that a form drawn on several pages is read and
rewritten once. Content in an optional-content group that is hidden by default is not read: its
operations are listed in :attr:`Segment.hidden` so that the writer drops them.

A page that draws text the tool cannot map to Unicode (see
:mod:`transparency.contracts.pdf_fonts`) is reported in
:attr:`PageText.unmappable`; the caller refuses it.

Paths, fill colours and images are handed to a :class:`~transparency.contracts.pdf_cover.Painter`,
which records the opaque boxes and images painted, in content order relative to the glyphs
(:attr:`PageText.paints`; each glyph also knows its fill's shade), so that text left under a
black box can be found.
"""

from __future__ import annotations

import itertools
import logging
import math
from dataclasses import dataclass, field, replace
from typing import Any

from pypdf.generic import ContentStream, DictionaryObject, NameObject

from transparency.contracts.pdf_cover import PAINT_OPS, Fill, Paint, Painter
from transparency.contracts.pdf_fonts import GlyphFont, Unmappable, string_bytes

__all__ = ["Documentwide", "DrawnImage", "PageText", "Paint", "Placed", "Segment", "read_page"]

logger = logging.getLogger(__name__)

Matrix = tuple[float, float, float, float, float, float]
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
_MAX_DEPTH = 12
_TEXT_OPS = {b"Tc", b"Tw", b"Tz", b"TL", b"Ts", b"Tr", b"Td", b"TD", b"Tm", b"T*", b"'", b'"'}
_PATH_OPS = {
    b"m",
    b"l",
    b"c",
    b"v",
    b"y",
    b"h",
    b"re",
    b"S",
    b"s",
    b"f",
    b"F",
    b"f*",
    b"B",
    b"B*",
    b"b",
    b"b*",
    b"n",
    b"W",
    b"W*",
    b"sh",
    b"Do",
    b"INLINE IMAGE",
    b"Tj",
    b"TJ",
}


def mul(m: Matrix, n: Matrix) -> Matrix:
    """The product ``m × n`` (apply ``m``, then ``n``)."""
    a, b, c, d, e, f = m
    aa, bb, cc, dd, ee, ff = n
    return (
        a * aa + b * cc,
        a * bb + b * dd,
        c * aa + d * cc,
        c * bb + d * dd,
        e * aa + f * cc + ee,
        e * bb + f * dd + ff,
    )


def apply(m: Matrix, x: float, y: float) -> tuple[float, float]:
    """The point ``(x, y)`` transformed by ``m``."""
    return m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]


def _matrix(operands: list[Any]) -> Matrix:
    values = tuple(float(v) for v in operands[:6])
    if len(values) != 6:
        raise ValueError("a matrix needs six numbers")
    return values  # type: ignore[return-value]


@dataclass(eq=False)
class Segment:
    """One content stream: its parsed operations and resources, and what to change in it."""

    key: str
    operations: list[tuple[Any, bytes]]
    resources: Any
    reference: Any = None  # the Form XObject's indirect reference; None for page contents
    removed: dict[int, set[tuple[int, int]]] = field(default_factory=dict)
    hidden: set[int] = field(default_factory=set)
    boxes: list[tuple[tuple[float, ...], str]] = field(default_factory=list)

    def add_resource(self, category: str, stem: str, value: Any) -> str:
        """Add ``value`` to this stream's resources under ``category`` (``/Font``,
        ``/XObject``) with a fresh name starting ``/stem``; returns the name. A Form XObject
        without resources of its own gets a copy of those it inherits."""
        resources = self.resources
        if self.reference is not None:
            form = self.reference.get_object()
            if "/Resources" not in form:
                form[NameObject("/Resources")] = DictionaryObject(resources)
            resources = form["/Resources"].get_object()
        if category not in resources:
            resources[NameObject(category)] = DictionaryObject()
        names = resources[category].get_object()
        name = next(f"/{stem}{n}" for n in itertools.count() if f"/{stem}{n}" not in names)
        names[NameObject(name)] = value
        return name


@dataclass(slots=True, eq=False)
class Placed:
    """A glyph drawn on a page (see the module docstring)."""

    text: str
    segment: Segment
    op: int
    item: int
    start: int
    stop: int  # the byte offset after the glyph's code
    kern: float | None  # the TJ displacement that replaces the glyph (None: font size 0)
    quad: tuple[float, ...]  # bottom-left, bottom-right, top-right, top-left in stream space
    box: tuple[float, float, float, float]  # page space: x0, y0, x1, y1
    origin: tuple[float, float]  # page space, on the baseline
    end: tuple[float, float]
    size: float  # the font size in page space
    invisible: bool
    direction: tuple[float, float] = (1.0, 0.0)  # page space: the baseline's unit vector
    bold: bool = False  # the font's name says bold, black, heavy, demi or semibold
    shade: float | None = None  # the fill's lightness, 0 black to 1 white (None: not known)
    confidence: float | None = None  # a word read by OCR: Tesseract's confidence, 0 to 100


@dataclass(slots=True, eq=False)
class DrawnImage:
    """An image drawn on a page: where it is drawn from and how it is placed.

    ``op`` is the index of the ``Do`` or inline-image operation in ``segment``; ``image`` the
    image XObject's dictionary or the inline image's operands; ``reference`` the XObject's
    indirect reference (``None``: an inline image, or a direct object); ``matrix`` maps the
    image's unit square onto the page (its default space); ``box`` is that square's bounds.
    """

    segment: Segment
    op: int
    image: Any
    reference: Any
    matrix: Matrix
    box: tuple[float, float, float, float]


@dataclass
class PageText:
    """What :func:`read_page` found on one page."""

    number: int
    glyphs: list[Placed] = field(default_factory=list)
    paints: list[Paint] = field(default_factory=list)  # opaque boxes and images, in order
    images: list[DrawnImage] = field(default_factory=list)  # every image drawn, in order
    segments: list[Segment] = field(default_factory=list)
    image_area: float = 0.0  # the page-space area of the largest image drawn
    unmappable: list[str] = field(default_factory=list)
    scanned: bool = False  # an image read by OCR: its glyphs are words (Placed.confidence)


@dataclass
class Documentwide:
    """What is shared between pages: parsed forms and decoded fonts."""

    forms: dict[int, Segment] = field(default_factory=dict)
    fonts: dict[int, GlyphFont | str] = field(default_factory=dict)
    hidden_groups: set[int] = field(default_factory=set)


@dataclass
class _State:
    ctm: Matrix = IDENTITY
    font: GlyphFont | str | None = None
    size: float = 0.0
    tc: float = 0.0
    tw: float = 0.0
    th: float = 1.0
    tl: float = 0.0
    ts: float = 0.0
    tr: int = 0
    fill: Fill = field(default_factory=Fill)

    def copy(self) -> _State:
        return _State(**{name: getattr(self, name) for name in self.__dataclass_fields__})


def _ref_id(obj: Any) -> int:
    ref = getattr(obj, "indirect_reference", None)
    return ref.idnum if ref is not None else id(obj)


def read_page(page: Any, number: int, shared: Documentwide) -> PageText:
    """Read every glyph of ``page`` (1-based ``number``) in content order."""
    result = PageText(number)
    contents = page.get_contents()
    resources = page.get("/Resources")
    resources = resources.get_object() if resources is not None else {}
    if contents is None:
        return result
    stream = contents if isinstance(contents, ContentStream) else ContentStream(contents, None)
    segment = Segment(f"page {number}", stream.operations, resources)
    result.segments.append(segment)
    walker = _Walker(result, shared)
    walker.walk(segment, IDENTITY, 0)
    result.paints = walker.painter.paints
    return result


class _Walker:
    def __init__(self, result: PageText, shared: Documentwide) -> None:
        self.result = result
        self.shared = shared
        self.painter = Painter()

    def walk(self, segment: Segment, base: Matrix, depth: int, fill: Fill | None = None) -> None:
        """Interpret ``segment``'s operations; ``base`` maps its space to the page's.

        ``fill`` is the paint state a Form XObject inherits from the stream that draws it.
        """
        state, stack = _State(), []
        state.fill = fill or state.fill
        tm = tlm = IDENTITY
        hidden_depth = 0  # > 0 while inside hidden optional content
        marked: list[bool] = []
        for index, (operands, op) in enumerate(segment.operations):
            if op in (b"BDC", b"BMC"):
                hide = op == b"BDC" and self._hidden(operands, segment.resources)
                marked.append(hide)
                hidden_depth += hide
            elif op == b"EMC" and marked:
                hidden_depth -= marked.pop()
            if hidden_depth and op in _PATH_OPS:
                segment.hidden.add(index)
                continue
            if hidden_depth and op in (b"'", b'"'):
                segment.hidden.add(index)
                op = b"T*"  # noqa: PLW2901 - the line still moves; nothing is shown
            try:
                if op == b"q":
                    stack.append(state.copy())
                elif op == b"Q":
                    state = stack.pop() if stack else state
                elif op == b"cm":
                    state.ctm = mul(_matrix(operands), state.ctm)
                elif op == b"BT":
                    tm = tlm = IDENTITY
                elif op == b"Tf":
                    state.font = self._font(segment.resources, operands[0])
                    state.size = float(operands[1])
                elif op in _TEXT_OPS:
                    tm, tlm = self._text_op(segment, index, operands, op, state, tm, tlm, base)
                elif op == b"Tj":
                    tm = self._show(segment, index, operands[:1], state, tm, base)
                elif op == b"TJ":
                    tm = self._show(segment, index, list(operands[0]), state, tm, base)
                elif op == b"Do":
                    self._do(segment, index, operands[0], state, base, depth)
                elif op == b"INLINE IMAGE":
                    settings = operands.get("settings") if isinstance(operands, dict) else None
                    self._image(state, base, settings, segment, index, operands, None)
                elif op == b"gs":
                    self._graphics_state(segment.resources, operands[0], state)
                elif op in PAINT_OPS:
                    state.fill = self.painter.operate(
                        op,
                        operands,
                        state.fill,
                        mul(state.ctm, base),
                        segment.resources,
                        len(self.result.glyphs),
                    )
            except (ValueError, TypeError, IndexError, KeyError) as error:
                # The error's type only: its message may quote an operand, i.e. page text.
                logger.debug(
                    "%s: operation %d (%s) skipped: %s",
                    segment.key,
                    index,
                    op,
                    type(error).__name__,
                )

    def _text_op(
        self,
        segment: Segment,
        index: int,
        operands: list[Any],
        op: bytes,
        state: _State,
        tm: Matrix,
        tlm: Matrix,
        base: Matrix,
    ) -> tuple[Matrix, Matrix]:
        """Text state and positioning operators, and the quotes; returns (Tm, Tlm)."""
        if op in (b"Tc", b"Tw", b"Tz", b"TL", b"Ts", b"Tr"):
            self._text_state(state, op, float(operands[0]))
        elif op in (b"Td", b"TD"):
            tx, ty = float(operands[0]), float(operands[1])
            if op == b"TD":
                state.tl = -ty
            tm = tlm = mul((1, 0, 0, 1, tx, ty), tlm)
        elif op == b"Tm":
            tm = tlm = _matrix(operands)
        else:  # T*, ' and "
            if op == b'"':
                state.tw, state.tc = float(operands[0]), float(operands[1])
            tm = tlm = mul((1, 0, 0, 1, 0, -state.tl), tlm)
            if op != b"T*":
                tm = self._show(segment, index, [operands[-1]], state, tm, base)
        return tm, tlm

    @staticmethod
    def _text_state(state: _State, op: bytes, value: float) -> None:
        if op == b"Tc":
            state.tc = value
        elif op == b"Tw":
            state.tw = value
        elif op == b"Tz":
            state.th = value / 100
        elif op == b"TL":
            state.tl = value
        elif op == b"Ts":
            state.ts = value
        else:
            state.tr = int(value)

    def _graphics_state(self, resources: Any, name: Any, state: _State) -> None:
        gs = resources.get("/ExtGState", {}).get_object().get(name)
        gs = gs.get_object() if gs is not None else {}
        if "/Font" in gs:
            font_ref, size = gs["/Font"]
            state.font = self._load_font(font_ref.get_object(), str(name))
            state.size = float(size)
        if "/ca" in gs or "/SMask" in gs:
            alpha = float(gs.get("/ca", state.fill.alpha))
            masked = gs["/SMask"] != "/None" if "/SMask" in gs else state.fill.masked
            state.fill = replace(state.fill, alpha=alpha, masked=masked)

    def _font(self, resources: Any, name: Any) -> GlyphFont | str:
        fonts = resources.get("/Font")
        font = fonts.get_object().get(name) if fonts is not None else None
        if font is None:
            return f"font {name} is used but not defined"
        return self._load_font(font.get_object(), str(name))

    def _load_font(self, font: Any, name: str) -> GlyphFont | str:
        key = _ref_id(font)
        cached = self.shared.fonts.get(key)
        if cached is None:
            try:
                cached = GlyphFont(font, name)
            except Unmappable as error:
                cached = str(error)
            except Exception as error:
                cached = f"font {name} cannot be read ({type(error).__name__}: {error})"
            self.shared.fonts[key] = cached
        return cached

    def _show(
        self,
        segment: Segment,
        index: int,
        items: list[Any],
        state: _State,
        tm: Matrix,
        base: Matrix,
    ) -> Matrix:
        """Place the glyphs of a text-showing operation; returns the text matrix after it."""
        font, size, th = state.font, state.size, state.th
        if not isinstance(font, GlyphFont):
            if any(isinstance(item, (bytes, str)) and len(item) for item in items):
                reason = font if isinstance(font, str) else "text is shown with no font selected"
                if reason not in self.result.unmappable:
                    self.result.unmappable.append(reason)
            return tm
        invisible = state.tr in (3, 7)
        shade = state.fill.shade if state.tr in (0, 2, 4, 6) else None  # filled, not stroked
        for item_index, item in enumerate(items):
            if not isinstance(item, (bytes, str)):
                tm = mul((1, 0, 0, 1, -float(item) / 1000 * size * th, 0), tm)
                continue
            try:
                glyphs = font.glyphs(string_bytes(item))
            except Unmappable as error:
                if str(error) not in self.result.unmappable:
                    self.result.unmappable.append(str(error))
                return tm
            # Within a string only the text matrix's translation moves, along its x axis:
            # the rendering matrices are computed once and each glyph is offset by ``shift``.
            trm = mul(tm, state.ctm)
            page_trm = mul(trm, base)
            low, high = font.descent * size + state.ts, font.ascent * size + state.ts
            em = abs(size) * math.hypot(page_trm[2], page_trm[3]) or 1.0
            length = math.hypot(page_trm[0], page_trm[1])
            direction = (
                (page_trm[0] / length, page_trm[1] / length) if length > 1e-12 else (1.0, 0.0)
            )
            # Each corner is ``apply(m, x, y)`` written out (the same sums in the same order,
            # so the same floats): this loop runs once per glyph of the document.
            a, b, c, d, e, f = trm
            pa, pb, pc, pd, pe, pf = page_trm
            c_low, d_low, c_high, d_high = c * low, d * low, c * high, d * high
            pc_low, pd_low, pc_high, pd_high = pc * low, pd * low, pc * high, pd * high
            pc_ts, pd_ts = pc * state.ts, pd * state.ts
            upright = pb == 0 and pc == 0
            glyphs_out = self.result.glyphs
            bold = font.bold
            tc, tw = state.tc, state.tw
            shift = 0.0
            for glyph in glyphs:
                width = glyph.width
                tx = (width * size + tc + (tw if glyph.word_space else 0)) * th
                if glyph.text:
                    right = shift + width * size * th
                    quad = (
                        a * shift + c_low + e,
                        b * shift + d_low + f,
                        a * right + c_low + e,
                        b * right + d_low + f,
                        a * right + c_high + e,
                        b * right + d_high + f,
                        a * shift + c_high + e,
                        b * shift + d_high + f,
                    )
                    x0, y0 = pa * shift + pc_low + pe, pb * shift + pd_low + pf
                    x1, y1 = pa * right + pc_low + pe, pb * right + pd_low + pf
                    x2, y2 = pa * right + pc_high + pe, pb * right + pd_high + pf
                    x3, y3 = pa * shift + pc_high + pe, pb * shift + pd_high + pf
                    if upright:  # x0 == x3, x1 == x2, y0 == y1 and y2 == y3
                        box = (
                            x0 if x0 < x1 else x1,
                            y0 if y0 < y3 else y3,
                            x1 if x0 < x1 else x0,
                            y3 if y0 < y3 else y0,
                        )
                    else:
                        box = (
                            min(x0, x1, x2, x3),
                            min(y0, y1, y2, y3),
                            max(x0, x1, x2, x3),
                            max(y0, y1, y2, y3),
                        )
                    after = shift + tx
                    glyphs_out.append(
                        Placed(
                            glyph.text,
                            segment,
                            index,
                            item_index,
                            glyph.start,
                            glyph.end,
                            -tx / th * 1000 / size if size else None,
                            quad,
                            box,
                            (pa * shift + pc_ts + pe, pb * shift + pd_ts + pf),
                            (pa * after + pc_ts + pe, pb * after + pd_ts + pf),
                            em,
                            invisible,
                            direction,
                            bold,
                            shade,
                        )
                    )
                shift += tx
            tm = mul((1, 0, 0, 1, shift, 0), tm)
        return tm

    def _do(
        self, segment: Segment, index: int, name: Any, state: _State, base: Matrix, depth: int
    ) -> None:
        xobjects = segment.resources.get("/XObject")
        ref = xobjects.get_object().raw_get(name) if xobjects is not None else None
        if ref is None:
            return
        xobject = ref.get_object()
        if "/OC" in xobject and self._group_hidden(xobject["/OC"].get_object()):
            segment.hidden.add(index)  # drawn only in a layer that is off: dropped
            return
        subtype = xobject.get("/Subtype")
        if subtype == "/Image":
            self._image(state, base, xobject, segment, index, xobject, ref)
            return
        if subtype != "/Form" or depth >= _MAX_DEPTH:
            return
        key = _ref_id(xobject)
        form = self.shared.forms.get(key)
        if form is None:
            resources = xobject.get("/Resources")
            resources = resources.get_object() if resources is not None else segment.resources
            operations = ContentStream(xobject, None).operations
            form = Segment(f"form XObject {name} ({key} 0 R)", operations, resources, ref)
            self.shared.forms[key] = form
        if form not in self.result.segments:
            self.result.segments.append(form)
        matrix = _matrix(xobject.get("/Matrix", IDENTITY))
        local_to_page = mul(mul(matrix, state.ctm), base)
        fill = state.fill
        try:
            fill = fill.clipped(_bounds(local_to_page, [float(v) for v in xobject["/BBox"]]))
        except (KeyError, ValueError, TypeError):
            pass  # no usable /BBox: the clip stays as it is
        self.walk(form, local_to_page, depth + 1, fill)

    def _image(
        self,
        state: _State,
        base: Matrix,
        image: Any,
        segment: Segment,
        index: int,
        drawn: Any,
        reference: Any,
    ) -> None:
        """An image drawn in the unit square under the CTM: its page-space area, and its box for
        the painter (``image`` is its dictionary, or an inline image's settings); ``drawn`` (the
        dictionary, or the inline image's operands) and ``reference`` are recorded with the
        operation that draws it (:class:`DrawnImage`)."""
        matrix = mul(state.ctm, base)
        box = _bounds(matrix, [0.0, 0.0, 1.0, 1.0])
        area = (box[2] - box[0]) * (box[3] - box[1])
        self.result.image_area = max(self.result.image_area, area)
        self.result.images.append(DrawnImage(segment, index, drawn, reference, matrix, box))
        self.painter.image(state.fill, box, image, len(self.result.glyphs))

    def _hidden(self, operands: list[Any], resources: Any) -> bool:
        if len(operands) < 2 or operands[0] != "/OC":
            return False
        properties = operands[1]
        if isinstance(properties, str):
            table = resources.get("/Properties")
            properties = table.get_object().get(properties) if table is not None else None
        return properties is not None and self._group_hidden(properties.get_object())

    def _group_hidden(self, group: Any) -> bool:
        """Whether an optional-content group (or membership dictionary) is off by default."""
        if group.get("/Type") == "/OCMD":
            members = group.get("/OCGs")
            members = members.get_object() if members is not None else []
            if not isinstance(members, list):
                members = [members]
            ids = [_ref_id(m.get_object()) for m in members]
            return bool(ids) and all(i in self.shared.hidden_groups for i in ids)
        return _ref_id(group) in self.shared.hidden_groups


def _bounds(m: Matrix, box: list[float]) -> tuple[float, float, float, float]:
    """The page-space bounding box of the rectangle ``box`` (x0, y0, x1, y1) under ``m``."""
    x0, y0, x1, y1 = box[:4]
    points = [apply(m, x, y) for x, y in ((x0, y0), (x1, y0), (x1, y1), (x0, y1))]
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return min(xs), min(ys), max(xs), max(ys)
