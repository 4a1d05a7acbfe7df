"""What the desk knows and does, in the terms of the decisions layer.

Every read and every change goes through :class:`~transparency.decisions.session.DecisionSession`
(the same rules, history and approval as ``transparency review`` and ``approve``); this module
only shapes it for the HTTP API: plain dicts that become JSON. A change carries the version of
the record as the officer last saw it (``seen``), so that two officers deciding the same
passage at once never overwrite each other: the second gets a conflict and the passage as it
now stands.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import threading
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlencode

from transparency.commands.screens import CATEGORIES
from transparency.contracts.model import Document
from transparency.decisions.approvals import approved_keys
from transparency.decisions.catalogue import Exemption
from transparency.decisions.config import load_config, same_person
from transparency.decisions.dates import parse_date
from transparency.decisions.due import due_redactions
from transparency.decisions.model import Decision, load_decisions
from transparency.decisions.passages import Passage, cuts_a_word, whole_words
from transparency.decisions.rules import record_label
from transparency.decisions.session import DecisionSession
from transparency.decisions.status import workspace_status
from transparency.decisions.store import version_of
from transparency.desk.layout import PageLayout, layout_of, page_png
from transparency.desk.reasons import load_reasons, parse_reasons, save_reasons
from transparency.errors import Problem, TransparencyError, ValidationError, WorkspaceError
from transparency.workspace import Workspace

__all__ = ["Desk", "NotFound", "Refused"]

logger = logging.getLogger(__name__)

#: The fields of a decisions record an officer gives (the rest the desk fills in).
DECISION_FIELDS = (
    "action",
    "exemption",
    "public_reason",
    "justification",
    "harm",
    "public_interest",
    "trade_secret",
    "override",
    "review_by",
    "representations",
)


class NotFound(WorkspaceError):
    """What the request names is not there (HTTP 404)."""


class Refused(WorkspaceError):
    """The request is understood but not allowed (HTTP 403): approving one's own decision."""


@dataclass
class Officer:
    """Who is at the desk, and what they may do."""

    name: str  # as given (resolved against transparency.yaml per role)
    decider: str | None
    approver: str | None

    def to_dict(self) -> dict:
        return {
            "name": self.decider or self.approver or self.name,
            "can_decide": self.decider is not None,
            "can_approve": self.approver is not None,
        }


def _problem(problem: Problem) -> dict:
    return {
        "file": str(problem.path),
        "record": problem.record,
        "field": problem.field,
        "message": problem.message,
    }


def problems_of(error: TransparencyError) -> list[dict]:
    """An error's problems as JSON, each naming its file, record and field."""
    if isinstance(error, ValidationError) or hasattr(error, "problems"):
        return [_problem(p) for p in getattr(error, "problems", [])]
    return []


def _exemption_data(exemption: Exemption, session: DecisionSession) -> dict:
    return {
        "code": exemption.code,
        "title": exemption.title,
        "reference": exemption.reference,
        "regime": exemption.regime,
        "summary": exemption.summary,
        "explanation": exemption.explanation,
        "kind": exemption.kind,
        "test": exemption.test,
        "qualified": exemption.qualified,
        "prejudice": exemption.prejudice,
        "overriding": exemption.overriding,
        "trade_secret": exemption.trade_secret,
        "review_months": exemption.review_months,
        "default_review_by": session.default_review_by(exemption).isoformat(),
        "label": exemption.label,
    }


def _signature(root: Path) -> tuple:
    """What the workspace's contracts are made of: each file of each contract's folder, with
    its size and modification time."""
    found = []
    try:
        folders = sorted(os.scandir(Path(root) / "contracts"), key=lambda e: e.name)
    except OSError:
        return ()
    for folder in folders:
        if not folder.is_dir():
            continue
        try:
            entries = sorted(os.scandir(folder.path), key=lambda e: e.name)
        except OSError:
            continue
        for entry in entries:
            try:
                stat = entry.stat()
            except OSError:
                continue
            found.append((folder.name, entry.name, stat.st_size, stat.st_mtime_ns))
    return tuple(found)


