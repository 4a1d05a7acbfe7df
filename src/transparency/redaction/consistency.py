"""Consistency: a distinctive text redacted in one place needs a decision wherever else it is.

A decision applies to its place (a document and a span of its text) and only there. So that an
officer does not withhold a name in clause 3 and leave it standing in clause 9 by accident, each
other occurrence of a *distinctive* redacted text, in the same contract or in another contract
of the workspace, needs a decision of its own (to redact it, or to release it: either is a
deliberate choice).

- **Distinctive**: 8 characters or more once whitespace is normalised, or of any length when
  its category is one of :data:`DISTINCTIVE_CATEGORIES`: ``BANK`` (sort codes, account numbers,
  IBANs, BICs), ``PERSONAL`` (names, email addresses, phone and National Insurance numbers, pay,
  dates of birth, home addresses) and ``SECURITY`` (passwords, host and account names, network
  addresses): identifiers, whose every occurrence identifies the same thing. A manual redaction
  has no category of its own: it counts as ``PERSONAL`` under a personal-data exemption,
  ``FINANCIAL`` under a commercial one and ``SECURITY`` under any other. Short texts of the
  other categories ('10%', '£150') are decided place by place.
- **The same text**: as the burn-in finds a withheld text
  (:func:`transparency.site.originals.matching.removal_pattern`): whole words, any letter case,
  in compatibility form, with or without a space between its characters; within one block.

:func:`occurrences` finds every such place; ``transparency scan`` proposes each one that no scan
candidate and no record of its own span already takes in (:func:`proposals`), with an id made
from the document, the text and its occurrence, so that it is stable across re-scans; the
publication gate refuses each one that no decision covers. Explanations and messages name the
contract, document, page, clause and decision, never the text.
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace

from transparency.contracts import Document
from transparency.decisions.catalogue import Catalogue
from transparency.decisions.model import Decision, DecisionsFile, load_decisions
from transparency.errors import TransparencyError
from transparency.needles import Needles
from transparency.redaction.candidates import Candidate, read_scan
from transparency.workspace import Workspace

__all__ = [
    "DISTINCTIVE_CATEGORIES",
    "DISTINCTIVE_LENGTH",
    "DecidedScan",
    "Occurrence",
    "Redacted",
    "RedactedIndex",
    "covering_spans",
    "decided_scans",
    "distinctive",
    "occurrences",
    "proposals",
    "redacted_in",
    "workspace_redacted",
]

#: A redacted text this long or longer (whitespace normalised) is distinctive whatever it is.
DISTINCTIVE_LENGTH = 8
#: Categories whose texts are distinctive at any length: identifiers of a bank account, a
#: person, a system.
DISTINCTIVE_CATEGORIES = frozenset({"BANK", "PERSONAL", "SECURITY"})
#: The category a manual redaction counts as, by its exemption's family.
_MANUAL_CATEGORY = {"personal data": "PERSONAL", "commercial confidentiality": "FINANCIAL"}

_SOFT = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
_SPACE = re.compile(r"\s+")
_CLAUSE = re.compile(
    r"(?i)(?:(?P<word>clause|section|schedule|part|paragraph|annex|appendix)\s+)?"
    r"(?P<number>\d{1,3}(?:\.\d{1,3}){0,3})(?=[.)]?(?:\s|$))"
)
_SCORE = 1.0
_WHY = (
    "Each occurrence of a distinctive redacted text needs its own decision (redact or release),"
    " so that none is left standing by accident."
)


def _compact(text: str) -> str:
    return _SPACE.sub("", _SOFT.sub("", unicodedata.normalize("NFKC", text)))


def _key(text: str) -> str:
    """What makes two texts the same text: compatibility form, no whitespace, case folded."""
    return _compact(text).casefold()


def distinctive(text: str, category: str | None) -> bool:
    """Whether every other occurrence of ``text``, once redacted, needs its own decision."""
    if not _compact(text):
        return False
    return len(" ".join(text.split())) >= DISTINCTIVE_LENGTH or category in DISTINCTIVE_CATEGORIES


@functools.lru_cache(maxsize=4096)
def _pattern(text: str) -> re.Pattern[str]:
    """``text`` in a document's text: whole words, any case, a space or none between characters
    (never a line break: a match stays within its block)."""
    chars = _compact(text)
    body = "[ ]?".join(re.escape(char) for char in chars)
    left = r"(?<!\w)" if chars[:1].isalnum() else ""
    right = r"(?!\w)" if chars[-1:].isalnum() else ""
    return re.compile(left + body + right, re.IGNORECASE)


@dataclass(frozen=True)
class Redacted:
    """A distinctive text redacted by a decision: where, by which record, of what kind."""

    contract: str
    number: int  # the record's number in decisions/<contract>.yaml, from 1
    document: str
    start: int
    end: int
    page: int | None
    clause: str  # "clause 4.2", or "" when the text is under no numbered heading
    text: str
    category: str
    exemption: str

    @property
    def key(self) -> str:
        return _key(self.text)

    def place(self) -> str:
        """``contract.docx page 3, clause 4.2``: the place, without the text."""
        parts = [self.document]
        if self.page:
            parts.append(f"page {self.page}")
        where = " ".join(parts)
        return f"{where}, {self.clause}" if self.clause else where

    def describe(self, contract_id: str) -> str:
        """Where the text is redacted, as seen from contract ``contract_id``."""
        if self.contract != contract_id:
            return f"in contract {self.contract} ({self.place()}, decision {self.number})"
        return f"at {self.place()} (decision {self.number})"


@dataclass(frozen=True)
class Occurrence:
    """A place where a distinctive redacted text is, in one contract's documents."""

    document: str
    start: int
    end: int
    page: int | None
    text: str
    #: The redaction it is consistent with (another place where the same text is redacted).
    source: Redacted
    #: Which match of the text in the document it is, from 1 (every match counts).
    number: int

    @property
    def id(self) -> str:
        """The candidate id: the same text at the same occurrence keeps it across scans."""
        key = f"same-text\x00{self.document}\x00{self.source.key}\x00{self.number}".encode()
        return "c-" + hashlib.sha1(key).hexdigest()[:10]

    def place(self) -> str:
        page = f" page {self.page}" if self.page else ""
        return f"{self.document}{page} at {self.start}-{self.end}"


