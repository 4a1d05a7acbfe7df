"""A contract's history after signature: ``changes:`` in ``contract.yaml``.

Each change (a variation, an extension, a price review or a termination) has its date, a
summary, the document that records it (one of the contract's ``documents``, so that it is
scanned, decided, redacted, burnt in and leak-checked exactly like the original) and, where it
applies, the new total value or the new end date. This module holds the model, the checks that
need the whole contract (:func:`change_problems`), the Procurement Act 2023 change-notice rules
(:func:`notice_findings`, thresholds in ``transparency.yaml``: :class:`ChangeNoticeRules`) and the
contract as it stands after its changes (:func:`standing`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from transparency.errors import Problem

if TYPE_CHECKING:
    from transparency.contracts.metadata import ContractMeta, Money

__all__ = [
    "KINDS",
    "Change",
    "ChangeNotice",
    "ChangeNoticeRules",
    "Finding",
    "Standing",
    "change_label",
    "change_problems",
    "notice_findings",
    "standing",
    "steps",
    "working_days_between",
]

KINDS = ("variation", "extension", "price review", "termination")
Kind = Literal["variation", "extension", "price review", "termination"]
NonEmpty = Annotated[str, Field(min_length=1)]
SLUG = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class ChangeNotice(_Model):
    """The contract change notice published for a change (Procurement Act 2023, s.75)."""

    published: dt.date
    reference: str = ""
    url: str = Field(default="", pattern=r"^(https?://\S+)?$")


class Change(_Model):
    """One entry of ``changes:`` (see the file-format reference)."""

    id: str = Field(pattern=SLUG)
    date: dt.date
    kind: Kind
    summary: NonEmpty
    reason: str = ""
    document: NonEmpty
    # The new total value and end date; pydantic resolves the forward reference in metadata.py.
    value: Money | None = None
    ends: dt.date | None = None
    notice: ChangeNotice | None = None


class ChangeNoticeRules(_Model):
    """``change_notices:`` in ``transparency.yaml``: the s.75 thresholds (LEGAL.md marks them
    unconfirmed, so they are settings, not code)."""

    #: A change of the value by this share of the awarded value or less needs no notice.
    goods_services_percent: Decimal = Field(default=Decimal(10), ge=0, le=100)
    works_percent: Decimal = Field(default=Decimal(15), ge=0, le=100)
    #: The voluntary standstill between the notice and the change taking effect.
    standstill_working_days: int = Field(default=8, ge=0, le=60)


def change_label(index: int, change: Change | dict | None = None) -> str:
    """How problems name a change: ``change 2 (extension-2026)``."""
    ident = change.id if isinstance(change, Change) else (change or {}).get("id")
    return f"change {index + 1}" + (f" ({ident})" if isinstance(ident, str) and ident else "")


def change_problems(meta: ContractMeta, path: Path | str) -> list[Problem]:
    """What the model alone cannot see: each change against the contract and the changes
    before it. Every problem, each naming the change and the field."""
    problems: list[Problem] = []
    files = {ref.file for ref in meta.documents}
    seen_ids: set[str] = set()
    seen_documents: dict[str, int] = {}
    value, ends, previous, terminated = meta.value, meta.ends, None, False

    def problem(index: int, change: Change, field: str, message: str) -> None:
        problems.append(Problem(path, message, record=change_label(index, change), field=field))

    for index, change in enumerate(meta.changes):
        if change.id in seen_ids:
            problem(index, change, "id", f"'{change.id}' names another change too")
        seen_ids.add(change.id)
        if change.document not in files:
            problem(
                index,
                change,
                "document",
                f"'{change.document}' is not one of the contract's documents; list it under"
                " 'documents' (file and title) so that it is scanned and redacted",
            )
        elif change.document == meta.documents[0].file:
            problem(index, change, "document", "is the original contract, not a change to it")
        elif change.document in seen_documents:
            problem(
                index,
                change,
                "document",
                f"records change {seen_documents[change.document] + 1} already",
            )
        seen_documents.setdefault(change.document, index)
        if change.date < meta.awarded:
            problem(index, change, "date", "is before the contract was awarded")
        if previous is not None and change.date < previous:
            problem(
                index,
                change,
                "date",
                "is before the change listed above it; list the changes in date order",
            )
        if terminated:
            problem(index, change, "date", "comes after the contract's termination")
        if change.value is not None and change.value.currency != meta.value.currency:
            problem(
                index,
                change,
                "value.currency",
                f"is not the contract's currency ({meta.value.currency})",
            )
        if change.kind == "extension":
            if change.ends is None:
                problem(index, change, "ends", "an extension needs the new end date")
            elif change.ends <= ends:
                problem(
                    index,
                    change,
                    "ends",
                    "an extension must end later than the contract"
                    f" did before it ({ends.isoformat()})",
                )
        if change.kind == "price review" and change.value is None:
            problem(index, change, "value", "a price review needs the new total value")
        if change.kind == "termination" and change.ends is not None and change.ends > ends:
            problem(
                index,
                change,
                "ends",
                "a termination cannot end the contract later than"
                f" it was to end ({ends.isoformat()})",
            )
        if change.ends is not None and change.ends < meta.starts:
            problem(index, change, "ends", "is before the contract starts")
        if change.notice is not None and change.notice.published < meta.awarded:
            problem(index, change, "notice.published", "is before the contract was awarded")
        value = change.value or value
        ends = _new_end(change, ends)
        previous, terminated = change.date, terminated or change.kind == "termination"
    return problems


def _new_end(change: Change, ends: dt.date) -> dt.date:
    if change.ends is not None:
        return change.ends
    return min(ends, change.date) if change.kind == "termination" else ends


@dataclass(frozen=True)
class Standing:
    """The contract as it stands on a day: its value, its end date, whether it was terminated
    and which changes are in effect."""

    value: Money
    ends: dt.date
    terminated: bool
    applied: tuple[Change, ...]

    @property
    def changed(self) -> bool:
        return bool(self.applied)


def steps(meta: ContractMeta) -> list[tuple[Change, Standing, Standing]]:
    """Each change with the contract as it stood before it and after it."""
    out, before = [], Standing(meta.value, meta.ends, False, ())
    for change in meta.changes:
        after = Standing(
            change.value or before.value,
            _new_end(change, before.ends),
            before.terminated or change.kind == "termination",
            (*before.applied, change),
        )
        out.append((change, before, after))
        before = after
    return out


def standing(meta: ContractMeta, on: dt.date | None = None) -> Standing:
    """The contract after each change that has taken effect by ``on`` (every change if None)."""
    value, ends, terminated, applied = meta.value, meta.ends, False, []
    for change in meta.changes:
        if on is not None and change.date > on:
            continue
        value = change.value or value
        ends = _new_end(change, ends)
        terminated = terminated or change.kind == "termination"
        applied.append(change)
    return Standing(value, ends, terminated, tuple(applied))


@dataclass(frozen=True)
class Finding:
    """A change-notice rule broken (an error) or a practice not followed (a warning)."""

    problem: Problem
    warning: bool = False


def notice_findings(
    meta: ContractMeta, rules: ChangeNoticeRules, path: Path | str
) -> list[Finding]:
    """The Procurement Act 2023 s.75 rules, where ``contract.yaml`` gives what they need.

    * A change that moves the value by more than the threshold (``goods_services_percent`` of
      the awarded value, ``works_percent`` for a works contract) needs a contract change notice,
      published before the change takes effect: an error if none is recorded, or if it was
      published after the change's date.
    * A notice published on the day the change takes effect cannot be shown to come before it,
      and one published fewer than ``standstill_working_days`` working days (England and Wales)
      before gives no voluntary standstill: warnings.
    * The law does not say how a change that moves the value by more than the threshold is
      counted against earlier ones; each change is measured against the awarded value.
    """
    findings: list[Finding] = []
    works = meta.procurement_category == "works"
    limit = rules.works_percent if works else rules.goods_services_percent
    regime = "works" if works else "goods and services"
    before = meta.value.amount
    for index, change in enumerate(meta.changes):
        label = change_label(index, change)
        after = change.value.amount if change.value is not None else before
        share = abs(after - before) * 100 / meta.value.amount if meta.value.amount else Decimal(0)
        notice = change.notice
        if share > limit and notice is None:
            findings.append(
                Finding(
                    Problem(
                        path,
                        f"a contract change notice is required before this change takes effect"
                        f" (the value moves by {share:.1f}% of the awarded value, more than"
                        f" {limit}% for {regime}); record it as notice.published",
                        record=label,
                        field="notice",
                    )
                )
            )
        if notice is not None:
            if notice.published > change.date:
                findings.append(
                    Finding(
                        Problem(
                            path,
                            "the change notice was published after the change took effect; it"
                            " must be published before",
                            record=label,
                            field="notice.published",
                        )
                    )
                )
            elif notice.published == change.date:
                findings.append(
                    Finding(
                        Problem(
                            path,
                            "the change notice was published on the day the change took effect;"
                            " it must come before it",
                            record=label,
                            field="notice.published",
                        ),
                        warning=True,
                    )
                )
            else:
                days = working_days_between(notice.published, change.date)
                if days < rules.standstill_working_days:
                    findings.append(
                        Finding(
                            Problem(
                                path,
                                f"the change took effect {days} working day(s) after its notice;"
                                f" the voluntary standstill is {rules.standstill_working_days}",
                                record=label,
                                field="notice.published",
                            ),
                            warning=True,
                        )
                    )
        before = after
    return findings


@cache
def _bank_holidays(year: int) -> frozenset[dt.date]:
    import holidays

    return frozenset(holidays.UK(subdiv="ENG", years=year))


def working_days_between(first: dt.date, last: dt.date) -> int:
    """Working days after ``first`` up to and including ``last``: Monday to Friday, bank
    holidays of England and Wales excluded."""
    days, day = 0, first
    while day < last:
        day += dt.timedelta(days=1)
        if day.weekday() < 5 and day not in _bank_holidays(day.year):
            days += 1
    return days
