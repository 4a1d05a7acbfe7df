"""PDFium is never called from two threads at once: every use holds the process's one lock.

PDFium is not thread-safe, and the OCR of a scanned document renders its pages in a thread
pool (the desk serves from worker threads too). Two renders at once crashed the process with a
segmentation fault; here every document PDFium opens must be opened, used and closed by a
thread holding :data:`transparency._pdfium.PDFIUM`.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pypdfium2
import pytest

from transparency._pdfium import PDFIUM
from transparency.contracts import read_document
from transparency.contracts.ocr import tesseract_available

REPO = Path(__file__).resolve().parent.parent
SCANNED = REPO / "contracts" / "school-meals-2025" / "contract.pdf"  # two scanned pages


@pytest.fixture
def watched(monkeypatch):
    """pypdfium2's documents, recording every use made without the lock."""
    unlocked: list[str] = []
    real = pypdfium2.PdfDocument

    class Watched(real):
        def __init__(self, *args, **kwargs):
            if not PDFIUM.held:
                unlocked.append("open")
            super().__init__(*args, **kwargs)

        def __getitem__(self, index):
            if not PDFIUM.held:
                unlocked.append("page")
            return super().__getitem__(index)

    monkeypatch.setattr(pypdfium2, "PdfDocument", Watched)
    return unlocked


@pytest.mark.skipif(not tesseract_available(), reason="Tesseract is not installed")
def test_reading_a_scanned_pdf_calls_pdfium_only_under_the_lock(watched, tmp_path):
    copy = tmp_path / "contract.pdf"
    shutil.copy2(SCANNED, copy)
    document = read_document(copy, name="contract.pdf")  # no cache: the pages are read by OCR
    assert document.text.strip()
    assert document.ocr, "the sample's pages should be read by OCR"
    assert watched == []
