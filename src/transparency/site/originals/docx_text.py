"""Redacting and cleaning one WordprocessingML story part (body, header, footer, notes).

:func:`redact_story` finds each withheld text in the part's text as the document model reads it
(the text the officer decided on: the same elements, the same branch of alternate content, the
same order, hidden text and tracked insertions included, field codes and deletions not), across
run and paragraph boundaries, deletes its characters from the runs and puts one visible marker
run ``[Redacted: <label>]`` (bold, white on black) where it began. What the model does not read
(the other branches of alternate content) is searched too. Field instructions and simple fields
that contain withheld text lose their instruction.

:func:`clean_story` then makes the part say only what a reader of the printed document sees:

- tracked changes are accepted: deleted and moved-from content is removed (a deleted table row
  with its row), insertions and moved-to content are unwrapped, property changes dropped;
- comment ranges and references, permission ranges and proofing marks are removed;
- hidden text (``w:vanish``, directly or through a style) is removed;
- embedded objects and controls (OLE, ActiveX) are removed;
- revision identifiers (``w:rsid*``, ``w14:paraId``, ``w14:textId``) are removed;
- alternative text of pictures, shapes and tables is removed.

Redacting first means a withheld text that runs into hidden or inserted text is found whole.
"""

from __future__ import annotations

import copy
import logging
import re
from collections.abc import Sequence
from typing import Any

from lxml import etree

# The model's own element sets and branch choice, so that the redactor reads what it reads.
from transparency.contracts._docx_xml import (
    _ALTERNATE,
    _SKIP,
    _SPACE,
    TBL,
    TR,
    TXBX_CONTENT,
    P,
    _chosen_branch,
    iter_block_items,
    iter_cells,
    iter_rows,
)
from transparency.site.originals.matching import (
    proof_pattern,
    readable,
    removal_forms,
    removal_pattern,
)

__all__ = ["W", "clean_story", "paragraph_texts", "redact_story", "w"]

logger = logging.getLogger(__name__)

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_M = "http://schemas.openxmlformats.org/officeDocument/2006/math"
_W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
_NS = {"w": W, "m": _M}


def w(name: str) -> str:
    """The Clark name of a WordprocessingML element or attribute."""
    return f"{{{W}}}{name}"


_REMOVE = [
    w(n)
    for n in (
        "del",
        "moveFrom",
        "delText",
        "delInstrText",
        "moveFromRangeStart",
        "moveFromRangeEnd",
        "moveToRangeStart",
        "moveToRangeEnd",
        "rPrChange",
        "pPrChange",
        "sectPrChange",
        "tblPrChange",
        "trPrChange",
        "tcPrChange",
        "tblGridChange",
        "numberingChange",
        "tblPrExChange",
        "cellIns",
        "cellDel",
        "cellMerge",
        "commentRangeStart",
        "commentRangeEnd",
        "commentReference",
        "annotationRef",
        "permStart",
        "permEnd",
        "proofErr",
        "object",
        "control",
        "customXmlInsRangeStart",
        "customXmlInsRangeEnd",
        "customXmlDelRangeStart",
        "customXmlDelRangeEnd",
        "tblCaption",
        "tblDescription",
    )
]
_UNWRAP = {w("ins"), w("moveTo")}
_ALT_ATTRIBUTES = ("descr", "title", "alt")
_ALT_ELEMENTS = {"docPr", "cNvPr", "shape", "imagedata", "rect", "roundrect", "oval"}
_REVISION_IDS = {f"{{{_W14}}}paraId", f"{{{_W14}}}textId"}
_TEXT = {w("t"), f"{{{_M}}}t"}
# What the model reads for a run's other content: ``w:tab``, ``w:ptab`` a space, ``w:br`` and
# ``w:cr`` a line end (the model reads a space; removal matches either), ``w:noBreakHyphen`` "-".
_READS = {tag: "\n" if tag in (w("br"), w("cr")) else " " for tag in _SPACE} | {
    w("noBreakHyphen"): "-"
}
# Read as nothing by the model, but shown: removed with the text around them.
_SILENT = frozenset({w("sym"), w("softHyphen")})
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_MARKER_KEEP = {w("rFonts"), w("sz"), w("szCs"), w("lang")}


def _on(element: Any) -> bool:
    """Whether a toggle property (``<w:vanish/>``, ``<w:vanish w:val="0"/>``) is on."""
    return element.get(w("val"), "true").lower() not in ("0", "false", "off")


def hidden_styles(root: Any | None) -> set[str]:
    """The ids of styles that hide their text (``w:vanish`` in their run properties), from the
    root of the styles part (``None`` for a package without one)."""
    if root is None:
        return set()
    return {
        style.get(w("styleId"))
        for style in root.iterfind("w:style", _NS)
        if any(_on(v) for v in style.iterfind("w:rPr/w:vanish", _NS))
    }


