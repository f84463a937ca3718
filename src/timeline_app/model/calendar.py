"""The proleptic Gregorian calendar on any integer year, and instants as whole seconds.

A timeline place is a signed count of seconds since 1970-01-01T00:00:00 UTC
(the Unix epoch), extended in both directions with the proleptic Gregorian
calendar and astronomical year numbering (year 0 is 1 BCE, year -43 is
44 BCE). Whole seconds in a signed 64-bit integer reach about 292 billion
years either way, so one column holds the age of the universe and a single
second exactly; ``MAX_ABS_YEAR`` keeps every date well inside that range.

``days_from_civil`` and ``civil_from_days`` are Howard Hinnant's algorithms
(public domain, "chrono-Compatible Low-Level Date Algorithms"): exact for
every integer year, with no loop and no table but the month lengths.
"""

from __future__ import annotations

SECONDS_PER_MINUTE = 60
SECONDS_PER_HOUR = 3_600
SECONDS_PER_DAY = 86_400
AVERAGE_YEAR_SECONDS = 31_556_952
"""The mean Gregorian year (365.2425 days), for sizes only, never for places."""

INT64_MIN, INT64_MAX = -(2**63), 2**63 - 1
OPEN_START = INT64_MIN
"""The place of an open (or unknown) start: before every date."""
OPEN_END = INT64_MAX
"""The place of an open (or unknown) end: after every date."""

MAX_ABS_YEAR = 200_000_000_000
"""The furthest year from year 0 that a date may name (200 billion years)."""

_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAYS_PER_ERA = 146_097  # 400 Gregorian years
_EPOCH_SHIFT = 719_468  # days from 0000-03-01 to 1970-01-01


def is_leap(year: int) -> bool:
    """Gregorian leap years, astronomical numbering: year 0 (1 BCE) and -4 (5 BCE) are leap."""
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def days_in_month(year: int, month: int) -> int:
    if month == 2 and is_leap(year):
        return 29
    return _MONTH_DAYS[month]


def days_from_civil(year: int, month: int, day: int) -> int:
    """Days from 1970-01-01 to the given date (negative before it)."""
    year -= month <= 2
    era = year // 400
    year_of_era = year - era * 400
    day_of_year = (153 * (month + (-3 if month > 2 else 9)) + 2) // 5 + day - 1
    day_of_era = year_of_era * 365 + year_of_era // 4 - year_of_era // 100 + day_of_year
    return era * _DAYS_PER_ERA + day_of_era - _EPOCH_SHIFT


def civil_from_days(days: int) -> tuple[int, int, int]:
    """(year, month, day) of the day ``days`` after 1970-01-01."""
    days += _EPOCH_SHIFT
    era = days // _DAYS_PER_ERA
    day_of_era = days - era * _DAYS_PER_ERA
    year_of_era = (day_of_era - day_of_era // 1460 + day_of_era // 36524
                   - day_of_era // 146096) // 365
    day_of_year = day_of_era - (365 * year_of_era + year_of_era // 4 - year_of_era // 100)
    shifted_month = (5 * day_of_year + 2) // 153
    day = day_of_year - (153 * shifted_month + 2) // 5 + 1
    month = shifted_month + (3 if shifted_month < 10 else -9)
    return year_of_era + era * 400 + (month <= 2), month, day


def seconds_at(year: int, month: int = 1, day: int = 1, hour: int = 0, minute: int = 0,
               second: int = 0) -> int:
    """The first second of the given moment, as seconds since the epoch (UTC)."""
    return (days_from_civil(year, month, day) * SECONDS_PER_DAY + hour * SECONDS_PER_HOUR
            + minute * SECONDS_PER_MINUTE + second)


def civil_from_seconds(seconds: int) -> tuple[int, int, int, int, int, int]:
    """(year, month, day, hour, minute, second) of a place."""
    days, rest = divmod(seconds, SECONDS_PER_DAY)
    hour, rest = divmod(rest, SECONDS_PER_HOUR)
    minute, second = divmod(rest, SECONDS_PER_MINUTE)
    return (*civil_from_days(days), hour, minute, second)


def year_start(year: int) -> int:
    return seconds_at(year)


def is_open(place: int) -> bool:
    return place in (OPEN_START, OPEN_END)
