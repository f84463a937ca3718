"""Frames of the timeline view: paint per zoom level, zoom steps and pan steps.

`python -m benchmarks.probes.view_frames FILE --result OUT [--frames F] [--steps S]`

A ``TimelineView`` of ``VIEW_SIZE`` is shown offscreen with the whole
timeline, ungrouped and then grouped by category. A frame is timed from the
change that causes it to the end of ``view.repaint()``, which lays out (an
interval-index query, lanes, labels or clusters) and paints synchronously,
the way the screen path does; no cached pixmap is reused.

- paint at a zoom level (whole range, 1 year, 1 month and the busiest sparse
  view, all centred on the data): each frame moves the window by ±¼ px, so
  the view must lay out and paint again while staying at that level; the
  first frame at a level is included. The busiest sparse view is the widest
  window that still shows events rather than density clusters (at most
  ``BUSIEST_SHARE`` of ``DENSE_EVENTS`` visible), where a frame draws the most;
- zoom: ``zoom_in()`` steps from the whole range (×1.5 each);
- pan, from a 1-year and a 1-month window: Shift+Right key presses (⅛ of
  the width each, full frames), and a mouse drag to the left in steps of
  1/20 of the width (the view paints drafts while dragging).

``full_gc`` counts the full garbage collections that fell among the frames.
Afterwards (so it changes neither the frames nor the peak RSS), ``layout_ms``
is, for each level, the median time of the layout alone
(``layout.builder.build_frame`` with the shown set's lane cache warm): how a frame splits
between layout and painting.
"""

from __future__ import annotations

import argparse
import math
import statistics
from collections.abc import Callable
from typing import Any

import numpy as np
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent

from benchmarks.probes.common import probe_parser, run_probe
from benchmarks.qt_session import PaintCounter, application
from benchmarks.stats import FullCollections, peak_rss_mb, summarize, timed
from timeline_app.layout.builder import DENSE_EVENTS, build_frame
from timeline_app.layout.scale import TimeScale
from timeline_app.layout.shown import ShownSet
from timeline_app.model.event_store import StoredEvents
from timeline_app.model.events import Timeline
from timeline_app.model.loader import load_report
from timeline_app.render.style import Theme
from timeline_app.view.overview_strip import OVERVIEW_HEIGHT
from timeline_app.view.state import ViewState
from timeline_app.view.timeline_view import TimelineView

VIEW_SIZE = (1600, 900)
INT64 = np.iinfo(np.int64)
DAY_SECONDS = 86_400
YEAR_SECONDS, MONTH_SECONDS = 365.25 * DAY_SECONDS, 30.44 * DAY_SECONDS
LEVELS: dict[str, float | None] = {"full": None, "year": YEAR_SECONDS, "month": MONTH_SECONDS}
"""Zoom levels by the seconds the view spans (None: the whole range)."""
LAYOUT_REPEATS = 10
BUSIEST_SHARE = 0.95
"""Below the density threshold with room to spare, so the ±¼ px nudges stay sparse."""
BISECTIONS = 24
PAN_KINDS = ("keys", "drag")


class Frames:
    """Times a change plus the synchronous repaint of the view it dirtied."""

    def __init__(self, view: TimelineView) -> None:
        self.view = view
        self.counter = PaintCounter(view)

    def time(self, change: Callable[[], Any]) -> float:
        painted = self.counter.count

        def frame() -> None:
            change()
            self.view.repaint()

        elapsed = timed(frame)
        if self.counter.count == painted:
            raise RuntimeError("the view did not paint")
        return elapsed


def show_level(view: TimelineView, span: float | None) -> None:
    view.fit_all()
    if span is not None:
        first, last = view.visible_range()
        centre = (first + last) / 2
        view.set_visible_range(centre - span / 2, centre + span / 2)


def visible_count(events: StoredEvents, first: float, last: float) -> int:
    """Events in the places ``[first, last)`` by the layout's rule (whole seconds), counted
    on the store's columns: decoding a million events per guess took minutes."""
    lo, hi = (min(max(math.floor(first), INT64.min), INT64.max),
              min(max(math.ceil(last), INT64.min), INT64.max))
    return int(np.count_nonzero((events.starts < hi) & (events.ends > lo)))


def busiest_sparse_span(view: TimelineView, events: StoredEvents) -> tuple[float, int]:
    """The widest centred span (seconds) showing at most ``BUSIEST_SHARE · DENSE_EVENTS``
    events, and how many it shows; found by bisection on the span's logarithm."""
    view.fit_all()
    first, last = view.visible_range()
    centre, limit = (first + last) / 2, BUSIEST_SHARE * DENSE_EVENTS

    def shown(span: float) -> int:
        return visible_count(events, centre - span / 2, centre + span / 2)

    narrow, wide = 0.0, math.log(last - first)
    if shown(last - first) <= limit:
        return last - first, shown(last - first)
    for _ in range(BISECTIONS):
        middle = (narrow + wide) / 2
        narrow, wide = (middle, wide) if shown(math.exp(middle)) <= limit else (narrow, middle)
    return math.exp(narrow), shown(math.exp(narrow))


