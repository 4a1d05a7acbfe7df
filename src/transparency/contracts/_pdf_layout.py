"""Layout analysis for PDF text: positioned fragments into lines, lines into blocks.

The input is what :mod:`transparency.contracts.pdf` makes of the reader's glyphs: text fragments
with a position in the frame of their own baseline (``x`` along it, ``y`` across it, growing
upwards), an effective font size, a width, a bold flag and the place of each character (the
glyph it comes from). Everything here is geometry and heuristics; nothing reads the PDF. Every
text carries its places along: a character the layout adds (a space between words set apart, a
space joining cells or lines) has the place ``None``.

1. :func:`assemble_lines` groups fragments into lines by baseline (tolerance half the font
   size), orders them left to right, inserts a space where the gap is a word gap and splits the
   line into cells where the gap is wider than :data:`CELL_GAP` ems.
2. :func:`mark_running_lines` turns lines in the top or bottom :data:`ZONE` of the page into
   ``header``/``footer`` lines when their text, digits aside, repeats on at least half the pages
   (and two), or when they are a bare page number.
3. :func:`page_blocks` groups the remaining lines into blocks. Two or more consecutive lines
   with several cells whose extents line up in at least two columns are a table; closely spaced
   one-cell lines among them are a cell's text wrapped over several lines. Other lines join the
   block above unless the gap is clearly wider than the document's usual line spacing, the font
   size or weight changes, or the line starts a new list item. A block is a ``heading`` when it
   is short, does not end with a full stop, and is larger than the body text or bold.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

__all__ = [
    "BlockSpec",
    "Cell",
    "Fragment",
    "Line",
    "Style",
    "alias",
    "assemble_lines",
    "document_style",
    "mark_running_lines",
    "page_blocks",
]

CELL_GAP = 0.9  # ems between fragments that separate two cells of a table row
SPACE_GAP = 0.12  # ems between fragments that make a word space
ZONE = 0.08  # the share of the page at the top and at the bottom where running lines live
HEADING_RATIO = 1.15  # a line this much larger than the body text is a heading
MAX_HEADING = 150  # characters; longer text is a paragraph whatever its font

_BULLET = r"[•●○◦▪■□‣∙·*\-–—]"
_NUMBER = r"\(?(?:\d{1,3}|[a-z]|[ivxlc]{1,6})\)|\d{1,3}\.(?:\d{1,3}\.?)*"
_MARKER = re.compile(rf"\s*(?:{_BULLET}|{_NUMBER})\s+\S", re.IGNORECASE)
_MARKER_ONLY = re.compile(rf"\s*(?:{_BULLET}|{_NUMBER})\s*", re.IGNORECASE)
_PAGE_NUMBER = re.compile(r"[-–—\s]*(?:page\s*)?#(?:\s*(?:of|/)\s*#)?[-–—\s]*", re.IGNORECASE)
_OPEN_END = re.compile(r"(?:[.;:!?]|\b(?:and|or))\s*$", re.IGNORECASE)
_DIGITS = re.compile(r"\d+")


@dataclass(slots=True)
class Fragment:
    """A run of text at one position: ``x`` along the baseline, ``y`` across it (upwards)."""

    text: str
    x: float
    y: float
    size: float
    width: float
    bold: bool
    places: tuple[Any, ...] = ()  # one per character of ``text``


@dataclass(slots=True)
class Cell:
    """The text of a line between two wide gaps, and its horizontal extent."""

    x0: float
    x1: float
    text: str
    places: tuple[Any, ...] = ()


@dataclass
class Line:
    """One line of text; ``orient`` is its baseline angle, ``zone`` top/bottom of the page."""

    y: float
    size: float
    bold: bool
    cells: list[Cell]
    orient: int = 0
    zone: str | None = None
    kind: str | None = None  # "header" or "footer" once recognised as a running line

    @property
    def x0(self) -> float:
        return self.cells[0].x0

    @property
    def x1(self) -> float:
        return self.cells[-1].x1

    @property
    def text(self) -> str:
        return " ".join(cell.text for cell in self.cells)

    @property
    def places(self) -> tuple[Any, ...]:
        return _joined([cell.places for cell in self.cells])


@dataclass(frozen=True)
class Style:
    """The document's body font size and usual baseline gap (as a multiple of the size)."""

    body_size: float = 10.0
    leading: float = 1.2


