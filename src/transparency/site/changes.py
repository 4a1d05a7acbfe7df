"""The contract page's history: the contract as it now stands, and a timeline of its changes,
each with its redacted document.

A change's document is one of the contract's documents (see
:mod:`transparency.contracts.changes`), so its redactions are decided, burnt in and
leak-checked like the original's; here it is only placed under its change instead of among the
original documents.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from transparency.contracts.changes import Change, Standing, standing, steps
from transparency.decisions import ContractRelease
from transparency.site.formatting import as_is, date, esc, money
from transparency.site.render import render_document

__all__ = ["KIND_LABELS", "change_anchor", "changes_markdown", "decision_dates", "standing_rows"]

KIND_LABELS = {
    "variation": "Variation",
    "extension": "Extension",
    "price review": "Price review",
    "termination": "Termination",
}


def decision_dates(release: ContractRelease, document: str | None) -> list[dt.date]:
    """When the decisions on ``document`` were taken and approved (``None``: on the original
    documents, those that record no change)."""
    meta = release.contract.meta
    candidates = release.scan.by_id() if release.scan else {}
    dates = []
    for record in release.decisions.records:
        found = candidates.get(record.candidate) if record.candidate else None
        name = record.document or (found.document if found else None)
        if name == document or (document is None and not meta.change_of(name or "")):
            dates += [d for d in (record.decided_on, record.approved_on) if d]
    return dates


def change_anchor(change: Change) -> str:
    return f"change-{change.id}"


def standing_rows(release: ContractRelease, today: dt.date | None) -> dict[str, str]:
    """The 'Total value' and 'Runs' rows of the contract's details, as it now stands."""
    meta = release.contract.meta
    now = standing(meta, today)
    value = money(now.value.amount, now.value.currency)
    if now.value != meta.value:
        value += f" (as awarded: {money(meta.value.amount, meta.value.currency)})"
    runs = f"{date(meta.starts)} to {date(now.ends)}"
    if now.terminated:
        runs += f" (terminated; it was to end on {date(meta.ends)})"
    elif now.ends != meta.ends:
        runs += f" (as awarded: to {date(meta.ends)})"
    return {"Total value": value, "Runs": runs}


def _facts(change: Change, before: Standing) -> list[str]:
    facts = []
    if change.value is not None and change.value != before.value:
        facts.append(
            f"Total value {money(before.value.amount, before.value.currency)} →"
            f" {money(change.value.amount, change.value.currency)}"
        )
    if change.ends is not None and change.ends != before.ends:
        verb = "Ends" if change.kind == "termination" else "End date"
        facts.append(f"{verb} {date(before.ends)} → {date(change.ends)}")
    if change.notice is not None:
        notice = f"Change notice published on {date(change.notice.published)}"
        if change.notice.reference:
            notice += f" ({change.notice.reference})"
        facts.append(notice)
    return facts


def changes_markdown(
    release: ContractRelease, today: dt.date | None, raw: Callable[[str], str] = as_is
) -> list[str]:
    """The page's lines for ``## Changes to the contract``; none for a contract never changed.
    ``raw``: as for :func:`~transparency.site.contract_page.contract_page`."""
    meta = release.contract.meta
    if not meta.changes:
        return []
    titles = {ref.file: ref.title for ref in meta.documents}
    items, sections = [], []
    for change, before, _after in steps(meta):
        label = KIND_LABELS[change.kind]
        future = today is not None and change.date > today
        when = f"{'Takes effect on' if future else 'From'} {date(change.date)}"
        facts = "".join(f"<li>{esc(f)}</li>" for f in _facts(change, before))
        reason = (
            f'<p class="tp-change-reason">Why: {esc(change.reason)}</p>' if change.reason else ""
        )
        title = titles.get(change.document, change.document)
        anchor = change_anchor(change)
        items.append(
            f'<li class="tp-change"><p class="tp-change-head"><strong>{esc(label)}</strong>'
            f' <time datetime="{change.date.isoformat()}">{esc(when)}</time></p>'
            f"<p>{esc(change.summary)}</p>{reason}"
            + (f'<ul class="tp-change-facts">{facts}</ul>' if facts else "")
            + f'<p>Document: <a href="#{anchor}">{esc(title)}</a></p></li>'
        )
        document = release.contract.document(change.document)
        sections += [
            f'<h3 id="{anchor}">{esc(label)}, {esc(date(change.date))}: {esc(title)}</h3>',
            "",
            raw(render_document(document, release.redactions_in(document.name))),
            "",
        ]
    intro = (
        "<p>The contract has changed since it was signed; its details above show it as it now"
        " stands. Each change is published with its document, redacted like the contract.</p>"
    )
    return [
        "## Changes to the contract",
        "",
        intro,
        "",
        f'<ol class="tp-timeline">{"".join(items)}</ol>',
        "",
        *sections,
    ]
