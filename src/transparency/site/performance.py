"""Performance against the targets, as the site and the open data show it.

* :func:`load_all`: every contract's ``performance.yaml``
  (:mod:`transparency.contracts.performance`), every problem of every file at once;
* :func:`contract_section`: on a contract's page, each KPI's results over time as an inline SVG
  chart drawn at build time (a title and a description, the target as a dashed line, a met
  target a filled circle and a missed one an open diamond: never colour alone), *with* its data
  table, and the overall assessment of each period;
* :func:`register_section`: on the performance page, the share of contracts that met every
  target in their latest period, the latest assessments and the overdue reports (a contract
  with KPIs whose last reported period ended more than ``report_days`` ago, or that has
  reported none that long after it started);
* :func:`implementation`: the same results as OCDS ``contracts/implementation/milestones``.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from transparency.contracts.performance import (
    ASSESSMENTS,
    FILE_NAME,
    KpiMeasure,
    KpiResult,
    Performance,
    Period,
    load_performance,
)
from transparency.decisions import ContractRelease
from transparency.errors import ValidationError
from transparency.site.formatting import Link, date, esc

__all__ = [
    "OCDS_ASSESSMENT_CODES",
    "RegisterFigures",
    "contract_section",
    "implementation",
    "load_all",
    "performance_of",
    "register_figures",
    "register_section",
    "value",
]

#: The assessments as milestone codes in the open data.
OCDS_ASSESSMENT_CODES = {
    "good": "good",
    "approaching target": "approachingTarget",
    "requires improvement": "requiresImprovement",
    "inadequate": "inadequate",
    "other": "other",
}
_INK = "#1b1b1b"  # text, axes and the target line: 17:1 on white
_LINE = "#283593"  # the results: indigo 800, 10:1 on white
_GRID = "#767676"  # the lightest that keeps 4.5:1 on white


def performance_of(release: ContractRelease) -> Performance | None:
    """The contract's ``performance.yaml`` validated, or None when it has none."""
    path = Path(release.contract.folder) / FILE_NAME
    if not path.is_file():
        return None
    return load_performance(path, release.contract.meta.kpis)


def load_all(releases: list[ContractRelease]) -> dict[str, Performance]:
    """Every contract's performance by contract id; raises one error with every problem of
    every file."""
    found: dict[str, Performance] = {}
    problems = []
    for release in releases:
        try:
            performance = performance_of(release)
        except ValidationError as error:
            problems += error.problems
            continue
        if performance is not None:
            found[release.contract.meta.id] = performance
    if problems:
        raise ValidationError(problems, hint="See the file-format reference for performance.yaml.")
    return found


def value(number: Decimal, unit: str = "") -> str:
    """``99.5%``, ``4 hours``: a number as written, with its unit."""
    text = format(number.normalize(), "f") if number.is_finite() else str(number)
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if not unit:
        return text
    return f"{text}{unit}" if unit in ("%", "‰") else f"{text} {unit}"


def _period(period: Period) -> str:
    return f"{date(period.starts)} to {date(period.ends)}"


def _short(period: Period) -> str:
    """A period's end as an axis label: ``Jun 2025``."""
    return period.ends.strftime("%b %Y")


