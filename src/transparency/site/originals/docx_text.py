"""Redacting and cleaning one WordprocessingML story part (body, header, footer, notes).

:class:`StoryText` is a part's text as the document model reads it, read by the parser's own
reader (:class:`transparency.contracts._docx_xml.PartText`), each character with the element and
offset it comes from. :func:`redact_story` removes the characters of the decided spans
(:class:`Span`: the places of a withheld span, found in the part by their location) and nothing
else, so every other occurrence of the same text stays. With a span's characters go those
between them that read as nothing (whitespace the model read as one space, soft hyphens,
symbols); where a span lies in one branch of alternate content, the other branches (the same
text box in another form) go too. A picture (``w:drawing``, or VML in ``w:pict``, with the
alternate content that holds it in another form) lying between a span's first and last
characters in the part goes with them: a signature between a signatory's name and title is part
of the signature block withheld (its image part is dropped later, when nothing else refers to
it). A picture holding text (a text box) is not a picture: its text is read, and redacted, as
text. One visible marker run ``[Redacted: <label>]`` (bold, white on black) is put where each
copy of the span began. Field instructions and simple fields that
contain a withheld text lose their instruction (they are not the model's text, so they have no
place).

:func:`clean_story` then makes the part say only what a reader of the printed document sees:

- tracked changes are accepted: deleted and moved-from content is removed (a deleted table row
  with its row), insertions and moved-to content are unwrapped, property changes dropped;
- comment ranges and references, permission ranges and proofing marks are removed;
- hidden text (``w:vanish``, directly or through a style) is removed;
- embedded objects and controls (OLE, ActiveX) are removed;
- revision identifiers (``w:rsid*``, ``w14:paraId``, ``w14:textId``) are removed;
- alternative text of pictures, shapes and tables is removed.

Redacting first means a span that runs into hidden or inserted text is removed whole.
"""

from __future__ import annotations

import copy
import itertools
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from lxml import etree

from transparency.contracts._docx_xml import ALTERNATE, TEXT, W_NS, Location, PartText, w
from transparency.contracts.model import normalise_space
from transparency.site.originals.matching import proof_pattern, readable

__all__ = ["Span", "StoryText", "W", "clean_story", "hidden_styles", "redact_story", "w"]

logger = logging.getLogger(__name__)

W = W_NS
_M = "http://schemas.openxmlformats.org/officeDocument/2006/math"
_W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
_NS = {"w": W, "m": _M}


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
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_MARKER_KEEP = {w("rFonts"), w("sz"), w("szCs"), w("lang")}
#: The elements of a run that draw a picture: DrawingML, and VML (``v:imagedata``, shapes).
_PICTURES = (w("drawing"), w("pict"))


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


class _Char:
    """One character of a part as the model reads it: where it is now (``element``, ``offset``
    in its text, 0 for an element read as one character), what it reads, and its position in
    the part's reading. A marker splitting its element moves it."""

    __slots__ = ("char", "element", "offset", "position")

    def __init__(self, element: Any, offset: int, char: str, position: int) -> None:
        self.element = element
        self.offset = offset
        self.char = char
        self.position = position


class StoryText:
    """The characters of a story part that the document model reads, by location."""

    def __init__(self, root: Any, part: str) -> None:
        self.root = root
        self.part = part
        reader = PartText(root, part)
        elements = reader.elements
        self.chars: list[_Char] = []
        self._at: dict[Location, _Char] = {}
        #: Pictures removed with the spans (see :func:`redact_story`).
        self.pictures = 0
        for text, places in reader.paragraphs():
            for char, location in zip(text, places, strict=True):
                found = _Char(elements[location[1]], location[2], char, len(self.chars))
                self.chars.append(found)
                self._at[location] = found

    def at(self, location: Location) -> _Char | None:
        """The character the model reads at ``location``, or ``None`` if it reads none there."""
        return self._at.get(location)

    def _closed(self, chars: Sequence[_Char]) -> set[int]:
        """The positions of ``chars`` and of the characters between two of them that read as
        nothing on their own (whitespace the model collapsed, soft hyphens, symbols)."""
        positions = sorted({char.position for char in chars})
        closed = set(positions)
        for first, last in itertools.pairwise(positions):
            between = range(first + 1, last)
            if between and all(not normalise_space(self.chars[i].char) for i in between):
                closed.update(between)
        return closed

    def _split(self, char: _Char, moved: Any) -> None:
        """``char``'s element was split before it: it and the rest of its element are ``moved``."""
        element, offset = char.element, char.offset
        index = char.position
        while index < len(self.chars) and self.chars[index].element is element:
            self.chars[index].element = moved
            self.chars[index].offset -= offset
            index += 1

    def _remove(self, positions: set[int]) -> None:
        """Delete the characters at ``positions`` from their elements; alternate content read
        in place loses its other branches, which hold the same text in another form."""
        offsets: dict[Any, set[int]] = {}
        for position in positions:
            char = self.chars[position]
            offsets.setdefault(char.element, set()).add(char.offset)
        alternates: set[Any] = set()
        for element in offsets:
            for branch in element.iterancestors():
                parent = branch.getparent()
                if parent is not None and parent.tag == ALTERNATE and parent not in alternates:
                    alternates.add(parent)
                    for other in list(parent):
                        if other is not branch and any(True for _ in other.iter(*TEXT)):
                            parent.remove(other)
        for element, gone in offsets.items():
            if element.tag in TEXT:
                text = element.text or ""
                element.text = "".join(c for i, c in enumerate(text) if i not in gone)
                element.set(_XML_SPACE, "preserve")
            elif element.getparent() is not None:
                element.getparent().remove(element)


