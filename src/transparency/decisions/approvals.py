"""Approvals that bind to what was approved.

A decision counts as approved only when its history shows that ``transparency approve`` (by
the approver it names, who is not the decider) approved *this* content: the last change to
the record is an ``approve`` entry made by that approver, and the record's digest (its content,
approval fields aside) and approval fields are the ones the entry recorded. Any later change to
the record, through a command or by hand, accepted with ``verify --accept`` or not, voids the
approval; an ``approved_by`` written by hand never counts. The gate then treats the decision
as awaiting approval, and the site shows no approval for it.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from transparency.decisions.config import same_person
from transparency.decisions.history import Entry, history_path, intact_entries, record_key
from transparency.decisions.model import Decision, DecisionsFile

__all__ = ["APPROVAL_FIELDS", "approved_keys", "content_digest", "without_approval"]

#: The fields an approval adds to a record; everything else is the content approved.
APPROVAL_FIELDS = ("approved_by", "approved_on")


def content_digest(record: dict) -> str:
    """SHA-256 of a record's content (canonical JSON, approval fields left out)."""
    content = {k: v for k, v in record.items() if k not in APPROVAL_FIELDS}
    canonical = json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode()).hexdigest()


def _approved_in(entries: list[Entry]) -> dict[str, dict]:
    """Key -> the record as approved, for each record whose last change is an approval."""
    approved: dict[str, dict] = {}
    for entry in entries:
        if entry.target is not None:
            approved.pop(entry.target, None)
        if entry.record is None:
            continue
        key = record_key(entry.record)
        approved.pop(key, None)
        approver = entry.record.get("approved_by")
        decider = entry.record.get("decided_by")
        if (
            entry.action == "approve"
            and isinstance(approver, str)
            and isinstance(decider, str)
            and same_person(entry.by, approver)
            and not same_person(approver, decider)
        ):
            approved[key] = entry.record
    return approved


def approved_keys(decisions_path: Path, decisions: DecisionsFile) -> set[str]:
    """The keys of the records of ``decisions`` whose approval binds (see the module)."""
    if not any(d.approved_by for d in decisions.records):
        return set()
    entries = intact_entries(history_path(decisions_path))
    if entries is None:
        return set()  # a damaged history proves no approval
    approved = _approved_in(entries)
    keys = set()
    for decision in decisions.records:
        record = decision.as_data()
        recorded = approved.get(decision.key)
        if (
            decision.approved_by
            and recorded is not None
            and content_digest(recorded) == content_digest(record)
            and all(recorded.get(f) == record.get(f) for f in APPROVAL_FIELDS)
        ):
            keys.add(decision.key)
    return keys


def without_approval(decision: Decision) -> Decision:
    """``decision`` with no approval (for a change that voids it)."""
    if decision.approved_by is None and decision.approved_on is None:
        return decision
    return decision.model_copy(update=dict.fromkeys(APPROVAL_FIELDS))
