"""Redacted originals: the signed PDF and DOCX with the approved redactions burnt in, proven.

:func:`redact_original` writes a copy of a contract document in which every occurrence of each
withheld text is removed (not covered: removed) and replaced by a visible box or marker carrying
its exemption label, and in which nothing else that could leak remains (metadata, comments,
tracked changes, hidden text, attachments, scripts, form values, earlier revisions). Before the
copy is put in place, :func:`prove_redacted` reads it with two independent extractors and scans
every decompressed stream or XML part for every withheld text; any hit stops the build.

- PDF: :mod:`.pdf_redact` (glyph-level removal in content streams, of the glyphs the parser's
  reader, :mod:`transparency.contracts.pdf_reader`, placed; document clean-up in
  :mod:`.pdf_clean`).
- DOCX: :mod:`.docx_redact` (run-level removal in every story, clean-up of the package).
- Proof: :mod:`.proof`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from transparency._atomic import atomic_write_bytes
from transparency.contracts.model import Document
from transparency.errors import DocumentError, LeakDetected, Problem, library_failures
from transparency.needles import Needles

__all__ = [
    "OriginalReport",
    "Withheld",
    "clean_copy",
    "proof_needles",
    "prove_redacted",
    "redact_original",
]

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Withheld:
    """One redacted string to remove from an original.

    ``text`` is the redacted text as it appears in the document model (whitespace-normalised);
    ``label`` the text shown in its place, e.g. ``"s.43(2)"``; ``page`` a 1-based page hint for
    PDFs; ``where`` names the redaction in messages (``"home-care: redaction 3, FOIA s.43(2)"``),
    which never quote ``text`` itself.

    ``places`` are the places in the file of the decided span's characters
    (:meth:`transparency.contracts.Document.places_of`): exactly these are removed, and every
    other occurrence of the same text is left as it is. A ``Withheld`` without places stands
    for every occurrence of ``text`` in the document model (whole words), for callers that
    redact a text wherever it is.
    """

    text: str
    label: str
    page: int | None = None
    where: str = ""
    places: tuple[Any, ...] = ()


@dataclass
class OriginalReport:
    """What :func:`redact_original` did to one document."""

    source: Path
    target: Path
    format: str
    pages: int | None  # PDF pages; None for a DOCX
    boxes: int  # boxes drawn (PDF) or markers inserted (DOCX)
    occurrences: dict[str, int] = field(default_factory=dict)  # withheld text -> removed
    removed: dict[str, int] = field(default_factory=dict)  # what else was removed, by kind


def redact_original(
    source: Path,
    target: Path,
    withheld: list[Withheld],
    *,
    document: Document | None = None,
    clean: bytes | None = None,
    keep_clean: Callable[[bytes], None] | None = None,
) -> OriginalReport:
    """Write ``target``, a redacted copy of ``source`` (``.pdf`` or ``.docx``), and prove it.

    The places of each withheld span are removed, and nothing else. ``document`` is ``source``
    parsed (:func:`transparency.contracts.read_document`); it is read here when not given and a
    withheld text has no places. Raises :class:`DocumentError` when the document cannot be read,
    a page's text cannot be mapped (naming the page), or a withheld span is not in the file;
    raises :class:`LeakDetected` when the proof still finds a withheld span in the result.
    ``target`` is written atomically and only when the proof passes.

    The proof counts each withheld text in the result against ``clean``, the copy of ``source``
    with nothing redacted (:func:`clean_copy`; made here when not given, for a PDF from the same
    reading as the redacted copy): read the same ways, a withheld text may stand no more often
    than there, less its spans. A clean copy made here is handed to ``keep_clean`` before the
    proof, so that a caller can keep it even when the proof fails.
    """
    source, target = Path(source), Path(target)
    suffix = source.suffix.lower()
    try:
        data = source.read_bytes()
    except OSError as error:
        raise DocumentError(f"cannot be read ({error.strerror})", path=source) from error
    withheld = [item for item in withheld if item.text.strip()]
    if suffix in (".pdf", ".docx") and any(not item.places for item in withheld):
        if document is None:
            from transparency.contracts import read_document

            document = read_document(source)
        withheld = _everywhere(source, document, withheld)
    with library_failures(source, "cannot be redacted"):
        output, made, report = _redact(source, target, suffix, data, withheld, clean=clean is None)
    from transparency.site.originals.proof import prove_bytes

    if clean is None:
        clean = made or clean_copy(source, data)
        if keep_clean is not None:
            keep_clean(clean)
    problems = prove_bytes(output, suffix, withheld, name=target, original=clean)
    if problems:
        raise LeakDetected(problems, hint=f"The redacted copy of {source} was not written.")
    atomic_write_bytes(target, output)
    logger.info(
        "%s: redacted copy written to %s (%d boxes, %d occurrences)",
        source,
        target,
        report.boxes,
        sum(report.occurrences.values()),
    )
    return report


def clean_copy(source: Path, data: bytes | None = None) -> bytes:
    """``source`` as it is published with nothing redacted: everything the redaction removes
    besides the decided spans is removed (metadata, annotations, hidden layers, tracked changes,
    comments ...). The proof counts against it, so that what the cleaning alone changes (an
    insertion accepted, a comment gone) is not taken for a redaction or a leak."""
    source = Path(source)
    if data is None:
        try:
            data = source.read_bytes()
        except OSError as error:
            raise DocumentError(f"cannot be read ({error.strerror})", path=source) from error
    with library_failures(source, "cannot be redacted"):
        output, _, _ = _redact(source, source, source.suffix.lower(), data, [])
    return output


def _everywhere(source: Path, document: Document, withheld: list[Withheld]) -> list[Withheld]:
    """Each withheld text without places as one withheld span per occurrence in ``document``."""
    from transparency.site.originals.matching import removal_pattern
    from transparency.site.originals.proof import redaction_name

    spans: list[Withheld] = []
    for number, item in enumerate(withheld, start=1):
        if item.places:
            spans.append(item)
            continue
        found = (
            [
                replace(item, places=tuple(document.places_of(m.start(), m.end())))
                for m in removal_pattern(item.text).finditer(document.text)
            ]
            if document.places is not None
            else [item] * bool(removal_pattern(item.text).search(document.text))
        )
        if not found:
            raise DocumentError(
                f"the text of {redaction_name(item, number)} was not found in the document's text",
                path=source,
                hint="The redaction cannot be burnt into this original: check the decision's "
                "text against the document.",
            )
        spans += found
    return spans


def _redact(
    source: Path,
    target: Path,
    suffix: str,
    data: bytes,
    withheld: list[Withheld],
    *,
    clean: bool = False,
) -> tuple[bytes, bytes | None, OriginalReport]:
    """The redacted bytes of ``data``, the clean copy and the report; the caller proves and
    writes them. The clean copy is made only with ``clean`` and where it comes from the same
    reading (a PDF without scanned pages); else it is ``None``."""
    made = None
    if suffix == ".pdf":
        from transparency.site.originals.pdf_redact import redact_pdf

        pdf = redact_pdf(source, data, withheld, clean=clean)
        output, report = (
            pdf.data,
            OriginalReport(
                source,
                target,
                "pdf",
                pdf.pages,
                pdf.boxes,
                pdf.occurrences,
                {"annotations": pdf.annotations_removed},
            ),
        )
        made = pdf.clean
    elif suffix == ".docx":
        from transparency.site.originals.docx_redact import redact_docx

        docx = redact_docx(source, data, withheld)
        output, report = (
            docx.data,
            OriginalReport(
                source, target, "docx", None, docx.markers, docx.occurrences, docx.removed
            ),
        )
    else:
        raise DocumentError(
            f"cannot make a redacted original of a '{suffix}' file",
            path=source,
            hint="Only PDF and DOCX originals can be redacted.",
        )
    return output, made, report


def prove_redacted(
    target: Path, withheld: list[Withheld], *, needles: Needles | None = None
) -> list[Problem]:
    """Look for every withheld text in ``target`` with two extractors and a raw scan.

    Returns one :class:`Problem` (naming the file and the text) per withheld text found, in
    any of: pypdf's text and poppler's ``pdftotext`` (or pdfminer.six without poppler) for a
    PDF, python-docx's text and every XML part's text for a DOCX, and every decompressed
    stream or part, string object and text-showing operand. Empty when the file is clean.

    ``needles`` is the index of ``withheld`` (:func:`proof_needles`), for a caller that proves
    many files against the same texts.
    """
    from transparency.site.originals.proof import prove_bytes

    target = Path(target)
    return prove_bytes(
        target.read_bytes(), target.suffix.lower(), withheld, name=target, needles=needles
    )


def proof_needles(withheld: list[Withheld]) -> Needles:
    """The index :func:`prove_redacted` uses for ``withheld``, built once for many files."""
    from transparency.site.originals.matching import compact

    return Needles([compact(item.text) for item in withheld])
