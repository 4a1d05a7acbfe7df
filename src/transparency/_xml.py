"""The one XML parser of the package: no DTD, no entities, no network, a bounded tree.

Every XML part the package reads itself (a DOCX's stories, styles, relationships and content
types, for the document model, the redacted original and its proof) is parsed by
:func:`parse_part`, with the parser :func:`parser` makes:

- ``resolve_entities=False``: an entity reference stays a reference; nothing is substituted,
  so an external entity (``<!ENTITY x SYSTEM "file:///etc/passwd">``) reads no file and an
  internal one cannot grow a few bytes into gigabytes ("billion laughs");
- ``load_dtd=False`` and ``no_network=True``: no external DTD or entity is fetched, from disk
  or from the network;
- no ``huge_tree``: libxml2's limits on depth and on the size of a text node stay on.

On top of that, :func:`parse_part` refuses any part that declares a document type at all.
WordprocessingML never has one (Word neither writes nor needs a DTD), so a DOCTYPE in a
contract is a damaged or hostile file, and refusing it (rather than reading on with its
entities left unexpanded) is the fail-closed choice: the text read never differs silently from
what another program that does expand entities would show.

python-docx parses the parts it loads with its own parser (``docx.oxml.parser.oxml_parser``:
``resolve_entities=False``, lxml's defaults otherwise, which are ``load_dtd=False`` and
``no_network=True``), which expands nothing either; the modules that open a DOCX with it check
the package's parts with :func:`parse_part` first.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from lxml import etree

from transparency.errors import DocumentError

__all__ = ["parse_part", "parser"]

_HINT = "Save the document again from Word."
# The prolog (declaration, comments, processing instructions) and then a document type.
_DOCTYPE = re.compile(r"\s*(?:<\?.*?\?>\s*|<!--.*?-->\s*)*<!DOCTYPE", re.DOTALL)


def parser() -> etree.XMLParser:
    """A new hardened XML parser (see the module docstring); parsers are not shared between
    threads, and one costs microseconds to make."""
    return etree.XMLParser(
        resolve_entities=False,
        load_dtd=False,
        no_network=True,
        dtd_validation=False,
        huge_tree=False,
    )


def parse_part(data: bytes, *, part: str, path: Path | str) -> etree._Element:
    """The root element of the XML part ``part`` (its name in the zip) of the file ``path``.

    Raises :class:`DocumentError` (naming the file and the part, as an OPC part name such as
    ``/word/document.xml``, and quoting nothing of the part's text) when the part is not
    well-formed XML or declares a document type.
    """
    part = "/" + part.lstrip("/")
    if _DOCTYPE.match(_markup(data)):
        # Found before parsing: libxml2 may reject a hostile DTD (an entity in an attribute,
        # too much amplification) as malformed, and the message should say what it is.
        raise _doctype_error(part, path, entities="<!ENTITY" in _markup(data))
    try:
        root = etree.fromstring(data, parser())
    except etree.XMLSyntaxError as error:
        raise DocumentError(
            f"the Word document is damaged: malformed XML in {part} ({error.msg})",
            path=path,
            hint=_HINT,
        ) from error
    docinfo = root.getroottree().docinfo
    if docinfo.doctype or docinfo.internalDTD is not None or docinfo.externalDTD is not None:
        subset = docinfo.internalDTD
        raise _doctype_error(
            part, path, entities=subset is not None and any(True for _ in subset.iterentities())
        )
    return root


def _doctype_error(part: str, path: Path | str, *, entities: bool) -> DocumentError:
    return DocumentError(
        f"part {part} declares an XML document type (DTD)"
        f"{' with entities' if entities else ''}, which contracts never need",
        path=path,
        hint=_HINT,
    )


def _markup(data: bytes) -> str:
    """The part as text, exact for its markup characters (ASCII in UTF-8, UTF-16 or Latin-1)."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", "replace")
    if data.startswith(b"<\x00"):
        return data.decode("utf-16-le", "replace")
    if data.startswith(b"\x00<"):
        return data.decode("utf-16-be", "replace")
    return data.decode("latin-1").removeprefix("\xef\xbb\xbf")