def _chart(
    index: int, contract_id: str, measure: KpiMeasure, points: list[tuple[Period, KpiResult]]
) -> str:
    """One KPI's results over time as an inline SVG (no script, no request)."""
    width, height = 640, 260
    left, right, top, bottom = 64, 24, 20, 48
    values = [r.result for _, r in points] + [r.target for _, r in points]
    low, high = min(values), max(values)
    span = high - low or abs(high) or Decimal(1)
    low, high = low - span * Decimal("0.15"), high + span * Decimal("0.15")

    def y(v: Decimal) -> float:
        return top + float((high - v) / (high - low)) * (height - top - bottom)

    step = (width - left - right) / max(len(points), 1)

    def x(i: int) -> float:
        return left + step * (i + 0.5)

    ident = f"tp-kpi-{contract_id}-{index}"
    met = sum(1 for _, r in points if r.met)
    better = "higher" if measure.better == "higher" else "lower"
    desc = (
        f"{len(points)} reporting period{'s' if len(points) != 1 else ''} from"
        f" {date(points[0][0].starts)} to {date(points[-1][0].ends)}; a {better} result is better."
        f" The target was met in {met} of {len(points)}. Latest result"
        f" {value(points[-1][1].result, measure.unit)} against a target of"
        f" {value(points[-1][1].target, measure.unit)}. The table below gives every value."
    )
    parts = [
        f'<svg class="tp-kpi-chart" viewBox="0 0 {width} {height}" role="img"'
        f' aria-labelledby="{ident}-title {ident}-desc" xmlns="http://www.w3.org/2000/svg"'
        ' font-family="sans-serif" font-size="12">',
        f'<title id="{ident}-title">{esc(measure.kpi)}: results against the target</title>',
        f'<desc id="{ident}-desc">{esc(desc)}</desc>',
        f'<rect x="0" y="0" width="{width}" height="{height}" fill="#ffffff"/>',
    ]
    for tick in (high - (high - low) * Decimal(k) / 4 for k in range(5)):
        ty = y(tick)
        parts.append(
            f'<line x1="{left}" x2="{width - right}" y1="{ty:.1f}" y2="{ty:.1f}"'
            f' stroke="{_GRID}" stroke-width="0.5" stroke-dasharray="1 3"/>'
            f'<text x="{left - 6}" y="{ty + 4:.1f}" text-anchor="end" fill="{_INK}">'
            f"{esc(value(tick.quantize(Decimal('0.1'))))}</text>"
        )
    if measure.unit:  # the ticks are plain numbers, in the unit named at the axis
        parts.append(
            f'<text x="{left - 6}" y="{top - 6}" text-anchor="end" fill="{_INK}">'
            f"({esc(measure.unit)})</text>"
        )
    parts.append(
        f'<line x1="{left}" x2="{left}" y1="{top}" y2="{height - bottom}" stroke="{_INK}"/>'
        f'<line x1="{left}" x2="{width - right}" y1="{height - bottom}" y2="{height - bottom}"'
        f' stroke="{_INK}"/>'
    )
    # The target: a dashed step line (a target may change from one period to the next).
    target = " ".join(
        f"{x(i) - step / 2:.1f},{y(r.target):.1f} {x(i) + step / 2:.1f},{y(r.target):.1f}"
        for i, (_, r) in enumerate(points)
    )
    parts.append(
        f'<polyline points="{target}" fill="none" stroke="{_INK}" stroke-width="2"'
        ' stroke-dasharray="6 4"/>'
    )
    line = " ".join(f"{x(i):.1f},{y(r.result):.1f}" for i, (_, r) in enumerate(points))
    parts.append(f'<polyline points="{line}" fill="none" stroke="{_LINE}" stroke-width="2.5"/>')
    for i, (period, r) in enumerate(points):
        px, py = x(i), y(r.result)
        if r.met:
            parts.append(f'<circle cx="{px:.1f}" cy="{py:.1f}" r="6" fill="{_LINE}"/>')
        else:
            parts.append(
                f'<path d="M{px:.1f} {py - 8:.1f} L{px + 8:.1f} {py:.1f} L{px:.1f} {py + 8:.1f}'
                f' L{px - 8:.1f} {py:.1f} Z" fill="#ffffff" stroke="{_INK}" stroke-width="2.5"/>'
            )
        parts.append(
            f'<text x="{px:.1f}" y="{height - bottom + 18}" text-anchor="middle" fill="{_INK}">'
            f"{esc(_short(period))}</text>"
        )
    legend_y = height - 8
    parts.append(
        f'<circle cx="{left + 6}" cy="{legend_y - 4}" r="5" fill="{_LINE}"/>'
        f'<text x="{left + 16}" y="{legend_y}" fill="{_INK}">target met</text>'
        f'<path d="M{left + 116} {legend_y - 11} L{left + 123} {legend_y - 4} L{left + 116}'
        f' {legend_y + 3} L{left + 109} {legend_y - 4} Z" fill="#ffffff" stroke="{_INK}"'
        ' stroke-width="2"/>'
        f'<text x="{left + 130}" y="{legend_y}" fill="{_INK}">target missed</text>'
        f'<line x1="{left + 236}" x2="{left + 266}" y1="{legend_y - 4}" y2="{legend_y - 4}"'
        f' stroke="{_INK}" stroke-width="2" stroke-dasharray="6 4"/>'
        f'<text x="{left + 272}" y="{legend_y}" fill="{_INK}">target</text>'
    )
    parts.append("</svg>")
    return "".join(parts)


