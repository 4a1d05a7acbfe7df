"""WordprocessingML walking for the DOCX parser, where python-docx has no API.

python-docx 1.2 reads paragraphs and tables that are direct children of the body or of a cell.
It does not see runs inside tracked insertions, content controls (``w:sdt``), text boxes
(``w:txbxContent``) or footnotes, and its ``Paragraph.text`` reads tab stops, not text. So the
parser walks the XML itself with the helpers here:

* :class:`PartText`: the one reader of a story part's text, which gives each character it reads
  a :data:`Location` in the part; the parser builds the document model with it, and the redacted
  original (:mod:`transparency.site.originals.docx_text`) finds the decided characters with it;
* :func:`iter_block_items`, :func:`iter_rows`, :func:`iter_cells`: block content in document
  order, looking through content controls and custom XML wrappers;
* :func:`iter_notes`, :func:`story_containers`: the notes of a notes part, the containers of
  any story part's text;
* :class:`StyleSheet`: a paragraph's kind (heading, list item, paragraph) from its styles;
* :func:`content_types`, :func:`is_xml_part`: which parts of the package are XML, for the
  parser, the redacted original and its proof, which read every one of them.

Text rules: ``w:t`` is text; ``w:tab``, ``w:ptab``, ``w:br`` and ``w:cr`` read as a space;
``w:noBreakHyphen`` as "-"; ``w:sym`` and ``w:softHyphen`` as a soft hyphen (U+00AD), which the
document model drops, so they have a location but no text (a span around them takes them too).
Deleted text (``w:del``, ``w:moveFrom``) and field codes (``w:instrText``) are not text;
inserted text (``w:ins``, ``w:moveTo``) is, so the result is the document with every tracked
change accepted. Hidden text (``w:vanish``) is included: it is still in the file, so it may need
redacting. Of an ``mc:AlternateContent`` only one branch is read (the first ``mc:Choice`` that
holds text, else the ``mc:Fallback``): Word stores each text box twice, as DrawingML and as VML,
and reading both would count its text twice.

**Locations.** A character read is at ``(part, element, offset)``: ``part`` is the part's name
in the zip (``"word/document.xml"``), ``element`` the index of the element holding it among the
part's elements in document order (comments and processing instructions are not counted), and
``offset`` its index in that element's text (0 for an element read as one character, such as
``w:tab``). Any reader of the same bytes numbers them alike, whichever XML parser it uses.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from lxml import etree

__all__ = [
    "ALTERNATE",
    "SILENT",
    "TEXT",
    "W_NS",
    "Location",
    "PartText",
    "Placed",
    "StyleSheet",
    "chosen_branch",
    "content_types",
    "is_merge_continuation",
    "is_xml_part",
    "iter_block_items",
    "iter_cells",
    "iter_notes",
    "iter_rows",
    "joined",
    "place_locations",
    "story_containers",
    "w",
    "w_int",
]

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_M_NS = "http://schemas.openxmlformats.org/officeDocument/2006/math"
_CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"


def w(tag: str) -> str:
    """The Clark name (``{namespace}tag``) of a WordprocessingML element or attribute."""
    return f"{{{W_NS}}}{tag}"


def content_types(root: etree._Element, names: Iterator[str] | list[str]) -> dict[str, str]:
    """The content type of each part in ``names`` (zip names), from the root element of the
    package's ``[Content_Types].xml``: its ``Override`` for the part, else the ``Default`` for
    the part's extension, else ``""``."""
    defaults = {
        d.get("Extension", "").lower(): d.get("ContentType", "")
        for d in root.iter(f"{{{_CT_NS}}}Default")
    }
    overrides = {
        o.get("PartName", "").lstrip("/"): o.get("ContentType", "")
        for o in root.iter(f"{{{_CT_NS}}}Override")
    }
    return {
        name: overrides.get(name, defaults.get(name.rsplit(".", 1)[-1].lower(), ""))
        for name in names
    }


def is_xml_part(name: str, content_type: str) -> bool:
    """Whether a part is XML, by its name or by its content type."""
    return name.lower().endswith((".xml", ".rels")) or content_type.endswith(("+xml", "/xml"))


