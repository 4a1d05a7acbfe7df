"""The site-wide generated pages: home figures, contracts index, redactions register, exemptions.

Every value that comes from a workspace file is escaped: contract text and metadata are data,
never markup. The tables are complete HTML, readable without JavaScript; ``tables.js`` adds
sorting and filtering in the browser.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal

from transparency.contracts.changes import standing
from transparency.decisions import Catalogue, ContractRelease, Redaction
from transparency.site import paging
from transparency.site.formatting import (
    Link,
    as_is,
    contract_status,
    date,
    esc,
    money,
    withheld_share,
)

__all__ = ["contracts_index", "exemptions_page", "home_summary", "open_data_page", "register_page"]


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'s' if count != 1 else ''}"


def home_summary(releases: list[ContractRelease], today: dt.date | None = None) -> str:
    """Headline figures and links, replacing ``<!-- transparency:summary -->``: the total value
    is of the contracts as they stand on ``today``, after their variations and extensions."""
    value = sum((standing(r.contract.meta, today).value.amount for r in releases), Decimal(0))
    redactions = sum(len(r.redactions) for r in releases)
    figures = [
        (str(len(releases)), f"{'contract' if len(releases) == 1 else 'contracts'} published"),
        (money(value), "total value of the published contracts"),
        (str(redactions), "redactions, each with its recorded reason"),
    ]
    cells = "".join(
        f'<div class="tp-figure"><span class="tp-number">{esc(n)}</span> {esc(label)}</div>'
        for n, label in figures
    )
    return "\n".join(
        [
            f'<div class="tp-figures">{cells}</div>',
            "",
            "[Browse all contracts](contracts/index.md){ .md-button .md-button--primary }",
            "[Every redaction and its reason](redactions.md){ .md-button }",
            "[Performance figures](kpis.md){ .md-button }",
        ]
    )


def _table(caption: str, headers: list[tuple[str, str]], rows: list[str], klass: str) -> str:
    """A sortable, filterable table; headers are (label, data type: text/number/date)."""
    head = "".join(
        f'<th scope="col" data-type="{kind}">{esc(label)}</th>' for label, kind in headers
    )
    return "\n".join(
        [
            f'<div class="tp-table-wrap"><table class="tp-sortable {klass}">',
            f"<caption>{esc(caption)}</caption>",
            f"<thead><tr>{head}</tr></thead>",
            "<tbody>",
            *rows,
            "</tbody></table></div>",
        ]
    )


def contracts_index(
    releases: list[ContractRelease],
    link: Link,
    today: dt.date,
    *,
    page: int = 1,
    raw: Callable[[str], str] = as_is,
) -> str:
    """Every contract, in pages of :data:`.paging.PAGE_ROWS` rows: the register (its ``page``).
    ``raw``: as for :func:`~transparency.site.contract_page.contract_page` (the table)."""
    rows = []
    pages = paging.page_count(len(releases))
    for release in paging.rows(releases, page):
        meta = release.contract.meta
        now = standing(meta, today)  # the value and end date after the changes made by today
        share = withheld_share(release)
        rows.append(
            "<tr>"
            f'<td><a href="{esc(link(f"contracts/{meta.id}.md"))}">{esc(meta.title)}</a></td>'
            f"<td>{esc(meta.supplier)}</td>"
            f"<td>{esc(meta.department or meta.buyer)}</td>"
            f'<td data-value="{now.value.amount}">'
            f"{esc(money(now.value.amount, now.value.currency))}</td>"
            f'<td data-value="{meta.starts}">{esc(date(meta.starts))}</td>'
            f'<td data-value="{now.ends}">{esc(date(now.ends))}</td>'
            f"<td>{esc(contract_status(release, today))}</td>"
            f'<td data-value="{len(release.redactions)}">{len(release.redactions)}</td>'
            f'<td data-value="{share:.6f}">{share:.1%}</td>'
            "</tr>"
        )
    headers = [
        ("Contract", "text"),
        ("Supplier", "text"),
        ("Department", "text"),
        ("Value", "number"),
        ("Starts", "date"),
        ("Ends", "date"),
        ("Status", "text"),
        ("Redactions", "number"),
        ("Text withheld", "number"),
    ]
    return "\n".join(
        [
            "# Contracts",
            "",
            f"Every contract the Council has published: {_plural(len(releases), 'contract')}."
            " Select a title to read the contract and the reason for each redaction. Values and"
            " end dates are as each contract now stands, after its variations and extensions."
            + (
                f" [Search the contracts]({link('search.md')}) by their text, buyer, supplier,"
                " year, category or exemption."
                if pages > 1
                else ""
            ),
            "",
            paging.nav(paging.CONTRACTS, page, pages, link, "Pages of the contracts"),
            "",
            raw(
                _table(
                    paging.caption("Published contracts", page, pages, len(releases)),
                    headers,
                    rows,
                    "tp-contracts",
                )
            ),
            "",
            paging.nav(paging.CONTRACTS, page, pages, link, "Pages of the contracts, end"),
            "",
        ]
    )


def register_page(
    releases: list[ContractRelease],
    link: Link,
    *,
    page: int = 1,
    every: list[tuple[ContractRelease, Redaction]] | None = None,
    raw: Callable[[str], str] = as_is,
) -> str:
    """Every redaction across contracts, with its ground and review date; never its text; in
    pages (its ``page``). ``every``: all (release, redaction) pairs, if the caller has them.
    ``raw``: as for :func:`~transparency.site.contract_page.contract_page` (the table)."""
    rows = []
    if every is None:
        every = [(release, r) for release in releases for r in release.redactions]
    pages = paging.page_count(len(every))
    for release, r in paging.rows(every, page):
        meta = release.contract.meta
        url = link(f"contracts/{meta.id}.md")
        review = r.decision.review_by
        rows.append(
            "<tr>"
            f'<td><a href="{esc(url)}">{esc(meta.title)}</a></td>'
            f'<td data-value="{r.number}"><a href="{esc(url)}#{r.anchor}"'
            f' aria-label="Redaction {r.number} of {esc(meta.title)}">{r.number}</a></td>'
            f"<td>{esc(r.exemption.code)}</td>"
            f"<td>{esc(r.exemption.family)}</td>"
            f"<td>{esc(meta.supplier)}</td>"
            f'<td data-value="{r.decision.decided_on}">{esc(date(r.decision.decided_on))}</td>'
            f'<td data-value="{review or ""}">{esc(date(review)) if review else ""}</td>'
            "</tr>"
        )
    headers = [
        ("Contract", "text"),
        ("Redaction", "number"),
        ("Exemption", "text"),
        ("Family", "text"),
        ("Supplier", "text"),
        ("Decided", "date"),
        ("Review by", "date"),
    ]
    count = len(every)
    return "\n".join(
        [
            "# Redactions register",
            "",
            f"Every redaction in every published contract: {_plural(count, 'redaction')}. Each"
            " links to the passage and its recorded reason. The withheld text itself is never"
            " published.",
            "",
            paging.nav(paging.REGISTER, page, pages, link, "Pages of the register"),
            "",
            raw(
                _table(
                    paging.caption("All redactions", page, pages, count),
                    headers,
                    rows,
                    "tp-register",
                )
            ),
            "",
            paging.nav(paging.REGISTER, page, pages, link, "Pages of the register, end"),
            "",
        ]
    )


def exemptions_page(catalogue: Catalogue, used: set[str]) -> str:
    """One section per exemption, in plain English; those in use first."""
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


def open_data_page(files: list[tuple[str, str]]) -> str:
    """The downloads of the whole register as data."""
    items = "".join(f'<li><a href="{esc(url)}">{esc(label)}</a></li>' for url, label in files)
    return "\n".join(
        [
            "# Open data",
            "",
            "<p>The register as data, free to reuse under the licence in the footer. The contracts"
            " follow the Open Contracting Data Standard (OCDS) 1.1 with its withheld-information"
            " extension, which records each redaction's ground, reason and review date; the"
            " withheld text itself is never included.</p>",
            f'<ul class="tp-downloads">{items}</ul>',
            "",
        ]
    )
