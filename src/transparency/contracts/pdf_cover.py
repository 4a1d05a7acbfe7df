"""Text hidden under a box: what a page paints over its own glyphs, and which glyphs it hides.

A PDF that arrives "redacted" with black boxes drawn over live text still holds the text: any
reader can copy it out. The glyph walk (:mod:`transparency.contracts.pdf_glyphs`) hands every
path-painting, colour and image operator to a :class:`Painter`, which records, in content order
relative to the glyphs, each opaque box and image painted on the page (:class:`Paint`):

- filled paths (``f``, ``F``, ``f*``, ``B``, ``B*``, ``b``, ``b*``): each ``re`` rectangle, and
  each other subpath whose outline fills at least 90% of its bounding box (a rounded or
  hand-drawn rectangle), as that box. A subpath nested in another and filled even-odd, or drawn
  the other way round, is a hole: the two make a frame, and neither is a box;
- images (``Do`` of an image XObject, inline images) without a mask, soft mask or stencil;
- clipped to the bounding box of the clipping path (``W``, ``W*``, a form's ``/BBox``);
- only when opaque: a fill alpha (``ca``) below 0.99 or a soft mask is a highlight or a
  watermark, not a cover.

The fill's shade (its perceived lightness, 0 black to 1 white) comes from ``g``, ``rg``, ``k``,
and ``sc``/``scn`` in a gray, RGB or CMYK space (or an ICC space of one, three or four
components); in a pattern, separation, indexed or unknown space it is not known.

**The cover rule** (:func:`covered`). A glyph is covered when most of its box (at least
:data:`COVERED_SHARE`) lies under a *cover*:

- an image no larger than half the page (a larger one is a page scan or a background), or
- a filled box whose shade is at most :data:`DARK` (black, dark grey, navy: what a redaction
  looks like), at least :data:`MIN_HEIGHT` of the glyph's height (not an underline or a rule),

that is painted *after* the glyph, or, for a dark box, painted *before* it when the text is of
the box's own shade (within :data:`SAME_SHADE`: black text on a black box) and nothing painted in
between shows it.

White and light boxes are not covers, though they hide what they are painted over too: word
processors and form fields paint white boxes over their own layout all the time (Free Law
Project's x-ray found the same, and counts dark boxes only). Otherwise, paint before a glyph is
its background (a table's shading, a label's box), however dark: white text on a black box is a
label. Invisible glyphs (render mode 3, an OCR layer) are never covered: they show nothing in
the first place.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from transparency.contracts.pdf_glyphs import Matrix, Placed

__all__ = [
    "COVERED_SHARE",
    "DARK",
    "MIN_HEIGHT",
    "PAINT_OPS",
    "SAME_SHADE",
    "Fill",
    "Paint",
    "Painter",
    "covered",
]

#: A glyph is covered when a later paint lies over this share of its box.
COVERED_SHARE = 0.6
#: A filled box this dark or darker (0 black, 1 white) is a cover.
DARK = 0.4
#: A box shorter than this share of the glyph's height is an underline, not a cover.
MIN_HEIGHT = 0.5
#: An image over this share of the page's area is a scan or a background, not a cover.
PAGE_SHARE = 0.5
#: Text within this much of a dark box's shade, drawn on it, cannot be seen.
SAME_SHADE = 0.05

_CONSTRUCT = frozenset({b"m", b"l", b"c", b"v", b"y", b"h", b"re"})
_FILLS = frozenset({b"f", b"F", b"f*", b"B", b"B*", b"b", b"b*"})
_ENDS = _FILLS | {b"S", b"s", b"n"}
_EVEN_ODD = frozenset({b"f*", b"B*", b"b*"})
_COLOURS = frozenset({b"g", b"rg", b"k", b"cs", b"sc", b"scn"})
#: The operators a :class:`Painter` handles.
PAINT_OPS = _CONSTRUCT | _ENDS | _COLOURS | {b"W", b"W*"}
_BOXLIKE = 0.9  # a subpath whose outline fills this share of its bounding box is that box
_MAX_NESTING_CHECK = 64  # paths with more boxes than this are not searched for frames
_OPAQUE = 0.99
_SPACES = {"/DeviceGray": 1, "/CalGray": 1, "/G": 1, "/DeviceRGB": 3, "/CalRGB": 3, "/RGB": 3}
_SPACES |= {"/DeviceCMYK": 4, "/CMYK": 4}
_COMPONENTS = {b"g": 1, b"rg": 3, b"k": 4}
_DAMAGED = (ValueError, TypeError, IndexError, KeyError, AttributeError, ArithmeticError)

Box = tuple[float, float, float, float]


@dataclass(slots=True, frozen=True)
class Paint:
    """An opaque box or image painted after some of a page's glyphs.

    ``order`` is how many of the page's glyphs were drawn before it: it lies over glyphs
    ``0 .. order - 1`` and under the others. ``shade`` is a filled box's lightness, 0 black to
    1 white (``None``: an image, or a colour that is not known).
    """

    box: Box  # page space: x0, y0, x1, y1
    order: int
    image: bool
    shade: float | None


@dataclass(slots=True, frozen=True)
class Fill:
    """The part of the graphics state that paint needs (saved and restored with ``q``/``Q``).

    ``components`` is the fill colour space's number of components (0: not a device-like space),
    ``clip`` the clipping path's page-space bounding box (``None``: the whole page).
    """

    shade: float | None = 0.0
    components: int = 1
    alpha: float = 1.0
    masked: bool = False
    clip: Box | None = None

    @property
    def opaque(self) -> bool:
        return self.alpha >= _OPAQUE and not self.masked

    def clipped(self, box: Box) -> Fill:
        """This state with the clip narrowed to ``box``."""
        return replace(self, clip=_intersect(self.clip, box))


class Painter:
    """Records a page's paint (see the module docstring) as the glyph walk hands it operators."""

    def __init__(self) -> None:
        self.paints: list[Paint] = []
        self._path: list[list[tuple[float, float]]] = []  # page space, one list per subpath
        self._clipping = False  # a W or W* waits for the end of the path

    def operate(
        self, op: bytes, operands: list[Any], fill: Fill, m: Matrix, resources: Any, drawn: int
    ) -> Fill:
        """Handle one of :data:`PAINT_OPS`; returns the fill state after it.

        ``m`` maps the stream's user space to the page's, ``drawn`` is how many glyphs the page
        has drawn so far.
        """
        try:
            if op in _CONSTRUCT:
                self._construct(op, operands, m)
            elif op in _ENDS:
                return self._end(op, fill, drawn)
            elif op in (b"W", b"W*"):
                self._clipping = True
            else:
                return _colour(op, operands, fill, resources)
        except _DAMAGED:  # paint never refuses a page: what it cannot read is not a cover
            self._path.clear()
            return replace(fill, shade=None) if op in _COLOURS else fill
        return fill

    def image(self, fill: Fill, box: Box, image: Any, drawn: int) -> None:
        """An image painted over ``box`` (page space); ``image`` its dictionary or settings."""
        if not fill.opaque or not hasattr(image, "get"):
            return
        if any(key in image for key in ("/SMask", "/Mask", "/SMaskInData")):
            return
        stencil = image.get("/ImageMask", image.get("/IM"))
        if getattr(stencil, "value", stencil) is True:
            return  # a stencil paints the fill colour through its mask: not a box
        self._record(box, fill, drawn, image=True)

    def _construct(self, op: bytes, operands: list[Any], m: Matrix) -> None:
        if op == b"re":
            x, y, w, h = (float(v) for v in operands[:4])
            corners = ((x, y), (x + w, y), (x + w, y + h), (x, y + h))
            self._path.append([_apply(m, cx, cy) for cx, cy in corners])
            self._path.append([_apply(m, x, y)])  # re leaves the current point at (x, y)
        elif op == b"m":
            self._path.append([_apply(m, float(operands[0]), float(operands[1]))])
        elif op != b"h":  # l, c, v, y: the segment's end (a curve's control points aside)
            end = operands[:2] if op == b"l" else operands[-2:]
            point = _apply(m, float(end[0]), float(end[1]))
            if self._path:
                self._path[-1].append(point)
            else:
                self._path.append([point])

    def _end(self, op: bytes, fill: Fill, drawn: int) -> Fill:
        path, self._path = self._path, []
        if self._clipping:
            self._clipping = False
            points = [p for subpath in path for p in subpath]
            if points:
                xs, ys = [p[0] for p in points], [p[1] for p in points]
                fill = fill.clipped((min(xs), min(ys), max(xs), max(ys)))
        if op in _FILLS and fill.opaque:
            for box in _boxes(path, even_odd=op in _EVEN_ODD):
                self._record(box, fill, drawn, image=False)
        return fill

    def _record(self, box: Box, fill: Fill, drawn: int, *, image: bool) -> None:
        clipped = _intersect(fill.clip, box)
        if clipped[2] > clipped[0] and clipped[3] > clipped[1]:
            self.paints.append(Paint(clipped, drawn, image, None if image else fill.shade))


