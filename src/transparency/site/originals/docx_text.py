"""Cleaning and redacting one WordprocessingML story part (body, header, footer, notes).

:func:`clean_story` makes the part say only what a reader of the printed document sees:

- tracked changes are accepted: deleted and moved-from content is removed (a deleted table row
  with its row), insertions and moved-to content are unwrapped, property changes dropped;
- comment ranges and references, permission ranges and proofing marks are removed;
- hidden text (``w:vanish``, directly or through a style) is removed;
- embedded objects and controls (OLE, ActiveX) are removed;
- revision identifiers (``w:rsid*``, ``w14:paraId``, ``w14:textId``) are removed;
- alternative text of pictures, shapes and tables is removed.

:func:`redact_story` then finds each withheld text in the part's paragraphs (runs joined, across
run boundaries and, within a part, across paragraphs), deletes its characters from the runs and
puts one visible marker run ``[Redacted: <label>]`` (bold, white on black) where it began.
Field instructions and simple fields that contain withheld text lose their instruction.
"""

from __future__ import annotations

import copy
import logging
import re
from collections.abc import Sequence
from typing import Any

from lxml import etree

from transparency.site.originals.matching import proof_pattern, readable, removal_pattern

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
_CHARS = {
    w("tab"): " ",
    w("br"): "\n",
    w("cr"): "\n",
    w("noBreakHyphen"): "-",
    w("softHyphen"): "",
    w("sym"): "\ufffc",
    w("ptab"): " ",
}
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


def redact_story(root: Any, withheld: Sequence[Any], occurrences: dict[str, int]) -> int:
    """Remove every occurrence of each withheld text from a cleaned part; returns markers added."""
    markers = 0
    _clear_field_instructions(root, withheld)
    for item in withheld:
        text, owners = _assemble(root)
        matches = list(removal_pattern(item.text).finditer(text))
        for match in reversed(matches):  # the last first, so earlier offsets stay valid
            _remove(owners, match.start(), match.end())
            markers += _insert_marker(owners, match.start(), match.end(), item.label)
        occurrences[item.text] = occurrences.get(item.text, 0) + len(matches)
    return markers


def _assemble(root: Any) -> tuple[str, list[tuple[Any, int] | None]]:
    """The part's text, paragraphs separated by line breaks, with each character's element."""
    parts: list[str] = []
    owners: list[tuple[Any, int] | None] = []
    for paragraph in root.iter(w("p")):
        if parts:
            parts.append("\n")
            owners.append(None)
        for run in _own_runs(paragraph):
            for element in run:
                if element.tag in _TEXT:
                    value = element.text or ""
                elif element.tag in _CHARS:
                    value = _CHARS[element.tag]
                else:
                    continue
                parts.append(value)
                owners.extend((element, offset) for offset in range(len(value)))
    return "".join(parts), owners


def _remove(owners: list[tuple[Any, int] | None], start: int, end: int) -> None:
    """Delete the characters ``start:end`` from their elements (last first)."""
    spans: dict[Any, list[int]] = {}
    for owner in owners[start:end]:
        if owner is not None:
            spans.setdefault(owner[0], []).append(owner[1])
    for element, offsets in spans.items():
        if element.tag in _TEXT:
            text = element.text or ""
            keep = set(range(len(text))) - set(offsets)
            element.text = "".join(text[i] for i in sorted(keep))
            element.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        elif element.getparent() is not None:
            element.getparent().remove(element)


def _insert_marker(owners: list[tuple[Any, int] | None], start: int, end: int, label: str) -> int:
    """Put the marker run where the removed text began, splitting its run if needed.

    Returns 1, or 0 when there is no word run to put it in (the text began with a removed tab
    or break, or lies in an equation).
    """
    first = next((o for o in owners[start:end] if o is not None), None)
    if first is None:
        return 0
    element, offset = first
    run = element.getparent()
    if run is None or run.tag != w("r"):
        return 0
    marker = _marker(run, label)
    if element.tag in _TEXT and offset > 0:
        after = copy.deepcopy(run)
        children, copied = list(run), list(after)
        position = children.index(element)
        for index, child in enumerate(children):
            if index > position:
                run.remove(child)
        for index, child in enumerate(copied):
            if child.tag != w("rPr") and index < position:
                after.remove(child)
        text = element.text or ""
        element.text = text[:offset]
        copied[position].text = text[offset:]
        run.addnext(after)
        run.addnext(marker)
    else:
        run.addprevious(marker)
    return 1


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
    text.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
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
