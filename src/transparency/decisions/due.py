"""Redactions due for review: their review date has passed, or falls within a period."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from transparency.decisions.dates import Period
from transparency.decisions.model import load_decisions
from transparency.decisions.rules import record_label
from transparency.redaction.candidates import read_scan
from transparency.workspace import Workspace

__all__ = ["DueRedaction", "due_redactions"]


@dataclass(frozen=True)
class DueRedaction:
    """One redaction whose review date has passed or is near."""

    contract: str
    record: str
    text: str
    exemption: str
    review_by: dt.date
    decided_by: str
    days: int  # days from today to the review date; negative once it has passed

    @property
    def overdue(self) -> bool:
        return self.days < 0

    def to_dict(self) -> dict:
        return {
            "contract": self.contract,
            "record": self.record,
            "text": self.text,
            "exemption": self.exemption,
            "review_by": self.review_by.isoformat(),
            "decided_by": self.decided_by,
            "days": self.days,
            "overdue": self.overdue,
        }


def due_redactions(
    workspace: Workspace, ids: list[str], today: dt.date, within: Period
) -> list[DueRedaction]:
    """Every redaction of the given contracts (default: all) to review by ``today + within``,
    the most urgent first."""
    horizon = within.after(today)
    due: list[tuple[int, DueRedaction]] = []
    for contract_id in ids or workspace.contract_ids():
        workspace.contract(contract_id)  # an unknown id is an error, not an empty list
        path = workspace.decisions_path(contract_id)
        if not path.is_file():
            continue
        decisions = load_decisions(path)
        scan_path = workspace.scan_path(contract_id)
        texts = (
            {c.id: c.text for c in read_scan(scan_path).candidates} if scan_path.is_file() else {}
        )
        for index, d in enumerate(decisions.records):
            if d.action != "redact" or d.review_by is None or d.review_by > horizon:
                continue
            due.append(
                (
                    index,
                    DueRedaction(
                        contract=contract_id,
                        record=record_label(index, d),
                        text=d.text or texts.get(d.candidate or "", "(text not recorded)"),
                        exemption=d.exemption or "",
                        review_by=d.review_by,
                        decided_by=d.decided_by,
                        days=(d.review_by - today).days,
                    ),
                )
            )
    due.sort(key=lambda item: (item[1].review_by, item[1].contract, item[0]))
    return [row for _, row in due]
