"""Word (.docx) documents into the document model, with python-docx and the XML beneath it.

Reading order of the blocks:

1. ``header``: the headers of every section, in section order and within a section default,
   first-page, even-page; only those the section defines itself (a header linked to the previous
   section is that section's). Each paragraph of a header (in its tables and text boxes too) is
   one block; a text already seen in an earlier header is not repeated, so a header shared by
   many sections appears once.
2. The body, in document order: ``heading`` (``level`` 1-9, 0 for Title), ``list_item``
   (``level`` 1 for the top of a list), ``paragraph`` and ``table_cell`` (``table``, ``row`` and
   ``column`` counted from 0; ``table`` numbers tables in reading order, nested ones included;
   ``column`` is the grid column, so it counts a merged cell's span). A cell is one block, its
   paragraphs joined; a merged cell is one block, at its first row and column; rows deleted as a
   tracked change are left out and not counted. A table nested in a cell, and a text box in a
   paragraph or cell, follow the block that holds them as blocks of their own. Content controls
   are read like the content around them.
3. ``footnote``: the footnotes, then the endnotes, one block each (separators left out).
4. ``footer``: as headers.

The text is the accepted view of tracked changes and includes hidden text; see
:mod:`transparency.contracts._docx_xml` for the exact rules. DOCX has no pages, so
``Document.pages`` and ``Block.page`` are ``None``. Comments, charts, SmartArt, WordArt and
embedded objects are not read.

**Places.** The place of a character (``Document.places``) is its location in the file as
:class:`transparency.contracts._docx_xml.PartText` reads it, ``(part, element, offset)``, e.g.
``("word/document.xml", 57, 3)``: the part's name in the zip, the index of the element holding
it among the part's elements in document order, and its offset in that element's text. A header
or footer paragraph met more than once (in the headers of several sections, or twice in one) is
one block, and the place of each of its characters is the ``frozenset`` of the locations of all
its copies, so that redacting the character removes every copy of it. The line breaks that join
a cell's or a note's paragraphs have no place.
"""

from __future__ import annotations

import io
import logging
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import docx
from docx.document import Document as WordDocument
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.exceptions import PackageNotFoundError
from docx.opc.part import Part, XmlPart
from lxml import etree

from transparency._xml import parse_part
from transparency.contracts._docx_xml import (
    TBL,
    PartText,
    StyleSheet,
    content_types,
    is_merge_continuation,
    is_xml_part,
    iter_block_items,
    iter_cells,
    iter_notes,
    iter_rows,
    joined,
    w,
    w_int,
)
from transparency.contracts.model import (
    Document,
    DocumentBuilder,
    normalise_placed,
    normalise_space,
)
from transparency.errors import DocumentError

__all__ = ["parse_docx"]

logger = logging.getLogger(__name__)

# An OLE compound file: a legacy .doc, or any password-protected Office file.
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_SAVE_AS_DOCX = (
    "Check it is the signed document; if Word opens it, save it again as 'Word Document (.docx)'."
)
_R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_HEADER_TYPES = ("default", "first", "even")


def parse_docx(data: bytes, *, name: str, path: Path) -> Document:
    """Parse the bytes of a .docx file into a :class:`Document` (see the module docstring).

    ``name`` is how the document is referred to; ``path`` is named in errors. Raises
    :class:`DocumentError` when the data is not a readable Word document: not a zip, a zip of
    something else, an encrypted or legacy .doc file, or malformed XML.
    """
    document = _open(data, path)
    builder = DocumentBuilder(name=name, format="docx")
    header_parts, footer_parts = _header_footer_parts(document, path)
    _add_stories(builder, "header", header_parts)
    body = PartText(document.element, document.part.partname.membername)
    _BodyReader(builder, StyleSheet(document.styles.element), body).read(document.element.body)
    for part, note in _notes(document, path):
        builder.add("footnote", *joined(part.story(note)))
    _add_stories(builder, "footer", footer_parts)
    parsed = builder.build(pages=None)
    logger.debug("%s: %d blocks from DOCX", name, len(parsed.blocks))
    return parsed


