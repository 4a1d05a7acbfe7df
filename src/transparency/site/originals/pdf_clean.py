"""What a redacted PDF must not carry besides its page text.

The redacted file is a fresh :class:`~pypdf.PdfWriter` document to which only the pages are
copied, so the catalogue's outlines, named destinations and JavaScript, embedded files, the
AcroForm with its field values, the structure tree, the open action, the XMP metadata and the
document information dictionary of the original never reach it; and it is written whole, never
as an incremental update, so no earlier revision survives. This module handles what the pages
themselves bring along:

- **Annotations.** The appearance of a visible form field, stamp, free-text box or drawing
  annotation is flattened into the page content *before* the page is read, so that its text is
  redacted like any other text; then every annotation except plain links is removed (comments,
  pop-ups, file attachments, media, widgets with their values and actions). A link is kept only
  when it is a URI or a destination in the document, its rectangle does not touch a redaction box
  and its URI does not contain withheld text (see :func:`keep_links`).
- **Optional content.** :func:`hidden_groups` lists the layers that are off by default; the
  reader skips their content and the writer drops it, so that no hidden text survives, and the
  layer configuration is not copied.
- **Page and XObject extras.** Thumbnails, page-piece data, per-object XMP metadata, page
  additional actions and article beads are removed; XObjects that no content draws are removed
  from the resources (:func:`prune_xobjects`).
- **Leftovers.** :func:`drop_unreachable` deletes every object no longer reachable from the
  catalogue (old content streams, removed annotations and their field dictionaries).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Any
from urllib.parse import unquote

from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    ContentStream,
    DictionaryObject,
    FloatObject,
    IndirectObject,
    NameObject,
    StreamObject,
)

from transparency.site.originals.matching import readable
from transparency.site.originals.pdf_text import apply, mul

__all__ = [
    "drop_unreachable",
    "flatten_annotations",
    "hidden_groups",
    "keep_links",
    "neutral_metadata",
    "strip_page",
]

logger = logging.getLogger(__name__)

_NOT_FLATTENED = {
    "/Link",
    "/Popup",
    "/Text",
    "/FileAttachment",
    "/Sound",
    "/Movie",
    "/Screen",
    "/RichMedia",
    "/3D",
    "/Redact",
    "/Projection",
}
_HIDDEN_FLAGS = 2 | 32  # Hidden, NoView
_PAGE_EXTRAS = ("/Thumb", "/PieceInfo", "/Metadata", "/AA", "/B", "/StructParents", "/Tabs")
_XOBJECT_EXTRAS = ("/Metadata", "/PieceInfo", "/OC", "/StructParent", "/StructParents")
PRODUCER = "contract-transparency (redacted copy)"


def hidden_groups(reader: PdfReader, writer: PdfWriter) -> set[int]:
    """The object numbers (in ``writer``) of optional-content groups that are off by default."""
    properties = reader.root_object.get("/OCProperties")
    if properties is None:
        return set()
    # Cloning maps the groups onto the objects the copied pages already refer to.
    properties = properties.get_object().clone(writer)
    default = properties.get("/D")
    default = default.get_object() if default is not None else DictionaryObject()
    groups = _refs(properties.get("/OCGs"))
    on, off = _refs(default.get("/ON")), _refs(default.get("/OFF"))
    if default.get("/BaseState") == "/OFF":
        return groups - on
    return off


def _refs(array: Any) -> set[int]:
    array = array.get_object() if array is not None else []
    return {item.idnum for item in array if isinstance(item, IndirectObject)}


def flatten_annotations(writer: PdfWriter, page: Any, number: int) -> int:
    """Draw visible annotation appearances into ``page``'s content; remove all but links.

    Returns how many appearances were flattened.
    """
    annots = page.get("/Annots")
    if annots is None:
        return 0
    extra: list[tuple[Any, bytes]] = []
    kept = ArrayObject()
    resources = page.get("/Resources")
    if resources is None:
        resources = page[NameObject("/Resources")] = DictionaryObject()
    resources = resources.get_object()
    for ref in annots.get_object():
        annot = ref.get_object()
        subtype = annot.get("/Subtype")
        if subtype == "/Link":
            kept.append(ref)
            continue
        flags = int(annot.get("/F", 0))
        if subtype in _NOT_FLATTENED or flags & _HIDDEN_FLAGS:
            continue
        appearance = _appearance(annot)
        if appearance is None:
            continue
        name = _fresh_name(resources, "/XObject", "TrAnnot")
        resources["/XObject"].get_object()[NameObject(name)] = appearance.indirect_reference
        extra += [
            ([], b"q"),
            (_placement(appearance.get_object(), annot), b"cm"),
            ([NameObject(name)], b"Do"),
            ([], b"Q"),
        ]
    if extra:
        content = page.get_contents()
        operations = [
            ([], b"q"),
            *(content.operations if content is not None else []),
            ([], b"Q"),
            *extra,
        ]
        stream = ContentStream(None, writer)
        stream.operations = operations
        page.replace_contents(stream)
        logger.debug("page %d: %d annotation appearances flattened", number, len(extra) // 4)
    page[NameObject("/Annots")] = kept
    return len(extra) // 4


def _appearance(annot: Any) -> Any:
    """The normal appearance stream of an annotation (in its current state), or None."""
    ap = annot.get("/AP")
    normal = ap.get_object().get("/N") if ap is not None else None
    if normal is None:
        return None
    normal = normal.get_object()
    if not isinstance(normal, StreamObject):
        state = annot.get("/AS")
        normal = normal.get(state) if state is not None else None
        normal = normal.get_object() if normal is not None else None
    if not isinstance(normal, StreamObject) or normal.indirect_reference is None:
        return None
    return normal


def _placement(form: Any, annot: Any) -> list[FloatObject]:
    """The matrix that maps the form's transformed bounding box onto the annotation's rectangle."""
    x0, y0, x1, y1 = (float(v) for v in form.get("/BBox", [0, 0, 1, 1]))
    matrix = tuple(float(v) for v in form.get("/Matrix", [1, 0, 0, 1, 0, 0]))
    corners = [apply(matrix, x, y) for x, y in ((x0, y0), (x1, y0), (x1, y1), (x0, y1))]
    bx0, by0 = min(c[0] for c in corners), min(c[1] for c in corners)
    bx1, by1 = max(c[0] for c in corners), max(c[1] for c in corners)
    rx0, ry0, rx1, ry1 = (float(v) for v in annot["/Rect"])
    rx0, rx1, ry0, ry1 = min(rx0, rx1), max(rx0, rx1), min(ry0, ry1), max(ry0, ry1)
    sx = (rx1 - rx0) / (bx1 - bx0) if bx1 > bx0 else 1.0
    sy = (ry1 - ry0) / (by1 - by0) if by1 > by0 else 1.0
    placement = mul((1, 0, 0, 1, -bx0, -by0), (sx, 0, 0, sy, rx0, ry0))
    return [FloatObject(round(v, 6)) for v in placement]


def _fresh_name(resources: Any, category: str, stem: str) -> str:
    if category not in resources:
        resources[NameObject(category)] = DictionaryObject()
    names = resources[category].get_object()
    count = 0
    while f"/{stem}{count}" in names:
        count += 1
    return f"/{stem}{count}"


def keep_links(
    page: Any, boxes: Iterable[tuple[float, float, float, float]], secrets: Iterable[Any]
) -> int:
    """Keep the links that are safe (see the module docstring); returns how many were removed."""
    annots = page.get("/Annots")
    if annots is None:
        return 0
    boxes, secrets = list(boxes), list(secrets)
    kept = ArrayObject()
    for ref in annots.get_object():
        annot = ref.get_object()
        action = annot.get("/A")
        action = action.get_object() if action is not None else DictionaryObject()
        uri = str(action.get("/URI", "")) if action.get("/S") == "/URI" else ""
        safe_action = action.get("/S") == "/URI" or (not action and "/Dest" in annot)
        rect = [float(v) for v in annot.get("/Rect", [0, 0, 0, 0])]
        rect = [
            min(rect[0], rect[2]),
            min(rect[1], rect[3]),
            max(rect[0], rect[2]),
            max(rect[1], rect[3]),
        ]
        if (
            safe_action
            and not any(_overlap(rect, box) for box in boxes)
            and not any(
                secret.search(form) for secret in secrets for form in readable(unquote(uri))
            )
        ):
            for key in ("/AA", "/Contents", "/NM", "/T", "/Popup", "/StructParent", "/PA"):
                annot.pop(key, None)
            kept.append(ref)
    removed = len(annots.get_object()) - len(kept)
    page[NameObject("/Annots")] = kept
    if not kept:
        del page["/Annots"]
    return removed


def _overlap(a: list[float], b: tuple[float, float, float, float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def strip_page(page: Any) -> None:
    """Remove a page's thumbnails, piece info, metadata, actions and beads, and its XObjects'."""
    for key in _PAGE_EXTRAS:
        page.pop(key, None)
    resources = page.get("/Resources")
    xobjects = resources.get_object().get("/XObject") if resources is not None else None
    for ref in xobjects.get_object().values() if xobjects is not None else []:
        xobject = ref.get_object()
        for key in _XOBJECT_EXTRAS:
            xobject.pop(key, None)


def neutral_metadata(writer: PdfWriter) -> None:
    """Replace the document information with a neutral producer and no XMP metadata."""
    writer.metadata = {"/Producer": PRODUCER}
    writer.root_object.pop("/Metadata", None)


def drop_unreachable(writer: PdfWriter) -> int:
    """Delete the objects the catalogue and the information dictionary no longer reach."""
    seen: set[int] = set()
    pending: list[Any] = [writer.root_object]
    info = writer._info
    if info is not None:
        pending.append(info)
    while pending:
        obj = pending.pop()
        if isinstance(obj, IndirectObject):
            if obj.idnum in seen:
                continue
            seen.add(obj.idnum)
            obj = obj.get_object()
        if isinstance(obj, DictionaryObject):
            pending.extend(obj.values())
        elif isinstance(obj, ArrayObject):
            pending.extend(obj)
    seen.update(ref.idnum for ref in (writer.root_object.indirect_reference,) if ref is not None)
    if info is not None and info.indirect_reference is not None:
        seen.add(info.indirect_reference.idnum)
    dropped = 0
    objects = writer._objects
    for index, obj in enumerate(objects):
        if obj is not None and index + 1 not in seen:
            objects[index] = None
            dropped += 1
    return dropped
