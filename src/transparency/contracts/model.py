"""The document model every parser produces and every later stage reads.

A :class:`Document` is its plain text plus the ordered :class:`Block` objects that make it up.
Each block knows its kind, its page (PDF), a stable anchor and its character offsets into
``Document.text``. Block texts are whitespace-normalised when they are added (runs of spaces,
tabs and line breaks become one space), so a value wrapped over a line break in the source reads
as one string, and offsets stay valid for every stage. Blocks are separated in ``text`` by a
blank line.

**Places.** A document also knows where each character of its text comes from:
``Document.places[i]`` is the place of ``text[i]`` in the file, as the format's reader numbers
it (for a PDF, the glyph's index in :func:`transparency.contracts.pdf_reader.read_glyphs`' walk
of the pages; for a DOCX, the character's key in the reader of
:mod:`transparency.contracts.docx`), or ``None`` for a character the model adds (the blank line
between blocks, a space between words set apart on the page). A character read once from text
the file shows twice (a bold faked by printing a word twice, a running header repeated in
several parts) has a ``frozenset`` of places: all of them are removed with it. A decision names
a span of
``text``; :meth:`Document.places_of` turns it into the places that the redacted original removes,
and nothing else is removed.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "BLOCK_KINDS",
    "Block",
    "Document",
    "DocumentBuilder",
    "normalise_placed",
    "normalise_space",
]

BLOCK_KINDS = (
    "heading",
    "paragraph",
    "list_item",
    "table_cell",
    "header",
    "footer",
    "footnote",
)
BLOCK_SEPARATOR = "\n\n"

_SPACE = re.compile(r"\s+")
# Characters that extractors produce but that carry no text: soft hyphen, zero-width marks, BOM.
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")


def normalise_space(text: str) -> str:
    """Collapse every run of whitespace to one space and drop invisible characters."""
    return _SPACE.sub(" ", _INVISIBLE.sub("", text)).strip()


def normalise_placed(text: str, places: Sequence[Any]) -> tuple[str, list[Any]]:
    """:func:`normalise_space` for a text whose characters have places (one per character).

    A run of whitespace becomes one space whose place is the run's first placed character (or
    ``None``); dropped characters lose their places. The result's text equals
    ``normalise_space(text)``.
    """
    if len(places) != len(text):
        raise ValueError("one place per character is needed")  # a programming error
    out: list[str] = []
    kept: list[Any] = []
    pending: Any = _NONE  # a whitespace run not yet written: its place
    for char, place in zip(text, places, strict=True):
        if _INVISIBLE.match(char):
            continue
        if char.isspace():
            if pending is _NONE or pending is None:
                pending = place
            continue
        if pending is not _NONE:
            if out:
                out.append(" ")
                kept.append(pending)
            pending = _NONE
        out.append(char)
        kept.append(place)
    return "".join(out), kept


_NONE = object()


@dataclass(frozen=True)
class Block:
    """One unit of a document: a heading, a paragraph, a table cell, a header line ...

    ``start`` and ``end`` are offsets into :attr:`Document.text`; ``anchor`` is derived from the
    block's kind and text (not its position), so it survives edits elsewhere in the document.
    """

    kind: str
    text: str
    start: int
    end: int
    anchor: str
    page: int | None = None
    level: int | None = None
    table: int | None = None
    row: int | None = None
    column: int | None = None


@dataclass
class Document:
    """A parsed contract document."""

    name: str
    format: str
    text: str
    blocks: list[Block]
    pages: int | None = None
    sha256: str = ""
    #: The place of each character of ``text`` (see the module docstring); ``None`` when the
    #: reader gives none.
    places: list[Any] | None = None
    #: Spans ``(start, end)`` of ``text`` that the file shows under a box or an image drawn over
    #: them, though the text is still there (a PDF "redacted" by drawing black boxes; see
    #: :mod:`transparency.contracts.pdf_cover`): whole words, one span per run of covered words
    #: within a block, in text order.
    covered: list[tuple[int, int]] = field(default_factory=list)
    #: Words of ``text`` read by OCR from a scanned page, as ``(start, end, confidence)``
    #: (Tesseract's, 0 to 100; see :mod:`transparency.contracts.ocr`), in text order.
    ocr: list[tuple[int, int, float]] = field(default_factory=list)

    def ocr_in(self, start: int, end: int) -> list[tuple[int, int, float]]:
        """The OCR words that overlap ``text[start:end]``."""
        return [word for word in self.ocr if word[0] < end and start < word[1]]

    def places_of(self, start: int, end: int) -> list[Any]:
        """The distinct places of ``text[start:end]``, in text order (added characters left out).

        Raises ``ValueError`` when the document has no places or the span is out of range.
        """
        if self.places is None:
            raise ValueError(f"{self.name}: the document has no places")
        if not 0 <= start < end <= len(self.text):
            raise ValueError(f"{self.name}: span {start}-{end} is outside the text")
        seen: dict[Any, None] = {}
        for place in self.places[start:end]:
            if isinstance(place, frozenset):
                for member in sorted(place, key=repr):
                    seen.setdefault(member, None)
            elif place is not None:
                seen.setdefault(place, None)
        return list(seen)

    def block_at(self, offset: int) -> Block | None:
        """The block containing character ``offset`` (or ``None`` between blocks)."""
        for block in self.blocks:
            if block.start <= offset < block.end:
                return block
        return None

    def page_at(self, offset: int) -> int | None:
        """The page of the block that contains ``offset``, for PDFs."""
        block = self.block_at(offset)
        return block.page if block else None

    def heading_before(self, offset: int) -> Block | None:
        """The nearest heading that starts before ``offset``."""
        found = None
        for block in self.blocks:
            if block.start > offset:
                break
            if block.kind == "heading":
                found = block
        return found


@dataclass
class DocumentBuilder:
    """Accumulates blocks in reading order and computes offsets and anchors."""

    name: str
    format: str
    _parts: list[str] = field(default_factory=list)
    _blocks: list[Block] = field(default_factory=list)
    _length: int = 0
    _anchors: Counter = field(default_factory=Counter)
    _places: list[Any] = field(default_factory=list)

    def add(
        self,
        kind: str,
        text: str,
        places: Sequence[Any] | None = None,
        **where: int | None,
    ) -> Block | None:
        """Append a block; empty text is skipped. ``where`` holds page/level/table/row/column.

        ``places`` gives the place of each character of ``text`` (see the module docstring);
        without it the block's characters have none.
        """
        if kind not in BLOCK_KINDS:
            raise ValueError(f"unknown block kind {kind!r}")  # a programming error, not input
        if places is None:
            text = normalise_space(text)
            kept: list[Any] = [None] * len(text)
        else:
            text, kept = normalise_placed(text, places)
        if not text:
            return None
        if self._parts:
            self._parts.append(BLOCK_SEPARATOR)
            self._length += len(BLOCK_SEPARATOR)
            self._places.extend([None] * len(BLOCK_SEPARATOR))
        start = self._length
        self._parts.append(text)
        self._places.extend(kept)
        self._length += len(text)
        digest = hashlib.sha1(f"{kind}\x00{text}".encode()).hexdigest()[:8]
        self._anchors[digest] += 1
        seen = self._anchors[digest]
        anchor = f"b-{digest}" if seen == 1 else f"b-{digest}-{seen}"
        block = Block(kind, text, start, self._length, anchor, **where)
        self._blocks.append(block)
        return block

    def build(self, *, pages: int | None = None, sha256: str = "") -> Document:
        return Document(
            name=self.name,
            format=self.format,
            text="".join(self._parts),
            blocks=list(self._blocks),
            pages=pages,
            sha256=sha256,
            places=list(self._places) if any(p is not None for p in self._places) else None,
        )
