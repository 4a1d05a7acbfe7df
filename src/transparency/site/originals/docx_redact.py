"""Redaction of a DOCX package: its stories redacted, everything else that could leak removed.

The package is read as a zip of XML parts and written as a fresh zip:

- Story parts (the main document, headers, footers, footnotes, endnotes; found by content
  type, and any part a withheld span has a place in) are redacted, then cleaned, by
  :mod:`.docx_text`. Each withheld span is found by its places (see
  :mod:`transparency.contracts.docx`), which must be characters the document model reads, and
  read together its text: a place that is not in the file, or that holds other text (the file
  is not the one decided on), stops the redaction. Exactly those characters are removed, with
  the pictures between them (a signature image inside a withheld signature block); the same
  text elsewhere stays unless it is withheld too.
- Removed parts: comments (and their extended, ids and people parts), custom document
  properties, custom XML data, the glossary document, embedded objects and packages, macros,
  the thumbnail (a picture of the unredacted first page) and ActiveX controls; then every part
  no relationship reaches any more.
- Core properties become neutral (no author, editor, title, subject, keywords, dates, revision);
  application properties keep only the application name (no company, manager, template or
  titles of parts); the settings lose revision ids, document variables, the attached template,
  mail-merge sources and change tracking.
- Relationships to removed parts, to external targets holding withheld text, and to pictures,
  objects and links nothing refers to any more are removed; ``[Content_Types].xml`` is kept
  consistent with the parts written.
"""

from __future__ import annotations

import io
import logging
import posixpath
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from lxml import etree

from transparency._xml import parse_part
from transparency.contracts._docx_xml import content_types, is_xml_part, place_locations
from transparency.errors import DocumentError
from transparency.site.originals.docx_text import (
    Span,
    StoryText,
    clean_story,
    hidden_styles,
    redact_story,
    w,
)
from transparency.site.originals.matching import compact, proof_pattern, readable
from transparency.site.originals.proof import redaction_name

__all__ = ["DocxRedaction", "redact_docx"]

logger = logging.getLogger(__name__)

_CT = "http://schemas.openxmlformats.org/package/2006/content-types"
_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_STORY_TYPES = (
    "document.main+xml",
    "header+xml",
    "footer+xml",
    "footnotes+xml",
    "endnotes+xml",
    "template.main+xml",
    "document.macroEnabled.main+xml",
)
_DROP_TYPES = (
    "comments+xml",
    "commentsExtended+xml",
    "commentsIds+xml",
    "commentsExtensible+xml",
    "people+xml",
    "custom-properties+xml",
    "customXmlProperties+xml",
    "document.glossary+xml",
    "oleObject",
    "vbaProject",
    "vbaData+xml",
    "activeX",
    "package",
)
_DROP_PREFIXES = (
    "customXml/",
    "docProps/thumbnail",
    "word/embeddings/",
    "word/activeX/",
    "word/glossary/",
)
_BY_ID_TYPES = ("/image", "/oleObject", "/package", "/hyperlink", "/control", "/attachedTemplate")
_SETTINGS_DROP = ("rsids", "docVars", "attachedTemplate", "mailMerge", "trackRevisions")
_DATE = (1980, 1, 1, 0, 0, 0)
_NOT_DECIDED_ON = (
    "The redaction cannot be burnt into this original: the file is not the one the decision "
    "was made on. Scan it again and check the decision against its text."
)
_CORE = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
    b'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms='
    b'"http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"/>'
)
_APP = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-'
    b'properties"><Application>contract-transparency</Application></Properties>'
)


@dataclass
class DocxRedaction:
    """The outcome of :func:`redact_docx`: the new package's bytes and what was done."""

    data: bytes
    markers: int = 0
    occurrences: dict[str, int] = field(default_factory=dict)
    removed: dict[str, int] = field(default_factory=dict)


