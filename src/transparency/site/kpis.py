"""The performance page: how well the Council keeps its transparency promises, with charts.

Figures are computed at build time from the workspace; charts are HTML and CSS bars (a
definition list, readable as text) with a table beside them, so the page makes no third-party
request and reflows on a phone.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections import Counter
from dataclasses import dataclass

from transparency.decisions import ContractRelease
from transparency.site.formatting import date, esc

__all__ = ["KpiFigures", "compute_kpis", "kpi_page", "published_on"]


def published_on(release: ContractRelease) -> dt.date:
    """When the contract was cleared for publication: its ``published`` date when given, else
    the last date a decision on it was made or approved (the award date if none was needed)."""
    meta = release.contract.meta
    explicit = getattr(meta, "published", None)
    if explicit:
        return explicit
    dates = [meta.awarded]
    for record in release.decisions.records:
        dates.append(record.decided_on)
        if record.approved_on:
            dates.append(record.approved_on)
    return max(dates)


@dataclass
class KpiFigures:
    contracts: int
    days_to_publish: list[tuple[str, int]]
    median_days: float | None
    deadline_days: int
    within_deadline: int
    withheld_overall: float
    withheld_by_exemption: dict[str, float]
    redactions_by_family: dict[str, int]
    due_soon: int
    review_window_days: int


def compute_kpis(
    releases: list[ContractRelease], today: dt.date, *, deadline_days: int, review_window_days: int
) -> KpiFigures:
    """The figures of the performance page."""
    days = [
        (r.contract.meta.title, (published_on(r) - r.contract.meta.awarded).days) for r in releases
    ]
    total_chars = sum(len(d.text) for r in releases for d in r.documents())
    by_exemption: Counter = Counter()
    families: Counter = Counter()
    due = 0
    horizon = today + dt.timedelta(days=review_window_days)
    for release in releases:
        for redaction in release.redactions:
            if redaction.within is None:  # a nested span is counted in the one around it
                by_exemption[redaction.exemption.code] += redaction.end - redaction.start
            families[redaction.exemption.family] += 1
            review = redaction.decision.review_by
            if review is not None and review <= horizon:
                due += 1
    withheld = sum(by_exemption.values())
    return KpiFigures(
        contracts=len(releases),
        days_to_publish=days,
        median_days=statistics.median(d for _, d in days) if days else None,
        deadline_days=deadline_days,
        within_deadline=sum(1 for _, d in days if d <= deadline_days),
        withheld_overall=withheld / total_chars if total_chars else 0.0,
        withheld_by_exemption={
            code: chars / total_chars for code, chars in sorted(by_exemption.items())
        }
        if total_chars
        else {},
        redactions_by_family=dict(sorted(families.items())),
        due_soon=due,
        review_window_days=review_window_days,
    )


def _bar_chart(title: str, items: list[tuple[str, float, str]]) -> str:
    """A horizontal bar chart in HTML and CSS: a labelled list, readable without styles.

    ``items`` are (label, value, value as shown).
    """
    if not items:
        return ""
    top = max(v for _, v, _ in items) or 1
    rows = [
        f'<dt>{esc(label)}</dt><dd class="tp-bar"><span class="tp-bar-track">'
        f'<span class="tp-bar-fill" style="width:{100 * value / top:.1f}%"></span></span>'
        f'<span class="tp-bar-value">{esc(shown)}</span></dd>'
        for label, value, shown in items
    ]
    return f'<dl class="tp-bars" aria-label="{esc(title)}">{"".join(rows)}</dl>'


def publication_bands(days: list[tuple[str, int]], deadline: int) -> list[tuple[str, int]]:
    """How many contracts were published in each band of days after award: the deadline cut
    in three, then up to twice the deadline, then later. A fixed number of bars, however
    large the register (a bar per contract grew with it, into every page's search index)."""
    third = max(1, deadline // 3)
    edges = [(0, third), (third + 1, 2 * third), (2 * third + 1, deadline)]
    edges += [(deadline + 1, 2 * deadline)]
    bands = [
        (f"{low} to {high} days", sum(low <= d <= high for _, d in days)) for low, high in edges
    ]
    bands[-1] = (bands[-1][0] + " (late)", bands[-1][1])
    bands.append((f"more than {2 * deadline} days (late)", sum(d > 2 * deadline for _, d in days)))
    if any(d < 0 for _, d in days):  # a publication date before the award: shown, not hidden
        bands.insert(0, ("before the award", sum(d < 0 for _, d in days)))
    return bands


def _text_table(
    caption: str, headers: tuple[str, str], rows: list[tuple[str, str]], *, open_: bool = False
) -> str:
    body = "".join(f"<tr><td>{esc(a)}</td><td>{esc(b)}</td></tr>" for a, b in rows)
    summary = esc(caption) if open_ else f"{esc(caption)} as a table"
    return (
        f'<details class="tp-chart-data"{" open" if open_ else ""}><summary>{summary}</summary>'
        f'<table><thead><tr><th scope="col">{esc(headers[0])}</th>'
        f'<th scope="col">{esc(headers[1])}</th></tr></thead><tbody>{body}</tbody></table>'
        "</details>"
    )


def kpi_page(figures: KpiFigures, today: dt.date) -> str:
    """The Markdown of the performance page."""
    f = figures
    median = f"{f.median_days:.0f} days" if f.median_days is not None else "no contracts yet"
    cards = [
        (str(f.contracts), "contracts published"),
        (median, f"median from award to publication (deadline {f.deadline_days} days)"),
        (f"{f.within_deadline} of {f.contracts}", "published within the deadline"),
        (f"{f.withheld_overall:.2%}", "of all contract text withheld"),
        (str(f.due_soon), f"redactions due for review in the next {f.review_window_days} days"),
    ]
    cells = "".join(
        f'<div class="tp-figure"><span class="tp-number">{esc(n)}</span> {esc(label)}</div>'
        for n, label in cards
    )
    bands = publication_bands(f.days_to_publish, f.deadline_days)
    days_items = [(label, float(n), str(n)) for label, n in bands]
    late = sorted(
        ((t, d) for t, d in f.days_to_publish if d > f.deadline_days), key=lambda x: (-x[1], x[0])
    )
    share_items = [(c, s, f"{s:.2%}") for c, s in f.withheld_by_exemption.items()]
    family_items = [(fam, float(n), str(n)) for fam, n in f.redactions_by_family.items()]
    return "\n".join(
        [
            "# Performance",
            "",
            f"<p>Figures as at {esc(date(today))}, computed from the published contracts and"
            " the recorded decisions. No redaction may be published after its review date: the"
            " site is not rebuilt until an overdue redaction has been decided again.</p>",
            "",
            f'<div class="tp-figures">{cells}</div>',
            "",
            "## Days from award to publication",
            "",
            f"<p>How many contracts were published how long after their award. A copy of a"
            f" contract is due within {f.deadline_days} days"
            + (
                "; every contract was published in time.</p>"
                if not late
                else f"; {len(late)} published later {'is' if len(late) == 1 else 'are'} named"
                " below.</p>"
            ),
            _bar_chart("Contracts by days from award to publication", days_items),
            _text_table(
                "Days to publication", ("Days", "Contracts"), [(t, s) for t, _, s in days_items]
            ),
            (
                _text_table(
                    "Contracts published after the deadline",
                    ("Contract", "Days"),
                    [(t, f"{d} days") for t, d in late],
                    open_=True,
                )
                if late
                else ""
            ),
            "",
            "## Text withheld, by exemption",
            "",
            _bar_chart("Share of all contract text withheld, by exemption", share_items),
            _text_table(
                "Text withheld", ("Exemption", "Share"), [(c, s) for c, _, s in share_items]
            ),
            "",
            "## Redactions by kind",
            "",
            _bar_chart("Number of redactions by kind", family_items),
            _text_table(
                "Redactions by kind", ("Kind", "Redactions"), [(a, s) for a, _, s in family_items]
            ),
            "",
        ]
    )
