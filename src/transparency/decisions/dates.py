"""Dates as officers type them: periods (``30d``, ``6w``, ``18m``, ``2y``) and review dates."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

__all__ = ["Period", "add_months", "long_date", "parse_date", "parse_period"]

_PERIOD = re.compile(r"^\s*(\d{1,4})\s*(d|w|m|y|days?|weeks?|months?|years?)?\s*$", re.IGNORECASE)
_UNITS = {"d": "days", "w": "weeks", "m": "months", "y": "years"}


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved by ``months`` calendar months (31 January + 1 month = 28/29 February)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


@dataclass(frozen=True)
class Period:
    """A length of time in days, weeks, months or years."""

    count: int
    unit: str  # days, weeks, months or years

    def after(self, day: dt.date) -> dt.date:
        """The date this period after ``day``."""
        if self.unit == "days":
            return day + dt.timedelta(days=self.count)
        if self.unit == "weeks":
            return day + dt.timedelta(weeks=self.count)
        months = self.count * (12 if self.unit == "years" else 1)
        return add_months(day, months)

    def __str__(self) -> str:
        unit = self.unit if self.count != 1 else self.unit[:-1]
        return f"{self.count} {unit}"


def parse_period(text: str) -> Period:
    """``'30d'``, ``'6w'``, ``'18m'``, ``'2y'``, ``'30 days'`` or ``'30'`` (days).

    Raises :class:`ValueError` with a message fit to show to an officer.
    """
    match = _PERIOD.match(str(text))
    if not match:
        raise ValueError(
            f"'{text}' is not a period; write a number and a unit, such as 30d, 6w, 18m or 2y"
        )
    unit = (match.group(2) or "d")[0].lower()
    return Period(int(match.group(1)), _UNITS[unit])


def parse_date(text: str, today: dt.date) -> dt.date:
    """A date typed by an officer: ``2027-04-30``, ``30/04/2027``, ``30 April 2027``, or a
    period from today such as ``18m`` or ``2y``."""
    text = str(text).strip()
    for fmt in ("%Y-%m-%d", "%d/%m/%Y", "%d %B %Y", "%d %b %Y"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    try:
        return parse_period(text).after(today)
    except ValueError:
        raise ValueError(
            f"'{text}' is not a date; write it as 2027-04-30 or 30/04/2027, or as a period"
            " from today such as 18m or 2y"
        ) from None


def long_date(day: dt.date) -> str:
    """``1 June 2025``: how dates are written for people."""
    return f"{day.day} {day:%B %Y}"
