"""``contracts/<id>/performance.yaml``: each KPI's results against its target, period by period.

The file records what a contract performance notice states (Procurement Act 2023, s.71): for
each reporting period, each key performance indicator's result against its target and the
overall assessment (good, approaching target, requires improvement, inadequate, or other with
an explanation). The KPIs are those of ``contract.yaml``'s ``kpis``; this file says how each is
measured (its unit, its target and whether a higher or a lower result is better)::

    kpis:
      - kpi: Meals served on time        # a KPI of contract.yaml (its text, or its name)
        unit: "%"
        target: 99
        better: higher
    periods:
      - starts: 2025-09-01
        ends: 2025-12-31
        reported_on: 2026-01-20
        assessment: good
        results:
          - kpi: Meals served on time
            result: 99.4

:func:`load_performance` validates the whole file and reports every problem at once, each
naming the file, the period (or KPI) and the field.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Annotated, Literal

import pydantic
from pydantic import BaseModel, ConfigDict, Field

from transparency.errors import Problem, ValidationError
from transparency.records import load_yaml, problems_from

__all__ = [
    "ASSESSMENTS",
    "FILE_NAME",
    "KpiMeasure",
    "KpiResult",
    "Performance",
    "Period",
    "Result",
    "kpi_name",
    "load_performance",
]

FILE_NAME = "performance.yaml"
#: The overall assessments of a contract performance notice (PA23 s.71), as written in the file.
ASSESSMENTS = ("good", "approaching target", "requires improvement", "inadequate", "other")
Assessment = Literal["good", "approaching target", "requires improvement", "inadequate", "other"]
NonEmpty = Annotated[str, Field(min_length=1)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class KpiMeasure(_Model):
    """How one KPI is measured: its unit, its target and which way is better."""

    kpi: NonEmpty
    unit: str = ""
    target: Decimal
    better: Literal["higher", "lower"]


class Result(_Model):
    """One KPI's result in a period; ``target`` overrides the KPI's target for that period."""

    kpi: NonEmpty
    result: Decimal
    target: Decimal | None = None
    note: str = ""


class Period(_Model):
    """One reporting period: its dates, each KPI's result and the overall assessment."""

    starts: dt.date
    ends: dt.date
    reported_on: dt.date | None = None
    assessment: Assessment
    explanation: str = ""
    results: list[Result] = Field(default_factory=list)

    @property
    def label(self) -> str:
        return f"{self.starts.isoformat()} to {self.ends.isoformat()}"


class Performance(_Model):
    """The whole file: the KPIs' measures and the periods, in date order."""

    kpis: list[KpiMeasure] = Field(default_factory=list)
    periods: list[Period] = Field(default_factory=list)

    def measure(self, kpi: str) -> KpiMeasure | None:
        return next((m for m in self.kpis if m.kpi == kpi), None)

    @property
    def latest(self) -> Period | None:
        return max(self.periods, key=lambda p: p.ends, default=None)

    def series(self) -> list[tuple[KpiMeasure, list[tuple[Period, KpiResult]]]]:
        """Each KPI with its results over time (periods in date order)."""
        out = []
        for measure in self.kpis:
            points = [
                (period, result)
                for period in sorted(self.periods, key=lambda p: p.starts)
                for result in self.results(period)
                if result.kpi == measure.kpi
            ]
            out.append((measure, points))
        return out

    def results(self, period: Period) -> list[KpiResult]:
        """A period's results with their targets and whether each met it."""
        out = []
        for r in period.results:
            measure = self.measure(r.kpi)
            if measure is None:  # not possible in a validated file
                continue
            target = r.target if r.target is not None else measure.target
            met = r.result >= target if measure.better == "higher" else r.result <= target
            out.append(KpiResult(r.kpi, measure.unit, target, r.result, measure.better, met))
        return out

    def meets_targets(self, period: Period) -> bool:
        """Whether every KPI reported in ``period`` met its target (and one was reported)."""
        results = self.results(period)
        return bool(results) and all(r.met for r in results)


@dataclass(frozen=True)
class KpiResult:
    """A result against its target, as the site shows it."""

    kpi: str
    unit: str
    target: Decimal
    result: Decimal
    better: str
    met: bool


def kpi_name(kpi: str) -> str:
    """A KPI's name: ``Meals served on time: 99%`` -> ``Meals served on time``."""
    name, sep, tail = kpi.rpartition(": ")
    return name if sep and any(ch.isdigit() for ch in tail) else kpi


def _kpi_of(name: str, kpis: list[str]) -> str | None:
    """The contract's KPI that ``name`` names (by its whole text or by its name)."""
    for kpi in kpis:
        if name in (kpi, kpi_name(kpi)):
            return kpi
    return None