def _clause(document: Document, start: int) -> str:
    """The number of the clause that holds offset ``start``: its block's own leading number, or
    the nearest heading's; never a number inside the redacted span."""
    block = document.block_at(start)
    heading = document.heading_before(start)
    for candidate in (block, heading):
        match = _CLAUSE.match(candidate.text) if candidate is not None else None
        if match is None or candidate.start + match.end() > start:
            continue
        word = (match.group("word") or "clause").lower()
        return f"{word} {match.group('number')}"
    return ""


def _manual_category(decision: Decision, catalogue: Catalogue) -> str:
    exemption = catalogue.get(decision.exemption)
    family = exemption.family if exemption else "other"
    return _MANUAL_CATEGORY.get(family, "SECURITY")


def redacted_in(
    contract_id: str,
    decisions: DecisionsFile,
    candidates: Mapping[str, Candidate],
    catalogue: Catalogue,
    documents: Mapping[str, Document] | None = None,
) -> list[Redacted]:
    """The distinctive texts that ``decisions`` redact, each at its place.

    A record on a candidate takes the candidate's span (or its own, when it was made wider or
    narrower); a record whose candidate is unknown is left out (the gate reports it as orphaned).
    With ``documents``, a record whose span no longer holds its text is left out too, and the
    clause is named.
    """
    found = []
    for index, decision in enumerate(decisions.records):
        if decision.action != "redact":
            continue
        candidate = candidates.get(decision.candidate) if decision.candidate else None
        if decision.has_span:
            document, start, end = decision.document, decision.start, decision.end
            text = decision.text or ""
        elif candidate is not None:
            document, start, end = candidate.document, candidate.start, candidate.end
            text = decision.text or candidate.text
        else:
            continue
        category = candidate.category if candidate else _manual_category(decision, catalogue)
        if not distinctive(text, category):
            continue
        page, clause = candidate.page if candidate else None, ""
        if documents is not None:
            parsed = documents.get(document)
            if parsed is None or _key(parsed.text[start:end]) != _key(text):
                continue
            page, clause = parsed.page_at(start), _clause(parsed, start)
        found.append(
            Redacted(
                contract_id,
                index + 1,
                document,
                start,
                end,
                page,
                clause,
                text,
                category,
                decision.exemption or "",
            )
        )
    return found


#: A contract's id, its decisions and its latest scan's candidates by id.
DecidedScan = tuple[str, DecisionsFile, dict[str, Candidate]]


