"""What a redacted PDF must not carry besides its page text.

The redacted file is a fresh :class:`~pypdf.PdfWriter` document to which only the pages are
copied, so the catalogue's outlines, named destinations and JavaScript, embedded files, the
AcroForm with its field values, the structure tree, the open action, the XMP metadata and the
document information dictionary of the original never reach it; and it is written whole, never
as an incremental update, so no earlier revision survives. This module handles what the pages
themselves bring along:

- **Annotations.** The reader (:mod:`transparency.contracts.pdf_reader`) flattens the
  appearance of a visible form field, stamp, free-text box or drawing annotation into the page
  content *before* the page is read, so that its text is read, scanned and redacted like any
  other text; every annotation except plain links is removed (comments,
  pop-ups, file attachments, media, widgets with their values and actions). A link is kept only
  when it is a URI or a destination in the document, its rectangle does not touch a redaction box
  and its URI does not contain withheld text (see :func:`keep_links`).
- **Optional content.** The reader lists the layers that are off by default, skips their
  content, and the writer drops it, so that no hidden text survives, and the
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

from pypdf import PdfWriter
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    IndirectObject,
    NameObject,
)

from transparency.site.originals.matching import readable

__all__ = [
    "drop_unreachable",
    "keep_links",
    "neutral_metadata",
    "strip_page",
]

logger = logging.getLogger(__name__)

_PAGE_EXTRAS = ("/Thumb", "/PieceInfo", "/Metadata", "/AA", "/B", "/StructParents", "/Tabs")
_XOBJECT_EXTRAS = ("/Metadata", "/PieceInfo", "/OC", "/StructParent", "/StructParents")
PRODUCER = "contract-transparency (redacted copy)"


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