def clean_story(root: Any, hidden: set[str]) -> dict[str, int]:
    """Clean a story part in place (see the module docstring); returns counts by kind."""
    counts = {"tracked changes": 0, "comment marks": 0, "hidden runs": 0, "objects": 0}
    deleted_rows = [
        mark.getparent().getparent()
        for mark in root.iter(w("del"))
        if mark.getparent().tag == w("trPr")
    ]
    for row in deleted_rows:  # accepting a deleted row removes it with its cells
        if row is not None and row.getparent() is not None:
            row.getparent().remove(row)
            counts["tracked changes"] += 1
    for element in list(root.iter(*_REMOVE)):
        if element.getparent() is None:
            continue
        name = etree.QName(element).localname
        if name.startswith("comment") or name == "annotationRef":
            counts["comment marks"] += 1
        elif name in ("object", "control"):
            counts["objects"] += 1
        else:
            counts["tracked changes"] += 1
        element.getparent().remove(element)
    for element in list(root.iter(*_UNWRAP)):
        parent = element.getparent()
        if parent is None:
            continue
        counts["tracked changes"] += 1
        if parent.tag in (w("rPr"), w("trPr"), w("pPr")):  # a property-level insertion mark
            parent.remove(element)
            continue
        _unwrap(element)
    for paragraph in root.iter(w("p")):
        style = paragraph.find("w:pPr/w:pStyle", _NS)
        paragraph_hidden = style is not None and style.get(w("val")) in hidden
        for run in list(_own_runs(paragraph)):
            vanish = run.find("w:rPr/w:vanish", _NS)
            run_style = run.find("w:rPr/w:rStyle", _NS)
            hide = (
                (vanish is not None and _on(vanish))
                or (run_style is not None and run_style.get(w("val")) in hidden)
                or (paragraph_hidden and vanish is None)
            )
            if hide:
                run.getparent().remove(run)
                counts["hidden runs"] += 1
    for element in root.iter():
        if isinstance(element.tag, str):
            _strip_attributes(element)
    return counts


def _strip_attributes(element: Any) -> None:
    """Remove revision ids and, on pictures and shapes, alternative text."""
    pictured = etree.QName(element).localname in _ALT_ELEMENTS
    for key in list(element.attrib):
        local = etree.QName(key).localname
        if (
            local.startswith("rsid")
            or key in _REVISION_IDS
            or (pictured and local in _ALT_ATTRIBUTES)
        ):
            del element.attrib[key]


def _unwrap(element: Any) -> None:
    parent = element.getparent()
    index = parent.index(element)
    for offset, child in enumerate(list(element)):
        parent.insert(index + offset, child)
    parent.remove(element)


def _own_runs(paragraph: Any) -> list[Any]:
    """The runs of a paragraph, not those of paragraphs nested in its text boxes."""
    return [run for run in paragraph.iter(w("r"), f"{{{_M}}}r") if _owner(run) is paragraph]


def _owner(element: Any) -> Any:
    parent = element.getparent()
    while parent is not None and parent.tag != w("p"):
        parent = parent.getparent()
    return parent


def paragraph_texts(root: Any) -> list[str]:
    """The text of each paragraph of a part (runs joined), for the not-found check."""
    return ["".join(e.text or "" for e in p.iter(*_TEXT)) for p in root.iter(w("p"))]


def redact_story(root: Any, withheld: Sequence[Any], occurrences: dict[str, int]) -> list[Any]:
    """Remove every occurrence of each withheld text from a part, before :func:`clean_story`
    (the text is the model's, hidden text and tracked insertions included); returns the marker
    runs added."""
    markers: list[Any] = []
    _clear_field_instructions(root, withheld)
    reading = None
    for item in withheld:
        if reading is None:
            reading = _Reading(root)
        matches = list(removal_pattern(item.text).finditer(reading.text))
        for match in reversed(matches):  # the last first, so earlier offsets stay valid
            anchor = _anchor(reading, match.start())
            reading.remove(match.start(), match.end())
            markers += _insert_marker(anchor, item.label)
        occurrences[item.text] = occurrences.get(item.text, 0) + len(matches)
        if matches:
            reading = None  # the part changed: read it again for the next text
    return markers


# A character's source: a slice of a ``w:t``'s text, or a whole element (0, 0).
_Source = tuple[Any, int, int]