def decided_scans(workspace: Workspace, leave_out: Iterable[str] = ()) -> list[DecidedScan]:
    """Every contract of the workspace (but ``leave_out``) that has decisions, with its
    decisions and its latest scan's candidates (none when it has no scan). A contract whose
    files cannot be read is left out here: its own check reports them."""
    skipped = set(leave_out)
    found: list[DecidedScan] = []
    for contract_id in workspace.contract_ids():
        decisions_path = workspace.decisions_path(contract_id)
        if contract_id in skipped or not decisions_path.is_file():
            continue
        scan_path = workspace.scan_path(contract_id)
        try:
            decisions = load_decisions(decisions_path)
            candidates = read_scan(scan_path).by_id() if scan_path.is_file() else {}
        except TransparencyError:
            continue
        found.append((contract_id, decisions, candidates))
    return found


class RedactedIndex:
    """The distinctive texts redacted across a workspace, indexed so that the few a contract's
    documents hold are found in one pass over their text.

    Each contract of a register is checked against the texts redacted in every other: testing
    each text against each contract would grow with the square of the register. An
    Aho-Corasick automaton (:class:`~transparency.needles.Needles`) over the texts' keys
    finds those whose key is in a document's folded text, the condition every match of
    :func:`occurrences` meets, so the work per contract grows with its own text. The automaton
    is built on first use and is not pickled: a worker process builds its own.
    """

    def __init__(self, redacted: Iterable[Redacted] = ()) -> None:
        self.items: tuple[Redacted, ...] = tuple(redacted)
        self._needles: Needles | None = None

    def __getstate__(self) -> dict:
        return {"items": self.items}

    def __setstate__(self, state: dict) -> None:
        self.items, self._needles = state["items"], None

    def in_documents(
        self, documents: Mapping[str, Document], leave_out: str | None = None
    ) -> list[Redacted]:
        """The redacted texts (of contracts other than ``leave_out``) that may occur in
        ``documents``: a superset of those :func:`occurrences` places, in register order."""
        if not self.items:
            return []
        if self._needles is None:
            self._needles = Needles([item.key for item in self.items])
        found = self._needles.found_in(*(_key(d.text) for d in documents.values()))
        return [self.items[i] for i in sorted(found) if self.items[i].contract != leave_out]


def workspace_redacted(
    workspace: Workspace,
    catalogue: Catalogue,
    *,
    leave_out: Iterable[str] = (),
    decided: list[DecidedScan] | None = None,
) -> RedactedIndex:
    """The distinctive texts redacted in every contract of the workspace (but ``leave_out``),
    read from its decisions and its latest scan (``decided``, when they are read already)."""
    skipped = set(leave_out)
    found: list[Redacted] = []
    for contract_id, decisions, candidates in (
        decided_scans(workspace) if decided is None else decided
    ):
        if contract_id not in skipped:
            found += redacted_in(contract_id, decisions, candidates, catalogue)
    return RedactedIndex(found)


def _overlaps(start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in spans)


def occurrences(
    contract_id: str, documents: Mapping[str, Document], redacted: Iterable[Redacted]
) -> list[Occurrence]:
    """Every place in the contract's ``documents`` of a text that ``redacted`` holds, the
    redacted places themselves included, in document order.

    Places do not overlap: a longer text is placed first ("Ms Priya Sandhu" before "Priya
    Sandhu"), and a shorter one inside it needs no place of its own. Each place names the
    redaction it follows: one in the same contract before one in another, and never itself
    when there is another.
    """
    by_key: dict[str, list[Redacted]] = {}
    for item in redacted:
        by_key.setdefault(item.key, []).append(item)
    for sources in by_key.values():
        sources.sort(key=lambda r: (r.contract != contract_id, r.contract, r.number))
    folded = {name: _key(document.text) for name, document in documents.items()}
    taken: dict[str, list[tuple[int, int]]] = {name: [] for name in documents}
    found: list[Occurrence] = []
    for key in sorted(by_key, key=lambda k: (-len(k), k)):
        sources = by_key[key]
        pattern = _pattern(sources[0].text)
        for name, document in documents.items():
            if key not in folded[name]:
                continue
            for number, match in enumerate(pattern.finditer(document.text), 1):
                start, end = match.span()
                if _overlaps(start, end, taken[name]):
                    continue
                taken[name].append((start, end))
                source = next(
                    (
                        s
                        for s in sources
                        if not (
                            s.contract == contract_id
                            and s.document == name
                            and s.start < end
                            and start < s.end
                        )
                    ),
                    sources[0],
                )
                found.append(
                    Occurrence(
                        name,
                        start,
                        end,
                        document.page_at(start),
                        match.group(),
                        source,
                        number,
                    )
                )
    order = {name: position for position, name in enumerate(documents)}
    found.sort(key=lambda o: (order[o.document], o.start, o.end))
    return found