def w_int(element: etree._Element | None, default: int) -> int:
    """The integer ``w:val`` of ``element``, or ``default`` when it is missing or not a number."""
    if element is None:
        return default
    try:
        return int(element.get(w("val"), default))
    except ValueError:
        return default


P, TBL, TR, TC = w("p"), w("tbl"), w("tr"), w("tc")
TXBX_CONTENT = w("txbxContent")
_SDT, _SDT_CONTENT, _CUSTOM_XML = w("sdt"), w("sdtContent"), w("customXml")
ALTERNATE = f"{{{_MC_NS}}}AlternateContent"
_CHOICE, _FALLBACK = f"{{{_MC_NS}}}Choice", f"{{{_MC_NS}}}Fallback"
# Elements that only wrap content of the same level: look through them.
_WRAPPERS = frozenset({_SDT, _SDT_CONTENT, _CUSTOM_XML})
#: The elements whose text is text.
TEXT = frozenset({w("t"), f"{{{_M_NS}}}t"})
#: What ``w:sym`` and ``w:softHyphen`` read as (see the module docstring).
SILENT = "\u00ad"
# What the other elements that are read read as.
_READS = dict.fromkeys((w("tab"), w("ptab"), w("br"), w("cr")), " ") | {
    w("noBreakHyphen"): "-",
    w("sym"): SILENT,
    w("softHyphen"): SILENT,
}
# Subtrees holding no text of the accepted view: properties (``w:pPr`` holds tab stops named
# ``w:tab``), tracked deletions and moves away, field codes, content-control properties.
_SKIP = frozenset(
    {
        w("pPr"),
        w("rPr"),
        w("sdtPr"),
        w("sdtEndPr"),
        w("del"),
        w("moveFrom"),
        w("delText"),
        w("instrText"),
        w("delInstrText"),
        w("fldData"),
    }
)


def chosen_branch(alternate: etree._Element) -> etree._Element | None:
    """The one branch of an ``mc:AlternateContent`` to read (see the module docstring)."""
    for choice in alternate.iterchildren(_CHOICE):
        if any(True for _ in choice.iter(*TEXT)):
            return choice
    return alternate.find(_FALLBACK)


def _iter_through(container: etree._Element, wanted: frozenset[str]) -> Iterator[etree._Element]:
    for child in container:
        tag = child.tag
        if tag in wanted:
            yield child
        elif tag in _WRAPPERS:
            yield from _iter_through(child, wanted)
        elif tag == ALTERNATE:
            branch = chosen_branch(child)
            if branch is not None:
                yield from _iter_through(branch, wanted)


def iter_block_items(container: etree._Element) -> Iterator[etree._Element]:
    """The ``w:p`` and ``w:tbl`` of a body, cell, text box or story, in document order.

    Block-level content controls and custom XML are looked through; a table or paragraph inside
    one is yielded in its place.
    """
    return _iter_through(container, frozenset({P, TBL}))


def iter_rows(table: etree._Element) -> Iterator[etree._Element]:
    """The rows of a ``w:tbl``, leaving out rows deleted as a tracked change."""
    for row in _iter_through(table, frozenset({TR})):
        properties = row.find(w("trPr"))
        if properties is None or properties.find(w("del")) is None:
            yield row


def iter_cells(row: etree._Element) -> Iterator[etree._Element]:
    """The cells (``w:tc``) of a ``w:tr``, looking through cell-level content controls."""
    return _iter_through(row, frozenset({TC}))


def is_merge_continuation(cell: etree._Element) -> bool:
    """Whether ``cell`` continues a vertical (``w:vMerge``) or legacy horizontal merge."""
    properties = cell.find(w("tcPr"))
    if properties is None:
        return False
    for merge in (properties.find(w("vMerge")), properties.find(w("hMerge"))):
        if merge is not None and merge.get(w("val"), "continue") != "restart":
            return True
    return False


#: Where a character read is (see the module docstring).
Location = tuple[str, int, int]
#: A text as read, and the location of each of its characters (``None`` for one added).
Placed = tuple[str, list[Any]]


