"""Month arithmetic of the planner: clamping to the month's end, leap years, strict parsing."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rebond.dates import add_days, add_months, days_in_month, is_leap_year, parse_iso_date


def _first_of_next_month(day: date) -> date:
    """Independent oracle: jump past the month's end, then back to its first day."""
    return (day.replace(day=28) + timedelta(days=4)).replace(day=1)


def _oracle_add_months(day: date, months: int) -> date:
    """Walk month by month with plain day arithmetic, then clamp (months >= 0)."""
    first = day.replace(day=1)
    for _ in range(months):
        first = _first_of_next_month(first)
    last_day = (_first_of_next_month(first) - timedelta(days=1)).day
    return first.replace(day=min(day.day, last_day))


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2026, 1, 31), 1, date(2026, 2, 28)),  # common year
        (date(2024, 1, 31), 1, date(2024, 2, 29)),  # leap year
        (date(2024, 2, 29), 12, date(2025, 2, 28)),
        (date(2024, 2, 29), 48, date(2028, 2, 29)),
        (date(2026, 3, 31), 1, date(2026, 4, 30)),
        (date(2026, 8, 31), 6, date(2027, 2, 28)),
        (date(2026, 11, 30), 3, date(2027, 2, 28)),
        (date(2026, 12, 15), 2, date(2027, 2, 15)),
        (date(2099, 12, 31), 2, date(2100, 2, 28)),  # 2100 is not a leap year
        (date(1999, 12, 31), 2, date(2000, 2, 29)),  # 2000 is
        (date(2026, 3, 31), -1, date(2026, 2, 28)),
        (date(2026, 5, 17), 0, date(2026, 5, 17)),
    ],
)
def test_add_months_clamps_to_the_month_end(start: date, months: int, expected: date) -> None:
    assert add_months(start, months) == expected


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31)),
       st.integers(min_value=0, max_value=30))
def test_add_months_matches_a_month_by_month_walk(day: date, months: int) -> None:
    assert add_months(day, months) == _oracle_add_months(day, months)


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31)),
       st.integers(min_value=-30, max_value=30))
def test_add_months_lands_in_the_right_month_and_never_later_in_it(day: date, months: int) -> None:
    result = add_months(day, months)
    assert (result.year * 12 + result.month) - (day.year * 12 + day.month) == months
    assert result.day <= day.day
    if day.day <= 28:
        assert result.day == day.day


def test_add_months_out_of_range_raises() -> None:
    with pytest.raises(OverflowError):
        add_months(date(9999, 12, 1), 1)


@pytest.mark.parametrize("year", [1900, 2000, 2023, 2024, 2025, 2028, 2100, 2400])
def test_leap_years_and_month_lengths_agree_with_the_calendar(year: int) -> None:
    year_days = (date(year + 1, 1, 1) - date(year, 1, 1)).days
    assert is_leap_year(year) == (year_days == 366)
    assert days_in_month(year, 2) == (29 if year_days == 366 else 28)
    assert sum(days_in_month(year, m) for m in range(1, 13)) == year_days


def test_add_days_crosses_month_and_year_ends() -> None:
    assert add_days(date(2024, 2, 28), 1) == date(2024, 2, 29)
    assert add_days(date(2026, 12, 31), 1) == date(2027, 1, 1)


def test_parse_iso_date_accepts_a_form_date() -> None:
    assert parse_iso_date("2026-11-25") == date(2026, 11, 25)
    assert parse_iso_date(" 2024-02-29 ") == date(2024, 2, 29)


@pytest.mark.parametrize(
    "text",
    ["", "2026-02-30", "2025-02-29", "20261125", "2026-W48-3", "2026-1-5", "25/11/2026",
     "2026-11-25T10:00", "\u0662\u0660\u0662\u0666-\u0661\u0661-\u0662\u0665", "2026-13-01", "demain"],
)
def test_parse_iso_date_rejects_anything_else(text: str) -> None:
    with pytest.raises(ValueError, match=r"not an ISO date|out of range|must be in"):
        parse_iso_date(text)