def covered(glyphs: list[Placed], paints: list[Paint], page: Box | None) -> list[int]:
    """The indices (into ``glyphs``) of the glyphs that paint hides (see the module docstring).

    ``glyphs`` and ``paints`` are one page's, from the same walk; ``page`` is its crop box.
    """
    page_area = (page[2] - page[0]) * (page[3] - page[1]) if page else 0.0
    order = sorted(range(len(glyphs)), key=lambda i: glyphs[i].box[1])
    bottoms = [glyphs[i].box[1] for i in order]
    tallest = max((g.box[3] - g.box[1] for g in glyphs), default=0.0)

    def under(paint: Paint) -> list[int]:
        """The visible glyphs ``paint`` lies over (most of each), drawn before it or not."""
        low = bisect.bisect_left(bottoms, paint.box[1] - tallest)
        high = bisect.bisect_right(bottoms, paint.box[3])
        return [i for i in order[low:high] if _over(paint, glyphs[i])]

    found: set[int] = set()
    same: list[tuple[int, int]] = []  # (glyph, paint): dark text drawn on a box of its colour
    for position, paint in enumerate(paints):
        if not _is_cover(paint, page_area):
            continue
        for index in under(paint):
            if index < paint.order:
                found.add(index)
            elif not paint.image and _same_shade(glyphs[index].shade, paint.shade):
                same.append((index, position))
    # Dark text on a box of its own colour is hidden, unless something painted after the box
    # and before the text lies between them (a lighter box: the text shows on it).
    orders = [paint.order for paint in paints]
    for index, position in same:
        if index in found:
            continue
        last = bisect.bisect_right(orders, index)  # the paints drawn before the glyph
        glyph = glyphs[index]
        if not any(
            _over(paints[k], glyph)
            and (paints[k].image or not _same_shade(glyph.shade, paints[k].shade))
            for k in range(position + 1, last)
        ):
            found.add(index)
    return sorted(found)