def nudge(view: TimelineView, sign: int) -> None:
    first, last = view.visible_range()
    shift = sign * (last - first) / view.width() / 4
    view.set_visible_range(first + shift, last + shift)


def pan_right(view: TimelineView) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        application().sendEvent(view, QKeyEvent(kind, Qt.Key.Key_Right,
                                                Qt.KeyboardModifier.ShiftModifier))


def mouse(view: TimelineView, kind: QEvent.Type, x: float, button: Qt.MouseButton) -> None:
    point = QPointF(x, view.height() / 3)
    application().sendEvent(view, QMouseEvent(
        kind, point, view.mapToGlobal(point), button, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier))


def drag_frames(view: TimelineView, frames: Frames, steps: int) -> list[float]:
    """A leftward drag across most of the view, one timed frame per mouse move."""
    step = view.width() * 0.9 / steps
    start = view.width() * 0.95
    mouse(view, QEvent.Type.MouseButtonPress, start, Qt.MouseButton.LeftButton)
    seconds = [frames.time(lambda i=i: mouse(view, QEvent.Type.MouseMove, start - i * step,
                                              Qt.MouseButton.NoButton))
               for i in range(1, steps + 1)]
    mouse(view, QEvent.Type.MouseButtonRelease, start - steps * step, Qt.MouseButton.LeftButton)
    view.repaint()
    return seconds


def pan_frames(view: TimelineView, frames: Frames, steps: int) -> dict[str, Any]:
    results: dict[str, Any] = {}
    for name in ("year", "month"):
        results[name] = {}
        for kind in PAN_KINDS:
            show_level(view, LEVELS[name])
            view.repaint()
            seconds = (drag_frames(view, frames, steps) if kind == "drag" else
                       [frames.time(lambda: pan_right(view)) for _ in range(steps)])
            results[name][kind] = summarize(seconds)
    return results


def layout_median_ms(shown: ShownSet, view: TimelineView, grouped: bool) -> float:
    """The layout alone for the view's current window, lane cache warm."""
    lo, hi = shown.known_range() or (0, 1)
    scale = TimeScale.fit(lo, hi, view.width()).with_range(*view.visible_range())
    metrics = Theme.light().layout_metrics()
    height = view.height() - OVERVIEW_HEIGHT

    def frame() -> None:
        build_frame(shown, scale, height, metrics, group_by_category=grouped)

    frame()
    return statistics.median(timed(frame) for _ in range(LAYOUT_REPEATS)) * 1e3


def paint_levels(view: TimelineView, frames: Frames, levels: dict[str, float | None],
                 count: int) -> dict[str, Any]:
    results = {}
    for name, span in levels.items():
        show_level(view, span)
        results[name] = summarize([frames.time(lambda s=(1 if i % 2 else -1): nudge(view, s))
                                   for i in range(count)])
    return results


def add_layout_times(view: TimelineView, timeline: Timeline, levels: dict[str, float | None],
                     paint: dict[str, Any]) -> None:
    """Afterwards, so that its second layout changes neither the frames nor the peak RSS."""
    shown = ShownSet(timeline.events, timeline.categories)
    for mode, by_level in paint.items():
        grouped = mode == "grouped"
        view.state.set_grouped(grouped)
        for name, summary in by_level.items():
            show_level(view, levels[name])
            summary["layout_ms"] = layout_median_ms(shown, view, grouped)


def measure(args: argparse.Namespace) -> dict[str, Any]:
    timeline = load_report(args.file).timeline
    app = application()
    view = TimelineView(ViewState())
    view.resize(*VIEW_SIZE)
    view.state.set_timeline(timeline)
    view.show()
    app.processEvents()
    busiest_span, busiest_count = busiest_sparse_span(view, timeline.events)
    levels = {**LEVELS, "busiest": busiest_span}
    frames = Frames(view)
    paint, zoom, pan = {}, {}, {}
    with FullCollections() as collections:
        for grouped in (False, True):
            mode = "grouped" if grouped else "ungrouped"
            view.state.set_grouped(grouped)
            paint[mode] = paint_levels(view, frames, levels, args.frames)
            view.fit_all()
            view.repaint()
            zoom[mode] = summarize([frames.time(view.zoom_in) for _ in range(args.steps)])
            pan[mode] = pan_frames(view, frames, args.steps)
    peak = peak_rss_mb()
    add_layout_times(view, timeline, levels, paint)
    return {"view_size": list(VIEW_SIZE), "paint": paint, "zoom": zoom, "pan": pan,
            "busiest": {"span_days": busiest_span / DAY_SECONDS, "visible": busiest_count},
            "full_gc": collections.summary(), "peak_rss_mb": peak}


def main(argv: list[str] | None = None) -> int:
    parser = probe_parser(__doc__.splitlines()[0])
    parser.add_argument("--frames", type=int, default=40, help="frames per zoom level")
    parser.add_argument("--steps", type=int, default=20, help="zoom steps and pan steps")
    return run_probe(parser, measure, argv)


if __name__ == "__main__":
    raise SystemExit(main())