@dataclass
class BlockSpec:
    """A block to add to the document: kind, text and where it sits."""

    kind: str
    text: str
    level: int | None = None
    table: int | None = None
    row: int | None = None
    column: int | None = None
    places: tuple[Any, ...] | None = None  # one per character of ``text``


def alias(*places: Any) -> Any:
    """One place standing for several (a frozenset of them), ``None`` left out."""
    members: set[Any] = set()
    for place in places:
        if isinstance(place, frozenset):
            members |= place
        elif place is not None:
            members.add(place)
    if not members:
        return None
    return next(iter(members)) if len(members) == 1 else frozenset(members)


def _joined(parts: list[tuple[Any, ...]]) -> tuple[Any, ...]:
    """The places of texts joined by single spaces (the spaces have none)."""
    out: list[Any] = []
    for index, part in enumerate(parts):
        if index:
            out.append(None)
        out.extend(part)
    return tuple(out)


def assemble_lines(fragments: list[Fragment]) -> list[Line]:
    """Group fragments of one orientation into lines, top to bottom (see the module docstring)."""
    groups: list[list[Fragment]] = []
    for fragment in sorted(fragments, key=lambda f: (-f.y, f.x)):
        if groups and abs(groups[-1][0].y - fragment.y) <= 0.5 * min(
            fragment.size, groups[-1][0].size
        ):
            groups[-1].append(fragment)
        else:
            groups.append([fragment])
    return [line for group in groups if (line := _line(group)) is not None]


def _line(group: list[Fragment]) -> Line | None:
    group.sort(key=lambda f: f.x)
    cells: list[Cell] = []
    parts: list[str] = []
    places: list[Any] = []
    prev = group[0]
    start, end = prev.x, prev.x
    weights: Counter[float] = Counter()
    bold = 0
    baseline = max(group, key=lambda f: len(f.text)).y  # not a superscript's
    for index, fragment in enumerate(group):
        if index:
            if fragment.text == prev.text and abs(fragment.x - prev.x) < 0.3 * fragment.size:
                # The same text printed twice, slightly offset: a faked bold. Read once, its
                # characters stand for both copies' glyphs.
                count = len(fragment.text)
                twins = fragment.places or (None,) * count
                places[-count:] = map(alias, places[-count:], twins)
                continue
            gap = fragment.x - end
            em = max(fragment.size, prev.size)
            if gap > CELL_GAP * em:
                cells.append(Cell(start, end, "".join(parts), tuple(places)))
                parts, places, start = [], [], fragment.x
            elif gap > SPACE_GAP * em and not (
                parts[-1][-1:].isspace() or fragment.text[:1].isspace()
            ):
                parts.append(" ")
                places.append(None)
        parts.append(fragment.text)
        places.extend(fragment.places or (None,) * len(fragment.text))
        end = max(end, fragment.x + fragment.width)
        weights[fragment.size] += len(fragment.text)
        bold += len(fragment.text) if fragment.bold else 0
        prev = fragment
    cells.append(Cell(start, end, "".join(parts), tuple(places)))
    cells = [cell for cell in cells if cell.text.strip()]
    if not cells:
        return None
    if len(cells) > 1 and _MARKER_ONLY.fullmatch(cells[0].text):
        # A bullet or clause number set apart from its text by a hanging indent.
        cells[:2] = [
            Cell(
                cells[0].x0,
                cells[1].x1,
                f"{cells[0].text} {cells[1].text}",
                _joined([cells[0].places, cells[1].places]),
            )
        ]
    chars = sum(weights.values())
    return Line(baseline, weights.most_common(1)[0][0], bold * 2 > chars, cells)


def _running_key(line: Line) -> str:
    return _DIGITS.sub("#", " ".join(line.text.split())).lower()


