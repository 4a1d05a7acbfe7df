"""Parsed documents kept by content: a contract is parsed once, not by every command.

:func:`read_cached` returns what :func:`transparency.contracts.read_document` returns, from
``<cache>/<key>.json.gz`` when the file's bytes, its name and the tool's version are those it
was parsed with (the key is their SHA-256), and otherwise parses it and stores the result. The
cache lives in the workspace (``.cache/documents/``), never elsewhere, since a parsed document
holds the contract's text, withheld passages included. An entry that cannot be read is parsed
again and replaced; one for a file that changed is simply never asked for again. OCR results
are kept beside it, in ``ocr/``, by page image (:mod:`transparency.contracts.ocr`).

A document's places (one per character, most of an entry) are kept apart, in
``<key>.places.json.gz``, and read only when a stage asks for them (the burn-in does; the gate,
the pages and the leak check need the text and blocks only), so a document read again from the
cache costs a fraction of its places. When the places cannot be read then, the file is parsed
again for them, and must still be the bytes the document was read from.
"""

from __future__ import annotations

import dataclasses
import gzip
import hashlib
import json
import logging
import time
from dataclasses import asdict
from pathlib import Path
from typing import Any

from transparency import __version__
from transparency._atomic import atomic_write_bytes, file_sha256, keep_in_cache
from transparency.contracts import read_document
from transparency.contracts.model import Block, Document
from transparency.errors import DocumentError

__all__ = ["read_cached"]

logger = logging.getLogger(__name__)


def read_cached(path: Path, name: str, cache: Path | None) -> Document:
    """The parsed document at ``path`` (see the module docstring); ``cache=None``: no cache."""
    if cache is None:
        return read_document(path, name=name)
    try:
        digest = _file_digest(path)
    except OSError:
        return read_document(path, name=name)  # it says what is wrong with the file
    key = hashlib.sha256(json.dumps([__version__, _FORMAT, name, digest]).encode()).hexdigest()
    entry = cache / f"{key}.json.gz"
    places = cache / f"{key}.places.json.gz"
    if entry.is_file():
        try:
            document = _load(gzip.decompress(entry.read_bytes()), places, path)
        except (OSError, EOFError, ValueError, KeyError, TypeError) as error:
            logger.debug("%s: cached parse unreadable (%s); parsing again", name, type(error))
        else:
            if document.sha256 == digest:
                return document
    from transparency.contracts.ocr import set_cache

    with set_cache(cache.parent / "ocr"):
        document = read_document(path, name=name)
    try:
        cache.mkdir(parents=True, exist_ok=True)
        if document.places is not None:  # first: an entry is only used with its places
            atomic_write_bytes(places, gzip.compress(_dump_places(document.places), mtime=0))
        atomic_write_bytes(entry, gzip.compress(_dump(document), mtime=0))
    except OSError as error:  # a read-only workspace still works, only slower
        logger.debug("%s: parse not cached (%s)", name, error.strerror)
    return document


#: The layout of an entry: the document, its places apart.
_FORMAT = "places apart"

#: Each file's SHA-256 as this process last read it, by path, with what ``stat`` said of it
#: then. A build asks for each document several times (the gate, the originals, the pages, the
#: leak check), and a contract's PDF may be megabytes: it is read and hashed once while
#: nothing about it changes (its inode, size, modification and change times: the kernel sets
#: the change time on every write, and no program can set it back). As git does with its
#: index, a file changed in the last seconds is not remembered: file times are coarser than
#: the writes they stamp, and a second write of the same size could carry the same times.
_DIGESTS: dict[Path, tuple[tuple[int, ...], str]] = {}
_SETTLED_NS = 3_000_000_000


def _file_digest(path: Path) -> str:
    """The SHA-256 of ``path``'s bytes, read again only when the file may have changed."""
    status = path.stat()
    seen = (status.st_ino, status.st_dev, status.st_size, status.st_mtime_ns, status.st_ctime_ns)
    kept = _DIGESTS.get(path)
    if kept is not None and kept[0] == seen:
        return kept[1]
    settled = max(status.st_mtime_ns, status.st_ctime_ns) < time.time_ns() - _SETTLED_NS
    digest = file_sha256(path)
    if settled:
        _DIGESTS[path] = (seen, digest)
    return digest


