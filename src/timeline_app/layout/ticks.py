"""The axis ticks: a table of units from seconds to billions of years, chosen by
seconds per pixel.

The finest unit whose labels fit between its ticks is used, so tick labels
never overlap. Under a year the axis has a second row of major ticks that
says where the minor ones are: the day under hours, minutes and seconds, the
month under days and weeks, the year under months. Its first label is pinned
at the left edge, so the axis always says where the view is.

Years are labelled in the chosen ``Era``. With BCE/CE or BC/AD, year ticks fall
on round era numbers (100 BCE, 1 CE, 100 CE: there is no year 0 to count
from); with astronomical numbering on multiples of the step (-100, 0, 100).
From a million years on, labels read in Ma and Ga (``170 Ma BCE``).
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum

from timeline_app.layout.scale import TimeScale
from timeline_app.model.calendar import (
    MAX_ABS_YEAR,
    SECONDS_PER_DAY,
    civil_from_seconds,
    seconds_at,
)
from timeline_app.model.date_words import Era, day_words, month_words, year_words
from timeline_app.wording import month_abbreviation, translate

TICK_LABEL_GAP_PX = 8.0
"""Clear space required after every tick label."""

_WEEK = 7 * SECONDS_PER_DAY
_MONDAY = -3 * SECONDS_PER_DAY  # 1969-12-29, a Monday: weeks are counted from it


class StepKind(Enum):
    SECONDS = "seconds"  # a fixed number of seconds, aligned to the day (weeks: to Mondays)
    MONTHS = "months"
    YEARS = "years"


@dataclass(frozen=True, slots=True)
class TickUnit:
    """One row of the zoom-level table: a calendar step and its label shape."""

    name: str
    kind: StepKind
    step: int  # seconds, months or years, by kind

    @property
    def min_seconds(self) -> float:
        """The shortest this step can be: spacing estimates from it are lower bounds."""
        if self.kind is StepKind.SECONDS:
            return self.step
        if self.kind is StepKind.MONTHS:  # February; February to April
            return (28 if self.step == 1 else 89 * self.step // 3) * SECONDS_PER_DAY
        return self.step * 365 * SECONDS_PER_DAY


def _years(*steps: int) -> tuple[TickUnit, ...]:
    return tuple(TickUnit(_year_unit_name(step), StepKind.YEARS, step) for step in steps)


def _year_unit_name(step: int) -> str:
    for size, unit in ((10**9, "Ga"), (10**6, "Ma"), (10**3, "ka")):
        if step >= size:
            return f"{step // size} {unit}"
    return "year" if step == 1 else f"{step} years"


# Finest first.
TICK_UNITS: tuple[TickUnit, ...] = (
    *(TickUnit(name, StepKind.SECONDS, step) for name, step in (
        ("second", 1), ("5 seconds", 5), ("15 seconds", 15), ("30 seconds", 30),
        ("minute", 60), ("5 minutes", 300), ("15 minutes", 900), ("30 minutes", 1800),
        ("hour", 3600), ("3 hours", 10800), ("6 hours", 21600), ("12 hours", 43200),
        ("day", SECONDS_PER_DAY), ("week", _WEEK))),
    TickUnit("month", StepKind.MONTHS, 1),
    TickUnit("quarter", StepKind.MONTHS, 3),
    *_years(*(mantissa * 10**power for power in range(12) for mantissa in (1, 2, 5))),
)


@dataclass(frozen=True, slots=True)
class Tick:
    place: int
    x: float
    label: str
    is_year: bool  # falls on 1 January: painted as a stronger line


@dataclass(frozen=True, slots=True)
class TickSet:
    """Minor ticks of ``unit`` plus major ticks that name their context (the day,
    month or year); ``major`` is empty when the minor ticks are years."""

    unit: TickUnit
    minor: tuple[Tick, ...]
    major: tuple[Tick, ...]


def label_width(chars: int, char_width: float) -> float:
    return chars * char_width + TICK_LABEL_GAP_PX


def choose_tick_unit(scale: TimeScale, char_width: float, era: Era = Era.BCE) -> TickUnit:
    """The finest unit whose labels fit between its ticks (so none overlap)."""
    spp = scale.seconds_per_pixel
    edge_years = (_year_of(math.floor(scale.first)), _year_of(math.floor(scale.last)), -1, 1)
    for unit in TICK_UNITS:
        chars = (_year_label_chars(edge_years, unit.step, era) if unit.kind is StepKind.YEARS
                 else _label_chars(unit))
        if unit.min_seconds / spp >= label_width(chars, char_width):
            return unit
    return TICK_UNITS[-1]


def ticks_for(scale: TimeScale, char_width: float, era: Era = Era.BCE) -> TickSet:
    """The ticks to draw across ``scale``; a tick's label starts at its ``x``."""
    unit = choose_tick_unit(scale, char_width, era)
    minor = _uncrowded(tuple(_ticks(scale, unit, era)), char_width)
    major_unit = _context_unit(unit)
    if major_unit is None:  # years: the year at the left edge is named even when cut
        pinned = _sticky_first(scale, unit, minor, char_width, era)
        return TickSet(unit, _uncrowded(pinned, char_width), ())
    major = tuple(_ticks(scale, major_unit, era, context=True))
    major = _uncrowded(_sticky_first(scale, major_unit, major, char_width, era), char_width)
    return TickSet(unit, minor, major)