def load_performance(path: Path, kpis: list[str]) -> Performance:
    """Load and validate a ``performance.yaml`` against the contract's ``kpis``; every problem
    is reported at once (:class:`~transparency.errors.ValidationError`)."""
    data = load_yaml(path)
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ValidationError(
            [Problem(path, "expected a mapping with 'kpis' and 'periods'")],
            hint="See the file-format reference for performance.yaml.",
        )
    try:
        performance = Performance.model_validate(data)
    except pydantic.ValidationError as exc:
        raise ValidationError(
            problems_from(exc, path, record=_record(data)),
            hint="See the file-format reference for performance.yaml.",
        ) from None
    if problems := _problems(performance, path, kpis):
        raise ValidationError(problems, hint="See the file-format reference for performance.yaml.")
    return performance


def _record(data: dict) -> Callable[[tuple], tuple[str, tuple]]:
    """Problems name the period (``period 2 (2025-04-01 to 2025-06-30)``) or the KPI."""

    def label(loc: tuple) -> tuple[str, tuple]:
        if len(loc) > 1 and loc[0] in ("periods", "kpis") and isinstance(loc[1], int):
            items = data.get(loc[0])
            entry = items[loc[1]] if isinstance(items, list) and loc[1] < len(items) else None
            entry = entry if isinstance(entry, dict) else {}
            if loc[0] == "periods":
                name = f"period {loc[1] + 1}"
                if entry.get("starts") and entry.get("ends"):
                    name += f" ({entry['starts']} to {entry['ends']})"
                rest = loc[2:]
                if len(rest) > 1 and rest[0] == "results" and isinstance(rest[1], int):
                    results = entry.get("results")
                    result = results[rest[1]] if isinstance(results, list) else None
                    kpi = result.get("kpi") if isinstance(result, dict) else None
                    name += f", result {rest[1] + 1}" + (f" ({kpi})" if kpi else "")
                    rest = rest[2:]
                return name, rest
            kpi = entry.get("kpi")
            return f"kpi {loc[1] + 1}" + (f" ({kpi})" if kpi else ""), loc[2:]
        return "", loc

    return label


def _problems(performance: Performance, path: Path, kpis: list[str]) -> list[Problem]:
    """What a valid structure can still get wrong, all of it."""
    problems: list[Problem] = []
    defined: dict[str, str] = {}
    for number, measure in enumerate(performance.kpis, start=1):
        record = f"kpi {number} ({measure.kpi})"
        kpi = _kpi_of(measure.kpi, kpis)
        if kpi is None:
            problems.append(
                Problem(
                    path,
                    "is not a KPI of this contract; use one of contract.yaml's kpis"
                    f" ({'; '.join(kpi_name(k) for k in kpis) or 'it lists none'})",
                    record=record,
                    field="kpi",
                )
            )
        elif kpi in defined.values():
            problems.append(
                Problem(path, "this KPI is described twice", record=record, field="kpi")
            )
        else:
            defined[measure.kpi] = kpi
    periods = performance.periods
    for number, period in enumerate(periods, start=1):
        record = f"period {number} ({period.label})"
        if period.ends < period.starts:
            problems.append(Problem(path, "is before 'starts'", record=record, field="ends"))
        if period.reported_on is not None and period.reported_on < period.ends:
            problems.append(
                Problem(
                    path,
                    "is before the period ends: a period is reported after it ends",
                    record=record,
                    field="reported_on",
                )
            )
        if period.assessment == "other" and not period.explanation:
            problems.append(
                Problem(
                    path,
                    "is required when the assessment is 'other': say what the assessment is",
                    record=record,
                    field="explanation",
                )
            )
        seen: set[str] = set()
        for index, result in enumerate(period.results, start=1):
            where = f"{record}, result {index} ({result.kpi})"
            if result.kpi in seen:
                problems.append(
                    Problem(
                        path, "this KPI has two results in the period", record=where, field="kpi"
                    )
                )
            seen.add(result.kpi)
            if result.kpi not in defined:
                message = (
                    "is not a KPI of this contract; use one of contract.yaml's kpis"
                    if _kpi_of(result.kpi, kpis) is None
                    else "is not described under 'kpis' in this file (its unit, target and"
                    " which way is better)"
                )
                problems.append(Problem(path, message, record=where, field="kpi"))
        for other_number, other in enumerate(periods[: number - 1], start=1):
            if period.starts <= other.ends and other.starts <= period.ends:
                problems.append(
                    Problem(
                        path,
                        f"overlaps period {other_number} ({other.label})",
                        record=record,
                        field="starts",
                    )
                )
    return problems