class Desk:
    """The desk's view of one workspace, shared by every request."""

    def __init__(self, workspace: Workspace, *, today: dt.date | None = None) -> None:
        self._workspace = workspace
        self._seen = _signature(workspace.root)
        self._today = today
        self._layouts: dict[str, PageLayout] = {}
        self._lock = threading.Lock()

    @property
    def workspace(self) -> Workspace:
        """The workspace as it now is: read again when a contract, its contract.yaml or one
        of its documents has changed since (the desk runs for hours while officers add
        contracts, edit their metadata and scan new versions)."""
        now = _signature(self._workspace.root)
        with self._lock:
            if now != self._seen:
                self._workspace = Workspace(self._workspace.root)
                self._seen = now
            return self._workspace

    @property
    def today(self) -> dt.date:
        return self._today or dt.date.today()

    @property
    def root(self) -> Path:
        return self.workspace.root

    # -- who ------------------------------------------------------------------------------

    def officer(self, name: str) -> Officer:
        """The officer ``name`` as ``transparency.yaml`` lists them; an error if not at all."""
        config = load_config(self.root)
        decider = config.officer(name)
        approver = config.approver(name)
        if decider is None and approver is None:
            listed = ", ".join([*config.officers, *config.approvers]) or "nobody"
            raise WorkspaceError(
                f"'{name}' is not one of the officers or approvers in transparency.yaml",
                hint=f"Give one of these names with --officer: {listed}.",
            )
        return Officer(name, decider, approver)

    def session(self, contract_id: str, officer: Officer, role: str = "decide"):
        """A decisions session on the contract, as the officer in ``role``."""
        if contract_id not in self.workspace.contract_ids():
            raise NotFound(f"there is no contract '{contract_id}' in this workspace")
        name = officer.approver if role == "approve" else officer.decider
        if name is None:
            what = "approve decisions" if role == "approve" else "decide passages"
            raise Refused(
                f"{officer.name} may not {what}: transparency.yaml does not list them as"
                f" {'an approver' if role == 'approve' else 'an officer'}"
            )
        return DecisionSession(self.workspace, contract_id, name, today=self.today, role=role)

    # -- what there is --------------------------------------------------------------------

    def contracts(self) -> list[dict]:
        """Every contract with its progress, as ``transparency status`` counts it."""
        rows = []
        for status in workspace_status(self.workspace, [], self.today):
            contract = self.workspace.contract(status.contract)
            meta = contract.meta
            rows.append(
                {
                    "id": status.contract,
                    "title": meta.title,
                    "buyer": meta.buyer,
                    "supplier": meta.supplier,
                    "reference": meta.reference,
                    "scanned": status.scanned,
                    "counts": {
                        "candidates": status.candidates,
                        "decided": status.decided,
                        "undecided": status.undecided,
                        "redact": status.redact,
                        "release": status.release,
                        "awaiting_approval": status.awaiting_approval,
                        "overdue": status.overdue,
                        "orphaned": status.orphaned,
                        "problems": status.problems,
                    },
                }
            )
        return rows

    def catalogue(self, session: DecisionSession) -> dict:
        """The exemptions (with what each one asks) and the preset public interest factors."""
        factors = session.catalogue.factors
        return {
            "exemptions": [_exemption_data(e, session) for e in session.catalogue],
            "environmental": [e.code for e in session.catalogue.applicable(True)],
            "general": [e.code for e in session.catalogue.applicable(False)],
            "factors": {
                "for_disclosure": list(factors.for_disclosure),
                "for_withholding": list(factors.for_withholding),
            },
            "categories": CATEGORIES,
            "today": self.today.isoformat(),
        }

    def contract(self, session: DecisionSession) -> dict:
        meta = session.contract.meta
        return {
            "id": meta.id,
            "title": meta.title,
            "buyer": meta.buyer,
            "supplier": meta.supplier,
            "reference": meta.reference,
            "documents": [
                {
                    "name": d.name,
                    "title": ref.title,
                    "format": d.format,
                    "pages": d.pages,
                    "environmental": meta.is_environmental(d.name),
                }
                for ref, d in zip(meta.documents, session.contract.documents(), strict=True)
            ],
            "needs_approval": {
                "redact": session.config.needs_approval("redact"),
                "release": session.config.needs_approval("release"),
            },
        }

    def _passage_data(self, session: DecisionSession, passage: Passage) -> dict:
        context = session.context(passage)
        document = session.documents[passage.document]
        block = document.block_at(passage.start)
        heading = document.heading_before(passage.start)
        return {
            "document": passage.document,
            "start": passage.start,
            "end": passage.end,
            "text": passage.text,
            "page": context.page,
            "heading": context.heading,
            "section": heading.anchor if heading else "",
            "block": block.anchor if block else "",
            "before": context.before,
            "after": context.after,
            "ocr": context.ocr,
            "environmental": session.environmental(passage),
            "public_fact": session.public_fact(passage),
        }

    def passages(self, session: DecisionSession) -> dict:
        """Every passage of the contract: the candidates (decided or not) in document order,
        the manual redactions, and the decisions that no longer match the document."""
        records = {d.key: d for d in session.store.records}
        approved = approved_keys(session.store.path, session.store.file)
        waiting = {d.key for d in session.awaiting_approval()}
        expired = {d.key for d in session.expired()}
        orphans = session.orphans()
        orphaned = {o.decision.key for o in orphans}
        items = []
        counts: Counter = Counter()
        for candidate in session.scan.candidates:
            decision = records.get(candidate.id)
            if decision is not None and decision.key in orphaned:
                continue
            passage = (
                session.passage_of(decision)
                if decision is not None and decision.has_span
                else session.passage_for(candidate)
            )
            why, stop, notes = candidate.explanation.partition(". ")
            item = {
                "key": candidate.id,
                "candidate": candidate.id,
                **self._passage_data(session, passage),
                "flagged": candidate.text,
                "category": candidate.category,
                "category_label": CATEGORIES.get(candidate.category, candidate.category.title()),
                "suggested": candidate.exemption,
                "score": round(candidate.score, 3),
                "why": why + stop.strip(),
                "notes": notes,
            }
            items.append(self._with_decision(item, decision, approved, waiting, expired))
        for decision in session.store.records:
            if decision.candidate is None and decision.key not in orphaned:
                passage = session.passage_of(decision)
                item = {
                    "key": decision.key,
                    "candidate": None,
                    **self._passage_data(session, passage),
                    "flagged": None,
                    "category": "MANUAL",
                    "category_label": "Added by an officer",
                    "suggested": decision.exemption,
                    "score": None,
                    "why": "An officer selected this passage.",
                    "notes": "",
                }
                items.append(self._with_decision(item, decision, approved, waiting, expired))
        documents = {name: i for i, name in enumerate(session.documents)}
        items.sort(key=lambda i: (documents.get(i["document"], 0), i["start"], i["end"]))
        for item in items:
            counts["decided" if item["decided"] else "undecided"] += 1
            counts["awaiting_approval"] += item["awaiting_approval"]
            counts["overdue"] += item["overdue"]
        counts["orphaned"] = len(orphans)
        return {
            "contract": session.contract_id,
            "passages": items,
            "orphans": [
                {
                    "key": o.decision.key,
                    "label": record_label(o.index, o.decision),
                    "text": o.text,
                    "found": o.found,
                    "version": version_of(o.decision),
                    "decision": o.decision.as_data(),
                    "matches": [
                        {
                            "document": m.document,
                            "start": m.start,
                            "end": m.end,
                            "candidate": m.candidate.id if m.candidate else None,
                        }
                        for m in o.matches
                    ],
                }
                for o in orphans
            ],
            "counts": {
                k: counts[k]
                for k in ("undecided", "decided", "awaiting_approval", "overdue", "orphaned")
            },
        }

    @staticmethod
    def _with_decision(item, decision, approved, waiting, expired) -> dict:
        item["decided"] = decision is not None
        item["decision"] = decision.as_data() if decision is not None else None
        item["version"] = version_of(decision)
        item["awaiting_approval"] = decision is not None and decision.key in waiting
        item["approved"] = decision is not None and decision.key in approved
        item["overdue"] = decision is not None and decision.key in expired
        return item

    def passage(self, session: DecisionSession, key: str) -> dict:
        """One passage as :meth:`passages` lists it."""
        for item in self.passages(session)["passages"]:
            if item["key"] == key:
                return item
        raise NotFound(f"there is no passage '{key}' in contract {session.contract_id}")

    # -- the page -------------------------------------------------------------------------

    def _document(self, session: DecisionSession, name: str) -> Document:
        document = session.documents.get(name)
        if document is None:
            raise NotFound(f"'{name}' is not one of the documents of {session.contract_id}")
        return document

    def _layout(self, session: DecisionSession, name: str) -> PageLayout | None:
        document = self._document(session, name)
        if document.format != "pdf" or not document.places:
            return None
        with self._lock:
            layout = self._layouts.get(document.sha256)
        if layout is None:
            path = session.contract.folder / name
            layout = layout_of(path, document.sha256, self.workspace.cache_dir)
            with self._lock:
                self._layouts[document.sha256] = layout
        return layout

    def boxes(self, session: DecisionSession, name: str, start: int, end: int) -> list[dict]:
        """Where ``start``-``end`` of the document is drawn: boxes as fractions of its page."""
        layout = self._layout(session, name)
        if layout is None:
            return []
        return [b.to_dict() for b in layout.boxes(self._document(session, name), start, end)]

    def page(self, session: DecisionSession, name: str, number: int) -> dict:
        """A page of a PDF: its size, its words with their spans and boxes, and the boxes of
        every passage on it (decided or not)."""
        document = self._document(session, name)
        layout = self._layout(session, name)
        if layout is None:
            raise NotFound(f"{name} is not a PDF with pages to show")
        if not 1 <= number <= len(layout.pages):
            raise NotFound(f"{name} has no page {number} (it has {len(layout.pages)})")
        size = layout.pages[number - 1]
        marks = []
        for item in self.passages(session)["passages"]:
            if item["document"] != name:
                continue  # a passage may start on an earlier page and run onto this one
            for box in layout.boxes(document, item["start"], item["end"]):
                if box.page == number:
                    marks.append({"key": item["key"], **box.to_dict()})
        return {
            "document": name,
            "page": number,
            "pages": len(layout.pages),
            "width": size["width"],
            "height": size["height"],
            "words": layout.words(document, number),
            "marks": marks,
            "image": f"/api/contracts/{session.contract_id}/pages/{number}.png?"
            + urlencode({"document": name}),
        }

    def page_image(self, session: DecisionSession, name: str, number: int) -> bytes:
        document = self._document(session, name)
        if document.format != "pdf":
            raise NotFound(f"{name} is not a PDF")
        if not 1 <= number <= (document.pages or 0):
            raise NotFound(f"{name} has no page {number}")
        path = session.contract.folder / name
        return page_png(path, document.sha256, number, self.workspace.cache_dir)

    def blocks(self, session: DecisionSession, name: str, offset: int, around: int = 6) -> dict:
        """The blocks of a document around ``offset`` (a DOCX is shown as its paragraphs)."""
        document = self._document(session, name)
        index = next(
            (i for i, b in enumerate(document.blocks) if b.end > offset), len(document.blocks) - 1
        )
        lo, hi = max(0, index - around), min(len(document.blocks), index + around + 1)
        return {
            "document": name,
            "blocks": [
                {
                    "kind": b.kind,
                    "start": b.start,
                    "end": b.end,
                    "text": b.text,
                    "anchor": b.anchor,
                    "page": b.page,
                }
                for b in document.blocks[lo:hi]
            ],
            "first": lo == 0,
            "last": hi == len(document.blocks),
        }

    # -- changing the passage -------------------------------------------------------------

    def _span(self, session: DecisionSession, body: dict, candidate) -> Passage:
        """The passage a request names: a candidate's (as flagged, or with its own span), or a
        manual span of a document."""
        document = body.get("document")
        if document is None or body.get("start") is None or body.get("end") is None:
            if candidate is None:
                raise ValidationError(
                    [
                        Problem(
                            "request",
                            "give 'candidate', or 'document', 'start' and 'end'",
                            field="candidate",
                        )
                    ]
                )
            return session.passage_for(candidate)
        try:
            start, end = int(body["start"]), int(body["end"])
        except (TypeError, ValueError):
            raise ValidationError(
                [Problem("request", "'start' and 'end' must be whole numbers", field="start")]
            ) from None
        doc = self._document(session, str(document))
        if not 0 <= start < end <= len(doc.text):
            raise ValidationError(
                [
                    Problem(
                        "request",
                        f"{start}-{end} is not a span of {document} (its text has"
                        f" {len(doc.text)} characters)",
                        field="start",
                    )
                ]
            )
        if cuts_a_word(doc.text, start, end):
            start, end = whole_words(doc.text, start, end)
        text = doc.text[start:end]
        if text != text.strip():
            stripped = len(text) - len(text.lstrip())
            start, end = start + stripped, start + stripped + len(text.strip())
            text = doc.text[start:end]
        given = body.get("text")
        if given is not None and " ".join(str(given).split()) != " ".join(text.split()):
            raise ValidationError(
                [
                    Problem(
                        "request",
                        "the text given is not the document's text at that span: read the"
                        " passage again",
                        field="text",
                    )
                ]
            )
        return Passage(str(document), start, end, text, candidate)

    def adjust(self, session: DecisionSession, body: dict) -> dict:
        """The passage made wider or narrower by a word (``how``: add_after, add_before,
        drop_last, drop_first), or back as flagged (``reset``)."""
        candidate = self._candidate(session, body.get("candidate"))
        passage = self._span(session, body, candidate)
        how = body.get("how")
        if how == "reset" and candidate is not None:
            passage = session.passage_for(candidate)
        elif how in ("add_after", "add_before", "drop_last", "drop_first"):
            passage = session.adjust(passage, how)
        else:
            raise ValidationError(
                [
                    Problem(
                        "request",
                        "'how' must be add_after, add_before, drop_last, drop_first or reset",
                        field="how",
                    )
                ]
            )
        return self._span_data(session, passage)

    def _span_data(self, session: DecisionSession, passage: Passage) -> dict:
        return {
            **self._passage_data(session, passage),
            "adjusted": passage.adjusted,
            "boxes": self.boxes(session, passage.document, passage.start, passage.end),
        }

    def select(self, session: DecisionSession, body: dict) -> dict:
        """A span the officer selected on the page, made whole words, with what it overlaps."""
        passage = self._span(session, body, None)
        clash = session.clash(passage)
        return {
            **self._span_data(session, passage),
            "clash": clash,
            "occurrences": len(session.find(passage.text)),
        }

    def _candidate(self, session: DecisionSession, key: object):
        if key in (None, ""):
            return None
        candidate = session.candidates.get(str(key))
        if candidate is None:
            raise NotFound(f"there is no candidate '{key}' in contract {session.contract_id}")
        return candidate

    # -- deciding -------------------------------------------------------------------------

    def decide(self, session: DecisionSession, body: dict) -> dict:
        """Record one decision (and the same for ``apply_to``, the other candidates a bulk
        decision covers). Returns what was saved and what could not be."""
        if not isinstance(body, dict):
            raise ValidationError([Problem("request", "expected a JSON object")])
        unknown = sorted(
            set(body)
            - {*DECISION_FIELDS, "candidate", "document", "start", "end", "text"}
            - {"seen", "apply_to", "replaces"}
        )
        if unknown:
            raise ValidationError(
                [Problem("request", "not a field of a decision", field=name) for name in unknown]
            )
        candidate = self._candidate(session, body.get("candidate"))
        passage = self._span(session, body, candidate)
        if candidate is None:
            clash = session.clash(passage)
            existing = session.store.get(f"{passage.document}@{passage.start}-{passage.end}")
            if clash and existing is None:
                raise ValidationError(
                    [Problem("request", f"cannot redact this span: {clash}", field="start")]
                )
        fields = {k: body.get(k) for k in DECISION_FIELDS if k in body}
        if isinstance(fields.get("review_by"), str) and fields["review_by"]:
            try:
                fields["review_by"] = parse_date(fields["review_by"], self.today)
            except ValueError as error:
                raise ValidationError([Problem("request", str(error), field="review_by")]) from None
        decision, problems = session.build(passage, **fields)
        if decision is None or problems:
            raise ValidationError(problems, summary="the decision cannot be saved as it stands")
        others = body.get("apply_to") or []
        if not isinstance(others, list):
            raise ValidationError(
                [Problem("request", "'apply_to' must be a list of candidate ids", field="apply_to")]
            )
        targets = [self._candidate(session, other) for other in others]  # before saving
        replaces = body.get("replaces")
        if replaces is None and candidate is not None and session.store.get(candidate.id):
            replaces = candidate.id
        seen = body.get("seen")
        action = "redecide" if replaces else "decide"
        session.save(decision, replaces=replaces, action=action, seen=seen)
        saved, not_saved = [decision.key], []
        for target in targets:
            if target is None or target.id == decision.key:
                continue
            if session.store.get(target.id) is not None:
                not_saved.append(
                    {"candidate": target.id, "message": "already decided: left as it is"}
                )
                continue
            copy = decision
            if decision.has_span:  # the passage was adjusted: the others keep their own span
                copy = Decision.model_validate(
                    {
                        **decision.as_data(),
                        "document": None,
                        "start": None,
                        "end": None,
                        "text": target.text,
                    }
                )
            trouble = session.copy_to(copy, target)
            if trouble:
                not_saved.append(
                    {"candidate": target.id, "message": "; ".join(p.message for p in trouble)}
                )
            else:
                saved.append(target.id)
        return {"saved": saved, "not_saved": not_saved, "decision": decision.as_data()}

    def undo(self, session: DecisionSession, key: str, seen: str | None) -> dict:
        """Remove a decision (it becomes undecided again); ``seen`` is its version as the
        officer last read it."""
        if not seen:
            raise ValidationError(
                [
                    Problem(
                        "request",
                        "give '?seen=VERSION', the decision's version as you last read it",
                        field="seen",
                    )
                ]
            )
        if session.store.get(key) is None:
            raise NotFound(f"there is no decision '{key}' in contract {session.contract_id}")
        session.store.remove(key, by=session.officer, action="remove", seen=seen)
        return {"removed": key}

    def approve(self, session: DecisionSession, body: dict) -> dict:
        """Approve decisions made by someone else: ``{"records": [{"key", "seen"}, ...]}`` or
        one ``{"key", "seen"}``."""
        wanted = body.get("records") if isinstance(body.get("records"), list) else [body]
        approved, refused = [], []
        for entry in wanted:
            if not isinstance(entry, dict) or not entry.get("key"):
                raise ValidationError(
                    [Problem("request", "name each decision by its 'key'", field="key")]
                )
            key = str(entry["key"])
            decision = session.store.get(key)
            if decision is None:
                raise NotFound(f"there is no decision '{key}' in contract {session.contract_id}")
            if same_person(decision.decided_by, session.officer):
                refused.append(
                    {
                        "key": key,
                        "message": "you decided this yourself: the approver must be someone else",
                    }
                )
                continue
            session.approve(decision, seen=entry.get("seen", version_of(decision)))
            approved.append(key)
        if refused and not approved:
            raise Refused(refused[0]["message"])
        return {"approved": approved, "refused": refused}

    def approvals(self, session: DecisionSession) -> dict:
        """The decisions awaiting approval, with their passages; the officer's own apart."""
        items = {i["key"]: i for i in self.passages(session)["passages"]}
        waiting = []
        for decision in session.awaiting_approval():
            item = items.get(decision.key) or {"key": decision.key, "text": decision.text}
            waiting.append(
                {
                    **item,
                    "own": same_person(decision.decided_by, session.officer),
                }
            )
        return {"contract": session.contract_id, "waiting": waiting}

    def renew(self, session: DecisionSession, body: dict) -> dict:
        """Keep a redaction past (or near) its review date on the same grounds, to a new date."""
        key = str(body.get("key") or "")
        decision = session.store.get(key)
        if decision is None or decision.action != "redact":
            raise NotFound(f"there is no redaction '{key}' in contract {session.contract_id}")
        try:
            review_by = parse_date(str(body.get("review_by") or ""), self.today)
        except ValueError as error:
            raise ValidationError([Problem("request", str(error), field="review_by")]) from None
        if review_by <= self.today:
            raise ValidationError(
                [Problem("request", "the review date must be after today", field="review_by")]
            )
        session.renew(decision, review_by, seen=body.get("seen", version_of(decision)))
        return {"renewed": key, "review_by": review_by.isoformat()}

    def resolve_orphan(self, session: DecisionSession, body: dict) -> dict:
        """An orphaned decision: ``remove`` it, or ``reattach`` it to one of its matches."""
        key = str(body.get("key") or "")
        orphan = next((o for o in session.orphans() if o.decision.key == key), None)
        if orphan is None:
            raise NotFound(f"there is no orphaned decision '{key}' in {session.contract_id}")
        if body.get("action") == "remove":
            session.remove(orphan.decision)
            return {"removed": key}
        if body.get("action") == "reattach":
            try:
                match = orphan.matches[int(body.get("match", 0))]
            except (IndexError, TypeError, ValueError):
                raise ValidationError(
                    [Problem("request", "no such match for this decision", field="match")]
                ) from None
            session.reattach(orphan, match)
            return {"reattached": key}
        raise ValidationError(
            [Problem("request", "'action' must be remove or reattach", field="action")]
        )

    def due(self) -> list[dict]:
        """Redactions to review: past their date, or within ``due_within`` (as
        ``transparency due`` lists them), each with its record's key and version."""
        config = load_config(self.root)
        rows = due_redactions(self.workspace, [], self.today, config.due_period)
        out = []
        for row in rows:
            decisions = load_decisions(self.workspace.decisions_path(row.contract))
            number = int(row.record.split()[1])  # "record 3 (candidate c-...)"
            decision = decisions.records[number - 1]
            out.append({**row.to_dict(), "key": decision.key, "version": version_of(decision)})
        return out

    # -- house reasons --------------------------------------------------------------------

    def reasons(self) -> list[dict]:
        return [r.model_dump(mode="json", exclude_none=True) for r in load_reasons(self.root)]

    def save_reason(self, body: dict, replaces: str | None = None) -> dict:
        """Add a house reason, or replace the one titled ``replaces``."""
        reasons = load_reasons(self.root)
        kept = [r for r in reasons if replaces is None or r.title.casefold() != replaces.casefold()]
        if replaces is not None and len(kept) == len(reasons):
            raise NotFound(f"there is no house reason titled '{replaces}'")
        data = {"reasons": [r.model_dump(mode="json", exclude_none=True) for r in kept] + [body]}
        parsed = parse_reasons(data, self.root / "reasons.yaml")
        save_reasons(self.root, parsed)
        return parsed[-1].model_dump(mode="json", exclude_none=True)

    def delete_reason(self, title: str) -> None:
        reasons = load_reasons(self.root)
        kept = [r for r in reasons if r.title.casefold() != title.casefold()]
        if len(kept) == len(reasons):
            raise NotFound(f"there is no house reason titled '{title}'")
        save_reasons(self.root, kept)

    # -- the public page ------------------------------------------------------------------

    def preview(self, session: DecisionSession) -> str:
        """The contract's public page as the decisions now stand, as HTML (undecided passages
        are shown marked, since the build would refuse them)."""
        from transparency.desk.preview import preview_html

        return preview_html(self.workspace, session, self.today)
