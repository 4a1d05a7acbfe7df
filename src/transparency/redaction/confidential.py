"""Passages marked as confidential: the whole passage is the candidate, the officer decides.

A label such as "Commercial in Confidence" proves nothing by itself (the law of confidence and
s.43(1) each have their own tests), but it tells the officer where the supplier thinks its
know-how is. A marker counts only where it labels something, never where a clause merely talks
about confidential information:

* a heading that carries the marker: every block under it, to the next heading, is flagged;
* a block that is only the marker ("COMMERCIAL IN CONFIDENCE"): the blocks after it are
  flagged, to the next heading or to an end marker ("END OF COMMERCIAL IN CONFIDENCE");
* a block that starts with the marker followed by a colon, a dash or a closing bracket: the
  rest of that block is flagged.

A marked section also ends where the execution begins ("Signed for and on behalf of ...",
"Executed as a deed", "In witness whereof", "The common seal of ..."): the signature block
after a confidential schedule that ends a document is not part of it.

Running headers and footers that carry a marker on every page mark the whole document, which
says nothing about any passage; they are ignored.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from transparency.contracts import Block, Document

__all__ = ["MarkedPassage", "marked_passages"]

_SKIPPED = frozenset({"header", "footer"})
_EXECUTION = regex.compile(
    r"(?i)^\W*(?:signed\b|executed\b|(?:in|as)\s+witness\b|the\s+common\s+seal\b|"
    r"signature\s*[:(]|witness(?:ed)?\s*(?:by\b|:))"
)


@dataclass(frozen=True)
class MarkedPassage:
    """A span of the document marked confidential, and the marker's wording and place."""

    block: Block
    start: int
    end: int
    marker: str
    how: str


def _alternation(markers: list[str]) -> str:
    words = sorted(
        (regex.escape(m).replace(r"\ ", r"[\s-]+") for m in markers), key=len, reverse=True
    )
    return rf"\b(?:{'|'.join(words)})\b"


def marked_passages(document: Document, markers: list[str]) -> list[MarkedPassage]:
    """Every passage of ``document`` that a marker labels, in document order."""
    if not markers:
        return []
    words = _alternation(markers)
    marker = regex.compile(rf"(?i){words}")
    only_marker = regex.compile(rf"(?i)^[\s\[\(*]*(?:end[ ]of[ ])?{words}[\s\]\)*.:]*$")
    lead = regex.compile(rf"(?i)^[\s\[\(*]*(?P<m>{words})[\s\]\)*]*(?:[:\-–—)\]]|\.\s)\s*")
    end = regex.compile(r"(?i)^[\s\[\(*]*end\b")
    found: list[MarkedPassage] = []
    active: tuple[str, str] | None = None  # (marker text, how) while inside a marked section
    for block in document.blocks:
        if block.kind in _SKIPPED:
            continue
        if block.kind == "heading":
            hit = marker.search(block.text)
            active = (hit.group(), f"under the heading '{block.text}'") if hit else None
            continue
        if only_marker.match(block.text):
            if end.match(block.text):
                active = None
            else:
                active = (block.text.strip(" []()*.:"), "after the marker line")
            continue
        if active and _EXECUTION.match(block.text):
            active = None
        if active:
            found.append(MarkedPassage(block, block.start, block.end, *active))
            continue
        match = lead.match(block.text)
        if match and match.end() < len(block.text):
            found.append(
                MarkedPassage(
                    block,
                    block.start + match.end(),
                    block.end,
                    match.group("m"),
                    "at the start of the paragraph",
                )
            )
    return found
