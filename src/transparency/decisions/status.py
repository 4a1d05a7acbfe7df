"""Where each contract stands: scanned, decided, approved, undecided, overdue, orphaned."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass

from transparency.decisions.catalogue import load_catalogue
from transparency.decisions.config import load_config
from transparency.decisions.gate import check_contract
from transparency.errors import TransparencyError
from transparency.redaction.consistency import workspace_redacted
from transparency.workspace import Workspace

__all__ = ["COLUMNS", "ContractStatus", "workspace_status"]

#: The table's columns: (field, heading).
COLUMNS = (
    ("contract", "contract"),
    ("candidates", "candidates"),
    ("decided", "decided"),
    ("redact", "redact"),
    ("release", "release"),
    ("approved", "approved"),
    ("awaiting_approval", "to approve"),
    ("undecided", "undecided"),
    ("overdue", "overdue"),
    ("orphaned", "orphaned"),
    ("problems", "problems"),
)


@dataclass
class ContractStatus:
    contract: str
    scanned: bool
    candidates: int
    decided: int
    redact: int
    release: int
    approved: int
    awaiting_approval: int
    undecided: int
    overdue: int
    orphaned: int
    problems: int

    def to_dict(self) -> dict:
        return asdict(self)

    def row(self) -> tuple:
        values = self.to_dict()
        if not self.scanned:
            values["candidates"] = "not scanned"
        return tuple(values[name] for name, _ in COLUMNS)


def workspace_status(workspace: Workspace, ids: list[str], today: dt.date) -> list[ContractStatus]:
    """The status of the given contracts (default: all)."""
    catalogue = load_catalogue(workspace.root)
    config = load_config(workspace.root)
    redacted = workspace_redacted(workspace, catalogue)
    rows = []
    for contract_id in ids or workspace.contract_ids():
        contract = workspace.contract(contract_id)
        try:
            release = check_contract(workspace, contract, catalogue, today, config, redacted)
        except TransparencyError as error:
            rows.append(
                ContractStatus(contract_id, False, 0, 0, 0, 0, 0, 0, 0, 0, 0, len(error.lines()))
            )
            continue
        records = release.decisions.records
        candidates = release.scan.candidates if release.scan else []
        known = {c.id for c in candidates}
        wanted = {a for a in ("redact", "release") if config.needs_approval(a)}
        rows.append(
            ContractStatus(
                contract=contract_id,
                scanned=release.scan is not None,
                candidates=len(candidates),
                decided=sum(1 for d in records if d.candidate in known),
                redact=sum(1 for d in records if d.action == "redact"),
                release=sum(1 for d in records if d.action == "release"),
                approved=sum(1 for d in records if d.approved_by),
                awaiting_approval=sum(
                    1 for d in records if d.action in wanted and not d.approved_by
                ),
                undecided=len(release.undecided()),
                overdue=sum(
                    1
                    for d in records
                    if d.action == "redact" and d.review_by is not None and d.review_by < today
                ),
                orphaned=len(release.orphans),
                problems=len(release.problems),
            )
        )
    return rows