def _table(measure: KpiMeasure, points: list[tuple[Period, KpiResult]]) -> str:
    rows = "".join(
        f'<tr><th scope="row">{esc(_period(period))}</th>'
        f"<td>{esc(value(r.target, measure.unit))}</td>"
        f"<td>{esc(value(r.result, measure.unit))}</td>"
        f"<td>{'Met' if r.met else 'Not met'}</td></tr>"
        for period, r in points
    )
    better = "higher" if measure.better == "higher" else "lower"
    return (
        f'<div class="tp-table-wrap"><table class="tp-kpi-results"><caption>{esc(measure.kpi)}:'
        f" results by period (a {better} result is better)</caption><thead><tr>"
        '<th scope="col">Period</th><th scope="col">Target</th><th scope="col">Result</th>'
        f'<th scope="col">Target met?</th></tr></thead><tbody>{rows}</tbody></table></div>'
    )


def contract_section(release: ContractRelease, performance: Performance | None) -> str:
    """The Markdown of a contract page's performance section ("" when nothing is reported)."""
    if performance is None or not performance.periods:
        return ""
    cid = release.contract.meta.id
    lines = [
        '<h2 id="performance">Performance against the targets</h2>',
        "",
        "<p>The supplier's results against each key performance indicator, period by period,"
        " and the Council's overall assessment of each period, as its contract performance"
        " notices state them (Procurement Act 2023, section 71).</p>",
        "",
    ]
    for index, (measure, points) in enumerate(performance.series(), start=1):
        if not points:
            continue
        lines += [
            f'<h3 id="kpi-{index}">{esc(measure.kpi)}</h3>',
            "",
            f'<figure class="tp-kpi-figure">{_chart(index, cid, measure, points)}</figure>',
            "",
            _table(measure, points),
            "",
        ]
    rows = "".join(
        f'<tr><th scope="row">{esc(_period(p))}</th><td>{esc(p.assessment.capitalize())}</td>'
        f"<td>{esc(p.explanation)}</td>"
        f"<td>{esc(date(p.reported_on)) if p.reported_on else ''}</td></tr>"
        for p in sorted(performance.periods, key=lambda p: p.starts)
    )
    lines += [
        '<h3 id="assessments">Overall assessment</h3>',
        "",
        '<div class="tp-table-wrap"><table class="tp-assessments"><caption>The overall'
        ' assessment of each period</caption><thead><tr><th scope="col">Period</th>'
        '<th scope="col">Assessment</th><th scope="col">Explanation</th>'
        f'<th scope="col">Reported on</th></tr></thead><tbody>{rows}</tbody></table></div>',
        "",
    ]
    return "\n".join(lines)


@dataclass
class RegisterFigures:
    """The register's overall picture of performance."""

    with_kpis: int  # contracts that have KPIs
    reporting: int  # of those, contracts with at least one reported period
    meeting: int  # of those, contracts that met every target in their latest period
    assessments: Counter  # the latest period's assessment, by assessment
    overdue: list[tuple[str, str, dt.date | None]]  # (contract id, title, last period's end)
    report_days: int

    @property
    def share_meeting(self) -> float | None:
        return self.meeting / self.reporting if self.reporting else None


def register_figures(
    releases: list[ContractRelease],
    performances: dict[str, Performance],
    today: dt.date,
    *,
    report_days: int,
) -> RegisterFigures:
    """The figures of the performance page's section on the contracts' performance."""
    with_kpis = reporting = meeting = 0
    assessments: Counter = Counter()
    overdue = []
    for release in releases:
        meta = release.contract.meta
        if not meta.kpis:
            continue
        with_kpis += 1
        performance = performances.get(meta.id)
        latest = performance.latest if performance else None
        if latest is not None:
            reporting += 1
            meeting += performance.meets_targets(latest)
            assessments[latest.assessment] += 1
        since = latest.ends if latest is not None else meta.starts
        if (min(today, meta.ends) - since).days > report_days:
            overdue.append((meta.id, meta.title, latest.ends if latest else None))
    return RegisterFigures(with_kpis, reporting, meeting, assessments, overdue, report_days)


