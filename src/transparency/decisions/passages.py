"""Passages of a document as an officer handles them: shown in context, made wider or narrower.

Offsets index the document's extracted text (see :mod:`transparency.contracts.model`). A passage
stays within its paragraph (block) and may not run into another flagged passage, which is decided
on its own. A decided passage is made of whole words: it neither starts nor ends inside a word
(:func:`whole_words` widens one that does; a span typed by offsets that cuts a word is refused).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from transparency.contracts import Document
from transparency.errors import TransparencyError
from transparency.redaction.candidates import Candidate

__all__ = [
    "Context",
    "Passage",
    "SpanError",
    "adjust",
    "context",
    "cuts_a_word",
    "respan_words",
    "whole_words",
]

_WORD_AFTER = re.compile(r"\s*\S+")
CONTEXT_CHARS = 240
ADJUSTMENTS = ("add_after", "add_before", "drop_last", "drop_first")


class SpanError(TransparencyError):
    """A passage cannot be made wider or narrower as asked (the message says why)."""


@dataclass(frozen=True)
class Passage:
    """A span of a document to decide: a scan candidate's, adjusted by the officer, or typed."""

    document: str
    start: int
    end: int
    text: str
    candidate: Candidate | None = None

    @property
    def adjusted(self) -> bool:
        """Whether the span differs from its candidate's."""
        c = self.candidate
        return c is not None and (self.start, self.end) != (c.start, c.end)

    @classmethod
    def of(cls, candidate: Candidate, document: Document | None = None) -> Passage:
        """The candidate's passage; with its ``document``, widened to whole words."""
        start, end = candidate.start, candidate.end
        if document is not None:
            start, end = whole_words(document.text, start, end)
            return cls(candidate.document, start, end, document.text[start:end], candidate)
        return cls(candidate.document, start, end, candidate.text, candidate)


def _inside(text: str, offset: int) -> bool:
    """Whether ``offset`` falls between two characters of one word."""
    return 0 < offset < len(text) and text[offset - 1].isalnum() and text[offset].isalnum()


def cuts_a_word(text: str, start: int, end: int) -> bool:
    """Whether the span ``start``-``end`` of ``text`` starts or ends inside a word."""
    return _inside(text, start) or _inside(text, end)


def whole_words(text: str, start: int, end: int) -> tuple[int, int]:
    """The span widened to whole words at both ends (unchanged when it already is)."""
    while _inside(text, start):
        start -= 1
    while _inside(text, end):
        end += 1
    return start, end


@dataclass(frozen=True)
class Context:
    """A passage with the text around it, as the officer sees it."""

    heading: str
    page: int | None
    before: str
    text: str
    after: str


def context(document: Document, passage: Passage, chars: int = CONTEXT_CHARS) -> Context:
    """The passage with about ``chars`` characters either side, cut at words."""
    text = document.text
    block = document.block_at(passage.start)
    heading = document.heading_before(passage.start)
    lo = max(0, passage.start - chars)
    hi = min(len(text), passage.end + chars)
    before, after = text[lo : passage.start], text[passage.end : hi]
    if lo > 0:
        before = "…" + (before[before.find(" ") + 1 :] if " " in before else before)
    if hi < len(text):
        after = (after[: after.rfind(" ")] if " " in after else after) + "…"
    heading_text = heading.text if heading and heading is not block else ""
    return Context(heading_text, document.page_at(passage.start), before, passage.text, after)


def _bounds(document: Document, passage: Passage) -> tuple[int, int]:
    block = document.block_at(passage.start)
    return (block.start, block.end) if block else (0, len(document.text))


def adjust(document: Document, candidates: list[Candidate], passage: Passage, how: str) -> Passage:
    """The passage with a word added or dropped at one end.

    ``how`` is one of :data:`ADJUSTMENTS`. Raises :class:`SpanError` saying why it cannot be
    done.
    """
    text = document.text
    lo, hi = _bounds(document, passage)
    start, end = passage.start, passage.end
    if how == "add_after":
        match = _WORD_AFTER.match(text, end)
        if not match or match.end() > hi:
            raise SpanError("the passage already reaches the end of its paragraph")
        end = match.end()
    elif how == "add_before":
        head = text[lo:start].rstrip()
        if not head:
            raise SpanError("the passage already starts at the beginning of its paragraph")
        start = lo + head.rfind(" ") + 1
    elif how in ("drop_last", "drop_first"):
        body = text[start:end]
        if " " not in body.strip():
            raise SpanError("the passage is a single word: it cannot be made narrower")
        if how == "drop_last":
            end = start + len(body[: body.rstrip().rfind(" ")].rstrip())
        else:
            first = body.find(" ")
            start += first + len(body[first:]) - len(body[first:].lstrip())
    else:
        raise ValueError(f"unknown adjustment {how!r}")  # a programming error
    return _respan(document, candidates, passage, start, end)


def respan_words(
    document: Document, candidates: list[Candidate], passage: Passage, words: str
) -> Passage:
    """The passage made exactly ``words``, found in the same paragraph and overlapping it."""
    words = " ".join(words.split())
    lo, hi = _bounds(document, passage)
    start = document.text.find(words, lo) if words else -1
    while start >= 0 and start + len(words) <= hi:
        end = start + len(words)
        if (
            start < passage.end
            and passage.start < end
            and not cuts_a_word(document.text, start, end)
        ):
            return _respan(document, candidates, passage, start, end)
        start = document.text.find(words, start + 1)
    raise SpanError(f"'{words}' is not part of the passage shown; type words from it")


def _respan(
    document: Document, candidates: list[Candidate], passage: Passage, start: int, end: int
) -> Passage:
    for other in candidates:
        if (
            other.document == passage.document
            and other != passage.candidate
            and other.start < end
            and start < other.end
        ):
            raise SpanError(
                f"that would take in '{other.text}', which is flagged separately and decided on"
                " its own"
            )
    return Passage(passage.document, start, end, document.text[start:end], passage.candidate)