def _over(paint: Paint, glyph: Placed) -> bool:
    """Whether ``paint`` lies over most of the visible ``glyph`` and is not an underline."""
    if glyph.invisible or not glyph.text.strip():
        return False
    x0, y0, x1, y1 = paint.box
    gx0, gy0, gx1, gy1 = glyph.box
    area = (gx1 - gx0) * (gy1 - gy0)
    if area <= 0:
        return False
    if not paint.image and min(x1 - x0, y1 - y0) < MIN_HEIGHT * _height(glyph):
        return False
    overlap = max(0.0, min(x1, gx1) - max(x0, gx0)) * max(0.0, min(y1, gy1) - max(y0, gy0))
    return overlap >= COVERED_SHARE * area


def _same_shade(text: float | None, box: float | None) -> bool:
    return text is not None and box is not None and abs(text - box) <= SAME_SHADE


def _is_cover(paint: Paint, page_area: float) -> bool:
    if paint.image:
        x0, y0, x1, y1 = paint.box
        return not page_area or (x1 - x0) * (y1 - y0) <= PAGE_SHARE * page_area
    return paint.shade is not None and paint.shade <= DARK


def _height(glyph: Placed) -> float:
    """The glyph's height across its baseline (its box's smaller side for rotated text)."""
    x0, y0, x1, y1 = glyph.box
    dx, dy = glyph.direction
    return (y1 - y0) if abs(dx) >= abs(dy) else (x1 - x0)


