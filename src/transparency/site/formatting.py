"""Small formatting helpers shared by the generated pages: escaping, money, dates, shares."""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Callable
from decimal import Decimal

from transparency.contracts.changes import standing
from transparency.decisions import ContractRelease
from transparency.decisions.dates import long_date

__all__ = [
    "Link",
    "as_is",
    "contract_status",
    "date",
    "esc",
    "md",
    "money",
    "withheld_share",
]

#: Returns the URL of a generated page (given by its source path) relative to the current page.
Link = Callable[[str], str]

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|~>])")


def as_is(block: str) -> str:
    """A finished block of HTML left in the Markdown (the pages' ``raw`` default)."""
    return block


def md(text: str) -> str:
    """Text safe to place in Markdown: HTML-escaped and Markdown punctuation backslashed."""
    return _MD_SPECIAL.sub(r"\\\1", html.escape(str(text), quote=False))


def esc(text: object) -> str:
    """Text safe to place in HTML, attributes included."""
    return html.escape(str(text))


def money(amount: Decimal, currency: str = "GBP") -> str:
    """``£12,400,000`` or ``£24.80``."""
    symbol = {"GBP": "£", "EUR": "€", "USD": "$"}.get(currency, f"{currency} ")
    whole = amount == amount.to_integral_value()
    return f"{symbol}{amount:,.0f}" if whole else f"{symbol}{amount:,.2f}"


def date(value: dt.date) -> str:
    """``1 April 2025``."""
    return long_date(value)


def withheld_share(release: ContractRelease) -> float:
    """The share of the contract's characters that is withheld, 0 to 1."""
    total = sum(len(d.text) for d in release.documents())
    hidden = sum(r.end - r.start for r in release.redactions if r.within is None)
    return hidden / total if total else 0.0


def contract_status(release: ContractRelease, today: dt.date) -> str:
    """``Not started``, ``Active`` or ``Ended`` on ``today`` (after the changes by then)."""
    meta = release.contract.meta
    if today < meta.starts:
        return "Not started"
    return "Ended" if today > standing(meta, today).ends else "Active"
