"""Unspecified digits (``19XX``, ``2024-XX-1X``): which years, months and days they can be,
and where the span they allow begins and ends."""

from __future__ import annotations

from itertools import product

from timeline_app.model import calendar
from timeline_app.model.calendar import days_in_month, seconds_at
from timeline_app.model.dates import Precision


def candidate_years(pattern: str) -> list[int]:
    """Every year ``pattern`` (four digits, some of them X, maybe a sign) can be, in order."""
    negative = pattern.startswith("-")
    digits = pattern.lstrip("-")
    choices = ["0123456789" if c == "X" else c for c in digits]
    magnitudes = [int("".join(p)) for p in product(*choices)]
    years = [-m for m in reversed(magnitudes)] if negative else magnitudes
    if negative and years and years[-1] == 0:
        years.pop()  # -0000 is not a year
    return years


def digits_match(pattern: str | None, value: int) -> bool:
    text = f"{value:02d}"
    return pattern is not None and all(p in ("X", c) for p, c in zip(pattern, text, strict=True))


def first_valid(years: list[int], months: list[int], days: list[int], has_month: bool,
                 has_day: bool) -> tuple[int, int, int] | None:
    """The first (year, month, day) in the order given that is a real date."""
    for year in years:
        for month in (months if has_month else [1]):
            if not has_day:
                return year, month, 1
            for day in days:
                if day <= days_in_month(year, month):
                    return year, month, day
    return None


def next_unit_start(year: int, month: int, day: int, precision: Precision) -> int:
    """The first second after the year, month or day that starts at this date."""
    if precision is Precision.DAY:
        return seconds_at(year, month, day) + calendar.SECONDS_PER_DAY
    if precision is Precision.MONTH:
        return seconds_at(year + month // 12, month % 12 + 1)
    return seconds_at(year + 1)