def redact_docx(source: Path, data: bytes, withheld: Sequence[Any]) -> DocxRedaction:
    """Remove the places of each ``withheld`` span from a DOCX (see the module docstring).

    Each item needs its places (:func:`transparency.site.originals.redact_original` finds those
    of a text given without them). ``occurrences`` counts, by text, the copies removed: one per
    span, or one per copy of a header or footer paragraph shown once in the model.
    """
    if any(not item.places for item in withheld):
        raise ValueError("a withheld span without places")  # a programming error
    parts = _read(source, data)
    types = _content_types(source, parts)
    roots = _xml_roots(source, parts, types)
    result = DocxRedaction(b"")
    for name in list(parts):
        kind = types.get(name, "")
        if kind.endswith(_DROP_TYPES) or name.startswith(_DROP_PREFIXES):
            del parts[name]
            result.removed["parts"] = result.removed.get("parts", 0) + 1
    hidden = hidden_styles(roots.get("word/styles.xml"))
    placed = {
        location[0]
        for item in withheld
        for place in item.places
        for location in place_locations(place) or []
    }
    stories = {
        name: StoryText(roots[name], name)
        for name in sorted(parts)
        if name in roots and (types.get(name, "").endswith(_STORY_TYPES) or name in placed)
    }
    spans = _spans(source, stories, withheld, result.occurrences)
    texts = list(dict.fromkeys(item.text for item in withheld))
    for name, story in stories.items():
        root = story.root
        # Redact the text the model reads (the officer's), then clean; a marker in content
        # the cleaning removes (a paragraph hidden by its style) is not counted.
        markers = redact_story(story, spans, texts)
        for kind, count in clean_story(root, hidden).items():
            result.removed[kind] = result.removed.get(kind, 0) + count
        result.markers += sum(1 for marker in markers if root in marker.iterancestors())
        if story.pictures:
            result.removed["pictures"] = result.removed.get("pictures", 0) + story.pictures
        parts[name] = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    _neutral_properties(parts, source)
    _clean_relationships(parts, source, texts)
    _prune(parts, source)
    result.data = _write(source, parts)
    return result


def _spans(
    source: Path, stories: dict[str, StoryText], withheld: Sequence[Any], occurrences: dict
) -> list[Span]:
    """Each withheld span found in the stories by its places; counts the copies found.

    A place must be a character the model reads, and the characters at a span's places, read
    in order part by part, must be its text (once, or once for each copy of it)."""
    spans: list[Span] = []
    for number, item in enumerate(withheld, start=1):
        located = [place_locations(place) for place in item.places]
        if any(locations is None for locations in located):
            raise DocumentError(
                f"the places of {redaction_name(item, number)} are not places in a Word document",
                path=source,
                hint=_NOT_DECIDED_ON,
            )
        span = Span(item.label)
        found: dict[str, dict[int, Any]] = {}
        for locations in located:
            for location in locations or []:
                story = stories.get(location[0])
                char = story.at(location) if story is not None else None
                if char is None:
                    raise DocumentError(
                        f"a place of {redaction_name(item, number)} is not in the document's "
                        f"text (part /{location[0]})",
                        path=source,
                        hint=_NOT_DECIDED_ON,
                    )
                found.setdefault(location[0], {})[char.position] = char
        for part, chars in found.items():
            span.chars[part] = [chars[position] for position in sorted(chars)]
        text = compact(item.text).casefold()
        read = [(part, char, compact(char.char).casefold()) for part, char in _chars(span)]
        copies = sum(len(form) for _, _, form in read) // len(text) if text else 0
        if not copies or "".join(form for _, _, form in read) != text * copies:
            raise DocumentError(
                f"the text at the places of {redaction_name(item, number)} is not its text",
                path=source,
                hint=_NOT_DECIDED_ON,
            )
        # Each copy begins where the text read so far is a whole number of copies.
        length = 0
        for part, char, form in read:
            if form and length % len(text) == 0:
                span.starts.setdefault(part, []).append(char)
            length += len(form)
        occurrences[item.text] = occurrences.get(item.text, 0) + copies
        spans.append(span)
    return spans


def _chars(span: Span) -> list[tuple[str, Any]]:
    """A span's characters, part by part (in the order its places name them), in reading
    order within each."""
    return [(part, char) for part, chars in span.chars.items() for char in chars]


def _read(source: Path, data: bytes) -> dict[str, bytes]:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            if sum(info.file_size for info in package.infolist()) > 1 << 30:
                raise DocumentError("the DOCX expands to more than 1 GiB", path=source)
            parts = {
                info.filename: package.read(info)
                for info in package.infolist()
                if not info.is_dir()
            }
    except (zipfile.BadZipFile, OSError, KeyError) as error:
        raise DocumentError(
            f"not a readable DOCX ({error})", path=source, hint="Save it again from Word."
        ) from error
    if "[Content_Types].xml" not in parts:
        raise DocumentError("not a DOCX (no [Content_Types].xml)", path=source)
    return parts


def _parse(source: Path, name: str, data: bytes) -> Any:
    """A part's root, from the package's one hardened parser (see :mod:`transparency._xml`)."""
    return parse_part(data, part=name, path=source)


def _content_types(source: Path, parts: dict[str, bytes]) -> dict[str, str]:
    root = _parse(source, "[Content_Types].xml", parts["[Content_Types].xml"])
    return content_types(root, list(parts))


def _xml_roots(source: Path, parts: dict[str, bytes], types: dict[str, str]) -> dict[str, Any]:
    """The root of every XML part; each must parse (a DTD or malformed XML stops the
    redaction), so nothing is redacted from a package that is not what it seems."""
    return {
        name: _parse(source, name, data)
        for name, data in parts.items()
        if is_xml_part(name, types.get(name, ""))
    }


