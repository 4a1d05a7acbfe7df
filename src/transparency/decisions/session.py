"""The officers' workflow on one contract: what is left to do, and each change, saved at once.

A :class:`DecisionSession` is what ``transparency review``, ``redact`` and ``approve`` drive: it
knows the contract, its documents, the latest scan, the decisions and their history, the
catalogue and the publisher's configuration, and it turns each choice into a saved record (the
decisions file rewritten atomically, one history entry appended) before the next is asked.
Quitting at any point loses nothing that was saved.

A passage read by OCR from a scanned page is shown with how sure the reading is
(:class:`PassageContext`): the lowest confidence of its words, and the words of its context read
with less than :data:`~transparency.contracts.ocr.LOW_CONFIDENCE`, which the officer checks
against the page image.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

import pydantic

from transparency.contracts import Document
from transparency.contracts.ocr import LOW_CONFIDENCE
from transparency.decisions.approvals import approved_keys, without_approval
from transparency.decisions.catalogue import Catalogue, Exemption, load_catalogue
from transparency.decisions.config import CONFIG_FILE, PublisherConfig, load_config, same_person
from transparency.decisions.dates import add_months
from transparency.decisions.history import Entry
from transparency.decisions.model import Decision
from transparency.decisions.orphans import Match, Orphan, find_orphans, occurrences
from transparency.decisions.passages import (
    Context,
    Passage,
    adjust,
    context,
    cuts_a_word,
    respan_words,
    whole_words,
)
from transparency.decisions.rules import check_record, must_publish, record_label
from transparency.decisions.store import ANY, Conflict, DecisionStore
from transparency.errors import Problem, WorkspaceError
from transparency.records import problems_from
from transparency.redaction.candidates import Candidate, read_scan
from transparency.workspace import Contract, Workspace

__all__ = ["DecisionSession", "PassageContext", "replace_fields"]

logger = logging.getLogger(__name__)


def _identity_error(name: str, role: str, people: list[str]) -> WorkspaceError:
    return WorkspaceError(
        f"'{name}' is not one of the {role} listed in {CONFIG_FILE}",
        hint=f"Give your name as listed (--officer): {'; '.join(people)}.",
    )


@dataclass(frozen=True)
class PassageContext(Context):
    """A passage in its context, with how its text was read.

    ``ocr`` is the lowest confidence (0 to 100, Tesseract's) of the passage's words read by OCR
    from a scanned page, ``None`` when none was; ``doubtful`` are the spans of the context
    shown (offsets of ``before + text + after``) of words OCR read with less than
    :data:`~transparency.contracts.ocr.LOW_CONFIDENCE`.
    """

    ocr: float | None = None
    doubtful: tuple[tuple[int, int], ...] = ()

    @property
    def check_image(self) -> bool:
        """Whether a word of the passage was read with low confidence."""
        return self.ocr is not None and self.ocr < LOW_CONFIDENCE


def _with_reading(document: Document, passage: Passage, shown: Context) -> PassageContext:
    """``shown`` with the OCR confidence of the passage and the doubtful words around it."""
    words = document.ocr_in(passage.start, passage.end)
    lowest = min((confidence for _, _, confidence in words), default=None)
    text = document.text
    # The context is the document's text from ``first`` to ``last``, with an ellipsis
    # before (``lead``) or after where it was cut.
    before, after = shown.before, shown.after
    first = passage.start - len(before)
    lead = 0 if first >= 0 and text[first : passage.start] == before else 1
    first += lead
    trail = 0 if text[passage.end : passage.end + len(after)] == after else 1
    last = passage.end + len(after) - trail
    doubtful = tuple(
        (max(start, first) - first + lead, min(end, last) - first + lead)
        for start, end, confidence in document.ocr_in(first, last)
        if confidence < LOW_CONFIDENCE
    )
    return PassageContext(
        shown.heading, shown.page, before, shown.text, after, ocr=lowest, doubtful=doubtful
    )


class DecisionSession:
    """One officer working on one contract."""

    def __init__(
        self,
        workspace: Workspace,
        contract_id: str,
        officer: str,
        *,
        today: dt.date | None = None,
        role: str = "decide",
    ) -> None:
        self.workspace = workspace
        self.contract: Contract = workspace.contract(contract_id)
        self.config: PublisherConfig = load_config(workspace.root)
        self.catalogue: Catalogue = load_catalogue(workspace.root)
        self.today = today or dt.date.today()
        resolved = (self.config.approver if role == "approve" else self.config.officer)(officer)
        if resolved is None:
            people = self.config.approvers if role == "approve" else self.config.officers
            raise _identity_error(officer, "approvers" if role == "approve" else "officers", people)
        self.officer = resolved
        scan_path = workspace.scan_path(contract_id)
        if not scan_path.is_file():
            raise WorkspaceError(
                "the contract has not been scanned",
                path=scan_path,
                hint=f"Run `transparency scan {contract_id}` first.",
            )
        self.scan = read_scan(scan_path)
        self.documents: dict[str, Document] = {d.name: d for d in self.contract.documents()}
        for name, document in self.documents.items():
            if self.scan.documents.get(name) != document.sha256:
                raise WorkspaceError(
                    f"{name} has changed (or was added) since the last scan",
                    path=scan_path,
                    hint=f"Run `transparency scan {contract_id}` first, then review again.",
                )
        self.candidates = self.scan.by_id()
        self.store = DecisionStore(workspace.decisions_path(contract_id), contract_id)

    # -- what is left to do ---------------------------------------------------------------

    @property
    def contract_id(self) -> str:
        return self.contract.id

    def decided_ids(self) -> set[str]:
        return {d.candidate for d in self.store.records if d.candidate}

    def undecided(self) -> list[Candidate]:
        """Candidates with no decision, in document order."""
        decided = self.decided_ids()
        return [c for c in self.scan.candidates if c.id not in decided]

    def orphans(self) -> list[Orphan]:
        return find_orphans(self.store.file, self.scan.candidates, self.documents)

    def expired(self) -> list[Decision]:
        """Redactions whose review date has passed: they block the build until re-decided."""
        return [
            d
            for d in self.store.records
            if d.action == "redact" and d.review_by is not None and d.review_by < self.today
        ]

    def awaiting_approval(self) -> list[Decision]:
        """Decisions a second person should approve: every unapproved redaction, and
        releases too where ``transparency.yaml`` says so."""
        wanted = {"redact", "release"} if self.config.approve_releases else {"redact"}
        approved = approved_keys(self.store.path, self.store.file)
        return [d for d in self.store.records if d.action in wanted and d.key not in approved]

    def same_text(self, passage: Passage) -> list[Candidate]:
        """Other undecided candidates with exactly the passage's text (for bulk decisions)."""
        if passage.candidate is None or passage.adjusted:
            return []
        return [
            c for c in self.undecided() if c.text == passage.text and c.id != passage.candidate.id
        ]

    # -- reading the documents ------------------------------------------------------------

    def passage_of(self, decision: Decision) -> Passage | None:
        """Where a recorded decision applies (``None`` for an orphan)."""
        candidate = self.candidates.get(decision.candidate) if decision.candidate else None
        if decision.has_span:
            return Passage(
                decision.document, decision.start, decision.end, decision.text, candidate
            )
        return Passage.of(candidate, self.documents.get(candidate.document)) if candidate else None

    def passage_for(self, candidate: Candidate) -> Passage:
        """The passage to decide for ``candidate``: its span, widened to whole words."""
        return Passage.of(candidate, self.documents[candidate.document])

    def text_of(self, decision: Decision) -> str:
        """The text a decision was made on."""
        if decision.text is not None:
            return decision.text
        candidate = self.candidates.get(decision.candidate or "")
        return candidate.text if candidate else "(text not recorded)"

    def context(self, passage: Passage) -> PassageContext:
        """The passage with the text around it, and how it was read (see
        :class:`PassageContext`)."""
        document = self.documents[passage.document]
        return _with_reading(document, passage, context(document, passage))

    def environmental(self, passage: Passage) -> bool:
        return self.contract.meta.is_environmental(passage.document)

    def exemptions_for(self, passage: Passage) -> list[Exemption]:
        """The exemptions an officer may choose for ``passage`` (EIR when environmental)."""
        return self.catalogue.applicable(self.environmental(passage))

    def public_fact(self, passage: Passage) -> str:
        """What public fact the passage is (a party, the total value ...), or ''."""
        return must_publish(passage.text, self.contract.meta)

    # -- wider and narrower ---------------------------------------------------------------

    def adjust(self, passage: Passage, how: str) -> Passage:
        """The passage with a word added or dropped (see :func:`passages.adjust`)."""
        return adjust(self.documents[passage.document], self.scan.candidates, passage, how)

    def respan_words(self, passage: Passage, words: str) -> Passage:
        """The passage made exactly ``words`` (see :func:`passages.respan_words`)."""
        return respan_words(self.documents[passage.document], self.scan.candidates, passage, words)

    # -- manual redactions ----------------------------------------------------------------

    def find(self, text: str, document: str | None = None) -> list[Passage]:
        """Every place ``text`` appears (whitespace as in the document's extracted text)."""
        text = " ".join(text.split())
        names = [document] if document else list(self.documents)
        for name in names:
            if name not in self.documents:
                raise WorkspaceError(
                    f"'{name}' is not one of the contract's documents",
                    hint=f"Its documents: {', '.join(self.documents)}.",
                )
        return [
            Passage(name, s, e, text)
            for name in names
            for s, e in occurrences(text, self.documents[name])
            if not cuts_a_word(self.documents[name].text, s, e)
        ]

    def find_inside_words(self, text: str, document: str | None = None) -> int:
        """How many times ``text`` appears only as part of longer words."""
        text = " ".join(text.split())
        names = [document] if document in self.documents else list(self.documents)
        return sum(
            1
            for name in names
            for s, e in occurrences(text, self.documents[name])
            if cuts_a_word(self.documents[name].text, s, e)
        )

    def span(self, document: str, start: int, end: int) -> Passage:
        """The passage at ``start``-``end`` of ``document``."""
        if document not in self.documents:
            raise WorkspaceError(
                f"'{document}' is not one of the contract's documents",
                hint=f"Its documents: {', '.join(self.documents)}.",
            )
        text = self.documents[document].text
        if not 0 <= start < end <= len(text):
            raise WorkspaceError(
                f"{start}-{end} is not a span of {document} (its text has {len(text)} characters)"
            )
        if cuts_a_word(text, start, end):
            wide = whole_words(text, start, end)
            raise WorkspaceError(
                f"the span {start}-{end} of {document} starts or ends inside a word",
                hint=f"A redaction is made of whole words: use --start {wide[0]} --end"
                f" {wide[1]}. Nothing was recorded.",
            )
        return Passage(document, start, end, text[start:end])

    def clash(self, passage: Passage) -> str:
        """Why a manual redaction of ``passage`` cannot be recorded, or ''."""
        for c in self.scan.candidates:
            if c.document == passage.document and c.start < passage.end and passage.start < c.end:
                return (
                    f"it overlaps the flagged passage '{c.text}' (candidate {c.id}); decide that"
                    f" with `transparency review {self.contract_id}`, where it can be made wider"
                    " or narrower"
                )
        for index, d in enumerate(self.store.records):
            if (
                d.has_span
                and d.document == passage.document
                and d.start < passage.end
                and passage.start < d.end
            ):
                return f"it overlaps {record_label(index, d)}, '{d.text}'"
        return ""

    # -- building and saving decisions ----------------------------------------------------

    def default_review_by(self, exemption: Exemption) -> dt.date:
        return add_months(self.today, exemption.review_months)

    def build(self, passage: Passage, **fields: object) -> tuple[Decision | None, list[Problem]]:
        """A decision on ``passage`` from the officer's answers, and every problem with it
        (approval aside, which comes later)."""
        target: dict[str, object] = {"text": passage.text}
        if passage.candidate is not None:
            target["candidate"] = passage.candidate.id
        if passage.candidate is None or passage.adjusted:
            target.update(document=passage.document, start=passage.start, end=passage.end)
        data = {
            **target,
            **{k: v for k, v in fields.items() if v not in (None, "", [])},
            "decided_by": self.officer,
            "decided_on": self.today,
        }
        path = self.store.path
        try:
            decision = Decision.model_validate(data)
        except pydantic.ValidationError as exc:
            return None, problems_from(exc, path)
        index = len(self.store.records)
        existing = self.store.get(decision.key)
        if existing is not None:
            index = self.store.records.index(existing)
        problems = check_record(
            path,
            index,
            decision,
            meta=self.contract.meta,
            catalogue=self.catalogue,
            candidates=self.candidates,
            config=self.config,
            publishing=False,
        )
        return decision, problems

    def save(
        self,
        decision: Decision,
        *,
        replaces: str | None = None,
        action: str,
        seen: object = ANY,
    ) -> Entry:
        """Save ``decision`` now (file and history), replacing the record ``replaces``.

        ``seen``: the version of the record replaced as the officer last saw it (``None``: it
        was undecided); another officer's change since raises
        :class:`~transparency.decisions.store.Conflict` and nothing is saved.
        """
        if replaces is None and self.store.get(decision.key) is not None:
            replaces = decision.key
        if replaces is not None:
            return self.store.replace(replaces, decision, by=self.officer, action=action, seen=seen)
        return self.store.add(decision, by=self.officer, action=action, seen=seen)

    def copy_to(self, decision: Decision, candidate: Candidate) -> list[Problem]:
        """Record the same decision for another candidate (the same text, or one a bulk
        decision covers); the problems that prevent it (nothing is saved then). A candidate
        decided meanwhile by someone else is not overwritten."""
        copy = decision.model_copy(update={"candidate": candidate.id, "text": candidate.text})
        problems = check_record(
            self.store.path,
            len(self.store.records),
            copy,
            meta=self.contract.meta,
            catalogue=self.catalogue,
            candidates=self.candidates,
            config=self.config,
            publishing=False,
        )
        if not problems:
            try:
                self.store.add(copy, by=self.officer, action="decide", seen=None)
            except Conflict as conflict:
                return [
                    Problem(self.store.path, conflict.message, record=f"candidate {candidate.id}")
                ]
        return problems

    def renew(self, decision: Decision, review_by: dt.date, *, seen: object = ANY) -> Entry:
        """Keep an expired redaction on the same grounds, with a new review date; it needs a
        fresh approval."""
        renewed = decision.model_copy(
            update={
                "decided_by": self.officer,
                "decided_on": self.today,
                "review_by": review_by,
                "approved_by": None,
                "approved_on": None,
            }
        )
        return self.store.replace(decision.key, renewed, by=self.officer, action="renew", seen=seen)

    def reattach(self, orphan: Orphan, match: Match) -> Entry:
        """Attach an orphaned decision to its text's new position (the officer's choice)."""
        d = orphan.decision
        update: dict[str, object] = {}
        if match.candidate is not None:
            update["candidate"] = match.candidate.id
            if d.has_span:
                update.update(document=None, start=None, end=None)
        else:
            update.update(document=match.document, start=match.start, end=match.end)
        moved = without_approval(  # a decision applied elsewhere is approved again
            Decision.model_validate({**d.as_data(), **update, "text": d.text})
        )
        return self.store.replace(d.key, moved, by=self.officer, action="reattach")

    def remove(self, decision: Decision) -> Entry:
        """Remove a decision (an orphan whose text has gone)."""
        return self.store.remove(decision.key, by=self.officer)

    def approve(self, decision: Decision, *, seen: object = ANY) -> Entry:
        """Record the officer's approval of ``decision`` (``seen`` as for :meth:`save`)."""
        if same_person(decision.decided_by, self.officer):
            raise WorkspaceError(
                "you decided this yourself: the approver must be someone else",
                hint="Ask a colleague to run `transparency approve`.",
            )
        approved = replace_fields(decision, approved_by=self.officer, approved_on=self.today)
        return self.store.replace(
            decision.key, approved, by=self.officer, action="approve", seen=seen
        )


def replace_fields(decision: Decision, **update: object) -> Decision:
    """A copy of ``decision`` with fields changed, validated again."""
    return Decision.model_validate({**decision.as_data(), **update})
