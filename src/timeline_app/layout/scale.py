"""The one time↔pixel mapping, from deep time to the second.

Places are whole seconds (``model.calendar``): a span ``[start, end)`` runs
from ``x_for(start)`` to ``x_for(end)``. A view's first visible place is
``origin + offset``, an exact integer plus a fraction: positions are computed
as ``(place - origin - offset) * pixels_per_second``, so the subtraction of
two large integers is exact and only the small difference becomes a float.
That keeps a view one second wide steady in year -13,800,000,000 as in 2024,
where a float count of seconds from one epoch would be off by a minute.

A ``TimeScale`` is immutable: zooming and panning return a new scale, so a
view can hold "the current scale" and layout caches can key on its values.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

from timeline_app.model.calendar import (
    MAX_ABS_YEAR,
    SECONDS_PER_DAY,
    seconds_at,
)

MIN_SPAN_SECONDS = 1.0
"""The narrowest view: one second across the whole width."""

FIT_MARGIN = 0.04
"""Fraction of the data range added on each side when fitting, and allowed beyond it."""

FIRST_PLACE = seconds_at(-MAX_ABS_YEAR - 1)
LAST_PLACE = seconds_at(MAX_ABS_YEAR + 2)
"""The widest a view may go: a year beyond the furthest a date may name."""

EMPTY_RANGE = (seconds_at(2000), seconds_at(2001))
"""The places shown when there is nothing to show: the whole year 2000."""


@dataclass(frozen=True, slots=True)
class TimeScale:
    """Maps the visible places ``[first, first + span)`` onto ``[0, width)`` pixels.

    ``first`` is ``origin + offset``. ``min_place``/``max_place`` are the widest
    the view may go (the data range plus a margin); every operation clamps to
    them and to ``MIN_SPAN_SECONDS``.
    """

    origin: int
    offset: float
    span: float
    width: float
    min_place: int
    max_place: int

    @classmethod
    def fit(cls, start: int, end: int, width: float) -> TimeScale:
        """A scale showing the places ``[start, end)`` with margins on both sides."""
        span = max(float(end - start), MIN_SPAN_SECONDS)
        margin = math.ceil(max(span * FIT_MARGIN, min(span, SECONDS_PER_DAY)))
        lo = max(start - margin, FIRST_PLACE)
        hi = min(max(end, start + 1) + margin, LAST_PLACE)
        return cls(lo, 0.0, float(hi - lo), max(width, 1.0), lo, hi)

    @classmethod
    def fit_range(cls, data_range: tuple[int, int] | None, width: float) -> TimeScale:
        """``fit`` of a data range ``(start, end)``, or of ``EMPTY_RANGE`` when there is none."""
        start, end = data_range if data_range is not None else EMPTY_RANGE
        return cls.fit(start, end, width)

    @property
    def first(self) -> float:
        """The first visible place, as a float (coarse: use ``x_for`` to place things)."""
        return self.origin + self.offset

    @property
    def last(self) -> float:
        return self.first + self.span

    @property
    def seconds_per_pixel(self) -> float:
        return self.span / self.width

    @property
    def max_span(self) -> float:
        return float(self.max_place - self.min_place)

    def visible_places(self) -> tuple[int, int]:
        """The whole seconds ``[lo, hi)`` that cover the view, exactly."""
        return self.origin + math.floor(self.offset), \
            self.origin + math.ceil(self.offset + self.span)

    def x_for(self, place: float) -> float:
        """The x of a place; exact for integer places however far from year 0."""
        return ((place - self.origin) - self.offset) * self.width / self.span

    def place_for(self, x: float) -> float:
        """The place at ``x``, as a float (exact enough for pointing, not for placing)."""
        return self.origin + (self.offset + x * self.span / self.width)

    def with_width(self, width: float) -> TimeScale:
        """The same visible range on a resized view."""
        return replace(self, width=max(width, 1.0))

    def with_limits(self, min_place: int, max_place: int) -> TimeScale:
        """The same view with other limits, clamped to them."""
        return replace(self, min_place=min_place, max_place=max_place)._clamped(
            self.origin, self.offset, self.span)

    def with_range(self, first: float, last: float) -> TimeScale:
        """Show ``[first, last)``, clamped to the limits."""
        origin = math.floor(first)
        return self._clamped(origin, float(first - origin), float(last - first))

    def widened_to(self, first: int, last: int) -> TimeScale:
        """The same view with limits stretched to include ``[first, last)``, within
        ``FIRST_PLACE``..``LAST_PLACE``: an explicit range (``export --from``) may reach
        past the data and its margin."""
        return replace(self, min_place=max(min(self.min_place, first), FIRST_PLACE),
                       max_place=min(max(self.max_place, last), LAST_PLACE))

    def zoomed(self, factor: float, anchor_x: float | None = None) -> TimeScale:
        """Zoom by ``factor`` (> 1 zooms in) keeping the place under ``anchor_x`` still."""
        anchor_x = self.width / 2 if anchor_x is None else anchor_x
        span = self._bounded_span(self.span / factor)
        anchor = self.offset + anchor_x * self.span / self.width  # from the origin
        return self._clamped(self.origin, anchor - anchor_x * span / self.width, span)

    def panned(self, dx: float) -> TimeScale:
        """Move the view so content shifts left by ``dx`` pixels (positive: later)."""
        return self._clamped(self.origin, self.offset + dx * self.seconds_per_pixel, self.span)

    def _bounded_span(self, span: float) -> float:
        return min(max(span, MIN_SPAN_SECONDS), self.max_span)

    def _clamped(self, origin: int, offset: float, span: float) -> TimeScale:
        """A scale starting at ``origin + offset``, renormalised so that the offset is
        a fraction, and clamped so that the view stays within the limits."""
        span = self._bounded_span(span)
        whole = math.floor(offset)
        origin, offset = origin + whole, offset - whole
        if (origin - self.min_place) + offset < 0:
            origin, offset = self.min_place, 0.0
        elif (self.max_place - origin) - offset < span:
            room = math.ceil(span)
            origin, offset = self.max_place - room, room - span
        return replace(self, origin=origin, offset=offset, span=span)