def _open(data: bytes, path: Path) -> WordDocument:
    """The python-docx document for ``data``, or a :class:`DocumentError` saying what is wrong."""
    if data.startswith(_OLE_MAGIC):
        raise DocumentError(
            "the file is encrypted or an old .doc file, not a .docx",
            path=path,
            hint="Open it in Word, remove any password and save as an unprotected .docx.",
        )
    try:
        _check_xml_parts(data, path)
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
        raise DocumentError(
            "not a valid Word document: the file is corrupt or not a .docx",
            path=path,
            hint=_SAVE_AS_DOCX,
        ) from exc
    except etree.XMLSyntaxError as exc:
        raise DocumentError(
            f"the Word document is damaged: malformed XML ({exc.msg})",
            path=path,
            hint=_SAVE_AS_DOCX,
        ) from exc
    except (PackageNotFoundError, KeyError, ValueError, AttributeError, TypeError) as exc:
        # No main document part (an .xlsx, a random zip), broken content types or relationships
        # (python-docx then fails with AttributeError/TypeError), or a main part
        # of another type (a macro-enabled .docm or a template renamed .docx).
        raise DocumentError(
            "not a Word document: the zip holds no .docx main document",
            path=path,
            hint=_SAVE_AS_DOCX,
        ) from exc
    if document.element.tag != w("document") or document.element.body is None:
        raise DocumentError(
            "not a Word document this tool can read (Strict Open XML, or no document body)",
            path=path,
            hint="Save it in Word as 'Word Document (*.docx)', not 'Strict Open XML Document'.",
        )
    return document


def _check_xml_parts(data: bytes, path: Path) -> None:
    """Parse every XML part with the hardened parser before python-docx reads any.

    python-docx's own parser expands no entity either, but a part that declares a document type
    is refused here, whichever part it is (see :mod:`transparency._xml`), and a part that is
    XML by name must be XML, so that the text read is the text every other reader sees.
    """
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        names = [info.filename for info in package.infolist() if not info.is_dir()]
        types: dict[str, str] = {}
        if "[Content_Types].xml" in names:
            root = parse_part(
                package.read("[Content_Types].xml"), part="[Content_Types].xml", path=path
            )
            types = content_types(root, names)
        for name in names:
            if name != "[Content_Types].xml" and is_xml_part(name, types.get(name, "")):
                parse_part(package.read(name), part=name, path=path)


def _parse_part(part: Part, path: Path) -> PartText:
    """The reader of a package part; malformed XML is a :class:`DocumentError`."""
    name = part.partname.membername
    if isinstance(part, XmlPart):
        return PartText(part.element, name)
    return PartText(parse_part(part.blob, part=name, path=path), name)


def _header_footer_parts(
    document: WordDocument, path: Path
) -> tuple[list[PartText], list[PartText]]:
    """The header and footer parts each section defines itself, in reading order."""
    related = document.part.related_parts
    headers: list[PartText] = []
    footers: list[PartText] = []
    seen: set[str] = set()
    body = document.element.body
    sections = body.xpath(
        ".//w:sectPr[not(ancestor::w:pPrChange) and not(ancestor::w:sectPrChange)]"
    )
    for sect_pr in sections:
        for tag, found in (("headerReference", headers), ("footerReference", footers)):
            references = sorted(
                sect_pr.iterchildren(w(tag)),
                key=lambda ref: _type_rank(ref.get(w("type"), "default")),
            )
            for reference in references:
                r_id = reference.get(_R_ID, "")
                if r_id in seen:
                    continue
                seen.add(r_id)
                if r_id not in related:
                    logger.warning("%s: %s %r points to no part; skipped", path, tag, r_id)
                    continue
                found.append(_parse_part(related[r_id], path))
    return headers, footers