def mark_running_lines(pages: list[list[Line]]) -> None:
    """Mark repeated lines at the top/bottom of pages, and page numbers, as header/footer."""
    seen: Counter[tuple[str, str]] = Counter()
    for lines in pages:
        seen.update({(line.zone, _running_key(line)) for line in lines if line.zone})
    needed = max(2, (len(pages) + 1) // 2)
    for lines in pages:
        for line in lines:
            if line.zone is None:
                continue
            key = _running_key(line)
            if seen[line.zone, key] >= needed or _PAGE_NUMBER.fullmatch(key):
                line.kind = "header" if line.zone == "top" else "footer"


def document_style(pages: list[list[Line]]) -> Style:
    """The body font size (the size of most characters) and the usual line spacing."""
    sizes: Counter[float] = Counter()
    ratios: list[float] = []
    for lines in pages:
        body = [line for line in lines if line.kind is None]
        for line in body:
            sizes[round(line.size * 2) / 2] += len(line.text)
        for above, below in itertools.pairwise(body):
            if above.orient == below.orient and abs(above.size - below.size) < 0.5:
                ratio = (above.y - below.y) / above.size
                if 0.8 <= ratio <= 4:
                    ratios.append(ratio)
    if not sizes:
        return Style()
    ratios.sort()
    # Lines within paragraphs outnumber the gaps between paragraphs, so the lower third is the
    # line spacing; with few lines to go by, it may not be, and single spacing is likelier.
    leading = ratios[len(ratios) * 3 // 10] if ratios else 1.2
    if len(ratios) < 8:
        leading = min(leading, 1.25)
    return Style(sizes.most_common(1)[0][0], leading)


def page_blocks(lines: list[Line], style: Style, tables: Iterator[int]) -> list[BlockSpec]:
    """The blocks of one page's lines in reading order; ``tables`` numbers the tables."""
    right = {line.orient: 0.0 for line in lines}
    for line in lines:
        if line.kind is None:
            right[line.orient] = max(right[line.orient], line.x1)
    specs: list[BlockSpec] = []
    block: list[Line] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        end = index + 1 if line.kind is not None else _table_end(lines, index, style)
        if end > index and line.kind is None and len(_columns(lines[index:end])) < 2:
            end = index  # gaps that do not line up: not a table
        if end > index:
            if block:
                specs.append(_classify(block, style))
                block = []
            if line.kind is not None:
                specs.append(BlockSpec(line.kind, line.text, places=line.places))
            else:
                specs.extend(_table(lines[index:end], style, next(tables)))
            index = end
            continue
        if block and not _continues(block, line, style, right[line.orient]):
            specs.append(_classify(block, style))
            block = []
        block.append(line)
        index += 1
    if block:
        specs.append(_classify(block, style))
    return specs


def _tight(above: Line, below: Line, style: Style) -> bool:
    """Whether ``below`` follows ``above`` as the next line of the same text (or cell)."""
    gap = above.y - below.y
    same_size = abs(above.size - below.size) <= 0.1 * above.size
    return same_size and 0 < gap <= 1.15 * style.leading * max(above.size, below.size)


def _table_end(lines: list[Line], index: int, style: Style) -> int:
    """The end of the table that starts at ``lines[index]``, or ``index`` if none starts there.

    A table is two or more lines with several cells each. A line of one cell that closely
    follows a table line is a cell's text wrapped on to it; up to three closely spaced lines of
    one cell just above a row lead into that row (the top of a bottom-aligned cell).
    """
    if len(lines[index].cells) < 2:
        return index
    rows, scan = 1, index + 1
    while scan < len(lines):
        line, above = lines[scan], lines[scan - 1]
        if line.kind is not None or line.orient != above.orient:
            break
        if len(line.cells) >= 2:
            rows += 1
        elif not _tight(above, line, style):
            lead_in = _lead_in(lines, scan, style)
            if not lead_in:
                break
            scan += lead_in
            continue
        scan += 1
    return scan if rows >= 2 else index


def _lead_in(lines: list[Line], start: int, style: Style) -> int:
    """How many one-cell lines from ``lines[start]`` lead closely into a table row, or 0."""
    for stop in range(start + 1, min(start + 4, len(lines))):
        if lines[stop].kind is not None or not _tight(lines[stop - 1], lines[stop], style):
            return 0
        if len(lines[stop].cells) >= 2:
            return stop - start
    return 0


def _table(lines: list[Line], style: Style, table: int) -> list[BlockSpec]:
    """The cells of a table found by :func:`_table_end`, row by row.

    Where the rows are spaced wider than lines of text, a line of several cells that closely
    follows a row continues it (cells wrapped in more than one column).
    """
    rows = [line for line in lines if len(line.cells) > 1]
    columns = _columns(rows)
    pitches = sorted(above.y - below.y for above, below in itertools.pairwise(rows))
    pitch = pitches[len(pitches) * 3 // 4] if pitches else 0.0
    grid: list[dict[int, list[Cell]]] = []
    pending: dict[int, list[Cell]] = {}  # lines leading into the next row, by column
    leading_in = False
    for position, line in enumerate(lines):
        close = position > 0 and _tight(lines[position - 1], line, style)
        if len(line.cells) > 1:
            if not (close and lines[position - 1].y - line.y < 0.8 * pitch and not pending):
                grid.append(pending)
            pending, leading_in = {}, False
            for cell in line.cells:
                grid[-1].setdefault(_column(columns, cell), []).append(cell)
            continue
        leading_in = leading_in or not close
        target = pending if leading_in else grid[-1]
        target.setdefault(_column(columns, line.cells[0]), []).append(line.cells[0])
    return [
        BlockSpec(
            "table_cell",
            " ".join(cell.text for cell in cells[column]),
            table=table,
            row=row,
            column=column,
            places=_joined([cell.places for cell in cells[column]]),
        )
        for row, cells in enumerate(grid)
        for column in sorted(cells)
    ]


def _columns(lines: list[Line]) -> list[tuple[float, float]]:
    """Column extents: the union of overlapping extents of the cells of lines with several."""
    cells = [cell for line in lines if len(line.cells) > 1 for cell in line.cells]
    columns: list[tuple[float, float]] = []
    for cell in sorted(cells, key=lambda c: c.x0):
        if columns and cell.x0 <= columns[-1][1]:
            columns[-1] = (columns[-1][0], max(columns[-1][1], cell.x1))
        else:
            columns.append((cell.x0, cell.x1))
    return columns


def _column(columns: list[tuple[float, float]], cell: Cell) -> int:
    middle = (cell.x0 + cell.x1) / 2
    distances = [
        0.0 if x0 <= middle <= x1 else min(abs(middle - x0), abs(middle - x1)) for x0, x1 in columns
    ]
    return distances.index(min(distances))


def _continues(block: list[Line], line: Line, style: Style, right: float) -> bool:
    """Whether ``line`` continues the block whose lines are ``block``."""
    first, above = block[0], block[-1]
    if line.orient != above.orient:
        return False
    gap = above.y - line.y
    if not 0 < gap <= 1.3 * style.leading * max(line.size, above.size) + 0.5:
        return False
    if abs(line.size - first.size) > 0.1 * first.size or line.bold != first.bold:
        return False
    if _MARKER.match(line.text):
        # A clause or bullet at the start of a line is a new item, unless the line above reads
        # on into it (a wrapped sentence that happens to start with "2.5 hours").
        complete = _OPEN_END.search(above.text) or above.x1 < right - 4 * above.size
        return not complete
    return True


def _classify(lines: list[Line], style: Style) -> BlockSpec:
    spec = _kind(lines, style)
    spec.places = _joined([line.places for line in lines])
    return spec


def _kind(lines: list[Line], style: Style) -> BlockSpec:
    text = " ".join(line.text for line in lines)
    first = lines[0]
    stripped = text.strip()
    larger = first.size >= HEADING_RATIO * style.body_size
    if (
        (larger or first.bold)
        and len(stripped) <= MAX_HEADING
        and len(lines) <= 3
        and not stripped.endswith(".")
        and any(ch.isalpha() for ch in stripped)
    ):
        level = 1 if first.size >= 1.5 * style.body_size else 2
        return BlockSpec("heading", text, level=level)
    if _MARKER.match(first.text):
        return BlockSpec("list_item", text)
    return BlockSpec("paragraph", text)