def covering_spans(
    decisions: DecisionsFile, candidates: Mapping[str, Candidate]
) -> list[tuple[str, int, int, int, Decision]]:
    """The span of every decision, redact or release: ``(document, start, end, index,
    decision)``; a record whose candidate is unknown has none."""
    spans = []
    for index, decision in enumerate(decisions.records):
        if decision.has_span:
            spans.append((decision.document, decision.start, decision.end, index, decision))
            continue
        candidate = candidates.get(decision.candidate or "")
        if candidate is not None:
            spans.append((candidate.document, candidate.start, candidate.end, index, decision))
    return spans


def covered(occurrence: Occurrence, spans: Iterable[tuple[str, int, int, int, Decision]]) -> bool:
    """Whether a decision's span takes in the whole of ``occurrence``."""
    return any(
        document == occurrence.document and start <= occurrence.start and occurrence.end <= end
        for document, start, end, _index, _decision in spans
    )


def _suggested(code: str, environmental: bool, catalogue: Catalogue) -> str:
    """The source's exemption, as the regime of the occurrence's document has it."""
    exemption = catalogue.get(code)
    if exemption is None:
        return code
    if environmental:
        return catalogue.for_environmental(code)
    if exemption.regime == "EIR":
        foia = next((e for e in catalogue if e.eir and catalogue.get(e.eir) == exemption), None)
        return foia.code if foia else code
    return code


def widened(
    found: list[Candidate], documents: Mapping[str, Document], places: list[Occurrence]
) -> list[Candidate]:
    """The scan's candidates, each widened to take in the whole of every place of a distinctive
    redacted text that it overlaps but does not hold (a name the scan found only the end of),
    so that one decision covers the place; the candidate keeps its id."""
    out = []
    for candidate in found:
        start, end = candidate.start, candidate.end
        grown = True
        while grown:
            grown = False
            for place in places:
                if (
                    place.document == candidate.document
                    and place.start < end
                    and start < place.end
                    and (place.start < start or end < place.end)
                ):
                    start, end = min(start, place.start), max(end, place.end)
                    grown = True
        if (start, end) == (candidate.start, candidate.end):
            out.append(candidate)
        else:
            out.append(
                replace(
                    candidate,
                    start=start,
                    end=end,
                    text=documents[candidate.document].text[start:end],
                    explanation=f"{candidate.explanation} Widened to take in the whole of a text"
                    " that is redacted elsewhere.",
                )
            )
    return out


def proposals(
    contract_id: str,
    documents: Mapping[str, Document],
    found: list[Candidate],
    decisions: DecisionsFile,
    redacted: Iterable[Redacted],
    catalogue: Catalogue,
    environmental: Mapping[str, bool],
) -> list[Candidate]:
    """The candidates the scan adds for consistency: each place of a distinctive redacted text
    that no candidate ``found`` by the scan overlaps and that no record with its own span (a
    manual redaction, a passage made wider or narrower) overlaps, other than one on that very
    candidate. A place already decided on its own candidate is proposed again, so that the
    decision stays attached."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for candidate in found:
        spans.setdefault(candidate.document, []).append((candidate.start, candidate.end))
    records = [d for d in decisions.records if d.has_span]
    extra = []
    for occurrence in occurrences(contract_id, documents, redacted):
        if _overlaps(occurrence.start, occurrence.end, spans.get(occurrence.document, [])):
            continue
        if any(
            d.document == occurrence.document
            and d.start < occurrence.end
            and occurrence.start < d.end
            and d.candidate != occurrence.id
            for d in records
        ):
            continue
        source = occurrence.source
        explanation = (
            f"The same text is redacted {source.describe(contract_id)}. {_WHY} Score {_SCORE:.2f}."
        )
        extra.append(
            Candidate(
                id=occurrence.id,
                document=occurrence.document,
                page=occurrence.page,
                start=occurrence.start,
                end=occurrence.end,
                text=occurrence.text,
                category=source.category,
                exemption=_suggested(
                    source.exemption, environmental.get(occurrence.document, False), catalogue
                ),
                score=_SCORE,
                explanation=explanation,
            )
        )
    return extra
