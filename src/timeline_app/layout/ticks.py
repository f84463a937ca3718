"""The axis ticks: a zoom-level table of calendar units, chosen from days per pixel.

The finest unit whose labels fit between its ticks is used, so tick labels
never overlap; under days and weeks the months are marked too, and under
months and quarters the years, so the year stays readable when zoomed in.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from timeline_app.layout.scale import FIRST_ORDINAL, LAST_ORDINAL, TimeScale
from timeline_app.model.dates import MONTH_ABBR


@dataclass(frozen=True, slots=True)
class TickUnit:
    """One row of the zoom-level table: a calendar step and its label shape."""

    name: str
    months: int  # 0 for day-based steps
    days: int  # step in days for day-based steps; the shortest step otherwise
    label_chars: int  # the widest label this unit produces


# Finest first. ``days`` is the shortest possible step, so spacing estimates
# from it are lower bounds and labels chosen with it never overlap.
TICK_UNITS: tuple[TickUnit, ...] = (
    TickUnit("day", 0, 1, 2),
    TickUnit("week", 0, 7, 6),
    TickUnit("month", 1, 28, 3),
    TickUnit("quarter", 3, 89, 3),
    TickUnit("year", 12, 365, 4),
    TickUnit("2 years", 24, 730, 4),
    TickUnit("5 years", 60, 1826, 4),
    TickUnit("decade", 120, 3652, 4),
    TickUnit("20 years", 240, 7305, 4),
    TickUnit("50 years", 600, 18262, 4),
    TickUnit("century", 1200, 36524, 4),
    TickUnit("200 years", 2400, 73048, 4),
    TickUnit("500 years", 6000, 182621, 4),
    TickUnit("millennium", 12000, 365242, 4),
)

TICK_LABEL_GAP_PX = 8.0
"""Clear space required after every tick label."""


@dataclass(frozen=True, slots=True)
class Tick:
    day: float
    x: float
    label: str
    is_year: bool  # falls on 1 January: painted as a stronger line


@dataclass(frozen=True, slots=True)
class TickSet:
    """Minor ticks of ``unit`` plus major ticks (months under days/weeks, years under
    months/quarters) so the year stays readable when zoomed in; ``major`` is empty
    when the minor ticks are already years."""

    unit: TickUnit
    minor: tuple[Tick, ...]
    major: tuple[Tick, ...]


def label_width(chars: int, char_width: float) -> float:
    return chars * char_width + TICK_LABEL_GAP_PX


def choose_tick_unit(days_per_pixel: float, char_width: float) -> TickUnit:
    """The finest unit whose labels fit between its ticks (so none overlap)."""
    for unit in TICK_UNITS:
        if unit.days / days_per_pixel >= label_width(unit.label_chars, char_width):
            return unit
    return TICK_UNITS[-1]


def ticks_for(scale: TimeScale, char_width: float) -> TickSet:
    """The ticks to draw across ``scale``; a tick's label starts at its ``x``."""
    unit = choose_tick_unit(scale.days_per_pixel, char_width)
    minor = _uncrowded(tuple(_ticks(scale, unit)), char_width)
    if unit.months == 0:
        major_unit = TICK_UNITS[2]  # months, labelled with their year
    elif unit.months < 12:
        major_unit = TICK_UNITS[4]
    else:
        return TickSet(unit, minor, ())
    major = tuple(_ticks(scale, major_unit, long_labels=True))
    major = _uncrowded(_sticky_first(scale, major_unit, major, char_width), char_width)
    return TickSet(unit, minor, major)


def _uncrowded(ticks: tuple[Tick, ...], char_width: float) -> tuple[Tick, ...]:
    """Drop any tick whose label would run into the previous one.

    The unit table already spaces labels apart; this guard covers the widest
    views, where even millennia are tighter than a label.
    """
    kept: list[Tick] = []
    for tick in ticks:
        if kept and tick.x - kept[-1].x < label_width(len(kept[-1].label), char_width):
            continue
        kept.append(tick)
    return tuple(kept)


def _sticky_first(scale: TimeScale, unit: TickUnit, major: tuple[Tick, ...],
                  char_width: float) -> tuple[Tick, ...]:
    """Pin the label of the period containing the left edge at x = 0, unless it
    would collide with the next major label; then the year is always on screen."""
    first = math.floor(scale.first_day)
    if major and major[0].x <= 0:
        return major
    start = _period_start(max(first, FIRST_ORDINAL), unit)
    label = _label(start, unit, long_labels=True)
    pinned = Tick(scale.first_day, 0.0, label, is_year=False)
    width = label_width(len(label), char_width)
    if major and major[0].x < width:
        return major
    return (pinned, *major)


def _period_start(day: int, unit: TickUnit) -> date:
    d = date.fromordinal(day)
    if unit.months >= 12:
        return date(d.year, 1, 1)
    return date(d.year, d.month, 1)


def _ticks(scale: TimeScale, unit: TickUnit, long_labels: bool = False) -> Iterator[Tick]:
    lo = max(math.floor(scale.first_day), FIRST_ORDINAL)
    hi = min(math.ceil(scale.last_day), LAST_ORDINAL)
    for day in _tick_days(lo, hi, unit):
        d = date.fromordinal(day)
        yield Tick(float(day), scale.x_for_day(day), _label(d, unit, long_labels),
                   d.month == 1 and d.day == 1)


def _tick_days(lo: int, hi: int, unit: TickUnit) -> Iterator[int]:
    if unit.months == 0:
        # Weeks start on Mondays: ordinal 1 (1 Jan 0001) is a Monday.
        step = unit.days
        day = lo + (-(lo - 1)) % step
        while day <= hi:
            yield day
            day += step
        return
    start = date.fromordinal(lo)
    index = start.year * 12 + start.month - 1
    index += (-index) % unit.months
    while True:
        year, month0 = divmod(index, 12)
        if year > date.max.year:
            return
        day = date(year, month0 + 1, 1).toordinal()
        if day > hi:
            return
        if day >= lo:
            yield day
        index += unit.months


def _label(d: date, unit: TickUnit, long_labels: bool) -> str:
    if unit.months >= 12:
        return str(d.year)
    if unit.months > 0:
        return f"{MONTH_ABBR[d.month]} {d.year}" if long_labels else MONTH_ABBR[d.month]
    if unit.days == 7:
        return f"{d.day} {MONTH_ABBR[d.month]}"
    return str(d.day)