class _Reading:
    """A story part's text read as the document model reads it, each character with its source.

    The elements and the order are the model's (:mod:`transparency.contracts._docx_xml` and
    :mod:`transparency.contracts.docx`): a paragraph's runs through hyperlinks, smart tags,
    content controls, fields and tracked insertions, not its field codes or deletions; one
    branch of an ``mc:AlternateContent``; its text boxes after it; in the body, a table cell's
    paragraphs before the tables and text boxes they hold. ``w:t`` characters read in the form
    :func:`.matching.removal_forms` gives them; ``w:tab`` and ``w:ptab`` read " ", ``w:br`` and
    ``w:cr`` "\\n", ``w:noBreakHyphen`` "-"; paragraphs are separated by "\\n". What reads as
    nothing but is part of the text around it (``w:sym``, ``w:softHyphen``, a soft hyphen in a
    ``w:t``) is kept in :attr:`silent` at its position, to be removed with that text.

    Then, so that every copy of a text is found, what the model does not read, each as a
    paragraph of its own: the other branches of alternate content, and paragraphs the model's
    reading does not reach (outside content that cleaning removes).
    """

    def __init__(self, root: Any) -> None:
        self._parts: list[str] = []
        self.sources: list[_Source | None] = []
        self.silent: list[tuple[int, _Source]] = []
        # The chosen branch of each alternate content read, with its other branches holding text.
        self.alternatives: dict[Any, list[Any]] = {}
        self._others: list[Any] = []
        self._visited: set[Any] = set()
        if root.tag == w("document"):
            body = root.find(w("body"))
            if body is not None:
                self._body(body)
        elif root.tag in (w("footnotes"), w("endnotes")):
            for note in root:
                self._story(note)
        else:
            self._story(root)
        self._rest(root)
        self.text = "".join(self._parts)

    def _add(self, form: str, source: _Source | None) -> None:
        self._parts.append(form)
        self.sources.extend([source] * len(form))

    def _text(self, element: Any) -> None:
        sources = self.sources
        for start, end, form in removal_forms(element.text or ""):
            if len(form) == 1:  # nearly always: one character for one
                self._parts.append(form)
                sources.append((element, start, end))
            elif form:
                self._add(form, (element, start, end))
            else:
                self.silent.append((len(sources), (element, start, end)))

    def _story(self, container: Any) -> None:
        """A header, footer or note, in the order of ``_docx_xml.iter_paragraph_texts``."""
        for item in iter_block_items(container):
            if item.tag == P:
                for box in self._paragraph(item):
                    self._story(box)
            else:
                for row in iter_rows(item):
                    for cell in iter_cells(row):
                        self._story(cell)

    def _body(self, container: Any) -> None:
        """The body or a text box in it, in the order of ``docx._BodyReader``."""
        for item in iter_block_items(container):
            if item.tag == TBL:
                self._table(item)
            else:
                for box in self._paragraph(item):
                    self._body(box)

    def _table(self, table: Any) -> None:
        for row in iter_rows(table):
            for cell in iter_cells(row):
                nested: list[Any] = []
                for item in iter_block_items(cell):
                    if item.tag == TBL:
                        nested.append(item)
                    else:
                        nested.extend(self._paragraph(item))
                for item in nested:
                    if item.tag == TBL:
                        self._table(item)
                    else:
                        self._body(item)

    def _paragraph(self, paragraph: Any) -> list[Any]:
        """Read a ``w:p``; returns its text boxes (``w:txbxContent``), which it does not read."""
        self._visited.add(paragraph)
        if self._parts:
            self._add("\n", None)
        boxes: list[Any] = []
        self._inline(paragraph, boxes)
        return boxes

    def _inline(self, element: Any, boxes: list[Any]) -> None:
        """``_docx_xml.paragraph_text``'s walk, element by element."""
        for child in element:
            tag = child.tag
            if not isinstance(tag, str) or tag in _SKIP:
                continue
            if tag in _TEXT:
                self._text(child)
            elif tag in _READS:
                self._add(_READS[tag], (child, 0, 0))
            elif tag in _SILENT:
                self.silent.append((len(self.sources), (child, 0, 0)))
            elif tag == TXBX_CONTENT:
                boxes.append(child)
            elif tag == _ALTERNATE:
                branch = _chosen_branch(child)
                others = [
                    other
                    for other in child
                    if other is not branch and any(True for _ in other.iter(*_TEXT))
                ]
                self._others.extend(others)
                if branch is not None:
                    self.alternatives[branch] = others
                    self._inline(branch, boxes)
            else:
                if tag == P:
                    self._visited.add(child)
                self._inline(child, boxes)

    def _rest(self, root: Any) -> None:
        while True:
            while self._others:
                self._add("\n", None)
                self._inline(self._others.pop(0), [])  # its text boxes are paragraphs: below
            for paragraph in root.iter(P):
                if paragraph not in self._visited and not _cleaned_away(paragraph):
                    self._paragraph(paragraph)  # its text boxes come later in root.iter(P)
            if not self._others:
                return

    def remove(self, start: int, end: int) -> None:
        """Delete the characters ``start:end`` from their elements, with what is silent inside
        them; alternate content read in place loses its other branches, which hold the same
        text in another form."""
        sources = [source for source in self.sources[start:end] if source is not None]
        sources += [source for position, source in self.silent if start < position < end]
        spans: dict[Any, set[int]] = {}
        for element, first, last in sources:
            spans.setdefault(element, set()).update(range(first, last))
        for element in spans:
            for ancestor in element.iterancestors():
                for other in self.alternatives.pop(ancestor, []):
                    if other.getparent() is not None:
                        other.getparent().remove(other)
        for element, offsets in spans.items():
            if element.tag in _TEXT:
                text = element.text or ""
                element.text = "".join(c for i, c in enumerate(text) if i not in offsets)
                element.set(_XML_SPACE, "preserve")
            elif element.getparent() is not None:
                element.getparent().remove(element)