class PartText:
    """The reader of one story part's text (see the module docstring), on the part's root.

    ``part`` is the part's name in the zip. :meth:`paragraph` reads one ``w:p``, :meth:`story`
    every paragraph of a story in reading order, :meth:`paragraphs` every paragraph of the part
    that the document model reads; each character comes with its :data:`Location`.
    :attr:`elements` are the part's elements, by the index locations give them.
    """

    def __init__(self, root: etree._Element, part: str) -> None:
        self.root = root
        self.part = part
        self._elements: list[etree._Element] | None = None
        self._numbers: dict[etree._Element, int] | None = None

    @property
    def elements(self) -> list[etree._Element]:
        """The elements of the part in document order, as locations number them."""
        if self._elements is None:
            self._elements = list(self.root.iter(etree.Element))
        return self._elements

    def _number(self, element: etree._Element) -> int:
        if self._numbers is None:
            self._numbers = {element: index for index, element in enumerate(self.elements)}
        return self._numbers[element]

    def paragraph(self, paragraph: etree._Element) -> tuple[str, list[Any], list[etree._Element]]:
        """The text of a ``w:p`` (accepted view, text boxes excluded), the location of each of
        its characters, and its ``w:txbxContent``s."""
        out: list[str] = []
        places: list[Any] = []
        boxes: list[etree._Element] = []
        self._collect(paragraph, out, places, boxes)
        return "".join(out), places, boxes

    def _collect(
        self,
        element: etree._Element,
        out: list[str],
        places: list[Any],
        boxes: list[etree._Element],
    ) -> None:
        part = self.part
        for child in element:
            tag = child.tag
            if not isinstance(tag, str) or tag in _SKIP:  # comments and processing instructions
                continue
            if tag in TEXT:
                text = child.text or ""
                if text:
                    number = self._number(child)
                    out.append(text)
                    places.extend([(part, number, offset) for offset in range(len(text))])
            elif tag in _READS:
                out.append(_READS[tag])
                places.append((part, self._number(child), 0))
            elif tag == TXBX_CONTENT:
                boxes.append(child)
            elif tag == ALTERNATE:
                branch = chosen_branch(child)
                if branch is not None:
                    self._collect(branch, out, places, boxes)
            else:
                self._collect(child, out, places, boxes)

    def story(self, container: etree._Element) -> Iterator[Placed]:
        """Every paragraph of a story in reading order, into tables and text boxes."""
        for item in iter_block_items(container):
            if item.tag == P:
                text, places, boxes = self.paragraph(item)
                yield text, places
                for box in boxes:
                    yield from self.story(box)
            else:
                for row in iter_rows(item):
                    for cell in iter_cells(row):
                        yield from self.story(cell)

    def paragraphs(self) -> Iterator[Placed]:
        """Every paragraph of the part that the document model reads, in the order of
        :meth:`story` (in the body the model reads a cell's nested tables after the cell)."""
        for container in story_containers(self.root):
            yield from self.story(container)


def place_locations(place: Any) -> list[Location] | None:
    """The locations a place of the document model stands for: itself, or each of a set of
    them (a paragraph with copies, see :mod:`transparency.contracts.docx`); ``None`` when it is
    not a place in a DOCX. A location may come as a list (from JSON)."""
    if _is_location(place):
        return [(place[0], place[1], place[2])]
    if isinstance(place, (frozenset, set, list, tuple)) and place:
        members = list(place)
        if all(_is_location(member) for member in members):
            return [(member[0], member[1], member[2]) for member in members]
    return None


def _is_location(value: Any) -> bool:
    return (
        isinstance(value, (tuple, list))
        and len(value) == 3
        and isinstance(value[0], str)
        and all(isinstance(item, int) and not isinstance(item, bool) for item in value[1:])
    )


def joined(paragraphs: Iterable[Placed]) -> Placed:
    """Paragraphs as one text, a line break between them (a character with no location)."""
    texts: list[str] = []
    places: list[Any] = []
    for text, located in paragraphs:
        if texts:
            texts.append("\n")
            places.append(None)
        texts.append(text)
        places.extend(located)
    return "".join(texts), places


_NOTE_SKIP_TYPES = frozenset({"separator", "continuationSeparator", "continuationNotice"})


def iter_notes(root: etree._Element) -> Iterator[etree._Element]:
    """The ``w:footnote`` or ``w:endnote`` elements of a notes part, separators left out."""
    for note in root.iterchildren(w("footnote"), w("endnote")):
        if note.get(w("type"), "normal") not in _NOTE_SKIP_TYPES:
            yield note


