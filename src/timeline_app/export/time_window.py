"""Which stretch of time an export shows, and its frame laid out for the page.

An export cannot scroll or zoom, so its window is decided here: the filter's
own dates where it has them, the events' range (with the fit margin) where it
has none. Both read the marks of a ``ShownSet``: the window's own when it
exports, or one built for the page.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF

from timeline_app.layout.builder import build_frame
from timeline_app.layout.colouring import Colouring
from timeline_app.layout.frame import Frame
from timeline_app.layout.scale import TimeScale
from timeline_app.layout.shown import ShownSet
from timeline_app.model.calendar import OPEN_END, OPEN_START
from timeline_app.model.date_words import Era
from timeline_app.query.filters import EventFilter
from timeline_app.render.style import Theme


def filter_window(shown: ShownSet, event_filter: EventFilter) -> tuple[int | None, int | None]:
    """The places ``[first, last)`` an export shows: the filter's own dates where it has
    them.

    ``--from 2010`` shows 2010 even when the first event is in 2017, since the
    range is what the reader asked to see; an open side fits the events.
    ``(None, None)`` means "fit the events", which ``layout_frame`` does itself.
    """
    bounded_start = event_filter.start != OPEN_START
    bounded_end = event_filter.end != OPEN_END
    if not (bounded_start or bounded_end):
        return None, None
    span = shown.known_range()
    if span is None and not (bounded_start and bounded_end):
        return None, None
    fit = TimeScale.fit_range(span, 1.0)
    first = event_filter.start if bounded_start else fit.origin
    last = event_filter.end if bounded_end else fit.origin + math.ceil(fit.span)
    if first >= last:
        return None, None
    return first, last


def layout_frame(shown: ShownSet, rect: QRectF, theme: Theme, *, first: int | None = None,
                 last: int | None = None, group_by_category: bool = False,
                 era: Era = Era.BCE, colouring: Colouring | None = None) -> Frame:
    """Lay out the ``shown`` events for ``rect`` in one call.

    Without a range the frame fits all their marks. A given ``first`` or ``last``
    place is honoured even beyond the events (the other end fits them), within
    the limits of a scale and at least ``MIN_SPAN_SECONDS`` wide.
    """
    span = shown.known_range()
    scale = TimeScale.fit_range(span, rect.width())
    if first is not None or last is not None:
        lo = scale.origin if first is None else first
        hi = scale.origin + math.ceil(scale.span) if last is None else last
        scale = scale.widened_to(lo, hi).with_range(lo, hi)
    return build_frame(shown, scale, rect.height(), theme.layout_metrics(),
                       group_by_category=group_by_category, era=era, colouring=colouring)