def _cleaned_away(paragraph: Any) -> bool:
    """Whether a paragraph is in content :func:`clean_story` removes (the model skips it too):
    a deletion, a move away, a deleted table row."""
    for ancestor in paragraph.iterancestors():
        if ancestor.tag in _SKIP:
            return True
        if ancestor.tag == TR and ancestor.find(f"{w('trPr')}/{w('del')}") is not None:
            return True
    return False


# Where a marker goes: the run holding the first removed character, the element it was in, its
# offset there, and the run's children after that point.
_Anchor = tuple[Any, Any, int, list[Any]]


def _anchor(reading: _Reading, start: int) -> _Anchor | None:
    sources = reading.sources
    source = next((sources[i] for i in range(start, len(sources)) if sources[i] is not None), None)
    if source is None:
        return None
    element, offset, _ = source
    run = element.getparent()
    if run is None:
        return None
    children = list(run)
    position = children.index(element)
    keep_element = element.tag in _TEXT and offset > 0
    return run, element, offset, children[position + 1 if keep_element else position :]


def _insert_marker(anchor: _Anchor | None, label: str) -> list[Any]:
    """Put a marker run where the removed text began, splitting its run there.

    Returns the marker in a list, or an empty list when there is no word run to put it in
    (the text lies in an equation).
    """
    if anchor is None:
        return []
    run, element, offset, following = anchor
    if run.tag != w("r") or run.getparent() is None:
        return []
    marker = _marker(run, label)
    after = [child for child in following if child.getparent() is run]
    if element.tag in _TEXT and offset > 0:
        tail = (element.text or "")[offset:]
        element.text = (element.text or "")[:offset]
        if tail:
            moved = etree.Element(element.tag)
            moved.text = tail
            moved.set(_XML_SPACE, "preserve")
            after.insert(0, moved)
    before = [child for child in run if child.tag != w("rPr") and child not in after]
    if not before:
        run.addprevious(marker)
    elif not after:
        run.addnext(marker)
    else:
        rest = etree.Element(run.tag)
        properties = run.find(w("rPr"))
        if properties is not None:
            rest.append(copy.deepcopy(properties))
        rest.extend(after)
        run.addnext(rest)
        run.addnext(marker)
    return [marker]


def _marker(run: Any, label: str) -> Any:
    """A bold, white-on-black run ``[Redacted: label]`` sized like ``run``."""
    marker = etree.Element(w("r"))
    properties = etree.SubElement(marker, w("rPr"))
    source = run.find("w:rPr", _NS)
    for child in source if source is not None else []:
        if child.tag in _MARKER_KEEP:
            properties.append(copy.deepcopy(child))
    etree.SubElement(properties, w("b"))
    etree.SubElement(properties, w("color")).set(w("val"), "FFFFFF")
    shading = etree.SubElement(properties, w("shd"))
    shading.set(w("val"), "clear")
    shading.set(w("color"), "auto")
    shading.set(w("fill"), "000000")
    order = {
        w("rFonts"): 0,
        w("b"): 1,
        w("color"): 2,
        w("sz"): 3,
        w("szCs"): 4,
        w("shd"): 5,
        w("lang"): 6,
    }
    properties[:] = sorted(properties, key=lambda e: order.get(e.tag, 9))
    text = etree.SubElement(marker, w("t"))
    text.text = f"[Redacted: {label}]"
    text.set(_XML_SPACE, "preserve")
    return marker


def _clear_field_instructions(root: Any, withheld: Sequence[Any]) -> None:
    patterns = [proof_pattern(item.text) for item in withheld]

    def leaks(value: str) -> bool:
        return any(p.search(form) for p in patterns for form in readable(value))

    for instruction in root.iter(w("instrText")):
        if instruction.text and leaks(instruction.text):
            instruction.text = re.sub(r"\S.*", "", instruction.text, flags=re.DOTALL) or " "
    for field in list(root.iter(w("fldSimple"))):
        if leaks(field.get(w("instr"), "")):
            _unwrap(field)