def _label_chars(unit: TickUnit) -> int:
    if unit.kind is StepKind.MONTHS:
        return 3
    if unit.step < 60:
        return 8  # 23:59:30
    if unit.step < SECONDS_PER_DAY:
        return 5  # 23:45
    return 2 if unit.step == SECONDS_PER_DAY else 6  # 15; 15 Mar


def _year_label_chars(years: tuple[int, ...], step: int, era: Era) -> int:
    """The widest label of a tick every ``step`` years near these years (the view's
    edges, whose labels are the longest, and the era boundary). In Ma and Ga, ticks
    fall on multiples of the step, so "10 Ga BCE" rather than "13.827 Ga BCE"."""
    return max(len(_year_label(year - year % step if abs(year) >= 10**6 else year, step, era))
               for year in years)


_UNITS = {unit.name: unit for unit in TICK_UNITS}


def _context_unit(unit: TickUnit) -> TickUnit | None:
    """The unit of the major row: the day under times, the month under days and weeks,
    the year under months; none under years."""
    if unit.kind is StepKind.SECONDS:
        return _UNITS["day"] if unit.step < SECONDS_PER_DAY else _UNITS["month"]
    if unit.kind is StepKind.MONTHS:
        return _UNITS["year"]
    return None


def _uncrowded(ticks: tuple[Tick, ...], char_width: float) -> tuple[Tick, ...]:
    """Drop any tick whose label would run into the previous one.

    The unit table already spaces labels apart; this guard covers uneven steps
    (the era boundary, months of different lengths).
    """
    kept: list[Tick] = []
    for tick in ticks:
        if kept and tick.x - kept[-1].x < label_width(len(kept[-1].label), char_width):
            continue
        kept.append(tick)
    return tuple(kept)


def _sticky_first(scale: TimeScale, unit: TickUnit, major: tuple[Tick, ...],
                  char_width: float, era: Era) -> tuple[Tick, ...]:
    """Pin the label of the period containing the left edge at x = 0, unless it
    would collide with the next major label; then the context is always on screen."""
    if major and major[0].x <= 0:
        return major
    lo, _ = scale.visible_places()
    start = _period_start(lo, unit)
    label = _label(start, unit, era, context=True)
    if major and major[0].x < label_width(len(label), char_width):
        return major
    return (Tick(lo, 0.0, label, is_year=False), *major)


def _period_start(place: int, unit: TickUnit) -> int:
    year, month, day, *_ = civil_from_seconds(place)
    if unit.kind is StepKind.YEARS:
        return seconds_at(year)
    if unit.kind is StepKind.MONTHS:
        return seconds_at(year, month)
    return seconds_at(year, month, day)


