"""Orphaned decisions: records whose text is no longer where it was decided.

When a contract's document is replaced by a new version and scanned again, a candidate whose
text is unchanged keeps its id, so its decision stays attached. A decision is *orphaned* when its
candidate is gone from the scan, or when the text at its span is no longer the text it was made
on. An orphan is never applied: the gate reports it, and ``transparency review`` offers to
re-attach it to the text's new position (when the text is still in the document) or to remove it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from transparency.contracts import Document
from transparency.decisions.model import Decision, DecisionsFile
from transparency.redaction.candidates import Candidate

__all__ = ["Match", "Orphan", "find_orphans", "occurrences"]


@dataclass(frozen=True)
class Match:
    """A place where an orphan's text now is: a candidate of the new scan, or a bare span."""

    document: str
    start: int
    end: int
    candidate: Candidate | None = None


@dataclass
class Orphan:
    """A decision that no longer matches its document."""

    index: int
    decision: Decision
    text: str | None
    found: str | None = None  # the text now at the record's span, for span records
    matches: list[Match] = field(default_factory=list)

    @property
    def document(self) -> str | None:
        return self.decision.document or (
            self.matches[0].document if self.matches else self.decision.document
        )

    def describe(self, contract_id: str) -> str:
        """The gate's message: what happened and what to do."""
        d = self.decision
        review = f"`transparency review {contract_id}`"
        if d.has_span and self.found is not None:
            head = f"the text at {d.start}-{d.end} of {d.document} is not the text decided"
        elif self.text is not None:
            head = f"orphaned: candidate {d.candidate} is not in the latest scan"
        else:
            head = (
                f"orphaned: candidate {d.candidate} is not in the latest scan (its text changed"
                " or is gone, and the record does not say what it was)"
            )
        if self.matches:
            where = ", ".join(
                f"candidate {m.candidate.id}" if m.candidate else f"{m.document} {m.start}-{m.end}"
                for m in self.matches
            )
            tail = f"the text is now at {where}; run {review} to re-attach the decision"
        else:
            tail = f"the text is no longer in the document; run {review} to remove the decision"
        return f"{head}; the decision no longer matches the document and is not applied: {tail}"


def occurrences(text: str, document: Document) -> list[tuple[int, int]]:
    """Every ``(start, end)`` of ``text`` in the document's text."""
    spans, start = [], document.text.find(text)
    while text and start >= 0:
        spans.append((start, start + len(text)))
        start = document.text.find(text, start + 1)
    return spans


def find_orphans(
    decisions: DecisionsFile,
    candidates: list[Candidate],
    documents: dict[str, Document],
) -> list[Orphan]:
    """Every record of ``decisions`` that no longer matches the scan or the documents."""
    by_id = {c.id: c for c in candidates}
    decided = {d.candidate for d in decisions.records if d.candidate}
    orphans = []
    for index, decision in enumerate(decisions.records):
        candidate = by_id.get(decision.candidate) if decision.candidate else None
        if decision.candidate and candidate is None:
            matches = [
                Match(c.document, c.start, c.end, c)
                for c in candidates
                if decision.text is not None
                and c.text == decision.text
                and c.id not in decided
                and (decision.document is None or c.document == decision.document)
            ]
            orphans.append(Orphan(index, decision, decision.text, matches=matches))
            continue
        if not decision.has_span or decision.document not in documents:
            continue
        document = documents[decision.document]
        found = document.text[decision.start : decision.end]
        if found == decision.text:
            continue
        spans = occurrences(decision.text, document)
        if candidate is not None:  # an adjusted passage stays around its candidate
            spans = [(s, e) for s, e in spans if s < candidate.end and candidate.start < e]
        matches = [Match(decision.document, s, e) for s, e in spans]
        orphans.append(Orphan(index, decision, decision.text, found=found, matches=matches))
    return orphans
