"""What a block's place in the document says about it: its headings, its table row and column.

A value in a table is explained by its neighbours: "30-91-54" means nothing until the cell to
its left says "Sort code" or the header above it says "Sort code". :class:`Layout` gives each
block the headings it sits under (the nearest one and the schedule or annex it belongs to) and,
for a table cell, its column header and its row label, which the scanner passes to Presidio as
context words.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from transparency.contracts import Block, Document

__all__ = ["Layout", "Place"]

# A heading that opens a part of the document others sit under, whatever its level.
_TOP = regex.compile(r"(?i)^(?:schedule|annex|appendix|annexure|part)\b")


@dataclass(frozen=True)
class Place:
    """Where a block sits: the headings above it, and for a table cell its header and label."""

    headings: tuple[Block, ...] = ()
    column_header: str = ""
    row_label: str = ""
    #: For a table cell: the other cells of its row, and every cell of the header row.
    row_cells: str = ""
    header_row: str = ""

    @property
    def table_words(self) -> str:
        """The column header and the row label, as one string of context."""
        return " ".join(t for t in (self.column_header, self.row_label) if t)


class Layout:
    """The places of every block of ``document``, computed once."""

    def __init__(self, document: Document) -> None:
        cells: dict[tuple[int, int, int], str] = {}
        rows: dict[tuple[int, int], list[tuple[int, str]]] = {}
        for block in document.blocks:
            if block.kind == "table_cell" and block.table is not None:
                cells[(block.table, block.row or 0, block.column or 0)] = block.text
                rows.setdefault((block.table, block.row or 0), []).append(
                    (block.column or 0, block.text)
                )
        self._places: dict[int, Place] = {}
        nearest: Block | None = None
        top: Block | None = None
        for block in document.blocks:
            if block.kind == "heading":
                nearest = block
                if _TOP.match(block.text) or block.level in (None, 1):
                    top = block
                continue
            headings = tuple(h for h in (nearest, top) if h is not None)
            if top is nearest:
                headings = headings[:1]
            header = label = others = top_row = ""
            if block.kind == "table_cell" and block.table is not None:
                row, column = block.row or 0, block.column or 0
                if row > 0:
                    header = cells.get((block.table, 0, column), "")
                    top_row = " | ".join(t for _, t in rows.get((block.table, 0), []))
                if column > 0:
                    label = cells.get((block.table, row, 0), "")
                others = " | ".join(t for c, t in rows.get((block.table, row), []) if c != column)
            self._places[block.start] = Place(headings, header, label, others, top_row)

    def place(self, block: Block) -> Place:
        """The place of ``block`` (headings are empty before the first heading)."""
        return self._places.get(block.start, Place())
