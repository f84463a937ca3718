"""The one time↔pixel mapping, and the tick table chosen from days per pixel.

Days are proleptic Gregorian ordinals as floats: day ``d`` covers
``[d, d + 1)``, so an event from ``first_day`` to ``last_day`` (inclusive)
spans ``x_for_day(first_day)`` to ``x_for_day(last_day + 1)``.

A ``TimeScale`` is immutable: zooming and panning return a new scale, so a
view can hold "the current scale" and layout caches can key on its values.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date

from timeline_app.model.dates import OPEN_END, OPEN_START

MIN_SPAN_DAYS = 1.0
"""The narrowest view: one day across the whole width."""

FIT_MARGIN = 0.04
"""Fraction of the data range added on each side when fitting, and allowed beyond it."""

_FIRST_ORDINAL = 1
_LAST_ORDINAL = date.max.toordinal()
_MONTH_ABBR = ("Jan", "Feb", "Mar", "Apr", "May", "Jun",
               "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@dataclass(frozen=True, slots=True)
class TimeScale:
    """Maps the visible days ``[first_day, last_day)`` onto ``[0, width)`` pixels.

    ``min_day``/``max_day`` are the widest the view may go (the data range plus
    a margin); every operation clamps to them and to ``MIN_SPAN_DAYS``.
    """

    first_day: float
    last_day: float
    width: float
    min_day: float
    max_day: float

    @classmethod
    def fit(cls, data_first: int, data_last: int, width: float) -> TimeScale:
        """A scale showing the inclusive day range ``data_first..data_last`` with margins."""
        span = max(float(data_last + 1 - data_first), MIN_SPAN_DAYS)
        margin = max(span * FIT_MARGIN, 1.0)
        lo = max(data_first - margin, _FIRST_ORDINAL)
        hi = min(data_last + 1 + margin, _LAST_ORDINAL)
        return cls(lo, hi, max(width, 1.0), lo, hi)

    @property
    def span_days(self) -> float:
        return self.last_day - self.first_day

    @property
    def days_per_pixel(self) -> float:
        return self.span_days / self.width

    @property
    def max_span_days(self) -> float:
        return self.max_day - self.min_day

    def x_for_day(self, day: float) -> float:
        return (day - self.first_day) * self.width / self.span_days

    def day_for_x(self, x: float) -> float:
        return self.first_day + x * self.span_days / self.width

    def with_width(self, width: float) -> TimeScale:
        """The same visible range on a resized view."""
        return replace(self, width=max(width, 1.0))

    def with_range(self, first_day: float, last_day: float) -> TimeScale:
        """Show ``[first_day, last_day)``, clamped to the limits."""
        span = min(max(last_day - first_day, MIN_SPAN_DAYS), self.max_span_days)
        centre = (first_day + last_day) / 2
        return self._clamped(centre - span / 2, span)

    def widened_to(self, first_day: float, last_day: float) -> TimeScale:
        """The same view with limits stretched to include ``[first_day, last_day)``,
        within the calendar: an explicit range (``export --from``) may reach past
        the data and its margin."""
        return replace(self, min_day=max(min(self.min_day, first_day), _FIRST_ORDINAL),
                       max_day=min(max(self.max_day, last_day), _LAST_ORDINAL))

    def zoomed(self, factor: float, anchor_x: float | None = None) -> TimeScale:
        """Zoom by ``factor`` (> 1 zooms in) keeping the day under ``anchor_x`` still."""
        anchor_x = self.width / 2 if anchor_x is None else anchor_x
        anchor_day = self.day_for_x(anchor_x)
        span = min(max(self.span_days / factor, MIN_SPAN_DAYS), self.max_span_days)
        first = anchor_day - anchor_x / self.width * span
        return self._clamped(first, span)

    def panned(self, dx: float) -> TimeScale:
        """Move the view so content shifts left by ``dx`` pixels (positive: later dates)."""
        return self._clamped(self.first_day + dx * self.days_per_pixel, self.span_days)

    def _clamped(self, first: float, span: float) -> TimeScale:
        first = min(max(first, self.min_day), self.max_day - span)
        return replace(self, first_day=first, last_day=first + span)


def finite_day_range(spans: Iterable[tuple[int, int]]) -> tuple[int, int] | None:
    """The inclusive range covered by the known ends of ``(first_day, last_day)`` spans.

    Open ends are ignored (an open start contributes its last day and vice
    versa), so ``2024/..`` does not stretch the view to the year 9999.
    """
    lo = hi = None
    for first, last in spans:
        for day in (first, last):
            if day in (OPEN_START, OPEN_END):
                continue
            lo = day if lo is None else min(lo, day)
            hi = day if hi is None else max(hi, day)
    if lo is None or hi is None:
        return None
    return lo, hi


# --- ticks -----------------------------------------------------------------


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

LABEL_GAP_PX = 8.0
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
    return chars * char_width + LABEL_GAP_PX


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
    start = _period_start(max(first, _FIRST_ORDINAL), unit)
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
    lo = max(math.floor(scale.first_day), _FIRST_ORDINAL)
    hi = min(math.ceil(scale.last_day), _LAST_ORDINAL)
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
        return f"{_MONTH_ABBR[d.month - 1]} {d.year}" if long_labels else _MONTH_ABBR[d.month - 1]
    if unit.days == 7:
        return f"{d.day} {_MONTH_ABBR[d.month - 1]}"
    return str(d.day)
