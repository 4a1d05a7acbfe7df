"""One contract's page: metadata, the redacted text, the reasons, downloads, how to challenge."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from transparency.decisions import ContractRelease, Redaction
from transparency.decisions.model import Representation
from transparency.site.changes import changes_markdown, standing_rows
from transparency.site.formatting import Link, as_is, date, esc, md
from transparency.site.render import render_document

__all__ = ["Download", "contract_page"]


@dataclass(frozen=True)
class Download:
    """A file offered for download beside the contract (relative URL, label, kind)."""

    url: str
    label: str
    kind: str


@dataclass
class _Reason:
    """Redactions that share one decision's reasoning are explained once."""

    first: Redaction
    members: list[Redaction] = field(default_factory=list)


def _reason_key(redaction: Redaction) -> str:
    d = redaction.decision
    return json.dumps(
        [
            redaction.exemption.code,
            d.model_dump(
                mode="json",
                include={
                    "public_reason",
                    "justification",
                    "harm",
                    "public_interest",
                    "trade_secret",
                    "representations",
                    "decided_on",
                    "approved_on",
                    "review_by",
                },
            ),
        ],
        sort_keys=True,
    )


def _group(redactions: list[Redaction]) -> list[_Reason]:
    groups: dict[str, _Reason] = {}
    for redaction in redactions:
        group = groups.setdefault(_reason_key(redaction), _Reason(redaction))
        group.members.append(redaction)
    return list(groups.values())


def _metadata(release: ContractRelease, today: dt.date | None = None) -> str:
    meta = release.contract.meta
    now = standing_rows(release, today)  # after the changes that have taken effect
    rows = [
        ("Buyer", meta.buyer + (f" — {meta.department}" if meta.department else "")),
        (
            "Supplier",
            meta.supplier + (f" (company {meta.supplier_id})" if meta.supplier_id else ""),
        ),
        ("Total value", now["Total value"]),
        ("Awarded", date(meta.awarded)),
        ("Runs", now["Runs"]),
        ("Reference", meta.reference),
    ]
    if meta.procedure:
        rows.append(("Procedure", meta.procedure))
    if meta.environmental:
        rows.append(("Regime", "Environmental information: the EIR apply"))
    body = "".join(f'<tr><th scope="row">{esc(k)}</th><td>{esc(v)}</td></tr>' for k, v in rows)
    parts = [f'<table class="tp-meta"><caption>Contract details</caption>{body}</table>']
    if meta.kpis:
        items = "".join(f"<li>{esc(k)}</li>" for k in meta.kpis)
        parts.append(
            f'<h3 id="kpis">Key performance indicators</h3><ul class="tp-kpis">{items}</ul>'
        )
    return "\n".join(parts)


def statement(release: ContractRelease) -> str:
    """What was withheld and on which grounds; for PA23 grounds, the s.94(3) statement."""
    count = len(release.redactions)
    if not count:
        return "Nothing has been withheld from this contract."
    counts = Counter(r.exemption.code for r in release.redactions)
    grounds = "; ".join(
        f"{code} ({n} passage{'s' if n != 1 else ''})" for code, n in sorted(counts.items())
    )
    text = (
        f"Information has been withheld from this contract in {count}"
        f" place{'s' if count != 1 else ''}, under: {grounds}."
    )
    limbs = sorted({r.exemption.code for r in release.redactions if r.exemption.regime == "PA23"})
    if limbs:
        text += (
            " As section 94(3) of the Procurement Act 2023 requires, the Council states that"
            f" information was withheld relying on {', '.join(limbs)}."
        )
    return text