def _ticks(scale: TimeScale, unit: TickUnit, era: Era, *,
           context: bool = False) -> Iterator[Tick]:
    lo, hi = scale.visible_places()
    for place in _tick_places(lo, hi, unit, era):
        _, month, day, hour, minute, second = civil_from_seconds(place)
        yield Tick(place, scale.x_for(place), _label(place, unit, era, context=context),
                   (month, day, hour, minute, second) == (1, 1, 0, 0, 0))


def _tick_places(lo: int, hi: int, unit: TickUnit, era: Era) -> Iterator[int]:
    if unit.kind is StepKind.SECONDS:
        step = unit.step
        anchor = _MONDAY if step == _WEEK else 0
        place = lo + (anchor - lo) % step
        while place <= hi:
            yield place
            place += step
        return
    if unit.kind is StepKind.MONTHS:
        year, month, *_ = civil_from_seconds(lo)
        index = year * 12 + month - 1
        index += (-index) % unit.step
        while True:
            year, month0 = divmod(index, 12)
            place = seconds_at(year, month0 + 1)
            if place > hi:
                return
            if place >= lo:
                yield place
            index += unit.step
    for year in _tick_years(_year_of(lo), _year_of(hi), unit.step, era):
        place = seconds_at(year)
        if lo <= place <= hi:
            yield place


def _tick_years(first: int, last: int, step: int, era: Era) -> Iterator[int]:
    """The years from ``first`` to ``last`` that get a tick of ``step`` years."""
    first, last = max(first, -MAX_ABS_YEAR), min(last, MAX_ABS_YEAR)
    if era is Era.ASTRONOMICAL:
        year = first + (-first) % step
        while year <= last:
            yield year
            year += step
        return
    # Round era numbers: n BCE is the astronomical year 1 - n; n CE is n.
    if first <= 0:
        k = math.ceil((1 - min(last, 0)) / step)  # the smallest round BCE number in view
        largest = (1 - first) // step
        for n in range(largest, k - 1, -1):
            if n > 0:
                yield 1 - n * step
    if last >= 1 and first <= 1 and step > 1:
        yield 1  # 1 CE, the first year after the era boundary
    if last >= step:
        year = max(step, first + (-first) % step)
        while year <= last:
            yield year
            year += step


def _label(place: int, unit: TickUnit, era: Era, *, context: bool = False) -> str:
    year, month, day, hour, minute, second = civil_from_seconds(place)
    if unit.kind is StepKind.YEARS:
        return _year_label(year, unit.step, era)
    if unit.kind is StepKind.MONTHS:
        return month_words(month, year, era, short=True) if context else month_abbreviation(month)
    if unit.step < 60:
        return f"{hour:02d}:{minute:02d}:{second:02d}"
    if unit.step < SECONDS_PER_DAY:
        return f"{hour:02d}:{minute:02d}"
    if context:
        return day_words(year, month, day, era)
    if unit.step == _WEEK:
        return translate("TickLabels", "{day} {month}").format(
            day=day, month=month_abbreviation(month), number=month)
    return translate("TickLabels", "{day}", "a day of the month").format(day=day)


def _year_label(year: int, step: int, era: Era) -> str:
    """A year tick's label: '2024', '44 BCE', '12,000 BCE', '170 Ma BCE', '-170 Ma'."""
    number = year if era is Era.ASTRONOMICAL or year >= 1 else 1 - year
    if abs(number) < 10**6 or step < 10**5:
        return year_words(year, era)
    size, unit = (10**9, "Ga") if abs(number) >= 10**9 else (10**6, "Ma")
    value = f"{number / size:,.3f}".rstrip("0").rstrip(".")
    if era is Era.ASTRONOMICAL or year >= 1:
        return f"{value} {unit}"  # Ga and Ma are the international symbols
    words = (translate("TickLabels", "{value} {unit} BCE") if era is Era.BCE
             else translate("TickLabels", "{value} {unit} BC"))
    return words.format(value=value, unit=unit)


def _year_of(place: int) -> int:
    return civil_from_seconds(place)[0]
