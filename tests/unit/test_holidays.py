"""French public holidays (Code du travail L3133-1) and working days, table-driven over several
years: Easter by the anonymous Gregorian algorithm, and the three holidays that follow it."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rebond import holidays

# Easter Sundays from published tables, including the extremes of the cycle.
EASTER = {
    1818: "1818-03-22", 1943: "1943-04-25", 2000: "2000-04-23", 2008: "2008-03-23",
    2011: "2011-04-24", 2019: "2019-04-21", 2024: "2024-03-31", 2025: "2025-04-20",
    2026: "2026-04-05", 2027: "2027-03-28", 2028: "2028-04-16", 2029: "2029-04-01",
    2030: "2030-04-21", 2038: "2038-04-25", 2285: "2285-03-22",
}

# (year, Easter Monday, Ascension, Whit Monday), worked out by hand from the table above.
MOVABLE = [
    (2024, "2024-04-01", "2024-05-09", "2024-05-20"),
    (2025, "2025-04-21", "2025-05-29", "2025-06-09"),
    (2026, "2026-04-06", "2026-05-14", "2026-05-25"),
    (2027, "2027-03-29", "2027-05-06", "2027-05-17"),
    (2028, "2028-04-17", "2028-05-25", "2028-06-05"),
    (2038, "2038-04-26", "2038-06-03", "2038-06-14"),
]


@pytest.mark.parametrize(("year", "expected"), EASTER.items())
def test_easter_sunday(year: int, expected: str) -> None:
    easter = holidays.easter_sunday(year)
    assert easter == date.fromisoformat(expected)
    assert easter.weekday() == 6


@pytest.mark.parametrize(("year", "monday", "ascension", "whit"), MOVABLE)
def test_the_three_easter_holidays(year, monday, ascension, whit) -> None:
    days = holidays.public_holidays(year)
    assert days[date.fromisoformat(monday)] == "easter_monday"
    assert days[date.fromisoformat(ascension)] == "ascension"
    assert days[date.fromisoformat(whit)] == "whit_monday"
    assert date.fromisoformat(ascension).weekday() == 3  # always a Thursday


@pytest.mark.parametrize("year", [2024, 2025, 2026, 2027, 2028, 2038])
def test_eleven_holidays_a_year_with_the_fixed_ones(year: int) -> None:
    days = holidays.public_holidays(year)
    assert len(days) == 11
    for month, day in [(1, 1), (5, 1), (5, 8), (7, 14), (8, 15), (11, 1), (11, 11), (12, 25)]:
        assert date(year, month, day) in days
    # Not national holidays: Good Friday and 26 December (Alsace-Moselle only), Easter Sunday.
    easter = holidays.easter_sunday(year)
    assert easter - timedelta(days=2) not in days
    assert date(year, 12, 26) not in days
    assert easter not in days


@pytest.mark.parametrize(
    ("day", "expected", "reason"),
    [
        ("2026-04-06", "2026-04-07", "easter_monday"),
        ("2026-05-14", "2026-05-15", "ascension"),
        ("2026-05-25", "2026-05-26", "whit_monday"),
        ("2026-12-25", "2026-12-28", "christmas"),  # Friday: the weekend follows
        ("2027-05-01", "2027-05-03", "saturday"),  # a holiday on a Saturday is a Saturday
        ("2029-11-11", "2029-11-12", "sunday"),
        ("2027-01-01", "2027-01-04", "new_year"),
        ("2026-07-14", "2026-07-15", "bastille_day"),
        ("2026-11-25", "2026-11-25", None),  # a Wednesday: stays
    ],
)
def test_next_working_day(day, expected, reason) -> None:
    start = date.fromisoformat(day)
    assert holidays.next_working_day(start) == date.fromisoformat(expected)
    assert holidays.why_not_working(start) == reason


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31)))
def test_the_next_working_day_is_the_first_one(day: date) -> None:
    moved = holidays.next_working_day(day)
    assert holidays.is_working_day(moved)
    assert moved.weekday() < 5
    assert (moved - day).days <= 4  # at worst a holiday Friday, the weekend and a holiday Monday
    for skipped in range((moved - day).days):
        assert not holidays.is_working_day(day + timedelta(days=skipped))
