"""The proleptic Gregorian calendar on any year: against Python's dates where they reach,
and by 400-year cycles beyond them."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline_app.model.calendar import (
    INT64_MAX,
    INT64_MIN,
    MAX_ABS_YEAR,
    SECONDS_PER_DAY,
    civil_from_days,
    civil_from_seconds,
    days_from_civil,
    days_in_month,
    is_leap,
    seconds_at,
)

EPOCH = date(1970, 1, 1).toordinal()
CYCLE_DAYS = 146_097  # every 400 Gregorian years


def reference_days(year: int, month: int, day: int) -> int:
    """Days from 1970-01-01 by Python's calendar, shifted by whole 400-year cycles
    into the years it knows."""
    cycles = (5000 - year) // 400
    return date(year + 400 * cycles, month, day).toordinal() - EPOCH - cycles * CYCLE_DAYS


@given(st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)))
def test_days_agree_with_pythons_calendar_wherever_it_reaches(value):
    assert days_from_civil(value.year, value.month, value.day) == value.toordinal() - EPOCH
    assert civil_from_days(value.toordinal() - EPOCH) == (value.year, value.month, value.day)


@given(st.integers(-10**9, 10**9), st.integers(1, 12), st.integers(1, 28))
def test_days_agree_with_the_cycle_reference_for_any_year(year, month, day):
    assert days_from_civil(year, month, day) == reference_days(year, month, day)
    assert civil_from_days(days_from_civil(year, month, day)) == (year, month, day)


@pytest.mark.parametrize(("year", "leap"), [
    (2024, True), (2023, False), (2000, True), (1900, False), (0, True), (-1, False),
    (-4, True), (-100, False), (-400, True), (-43, False), (-44, True)])
def test_leap_years_follow_the_gregorian_rule_in_astronomical_numbering(year, leap):
    assert is_leap(year) is leap
    assert days_in_month(year, 2) == (29 if leap else 28)


def test_the_era_boundary_has_a_year_zero_between_minus_one_and_one():
    assert seconds_at(0) - seconds_at(-1) == 365 * SECONDS_PER_DAY
    assert seconds_at(1) - seconds_at(0) == 366 * SECONDS_PER_DAY  # 1 BCE is a leap year
    assert seconds_at(0, 12, 31) + SECONDS_PER_DAY == seconds_at(1)


def test_seconds_agree_with_unix_time():
    moment = datetime(1985, 4, 12, 23, 20, 30, tzinfo=UTC)
    assert seconds_at(1985, 4, 12, 23, 20, 30) == int(moment.timestamp())
    assert civil_from_seconds(int(moment.timestamp())) == (1985, 4, 12, 23, 20, 30)


def test_the_furthest_years_fit_a_signed_64_bit_count_of_seconds():
    assert seconds_at(-MAX_ABS_YEAR - 1) > INT64_MIN and seconds_at(MAX_ABS_YEAR + 2) < INT64_MAX
    age_of_universe = seconds_at(-13_800_000_000)
    assert civil_from_seconds(age_of_universe) == (-13_800_000_000, 1, 1, 0, 0, 0)