def _factors(items: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{esc(i)}</li>" for i in items) + "</ul>"


def _representations_html(representations: list[Representation]) -> str:
    """What the supplier argued, as evidence the Council weighed (who, when, what, where)."""
    items = []
    for r in representations:
        document = f" (document: {esc(r.document)})" if r.document else ""
        items.append(f"<li>{esc(r.by)}, {esc(date(r.on))}: {esc(r.summary)}{document}</li>")
    return (
        '<details class="tp-representations"><summary>Representations from the supplier'
        f"</summary><ul>{''.join(items)}</ul></details>"
    )


def _reason_html(reason: _Reason, link: Link) -> str:
    first = reason.first
    d, ex = first.decision, first.exemption
    numbers = ", ".join(
        f'<a id="{r.anchor}" class="tp-rnum" href="#{r.marker_anchor}"'
        f' aria-label="Redaction {r.number}: back to the text">{r.number}</a>'
        for r in reason.members
    )
    plural = "s" if len(reason.members) > 1 else ""
    parts = [
        '<li class="tp-reason">',
        f'<p class="tp-reason-label"><strong>{esc(ex.label)}</strong></p>',
        f'<p class="tp-applies">Redaction{plural} {numbers}</p>',
        f"<p>{esc(d.public_reason)}</p>",
    ]
    if d.harm:
        parts.append(
            f'<p class="tp-harm">Harm: disclosure {esc(d.harm.likelihood)} cause this:'
            f" {esc(d.harm.description)}</p>"
        )
    if d.justification:
        parts.append(
            f'<p class="tp-justification">Why the exemption applies: {esc(d.justification)}</p>'
        )
    if d.public_interest:
        pit = d.public_interest
        parts.append(
            '<details class="tp-pit"><summary>The public interest test</summary>'
            f"<p>For releasing it:</p>{_factors(pit.for_disclosure)}"
            f"<p>For withholding it:</p>{_factors(pit.for_withholding)}"
            f"<p>Conclusion: {esc(pit.conclusion)}</p></details>"
        )
    if d.representations:
        parts.append(_representations_html(d.representations))
    parts.append(
        f'<p class="tp-law"><a href="{esc(link("exemptions.md"))}#{ex.anchor}">{esc(ex.title)}'
        f"</a> ({esc(ex.reference)}): {esc(ex.explanation)}</p>"
    )
    dates = f"Decided on {date(d.decided_on)}"
    if d.approved_on:
        dates += f", approved on {date(d.approved_on)}"
    if d.review_by:
        dates += f"; to be reviewed by {date(d.review_by)}"
    parts.append(f'<p class="tp-dates">{esc(dates)}.</p></li>')
    return "".join(parts)


def _downloads(downloads: list[Download]) -> str:
    if not downloads:
        return ""
    items = "".join(
        f'<li><a href="{esc(d.url)}" download>{esc(d.label)}</a> ({esc(d.kind)})</li>'
        for d in downloads
    )
    return f'<ul class="tp-downloads">{items}</ul>'


def contract_page(
    release: ContractRelease,
    link: Link,
    *,
    challenge_url: str = "",
    downloads: list[Download] | None = None,
    today: dt.date | None = None,
    performance: str = "",
    verification: str = "",
    feedback_url: str = "",
    feedback_note: str = "",
    raw: Callable[[str], str] = as_is,
) -> str:
    """The Markdown of a contract's page (as it stands on ``today``: every change if None).

    ``raw`` takes each large block of finished HTML (a document's text, the verification
    records, the reasons) and returns what stands for it in the Markdown: the build hands the
    HTML to the page after Markdown has run, so that Markdown does not parse a contract's every
    element (see the plugin's ``on_page_content``). Without it, the HTML is in the Markdown."""
    meta = release.contract.meta
    lines = [f"# {md(meta.title)}", ""]
    if meta.description:
        lines += [f'<p class="tp-lede">{esc(meta.description)}</p>', ""]
    lines += [_metadata(release, today), "", "## What was withheld", ""]
    lines += [f'<p class="tp-statement">{esc(statement(release))}</p>', ""]
    if downloads:
        lines += ["## Downloads", "", _downloads(downloads), ""]
    if verification:  # how each published copy was checked (verification.py)
        lines += [raw(verification), ""]
    for ref, document in zip(meta.documents, release.documents(), strict=True):
        if meta.change_of(ref.file):  # shown with its change, below
            continue
        lines += [f"## {md(ref.title)}", ""]
        lines += [raw(render_document(document, release.redactions_in(document.name))), ""]
    lines += changes_markdown(release, today, raw)
    if performance:  # results against the KPIs (performance.py)
        lines += [performance, ""]
    if release.redactions:
        reasons = [_reason_html(r, link) for r in _group(release.redactions)]
        lines += ["## Reasons for each redaction", ""]
        lines += [raw("\n".join(['<ol class="tp-reasons">', *reasons, "</ol>"])), ""]
    challenge = f' (<a href="{esc(challenge_url)}">how to ask</a>)' if challenge_url else ""
    lines += [
        "## Challenge a redaction",
        "",
        "<p>If you think something has been withheld wrongly, ask the Council for an internal"
        f" review{challenge}, quoting the contract reference {esc(meta.reference)} and the"
        " redaction number. If you are not satisfied with the outcome, you can complain to the"
        " Information Commissioner's Office.</p>",
        "",
        *_feedback(meta.reference, feedback_url, feedback_note),
    ]
    return "\n".join(lines)


def _feedback(reference: str, feedback_url: str, note: str = "") -> list[str]:
    """The "Tell us about this service" section: where to send feedback and what happens to it."""
    how = (
        f'<a href="{esc(feedback_url)}">send us your feedback</a>'
        if feedback_url
        else "contact the Council"
    )
    return [
        '<h2 id="feedback">Tell us about this service</h2>',
        "",
        f'<p class="tp-feedback">If you use the service this contract pays for, {how},'
        f" quoting the contract reference {esc(reference)}.</p>",
        '<p class="tp-feedback-use">'
        + esc(
            note
            or "The officer who manages the contract reads every message and raises what it"
            " tells us with the supplier at the next performance review; it informs the"
            " assessment published on this page. Your feedback is not published."
        )
        + "</p>",
        "",
    ]
