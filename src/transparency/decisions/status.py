"""Where each contract stands: scanned, decided, redacted, released, undecided, overdue."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass

from transparency.decisions.catalogue import load_catalogue
from transparency.decisions.gate import check_contract
from transparency.errors import TransparencyError
from transparency.workspace import Workspace

__all__ = ["ContractStatus", "workspace_status"]


@dataclass
class ContractStatus:
    contract: str
    scanned: bool
    candidates: int
    decided: int
    redact: int
    release: int
    undecided: int
    overdue: int
    problems: int

    def to_dict(self) -> dict:
        return asdict(self)

    def row(self) -> tuple:
        candidates = self.candidates if self.scanned else "not scanned"
        return (
            self.contract,
            candidates,
            self.decided,
            self.redact,
            self.release,
            self.undecided,
            self.overdue,
            self.problems,
        )


def workspace_status(workspace: Workspace, ids: list[str], today: dt.date) -> list[ContractStatus]:
    """The status of the given contracts (default: all)."""
    catalogue = load_catalogue(workspace.root)
    rows = []
    for contract_id in ids or workspace.contract_ids():
        contract = workspace.contract(contract_id)
        try:
            release = check_contract(workspace, contract, catalogue, today)
        except TransparencyError as error:
            rows.append(ContractStatus(contract_id, False, 0, 0, 0, 0, 0, 0, len(error.lines())))
            continue
        records = release.decisions.records
        candidates = release.scan.candidates if release.scan else []
        known = {c.id for c in candidates}
        rows.append(
            ContractStatus(
                contract=contract_id,
                scanned=release.scan is not None,
                candidates=len(candidates),
                decided=sum(1 for d in records if d.candidate in known),
                redact=sum(1 for d in records if d.action == "redact"),
                release=sum(1 for d in records if d.action == "release"),
                undecided=len(release.undecided()),
                overdue=sum(
                    1
                    for d in records
                    if d.action == "redact" and d.review_by is not None and d.review_by < today
                ),
                problems=len(release.problems),
            )
        )
    return rows
