"""Parsed documents kept by content: a contract is parsed once, not by every command.

:func:`read_cached` returns what :func:`transparency.contracts.read_document` returns, from
``<cache>/<key>.json.gz`` when the file's bytes, its name and the tool's version are those it
was parsed with (the key is their SHA-256), and otherwise parses it and stores the result. The
cache lives in the workspace (``.cache/documents/``), never elsewhere, since a parsed document
holds the contract's text, withheld passages included. An entry that cannot be read is parsed
again and replaced; one for a file that changed is simply never asked for again. OCR results
are kept beside it, in ``ocr/``, by page image (:mod:`transparency.contracts.ocr`).
"""

from __future__ import annotations

import gzip
import hashlib
import json
import logging
from dataclasses import asdict
from pathlib import Path
from typing import Any

from transparency import __version__
from transparency._atomic import atomic_write_bytes
from transparency.contracts import read_document
from transparency.contracts.model import Block, Document

__all__ = ["read_cached"]

logger = logging.getLogger(__name__)


def read_cached(path: Path, name: str, cache: Path | None) -> Document:
    """The parsed document at ``path`` (see the module docstring); ``cache=None``: no cache."""
    if cache is None:
        return read_document(path, name=name)
    try:
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return read_document(path, name=name)  # it says what is wrong with the file
    key = hashlib.sha256(json.dumps([__version__, name, digest]).encode()).hexdigest()
    entry = cache / f"{key}.json.gz"
    if entry.is_file():
        try:
            document = _load(gzip.decompress(entry.read_bytes()))
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
        atomic_write_bytes(entry, gzip.compress(_dump(document), mtime=0))
    except OSError as error:  # a read-only workspace still works, only slower
        logger.debug("%s: parse not cached (%s)", name, error.strerror)
    return document


def _dump(document: Document) -> bytes:
    data = asdict(document)
    data["places"] = None if document.places is None else [_place(p) for p in document.places]
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()


def _load(raw: bytes) -> Document:
    data = json.loads(raw)
    places = data.pop("places")
    blocks = [Block(**block) for block in data.pop("blocks")]
    covered = [tuple(span) for span in data.pop("covered", [])]
    ocr = [tuple(word) for word in data.pop("ocr", [])]
    return Document(
        **data,
        blocks=blocks,
        places=None if places is None else _unplace_all(places),
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
