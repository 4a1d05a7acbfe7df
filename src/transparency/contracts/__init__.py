"""Stage 1, parse: contract documents (PDF, DOCX) into the document model; contract metadata."""

from __future__ import annotations

import hashlib
import io
import logging
import os
import zipfile
from pathlib import Path

from transparency.contracts.model import Block, Document, DocumentBuilder, normalise_space
from transparency.errors import DocumentError, library_failures

__all__ = [
    "SUPPORTED_SUFFIXES",
    "Block",
    "Document",
    "DocumentBuilder",
    "normalise_space",
    "read_document",
]

SUPPORTED_SUFFIXES = (".pdf", ".docx")
#: The largest document read, in bytes (``TRANSPARENCY_MAX_DOCUMENT_MB`` changes it).
MAX_DOCUMENT_BYTES = 200 * 1024 * 1024
#: A DOCX's parts may expand to at most this many bytes, or this many times the file's size:
#: beyond that the file is a zip bomb, not a contract.
MAX_DOCX_EXPANDED_BYTES = 1024 * 1024 * 1024
MAX_DOCX_RATIO = 200

logger = logging.getLogger(__name__)


def read_document(path: Path, name: str | None = None) -> Document:
    """Parse the PDF or DOCX at ``path``; ``name`` is how the document is referred to.

    Raises :class:`DocumentError` for a missing, unsupported, corrupt, encrypted or text-less file.
    """
    path = Path(path)
    name = name or path.name
    if not path.is_file():
        raise DocumentError(
            "no such file" if not path.exists() else "not a file",
            path=path,
            hint="Check the path, or the 'documents' list in contract.yaml.",
        )
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise DocumentError(
            f"unsupported document type '{path.suffix or '(none)'}'",
            path=path,
            hint="Supported types are PDF (.pdf) and Word (.docx); save the file as one of them.",
        )
    limit = _max_bytes()
    size = path.stat().st_size
    if size > limit:
        raise DocumentError(
            f"the file is {size / 1e6:.0f} MB, more than the {limit / 1e6:.0f} MB this tool reads",
            path=path,
            hint="Split the document, or raise TRANSPARENCY_MAX_DOCUMENT_MB if it is genuine.",
        )
    data = path.read_bytes()
    if suffix == ".docx":
        _check_expansion(data, path)
    if not data:
        raise DocumentError(
            "the file is empty", path=path, hint="Replace it with the signed document."
        )
    sha256 = hashlib.sha256(data).hexdigest()
    with library_failures(path, "the file could not be read"):
        document = _parse(suffix, data, name, path)
    document.sha256 = sha256
    if not document.text.strip():
        raise DocumentError(
            "no text could be extracted, not even by OCR of its scanned pages (an empty"
            " document, or pictures without words?)",
            path=path,
            hint="Check that it is the signed contract; a scan too faint to read must be scanned"
            " again.",
        )
    return document


def _max_bytes() -> int:
    value = os.environ.get("TRANSPARENCY_MAX_DOCUMENT_MB")
    try:
        return int(float(value) * 1024 * 1024) if value else MAX_DOCUMENT_BYTES
    except ValueError:
        return MAX_DOCUMENT_BYTES


def _check_expansion(data: bytes, path: Path) -> None:
    """Refuse a DOCX whose parts would expand far beyond any real document."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            expanded = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return  # the parser reports a damaged file in its own words
    if expanded > MAX_DOCX_EXPANDED_BYTES or expanded > MAX_DOCX_RATIO * max(len(data), 1):
        raise DocumentError(
            f"the file's parts expand to {expanded / 1e6:.0f} MB, far more than a document"
            " holds (a zip bomb?)",
            path=path,
            hint="Re-save it from Word, or ask the supplier for a clean copy.",
        )


def _parse(suffix: str, data: bytes, name: str, path: Path) -> Document:
    if suffix == ".pdf":
        from transparency.contracts.pdf import parse_pdf

        return parse_pdf(data, name=name, path=path)
    from transparency.contracts.docx import parse_docx

    return parse_docx(data, name=name, path=path)