def _neutral_properties(parts: dict[str, bytes], source: Path) -> None:
    if "docProps/core.xml" in parts:
        parts["docProps/core.xml"] = _CORE
    if "docProps/app.xml" in parts:
        parts["docProps/app.xml"] = _APP
    for name in [n for n in parts if n.startswith("word/") and n.endswith(".xml")]:
        root = _parse(source, name, parts[name])
        for child in list(root):
            local = etree.QName(child).localname
            if name == "word/settings.xml" and (local in _SETTINGS_DROP or local == "docId"):
                root.remove(child)
        for element in list(root.iter(w("rsid"), w("rsids"))):
            element.getparent().remove(element)
        for element in root.iter():
            for key in [k for k in element.attrib if etree.QName(k).localname.startswith("rsid")]:
                del element.attrib[key]
        parts[name] = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _rels_name(part: str) -> str:
    folder, base = posixpath.split(part)
    return posixpath.join(folder, "_rels", f"{base}.rels")


def _source_of(rels: str) -> str:
    folder, base = posixpath.split(rels)
    return posixpath.join(posixpath.dirname(folder), base[: -len(".rels")])


def _target(rels: str, relationship: Any) -> str:
    target = relationship.get("Target", "")
    if target.startswith("/"):
        return target.lstrip("/")
    return posixpath.normpath(posixpath.join(posixpath.dirname(_source_of(rels)), target))


def _clean_relationships(parts: dict[str, bytes], source: Path, texts: Sequence[str]) -> None:
    """Remove relationships to parts no longer there, to targets holding any of ``texts``
    (hyperlink targets are not the model's text: they have no place), and unused ones."""
    patterns = [proof_pattern(text) for text in texts]
    for rels in [name for name in parts if name.endswith(".rels")]:
        owner = _source_of(rels)
        if owner and owner not in parts:
            del parts[rels]
            continue
        root = _parse(source, rels, parts[rels])
        owner_xml = parts.get(owner, b"")
        for relationship in list(root):
            external = relationship.get("TargetMode") == "External"
            kind = relationship.get("Type", "")
            target = relationship.get("Target", "")
            used = f'"{relationship.get("Id")}"'.encode() in owner_xml
            leaks = any(p.search(form) for p in patterns for form in readable(unquote(target)))
            gone = not external and _target(rels, relationship) not in parts
            if gone or leaks or (kind.endswith(_BY_ID_TYPES) and not used):
                root.remove(relationship)
        parts[rels] = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    for name in list(parts):
        if name.endswith(".xml") and not name.startswith("[") and b"r:id" in parts[name]:
            _drop_dangling_ids(parts, name, source)


def _drop_dangling_ids(parts: dict[str, bytes], name: str, source: Path) -> None:
    """Remove ``r:id`` attributes of hyperlinks whose relationship was removed."""
    rels = parts.get(_rels_name(name))
    ids = {r.get("Id") for r in _parse(source, _rels_name(name), rels)} if rels else set()
    root = _parse(source, name, parts[name])
    changed = False
    for link in root.iter(w("hyperlink")):
        key = f"{{{_R}}}id"
        if link.get(key) is not None and link.get(key) not in ids:
            del link.attrib[key]
            changed = True
    if changed:
        parts[name] = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _prune(parts: dict[str, bytes], source: Path) -> None:
    """Drop the parts no relationship reaches from the package root."""
    reached = {"[Content_Types].xml"}
    pending = ["_rels/.rels"]
    while pending:
        rels = pending.pop()
        if rels in reached or rels not in parts:
            continue
        reached.add(rels)
        for relationship in _parse(source, rels, parts[rels]):
            if relationship.get("TargetMode") == "External":
                continue
            target = _target(rels, relationship)
            if target in parts and target not in reached:
                reached.add(target)
                pending.append(_rels_name(target))
    for name in [n for n in parts if n not in reached]:
        logger.debug("%s: part %s is no longer used; removed", source, name)
        del parts[name]


def _write(source: Path, parts: dict[str, bytes]) -> bytes:
    """The package as a fresh zip, with ``[Content_Types].xml`` first and fixed dates."""
    root = _parse(source, "[Content_Types].xml", parts["[Content_Types].xml"])
    for override in list(root.iter(f"{{{_CT}}}Override")):
        if override.get("PartName", "").lstrip("/") not in parts:
            root.remove(override)
    parts["[Content_Types].xml"] = etree.tostring(
        root, xml_declaration=True, encoding="UTF-8", standalone=True
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        names = sorted(parts, key=lambda n: (n != "[Content_Types].xml", n))
        for name in names:
            info = zipfile.ZipInfo(name, _DATE)
            package.writestr(info, parts[name], compress_type=zipfile.ZIP_DEFLATED)
    return buffer.getvalue()