def _apply(m: Matrix, x: float, y: float) -> tuple[float, float]:
    return m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]


def _intersect(a: Box | None, b: Box) -> Box:
    """The intersection of two boxes (``a`` ``None``: no clip); empty boxes have no area."""
    if a is None:
        return b
    x0, y0, x1, y1 = max(a[0], b[0]), max(a[1], b[1]), min(a[2], b[2]), min(a[3], b[3])
    return (x0, y0, x1, y1) if x1 > x0 and y1 > y0 else (x0, y0, x0, y0)


def _colour(op: bytes, operands: list[Any], fill: Fill, resources: Any) -> Fill:
    """A fill colour operator: the fill's shade, or ``None`` when it cannot be told."""
    if op == b"cs":
        components = _components(resources, operands[0])
        return replace(fill, components=components, shade=0.0 if components else None)
    if op in (b"sc", b"scn"):
        count = fill.components
        values = [float(v) for v in operands if not isinstance(v, str)]
        if not count or len(values) != count or len(operands) != count:
            return replace(fill, shade=None)  # a pattern, a separation, an indexed space
    else:
        count = _COMPONENTS[op]
        values = [float(v) for v in operands[:count]]
    return replace(fill, components=count, shade=_shade(values))


def _components(resources: Any, name: Any) -> int:
    """How many components the colour space ``name`` has, or 0 if it is not device-like."""
    if name in _SPACES:
        return _SPACES[name]
    table = resources.get("/ColorSpace")
    space = table.get_object().get(name) if table is not None else None
    space = space.get_object() if space is not None else None
    if isinstance(space, list) and space:
        if space[0] == "/ICCBased" and len(space) > 1:
            components = int(space[1].get_object().get("/N", 0))
            return components if components in (1, 3, 4) else 0
        return _SPACES.get(space[0], 0)
    return _SPACES.get(space, 0) if isinstance(space, str) else 0


def _shade(values: list[float]) -> float:
    """The perceived lightness (ITU-R BT.601 luma) of a gray, RGB or CMYK colour, 0 to 1."""
    if len(values) == 1:
        return values[0]
    if len(values) == 3:
        r, g, b = values
    else:
        c, m, y, k = values
        r, g, b = (1 - c) * (1 - k), (1 - m) * (1 - k), (1 - y) * (1 - k)
    return 0.299 * r + 0.587 * g + 0.114 * b


def _boxes(path: list[list[tuple[float, float]]], *, even_odd: bool) -> list[Box]:
    """The boxes a filled path paints: each subpath that is (nearly) its own bounding box,
    less frames (a subpath nested in another that makes a hole in it)."""
    found: list[tuple[Box, float]] = []
    for points in path:
        if len(points) < 3:
            continue
        xs, ys = [p[0] for p in points], [p[1] for p in points]
        box = (min(xs), min(ys), max(xs), max(ys))
        area = (box[2] - box[0]) * (box[3] - box[1])
        signed = 0.5 * sum(
            points[i - 1][0] * points[i][1] - points[i][0] * points[i - 1][1]
            for i in range(len(points))
        )
        if area > 0 and abs(signed) >= _BOXLIKE * area:
            found.append((box, signed))
    if not 2 <= len(found) <= _MAX_NESTING_CHECK:
        return [box for box, _ in found]
    dropped: set[int] = set()
    for i, (outer, outer_sign) in enumerate(found):
        for j, (inner, inner_sign) in enumerate(found):
            if i != j and outer != inner and _contains(outer, inner):
                if even_odd or (outer_sign > 0) != (inner_sign > 0):
                    dropped |= {i, j}  # a hole: a frame, not a box
                else:
                    dropped.add(j)  # painted over by the outer box anyway
    return [box for k, (box, _) in enumerate(found) if k not in dropped]


def _contains(outer: Box, inner: Box) -> bool:
    return (
        outer[0] <= inner[0]
        and outer[1] <= inner[1]
        and inner[2] <= outer[2]
        and inner[3] <= outer[3]
    )
