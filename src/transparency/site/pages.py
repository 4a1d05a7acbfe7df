"""The generated pages of the public site, as Markdown with raw-HTML blocks.

Every value that comes from a workspace file is escaped: contract text and metadata are data,
never markup.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Callable
from decimal import Decimal

from transparency.decisions import Catalogue, ContractRelease, Redaction
from transparency.site.render import render_document

__all__ = [
    "contract_page",
    "contracts_index",
    "exemptions_page",
    "home_summary",
    "money",
]

#: Returns the URL of a generated page (given by its source path) relative to the current page.
Link = Callable[[str], str]

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|~>])")


def md(text: str) -> str:
    """Text safe to place in Markdown: HTML-escaped and Markdown punctuation backslashed."""
    return _MD_SPECIAL.sub(r"\\\1", html.escape(str(text), quote=False))


def esc(text: object) -> str:
    return html.escape(str(text))


def money(amount: Decimal, currency: str = "GBP") -> str:
    symbol = {"GBP": "£", "EUR": "€", "USD": "$"}.get(currency, f"{currency} ")
    whole = amount == amount.to_integral_value()
    return f"{symbol}{amount:,.0f}" if whole else f"{symbol}{amount:,.2f}"


def date(value) -> str:
    return f"{value.day} {value:%B %Y}"


def withheld_share(release: ContractRelease) -> float:
    """The share of the contract's characters that is withheld, 0 to 1."""
    total = sum(len(d.text) for d in release.documents())
    hidden = sum(r.end - r.start for r in release.redactions)
    return hidden / total if total else 0.0


def home_summary(releases: list[ContractRelease]) -> str:
    """Headline figures and the list of contracts, for the home page."""
    count = len(releases)
    value = sum((r.contract.meta.value.amount for r in releases), Decimal(0))
    redactions = sum(len(r.redactions) for r in releases)
    return "\n".join(
        [
            '<div class="tp-figures">',
            f'<div class="tp-figure"><span class="tp-number">{count}</span>'
            f" contract{'s' if count != 1 else ''} published</div>",
            f'<div class="tp-figure"><span class="tp-number">{esc(money(value))}</span>'
            " total value</div>",
            f'<div class="tp-figure"><span class="tp-number">{redactions}</span>'
            " redactions, each with its reason</div>",
            "</div>",
            "",
            "[Browse all contracts](contracts/index.md){ .md-button .md-button--primary }",
            "[How redactions are decided](exemptions.md){ .md-button }",
        ]
    )


def contracts_index(releases: list[ContractRelease], link: Link) -> str:
    rows = []
    for release in releases:
        meta = release.contract.meta
        rows.append(
            "<tr>"
            f'<td><a href="{esc(link(f"contracts/{meta.id}.md"))}">{esc(meta.title)}</a></td>'
            f"<td>{esc(meta.supplier)}</td>"
            f"<td>{esc(meta.department or meta.buyer)}</td>"
            f'<td data-sort="{meta.value.amount}">'
            f"{esc(money(meta.value.amount, meta.value.currency))}</td>"
            f'<td data-sort="{meta.starts}">{esc(date(meta.starts))}</td>'
            f'<td data-sort="{meta.ends}">{esc(date(meta.ends))}</td>'
            f"<td>{len(release.redactions)}</td>"
            f"<td>{withheld_share(release):.1%}</td>"
            "</tr>"
        )
    return "\n".join(
        [
            "# Contracts",
            "",
            f"Every contract published by the Council: {len(releases)} in all. Select a title to"
            " read the contract and the reason for each redaction.",
            "",
            '<div class="tp-table-wrap"><table class="tp-contracts">',
            "<caption>Published contracts</caption>",
            '<thead><tr><th scope="col">Contract</th><th scope="col">Supplier</th>'
            '<th scope="col">Department</th><th scope="col">Value</th>'
            '<th scope="col">Starts</th><th scope="col">Ends</th>'
            '<th scope="col">Redactions</th><th scope="col">Text withheld</th></tr></thead>',
            "<tbody>",
            *rows,
            "</tbody></table></div>",
            "",
        ]
    )


def _metadata(release: ContractRelease) -> str:
    meta = release.contract.meta
    rows = [
        ("Buyer", meta.buyer + (f" — {meta.department}" if meta.department else "")),
        (
            "Supplier",
            meta.supplier + (f" (company {meta.supplier_id})" if meta.supplier_id else ""),
        ),
        ("Total value", money(meta.value.amount, meta.value.currency)),
        ("Awarded", date(meta.awarded)),
        ("Runs", f"{date(meta.starts)} to {date(meta.ends)}"),
        ("Reference", meta.reference),
    ]
    if meta.procedure:
        rows.append(("Procedure", meta.procedure))
    body = "".join(f'<tr><th scope="row">{esc(k)}</th><td>{esc(v)}</td></tr>' for k, v in rows)
    parts = [f'<table class="tp-meta"><caption>Contract details</caption>{body}</table>']
    if meta.kpis:
        items = "".join(f"<li>{esc(k)}</li>" for k in meta.kpis)
        parts.append(
            f'<div class="tp-kpis"><h3>Key performance indicators</h3><ul>{items}</ul></div>'
        )
    return "\n".join(parts)


