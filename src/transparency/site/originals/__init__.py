"""Redacted originals: the signed PDF and DOCX with the approved redactions burnt in, proven.

:func:`redact_original` writes a copy of a contract document in which every occurrence of each
withheld text is removed (not covered: removed) and replaced by a visible box or marker carrying
its exemption label, and in which nothing else that could leak remains (metadata, comments,
tracked changes, hidden text, attachments, scripts, form values, earlier revisions). Before the
copy is put in place, :func:`prove_redacted` reads it with two independent extractors and scans
every decompressed stream or XML part for every withheld text; any hit stops the build.

- PDF: :mod:`.pdf_redact` (glyph-level removal in content streams, via :mod:`.pdf_text` and
  :mod:`transparency.contracts.pdf_fonts`, which the parser shares; document clean-up in
  :mod:`.pdf_clean`).
- DOCX: :mod:`.docx_redact` (run-level removal in every story, clean-up of the package).
- Proof: :mod:`.proof`.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from transparency._atomic import atomic_write_bytes
from transparency.errors import DocumentError, LeakDetected, Problem, library_failures
from transparency.site.needles import Needles

__all__ = ["OriginalReport", "Withheld", "proof_needles", "prove_redacted", "redact_original"]

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Withheld:
    """One redacted string to remove from an original.

    ``text`` is the redacted text as it appears in the document model (whitespace-normalised);
    ``label`` the text shown in its place, e.g. ``"s.43(2)"``; ``page`` a 1-based page hint for
    PDFs (informational: every occurrence is removed wherever it is); ``where`` names the
    redaction in messages (``"home-care: redaction 3, FOIA s.43(2)"``), which never quote
    ``text`` itself.
    """

    text: str
    label: str
    page: int | None = None
    where: str = ""


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


def redact_original(source: Path, target: Path, withheld: list[Withheld]) -> OriginalReport:
    """Write ``target``, a redacted copy of ``source`` (``.pdf`` or ``.docx``), and prove it.

    Every occurrence of each withheld text is removed (matching ignores whitespace, line breaks,
    hyphenation at line ends and case). Raises :class:`DocumentError` when the document cannot be
    read, a page's text cannot be mapped (naming the page), or a withheld text is not found at
    all; raises :class:`LeakDetected` when the proof still finds a withheld text in the result.
    ``target`` is written atomically and only when the proof passes.
    """
    source, target = Path(source), Path(target)
    suffix = source.suffix.lower()
    try:
        data = source.read_bytes()
    except OSError as error:
        raise DocumentError(f"cannot be read ({error.strerror})", path=source) from error
    withheld = [item for item in withheld if item.text.strip()]
    with library_failures(source, "cannot be redacted"):
        output, report = _redact(source, target, suffix, data, withheld)
    from transparency.site.originals.proof import prove_bytes

    problems = prove_bytes(output, suffix, withheld, name=target)
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


def _redact(
    source: Path, target: Path, suffix: str, data: bytes, withheld: list[Withheld]
) -> tuple[bytes, OriginalReport]:
    """The redacted bytes of ``data`` and the report; the caller proves and writes them."""
    if suffix == ".pdf":
        from transparency.site.originals.pdf_redact import redact_pdf

        pdf = redact_pdf(source, data, withheld)
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
    return output, report


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