@dataclass
class Span:
    """A withheld span found in the story parts: its characters and, for each copy of it, the
    character it begins with, by part."""

    label: str
    chars: dict[str, list[_Char]] = field(default_factory=dict)
    starts: dict[str, list[_Char]] = field(default_factory=dict)


def redact_story(story: StoryText, spans: Sequence[Span], texts: Sequence[str]) -> list[Any]:
    """Remove the characters of ``spans`` from a part, before :func:`clean_story`, with a marker
    where each copy began; clear field instructions holding any of ``texts``. Returns the
    marker runs added."""
    _clear_field_instructions(story.root, texts)
    removed: set[int] = set()
    starts: list[tuple[_Char, str]] = []
    for span in spans:
        chars = span.chars.get(story.part)
        if not chars:
            continue
        # A span inside one removed before it is gone already, with its marker.
        starts += [
            (char, span.label)
            for char in span.starts.get(story.part, [])
            if char.position not in removed
        ]
        removed |= story._closed(chars)
    pictures = _pictures_within(story, spans)
    markers = [marker for char, label in starts for marker in _insert_marker(story, char, label)]
    story._remove(removed)
    for picture in pictures:
        _remove_picture(picture)
    story.pictures += len(pictures)
    return markers


def _pictures_within(story: StoryText, spans: Sequence[Span]) -> list[Any]:
    """The pictures of the part that lie, in document order, between the first and the last
    character of a span in it (each as the run's child that holds it)."""
    pictures = [
        picture
        for picture in story.root.iter(*_PICTURES)
        if not any(True for _ in picture.iter(*TEXT))  # a text box: its text is text
    ]
    if not pictures:
        return []
    order = {element: index for index, element in enumerate(story.root.iter(etree.Element))}
    bounds = [
        (order[chars[0].element], order[chars[-1].element])
        for span in spans
        if (chars := span.chars.get(story.part))
    ]
    found: dict[Any, None] = {}
    for picture in pictures:
        if any(first < order[picture] < last for first, last in bounds):
            found[_in_run(picture)] = None
    return list(found)


def _in_run(picture: Any) -> Any:
    """The child of a run holding ``picture``: itself, or the alternate content around it
    (whose other branches draw the same picture)."""
    holder = picture
    while holder.getparent() is not None and holder.getparent().tag != w("r"):
        holder = holder.getparent()
    return holder if holder.getparent() is not None else picture


def _remove_picture(holder: Any) -> None:
    """Remove a picture from its run, and the run when nothing but its properties is left."""
    run = holder.getparent()
    if run is None:
        return
    run.remove(holder)
    empty = run.tag == w("r") and all(child.tag == w("rPr") for child in run)
    if empty and run.getparent() is not None:
        run.getparent().remove(run)


def _insert_marker(story: StoryText, char: _Char, label: str) -> list[Any]:
    """Put a marker run just before ``char``, splitting its run (and its text) there.

    Returns the marker in a list, or an empty list when there is no word run to put it in
    (the text lies in an equation).
    """
    element, offset = char.element, char.offset
    run = element.getparent()
    if run is None or run.tag != w("r") or run.getparent() is None:
        return []
    marker = _marker(run, label)
    children = list(run)
    position = children.index(element)
    after = children[position:]
    if element.tag in TEXT and offset > 0:
        text = element.text or ""
        element.text = text[:offset]
        element.set(_XML_SPACE, "preserve")
        moved = etree.Element(element.tag)
        moved.text = text[offset:]
        moved.set(_XML_SPACE, "preserve")
        element.addnext(moved)
        story._split(char, moved)
        after = [moved, *children[position + 1 :]]
    before = [child for child in run if child.tag != w("rPr") and child not in after]
    if not before:
        run.addprevious(marker)
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


def _clear_field_instructions(root: Any, texts: Sequence[str]) -> None:
    patterns = [proof_pattern(text) for text in texts]

    def leaks(value: str) -> bool:
        return any(p.search(form) for p in patterns for form in readable(value))

    for instruction in root.iter(w("instrText")):
        if instruction.text and leaks(instruction.text):
            instruction.text = re.sub(r"\S.*", "", instruction.text, flags=re.DOTALL) or " "
    for simple in list(root.iter(w("fldSimple"))):
        if leaks(simple.get(w("instr"), "")):
            _unwrap(simple)