def register_section(figures: RegisterFigures, link: Link) -> str:
    """The Markdown of the performance page's section on the contracts' own performance."""
    f = figures
    share = f"{f.share_meeting:.0%}" if f.share_meeting is not None else "none reported yet"
    cards = [
        (share, "of reporting contracts met every target in their latest period"),
        (f"{f.meeting} of {f.reporting}", "reporting contracts met every target"),
        (f"{f.reporting} of {f.with_kpis}", "contracts with targets have reported results"),
        (str(len(f.overdue)), f"performance reports overdue (none for {f.report_days} days)"),
    ]
    cells = "".join(
        f'<div class="tp-figure"><span class="tp-number">{esc(n)}</span> {esc(label)}</div>'
        for n, label in cards
    )
    rows = "".join(
        f"<tr><td>{esc(a.capitalize())}</td><td>{f.assessments.get(a, 0)}</td></tr>"
        for a in ASSESSMENTS
    )
    lines = [
        '<h2 id="service-performance">Contracts against their targets</h2>',
        "",
        "<p>Each contract's results against its key performance indicators are on its page."
        " A contract meets its targets when every indicator reported in its latest period met"
        " its target.</p>",
        "",
        f'<div class="tp-figures">{cells}</div>',
        "",
        '<div class="tp-table-wrap"><table class="tp-latest-assessments"><caption>The latest'
        ' overall assessment of each reporting contract</caption><thead><tr><th scope="col">'
        f'Assessment</th><th scope="col">Contracts</th></tr></thead><tbody>{rows}</tbody>'
        "</table></div>",
        "",
    ]
    if f.overdue:
        items = "".join(
            f'<li><a href="{esc(link(f"contracts/{cid}.md"))}">{esc(title)}</a>: '
            + (f"last period ended {esc(date(last))}" if last else "no results reported yet")
            + "</li>"
            for cid, title, last in f.overdue
        )
        lines += [
            '<h3 id="overdue-reports">Overdue performance reports</h3>',
            "",
            f'<ul class="tp-overdue">{items}</ul>',
            "",
        ]
    return "\n".join(lines)


def _datetime(day: dt.date, *, end: bool = False) -> str:
    return f"{day.isoformat()}T{'23:59:59' if end else '00:00:00'}Z"


def implementation(performance: Performance | None) -> dict:
    """OCDS 1.1 ``implementation`` for a contract: one milestone per KPI result (``reporting``,
    met or not met) and one per period's overall assessment (``assessment``, its code the
    assessment: :data:`OCDS_ASSESSMENT_CODES`). Empty when nothing is reported."""
    if performance is None or not performance.periods:
        return {}
    milestones = []
    for period in sorted(performance.periods, key=lambda p: p.starts):
        reported = _datetime(period.reported_on or period.ends, end=period.reported_on is None)
        for number, r in enumerate(performance.results(period), start=1):
            better = "higher" if r.better == "higher" else "lower"
            milestone = {
                "id": f"kpi-{period.starts.isoformat()}-{number}",
                "title": r.kpi,
                "type": "reporting",
                "code": "kpi",
                "description": (
                    f"{_period(period)}: result {value(r.result, r.unit)} against a target of"
                    f" {value(r.target, r.unit)} (a {better} result is better);"
                    f" target {'met' if r.met else 'not met'}."
                ),
                "dueDate": _datetime(period.ends, end=True),
                "status": "met" if r.met else "notMet",
                "dateModified": reported,
            }
            if r.met:
                milestone["dateMet"] = reported
            milestones.append(milestone)
        description = f"Overall assessment for {_period(period)}: {period.assessment}."
        if period.explanation:
            description += f" {period.explanation}"
        milestones.append(
            {
                "id": f"assessment-{period.starts.isoformat()}",
                "title": f"Contract performance assessment, {_period(period)}",
                "type": "assessment",
                "code": OCDS_ASSESSMENT_CODES[period.assessment],
                "description": description,
                "dueDate": _datetime(period.ends, end=True),
                "status": "met",
                "dateMet": reported,
                "dateModified": reported,
            }
        )
    return {"milestones": milestones}
