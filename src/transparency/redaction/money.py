"""Reading amounts of money written in contract text."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

__all__ = ["money_value"]

_MULTIPLIERS = {"k": 1_000, "m": 1_000_000, "million": 1_000_000, "bn": 10**9, "billion": 10**9}
_AMOUNT = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s*(k|m|million|bn|billion)?\b", re.IGNORECASE)


def money_value(text: str) -> Decimal | None:
    """The number an amount of money denotes: ``'£12.4 million'`` -> ``12400000``."""
    match = _AMOUNT.search(text)
    if not match:
        return None
    try:
        value = Decimal(match.group(1).replace(",", ""))
    except InvalidOperation:
        return None
    if match.group(2):
        value *= _MULTIPLIERS[match.group(2).lower()]
    return value
