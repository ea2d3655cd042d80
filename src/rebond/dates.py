"""Calendar arithmetic for the follow-up planner.

Pure functions on ``datetime.date`` (no time zone, no clock): the planner deals in whole days,
so all-day dates never shift when the reader's time zone changes.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

# Strict ISO 8601 calendar date (what <input type="date"> sends). date.fromisoformat alone
# also accepts "20261125" and week dates on Python >= 3.11, which a form never produces.
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")  # ASCII digits only


def is_leap_year(year: int) -> bool:
    """True for Gregorian leap years (divisible by 4, except centuries not divisible by 400)."""
    return calendar.isleap(year)


def days_in_month(year: int, month: int) -> int:
    """Number of days in ``month`` of ``year`` (28 to 31)."""
    return calendar.monthrange(year, month)[1]


def add_months(day: date, months: int) -> date:
    """``day`` moved by ``months`` calendar months, clamped to the target month's last day.

    31 January + 1 month is 28 February (29 in a leap year), as the Code du travail's month
    durations are usually counted; 29 February + 12 months is 28 February.
    """
    index = day.year * 12 + (day.month - 1) + months
    year, month0 = divmod(index, 12)
    month = month0 + 1
    if not 1 <= year <= 9999:
        raise OverflowError("date out of range")
    return date(year, month, min(day.day, days_in_month(year, month)))


def add_days(day: date, days: int) -> date:
    """``day`` moved by ``days`` days."""
    return day + timedelta(days=days)


def parse_iso_date(text: str) -> date:
    """Parse ``YYYY-MM-DD``; raise ValueError for anything else (including 2026-02-30)."""
    text = text.strip()
    if not _ISO_DATE.fullmatch(text):
        raise ValueError(f"not an ISO date: {text!r}")
    return date.fromisoformat(text)