def _statement(release: ContractRelease) -> str:
    """What was withheld and on what grounds (PA23 s.94(3) where the Act's limbs are used)."""
    if not release.redactions:
        return '<p class="tp-statement">Nothing has been withheld from this contract.</p>'
    counts = Counter(r.exemption.code for r in release.redactions)
    grounds = "; ".join(
        f"{esc(code)} ({n} passage{'s' if n != 1 else ''})" for code, n in sorted(counts.items())
    )
    text = (
        f"Information has been withheld from this contract in {len(release.redactions)}"
        f" place{'s' if len(release.redactions) != 1 else ''}, under: {grounds}."
    )
    if any(r.exemption.regime == "PA23" for r in release.redactions):
        text += (
            " This is the statement required by section 94(3) of the Procurement Act 2023"
            " of the information withheld and the ground relied on."
        )
    return f'<p class="tp-statement">{text}</p>'


def _factors(items: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{esc(i)}</li>" for i in items) + "</ul>"


def _reason(redaction: Redaction, link: Link) -> str:
    d, ex = redaction.decision, redaction.exemption
    parts = [
        f'<li class="tp-reason" id="{redaction.anchor}">',
        f'<p class="tp-reason-label"><strong>{esc(ex.label)}</strong>'
        f' <a href="#ref-{redaction.anchor}">back to the text</a></p>',
        f"<p>{esc(d.public_reason)}</p>",
        f'<p class="tp-law"><a href="{esc(link("exemptions.md"))}#{ex.anchor}">{esc(ex.title)}'
        f"</a> ({esc(ex.reference)}): {esc(ex.explanation)}</p>",
    ]
    if d.public_interest:
        pit = d.public_interest
        parts.append(
            '<details class="tp-pit"><summary>The public interest test</summary>'
            f"<p>For releasing it:</p>{_factors(pit.for_disclosure)}"
            f"<p>For withholding it:</p>{_factors(pit.for_withholding)}"
            f"<p>Conclusion: {esc(pit.conclusion)}</p></details>"
        )
    dates = f"Decided on {date(d.decided_on)}"
    if d.approved_on:
        dates += f", approved on {date(d.approved_on)}"
    if d.review_by:
        dates += f"; to be reviewed by {date(d.review_by)}"
    parts.append(f'<p class="tp-dates">{esc(dates)}.</p></li>')
    return "".join(parts)


def contract_page(release: ContractRelease, link: Link, challenge_url: str = "") -> str:
    meta = release.contract.meta
    lines = [f"# {md(meta.title)}", ""]
    if meta.description:
        lines += [f'<p class="tp-lede">{esc(meta.description)}</p>', ""]
    lines += [_metadata(release), "", "## What was withheld", "", _statement(release), ""]
    for ref, document in zip(release.contract.meta.documents, release.documents(), strict=True):
        lines += [f"## {md(ref.title)}", ""]
        lines += [render_document(document, release.redactions_in(document.name)), ""]
    if release.redactions:
        lines += ["## Reasons for each redaction", "", '<ol class="tp-reasons">']
        lines += [_reason(r, link) for r in release.redactions]
        lines += ["</ol>", ""]
    challenge = f' (<a href="{esc(challenge_url)}">how to ask</a>)' if challenge_url else ""
    lines += [
        "## Challenge a redaction",
        "",
        "<p>If you think something has been withheld wrongly, ask the Council for an internal"
        f" review{challenge}, quoting the contract reference {esc(meta.reference)} and the"
        " redaction number. If you are not satisfied with the outcome, you can complain to the"
        " Information Commissioner's Office.</p>",
        "",
    ]
    return "\n".join(lines)


def exemptions_page(catalogue: Catalogue, used: set[str]) -> str:
    lines = [
        "# Why information is withheld",
        "",
        "Most of a public contract is published. A part may be withheld only on a legal ground,"
        " and for most grounds only when a public interest test, recorded by a Council officer,"
        " finds that withholding it outweighs releasing it. Every redaction on this site links"
        " to its reason.",
        "",
    ]
    for exemption in sorted(catalogue, key=lambda e: (e.code not in used, e.regime, e.code)):
        test = (
            "A public interest test decides each case."
            if exemption.qualified
            else "This ground is not subject to the public interest test; the reason is recorded."
        )
        lines += [
            f'<h2 id="{exemption.anchor}">{esc(exemption.code)}: {esc(exemption.title)}</h2>',
            "",
            f"<p>{esc(exemption.explanation)}</p>",
            f"<p>{esc(exemption.reference)}. Shown on this site as"
            f" “{esc(exemption.label)}”. {test}</p>",
            "",
        ]
    return "\n".join(lines)
