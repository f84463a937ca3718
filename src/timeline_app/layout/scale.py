"""The one time↔pixel mapping.

Days are proleptic Gregorian ordinals as floats: day ``d`` covers
``[d, d + 1)``, so an event from ``first_day`` to ``last_day`` (inclusive)
spans ``x_for_day(first_day)`` to ``x_for_day(last_day + 1)``.

A ``TimeScale`` is immutable: zooming and panning return a new scale, so a
view can hold "the current scale" and layout caches can key on its values.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date

from timeline_app.model.dates import OPEN_END, OPEN_START

MIN_SPAN_DAYS = 1.0
"""The narrowest view: one day across the whole width."""

FIT_MARGIN = 0.04
"""Fraction of the data range added on each side when fitting, and allowed beyond it."""

FIRST_ORDINAL = 1
LAST_ORDINAL = date.max.toordinal()

EMPTY_RANGE = (date(2000, 1, 1).toordinal(), date(2000, 12, 31).toordinal())
"""The days shown when there is nothing to show: one whole year."""


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
        lo = max(data_first - margin, FIRST_ORDINAL)
        hi = min(data_last + 1 + margin, LAST_ORDINAL)
        return cls(lo, hi, max(width, 1.0), lo, hi)

    @classmethod
    def fit_range(cls, data_range: tuple[int, int] | None, width: float) -> TimeScale:
        """``fit`` of a data range, or of ``EMPTY_RANGE`` when there is no data."""
        first, last = data_range if data_range is not None else EMPTY_RANGE
        return cls.fit(first, last, width)

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
        return replace(self, min_day=max(min(self.min_day, first_day), FIRST_ORDINAL),
                       max_day=min(max(self.max_day, last_day), LAST_ORDINAL))

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
