"""One lock for every call into PDFium.

PDFium is not thread-safe: pypdfium2 documents that its functions must not run at the same
time in two threads, even on different documents. The OCR of scanned pages renders them in a
thread pool (Tesseract, the slow part, runs in parallel outside the lock), the desk serves
requests from worker threads, and a damaged-page check may render too: each holds
:data:`PDFIUM` around its use of pypdfium2, from opening the document to closing it.
"""

from __future__ import annotations

import threading

__all__ = ["PDFIUM"]


class _Lock:
    """A re-entrant lock that knows whether the calling thread holds it."""

    def __init__(self) -> None:
        self._lock = threading.RLock()
        self._owner: int | None = None
        self._depth = 0

    def __enter__(self) -> _Lock:
        self._lock.acquire()
        self._owner = threading.get_ident()
        self._depth += 1
        return self

    def __exit__(self, *exc: object) -> None:
        self._depth -= 1
        if self._depth == 0:
            self._owner = None
        self._lock.release()

    @property
    def held(self) -> bool:
        """Whether the calling thread holds the lock."""
        return self._owner == threading.get_ident()


PDFIUM = _Lock()