def story_containers(root: etree._Element) -> list[etree._Element]:
    """What holds the text of a story part: a document's body, a notes part's notes, a header's
    or footer's root."""
    if root.tag == w("document"):
        body = root.find(w("body"))
        return [] if body is None else [body]
    if root.tag in (w("footnotes"), w("endnotes")):
        return list(iter_notes(root))
    return [root]


@dataclass(frozen=True)
class _Style:
    name: str
    based_on: str | None
    outline: int | None  # w:outlineLvl, 0-based; 9 means body text
    num_id: str | None
    ilvl: int | None


_HEADING_NAME = re.compile(r"heading\s*([1-9])")
_MAX_CHAIN = 20  # basedOn chains are short; a longer one is a loop in a damaged file


def _numbering(ppr: etree._Element | None) -> tuple[str | None, int | None]:
    num_pr = ppr.find(w("numPr")) if ppr is not None else None
    if num_pr is None:
        return None, None
    num_id = num_pr.find(w("numId"))
    ilvl = num_pr.find(w("ilvl"))
    return (
        num_id.get(w("val")) if num_id is not None else None,
        w_int(ilvl, 0) if ilvl is not None else None,
    )


class StyleSheet:
    """The paragraph styles of a document, to tell headings and list items from paragraphs."""

    def __init__(self, styles: etree._Element | None) -> None:
        self._styles: dict[str, _Style] = {}
        self._default: str | None = None
        if styles is None:
            return
        for style in styles.iterchildren(w("style")):
            style_id = style.get(w("styleId"))
            if style.get(w("type")) != "paragraph" or not style_id:
                continue
            ppr = style.find(w("pPr"))
            name = style.find(w("name"))
            based_on = style.find(w("basedOn"))
            outline = ppr.find(w("outlineLvl")) if ppr is not None else None
            num_id, ilvl = _numbering(ppr)
            self._styles[style_id] = _Style(
                name=(name.get(w("val"), "") if name is not None else "").strip().lower(),
                based_on=based_on.get(w("val")) if based_on is not None else None,
                outline=w_int(outline, 9) if outline is not None else None,
                num_id=num_id,
                ilvl=ilvl,
            )
            if style.get(w("default")) in ("1", "true", "on"):
                self._default = style_id

    def _chain(self, style_id: str | None) -> list[_Style]:
        chain: list[_Style] = []
        while style_id in self._styles and len(chain) < _MAX_CHAIN:
            style = self._styles[style_id]
            chain.append(style)
            style_id = style.based_on
        return chain

    def classify(self, paragraph: etree._Element) -> tuple[str, int | None]:
        """The block kind of a ``w:p`` and its level.

        ``heading``: outline level 0-8 set on the paragraph or inherited through its styles, or
        a style named "Heading N" (level N) or "Title" (level 0, as python-docx's
        ``add_heading(level=0)``). ``list_item``: numbering set on the paragraph or its styles
        (``w:numId`` 0 switches it off), or a style whose name starts with "List"; the level is
        the list's nesting depth, 1 for the top. Anything else is a ``paragraph``.
        """
        ppr = paragraph.find(w("pPr"))
        style_ref = ppr.find(w("pStyle")) if ppr is not None else None
        style_id = style_ref.get(w("val")) if style_ref is not None else self._default
        chain = self._chain(style_id)
        name = chain[0].name if chain else ""

        outline = ppr.find(w("outlineLvl")) if ppr is not None else None
        level = w_int(outline, 9) if outline is not None else None
        match = _HEADING_NAME.fullmatch(name)
        if level is None and match:
            return "heading", int(match.group(1))
        if level is None and name == "title":
            return "heading", 0
        if level is None:
            level = next((s.outline for s in chain if s.outline is not None), None)
        if level is not None and 0 <= level <= 8:
            return "heading", level + 1

        num_id, ilvl = _numbering(ppr)
        if num_id is None:
            num_id = next((s.num_id for s in chain if s.num_id is not None), None)
        if ilvl is None:
            ilvl = next((s.ilvl for s in chain if s.ilvl is not None), 0)
        if num_id not in (None, "0") or (num_id is None and name.startswith("list")):
            return "list_item", min(max(ilvl, 0), 8) + 1
        return "paragraph", None
