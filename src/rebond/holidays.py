"""French public holidays and working days, for the follow-up planner.

The national public holidays are those of the Code du travail, article L3133-1: eight on fixed
dates and three that follow Easter (Easter Monday, Ascension Thursday, Whit Monday). Easter
Sunday comes from the anonymous Gregorian algorithm (Meeus/Jones/Butcher), valid for every
Gregorian year. Local holidays (Alsace-Moselle's Good Friday and 26 December, overseas
abolition days) are left out: the planner speaks of the whole country.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

# (month, day) of the fixed-date holidays, with their names for tests and readers.
FIXED: dict[tuple[int, int], str] = {
    (1, 1): "new_year",
    (5, 1): "labour_day",
    (5, 8): "victory_1945",
    (7, 14): "bastille_day",
    (8, 15): "assumption",
    (11, 1): "all_saints",
    (11, 11): "armistice_1918",
    (12, 25): "christmas",
}
# Days after Easter Sunday.
EASTER_BASED: dict[int, str] = {1: "easter_monday", 39: "ascension", 50: "whit_monday"}


def easter_sunday(year: int) -> date:
    """Easter Sunday of a Gregorian year (anonymous Gregorian algorithm)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return date(year, month, day + 1)


@lru_cache(maxsize=64)
def public_holidays(year: int) -> dict[date, str]:
    """The French national public holidays of ``year``: date -> name."""
    days = {date(year, month, day): name for (month, day), name in FIXED.items()}
    easter = easter_sunday(year)
    for offset, name in EASTER_BASED.items():
        days[easter + timedelta(days=offset)] = name
    return days


def is_working_day(day: date) -> bool:
    """Monday to Friday, and not a national public holiday."""
    return day.weekday() < 5 and day not in public_holidays(day.year)


def next_working_day(day: date) -> date:
    """``day`` itself if it is a working day, else the first working day after it."""
    while not is_working_day(day):
        day += timedelta(days=1)
    return day


def why_not_working(day: date) -> str | None:
    """"saturday" / "sunday" / a holiday's name, or None for a working day."""
    if day.weekday() == 5:
        return "saturday"
    if day.weekday() == 6:
        return "sunday"
    return public_holidays(day.year).get(day)
