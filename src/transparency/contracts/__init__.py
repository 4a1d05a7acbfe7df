"""Stage 1, parse: contract documents (PDF, DOCX) into the document model; contract metadata."""

from __future__ import annotations

import hashlib
from pathlib import Path

from transparency.contracts.model import Block, Document, DocumentBuilder, normalise_space
from transparency.errors import DocumentError

__all__ = [
    "SUPPORTED_SUFFIXES",
    "Block",
    "Document",
    "DocumentBuilder",
    "normalise_space",
    "read_document",
]

SUPPORTED_SUFFIXES = (".pdf", ".docx")


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
            hint="Supported types are PDF (.pdf) and Word (.docx); save other formats as one of them.",
        )
    data = path.read_bytes()
    if not data:
        raise DocumentError("the file is empty", path=path, hint="Replace it with the signed document.")
    sha256 = hashlib.sha256(data).hexdigest()
    if suffix == ".pdf":
        from transparency.contracts.pdf import parse_pdf

        document = parse_pdf(data, name=name, path=path)
    else:
        from transparency.contracts.docx import parse_docx

        document = parse_docx(data, name=name, path=path)
    document.sha256 = sha256
    if not document.text.strip():
        raise DocumentError(
            "no text could be extracted (a scanned image or an empty document?)",
            path=path,
            hint="Run OCR on it and save a PDF with a text layer, or supply the Word original.",
        )
    return document