def _type_rank(kind: str) -> int:
    return _HEADER_TYPES.index(kind) if kind in _HEADER_TYPES else len(_HEADER_TYPES)


def _add_stories(builder: DocumentBuilder, kind: str, parts: list[PartText]) -> None:
    """One ``kind`` block per paragraph of the stories, each distinct text once, at its first
    copy; the place of each of its characters holds the locations of every copy."""
    copies: dict[str, list[list[Any]]] = {}
    for part in parts:
        for raw, located in part.story(part.root):
            text, kept = normalise_placed(raw, located)
            if text:
                copies.setdefault(text, []).append(kept)
    for text, kept in copies.items():
        places = (
            kept[0] if len(kept) == 1 else [_all_copies(same) for same in zip(*kept, strict=True)]
        )
        builder.add(kind, text, places)


def _all_copies(places: tuple[Any, ...]) -> frozenset[Any] | None:
    """One place for the copies of a character: the set of their locations."""
    located = frozenset(place for place in places if place is not None)
    return located if len(located) > 1 else next(iter(located), None)


def _notes(document: WordDocument, path: Path) -> Iterator[tuple[PartText, etree._Element]]:
    """The ``w:footnote`` then ``w:endnote`` elements with their part, separators left out.

    python-docx loads these parts as plain parts; they are found by their relationship from the
    main document (the standard's way, whatever the part is named) and parsed here.
    """
    parts = {
        rel.reltype: rel.target_part for rel in document.part.rels.values() if not rel.is_external
    }
    for reltype in (RT.FOOTNOTES, RT.ENDNOTES):
        if reltype in parts:
            part = _parse_part(parts[reltype], path)
            for note in iter_notes(part.root):
                yield part, note


class _BodyReader:
    """Adds the body's blocks to a builder, numbering tables as it meets them."""

    def __init__(self, builder: DocumentBuilder, styles: StyleSheet, part: PartText) -> None:
        self._builder = builder
        self._styles = styles
        self._part = part
        self._tables = 0

    def read(self, container: etree._Element) -> None:
        """Add the blocks of a body, text box or cell's nested content, in document order."""
        for item in iter_block_items(container):
            if item.tag == TBL:
                self._table(item)
            else:
                text, places, boxes = self._part.paragraph(item)
                kind, level = self._styles.classify(item)
                self._builder.add(kind, text, places, level=level)
                for box in boxes:
                    self.read(box)

    def _table(self, table: etree._Element) -> None:
        index = self._tables
        self._tables += 1
        for row_index, row in enumerate(iter_rows(table)):
            properties = row.find(w("trPr"))
            column = w_int(properties.find(w("gridBefore")) if properties is not None else None, 0)
            for cell in iter_cells(row):
                properties = cell.find(w("tcPr"))
                span = w_int(properties.find(w("gridSpan")) if properties is not None else None, 1)
                paragraphs, nested = self._cell(cell)
                text, places = joined(paragraphs)
                # A merge continuation holds no text of its own in a file Word wrote; if one
                # does, keep it rather than lose it.
                if not (is_merge_continuation(cell) and not normalise_space(text)):
                    self._builder.add(
                        "table_cell", text, places, table=index, row=row_index, column=column
                    )
                for item in nested:
                    if item.tag == TBL:
                        self._table(item)
                    else:
                        self.read(item)
                column += max(span, 1)

    def _cell(
        self, cell: etree._Element
    ) -> tuple[list[tuple[str, list[Any]]], list[etree._Element]]:
        """A cell's paragraphs, and the nested tables and text boxes to read after it."""
        paragraphs: list[tuple[str, list[Any]]] = []
        nested: list[etree._Element] = []
        for item in iter_block_items(cell):
            if item.tag == TBL:
                nested.append(item)
            else:
                text, places, boxes = self._part.paragraph(item)
                paragraphs.append((text, places))
                nested.extend(boxes)
        return paragraphs, nested
