"""Which stretch of time an export shows, and its frame laid out for the page.

An export cannot scroll or zoom, so its window is decided here: the filter's
own dates where it has them, the events' range (with the fit margin) where it
has none. An export lays out once, so it builds a fresh ``ShownSet``; the
window keeps its own between frames for the sake of the lane cache.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF

from timeline_app.layout.builder import build_frame
from timeline_app.layout.frame import Frame
from timeline_app.layout.scale import TimeScale, finite_day_range
from timeline_app.layout.shown import ShownSet
from timeline_app.model.dates import OPEN_END, OPEN_START
from timeline_app.model.events import Category, Event
from timeline_app.query.filters import EventFilter
from timeline_app.render.style import Theme


def filter_window(events: Sequence[Event],
                  event_filter: EventFilter) -> tuple[float | None, float | None]:
    """The time window an export shows: the filter's own dates where it has them.

    ``--from 2010`` shows 2010 even when the first event is in 2017, since the
    range is what the reader asked to see; an open side fits the events.
    ``(None, None)`` means "fit the events", which ``layout_frame`` does itself.
    """
    bounded_start = event_filter.first_day != OPEN_START
    bounded_end = event_filter.last_day != OPEN_END
    if not (bounded_start or bounded_end):
        return None, None
    span = finite_day_range((e.first_day, e.last_day) for e in events)
    if span is None and not (bounded_start and bounded_end):
        return None, None
    fit = TimeScale.fit_range(span, 1.0)
    first = float(event_filter.first_day) if bounded_start else fit.first_day
    last = float(event_filter.last_day + 1) if bounded_end else fit.last_day
    if first >= last:
        return None, None
    return first, last


def layout_frame(events: Sequence[Event], categories: Sequence[Category], rect: QRectF,
                 theme: Theme, *, first_day: float | None = None, last_day: float | None = None,
                 group_by_category: bool = False) -> Frame:
    """Lay out ``events`` for ``rect`` in one call.

    Without a range the frame fits all events. A given ``first_day`` or
    ``last_day`` is honoured even beyond the events (the other end fits them),
    within the calendar and at least ``MIN_SPAN_DAYS`` wide.
    """
    span = finite_day_range((e.first_day, e.last_day) for e in events)
    scale = TimeScale.fit_range(span, rect.width())
    if first_day is not None or last_day is not None:
        first = scale.first_day if first_day is None else first_day
        last = scale.last_day if last_day is None else last_day
        scale = scale.widened_to(first, last).with_range(first, last)
    return build_frame(ShownSet(events, categories), scale, rect.height(),
                       theme.layout_metrics(), group_by_category=group_by_category)