class _CachedDocument(Document):
    """A document read from the cache: its places are read from their own file when first
    asked for (see the module docstring), then kept with it."""

    def __init__(self, *, places_file: Path | None, source: Path, **fields: Any) -> None:
        super().__init__(**fields)
        self._places_file, self._source = places_file, source

    @property  # type: ignore[override]
    def places(self) -> list[Any] | None:
        if self._places_file is not None:
            self._places = _read_places(self._places_file, self._source, self.name, self.sha256)
            self._places_file = None
        return self._places

    @places.setter
    def places(self, value: list[Any] | None) -> None:
        self._places, self._places_file = value, None

    def __eq__(self, other: object) -> bool:  # equal to the same parse, read or cached
        if not isinstance(other, Document):
            return NotImplemented
        return all(getattr(self, f.name) == getattr(other, f.name) for f in _FIELDS)

    __hash__ = None  # type: ignore[assignment]  (as a Document's)

    def __reduce__(self):  # a worker process gets the places, not a file to read them from
        fields = {f.name: getattr(self, f.name) for f in _FIELDS}
        return (_document, (fields,))


_FIELDS = dataclasses.fields(Document)


def _document(fields: dict[str, Any]) -> Document:
    return Document(**fields)


def _read_places(entry: Path, source: Path, name: str, sha256: str) -> list[Any]:
    try:
        return _unplace_all(json.loads(gzip.decompress(entry.read_bytes())))
    except (OSError, EOFError, ValueError, TypeError) as error:
        logger.debug("%s: cached places unreadable (%s); parsing again", name, type(error))
    from transparency.contracts.ocr import set_cache

    with set_cache(entry.parent.parent / "ocr"):
        document = read_document(source, name=name)
    if document.sha256 != sha256 or document.places is None:
        raise DocumentError(
            "changed while it was being read; nothing was published",
            path=source,
            hint="Run the command again once the file is no longer being written.",
        )
    keep_in_cache(entry, gzip.compress(_dump_places(document.places), mtime=0))
    return document.places


def _dump(document: Document) -> bytes:
    data = asdict(document)
    data["places"] = document.places is not None  # kept apart (_dump_places)
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()


def _dump_places(places: list[Any]) -> bytes:
    raw = [_place(p) for p in places]
    return json.dumps(raw, ensure_ascii=False, separators=(",", ":")).encode()


def _load(raw: bytes, places: Path, source: Path) -> Document:
    data = json.loads(raw)
    has_places = data.pop("places")
    if not isinstance(has_places, bool):
        raise TypeError("an entry of another layout")
    if has_places and not places.is_file():
        raise OSError("its places are missing")
    blocks = [Block(**block) for block in data.pop("blocks")]
    covered = [tuple(span) for span in data.pop("covered", [])]
    ocr = [tuple(word) for word in data.pop("ocr", [])]
    return _CachedDocument(
        **data,
        places_file=places if has_places else None,
        source=source,
        blocks=blocks,
        places=None,
        covered=covered,
        ocr=ocr,
    )


def _place(place: Any) -> Any:
    """A place as JSON: numbers and ``None`` as they are, a tuple and a set tagged."""
    if isinstance(place, frozenset):
        return {"s": sorted((_place(p) for p in place), key=json.dumps)}
    if isinstance(place, tuple):
        return {"t": [_place(p) for p in place]}
    return place


def _unplace_all(values: list[Any]) -> list[Any]:
    """The places of a document from JSON; a PDF's are mostly glyph numbers, left as read."""
    return [_unplace(v) if isinstance(v, dict) else v for v in values]


def _unplace(value: Any) -> Any:
    if isinstance(value, dict):
        if "s" in value:
            return frozenset(_unplace(v) for v in value["s"])
        return tuple(_unplace(v) for v in value["t"])
    return value
