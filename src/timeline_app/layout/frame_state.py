"""The state of one frame's layout, and the geometry its parts share: where a mark is
drawn, where its label goes, the cluster columns.

``layout.builder`` lays a frame out with it; the cluster and context-band parts
(``layout.clusters``, ``layout.context_band``) are mixins over it.
"""

from __future__ import annotations

from collections.abc import Callable

from timeline_app.layout.frame import FADE_PX, GlyphKind, LayoutMetrics, Rect
from timeline_app.layout.scale import TimeScale
from timeline_app.layout.shown import ShownSet
from timeline_app.model.calendar import OPEN_END, OPEN_START
from timeline_app.model.date_words import Era
from timeline_app.query.event_table import LOOSE_START

CLUSTER_PX = 40.0
"""Width of a cluster column; columns are aligned to absolute time, so stable when panning."""

MIN_LABEL_CHARS = 3
LABEL_GAP_PX = 6.0
#: How far left of its mark a label near the right edge may start.
MAX_LABEL_SHIFT_PX = 48.0
OFFSCREEN_PX = 12.0  # how far open or clipped bars reach past the frame edges


class FrameState:
    """One frame's worth of layout state: the shown set, the scale, the metrics, the
    visible places and the cluster column edges."""

    def __init__(self, shown: ShownSet, scale: TimeScale, height: float,
                 metrics: LayoutMetrics, grouped: bool, scroll_y: float) -> None:
        self.shown, self.scale, self.height, self.m = shown, scale, height, metrics
        self.table = shown.table
        self.looks = shown.looks
        self.marks = shown.table.marks
        self.loose_marks = shown.table.has_loose_marks
        self.band_info = shown.bands
        self.grouped = grouped and bool(self.band_info)
        self.band_of = (self.band_info.of_code if self.grouped
                        else (0,) * len(self.band_info.of_code))
        self.scroll_y = scroll_y
        self.era = Era.BCE  # what the axis and labels name years by: set by build
        #: Where the bands start: under the axis, and under the period row if any.
        self.top = metrics.axis_height + (metrics.period_row_height if shown.periods else 0.0)
        self.lo, self.hi = scale.visible_places()
        # Cluster columns: whole seconds, aligned to multiples of their width, so
        # they hold still while panning.
        width = max(1, round(CLUSTER_PX * scale.seconds_per_pixel))
        column = self.lo // width
        self.edges = [column * width]
        while self.edges[-1] < self.hi:
            self.edges.append((column + len(self.edges)) * width)

    def _visible_positions(self, hi: int | None = None) -> list[int]:
        return self.shown.index.query_positions(self.lo, self.hi if hi is None
                                                else min(hi, self.hi))

    def _event_of(self, position: int) -> int:
        owners = self.marks.event
        return position if owners is None else owners[position]

    def _glyph_rects(self, positions: list[int], y: float) -> tuple[list[Rect], list[GlyphKind]]:
        """Mark rects of one lane row, and whether each is a point (a hot loop: about
        400 marks per busy frame). Places are offsets from the view's origin."""
        m, scale, marks = self.m, self.scale, self.marks
        origin, offset, width = scale.origin, scale.offset, scale.width
        per_second = width / scale.span
        radius, height = m.marker_radius, m.glyph_height
        fine, starts, ends, loose = marks.fine, marks.start, marks.end, marks.loose
        rects, kinds = [], []
        point, bar = GlyphKind.POINT, GlyphKind.BAR
        for position in positions:
            start, end = starts[position], ends[position]
            left = ((start - origin) - offset) * per_second
            right = ((end - origin) - offset) * per_second
            if loose[position]:  # its known bound, and a fade of fixed length beyond it
                if right - left < 2 * radius:
                    left, right = (left + right) / 2 - radius, (left + right) / 2 + radius
                if loose[position] == LOOSE_START:
                    left -= FADE_PX
                else:
                    right += FADE_PX
                rects.append(Rect(left, y, right - left, height))
                kinds.append(bar)
                continue
            if fine[position] and right - left < 2 * radius:
                x = (left + right) / 2
                rects.append(Rect(x - radius, y, 2 * radius, height))
                kinds.append(point)
                continue
            # A clipped end reaches a little past the edge (its rounded corner stays
            # off-screen); an open end stops at the edge, so its fade is seen.
            left = max(left, 0.0 if start == OPEN_START else -OFFSCREEN_PX)
            right = min(right, width if end == OPEN_END else width + OFFSCREEN_PX)
            rects.append(Rect(left, y, max(right - left, 2.0), height))
            kinds.append(bar)
        return rects, kinds

    def _label_rect(self, title: str, glyph: Rect, limit: float, top: float,
                    free_from: float | None) -> Rect | None:
        """The label under ``glyph``, up to ``limit`` (the next glyph or the view's
        edge); ``free_from`` is where its lane row is free, given for the last
        label of the row only, which may shift left (see the module docstring)."""
        m = self.m
        x = max(glyph.x, 2.0)
        right = min(limit - LABEL_GAP_PX, self.scale.width)
        wanted = len(title) * m.char_width + m.char_width
        if free_from is not None and right - x < wanted:  # into free room, never right of x
            x = min(x, max(right - wanted, free_from + LABEL_GAP_PX,
                           glyph.x - MAX_LABEL_SHIFT_PX, 2.0))
        room = right - x
        if room < (MIN_LABEL_CHARS + 1) * m.char_width:
            return None
        return Rect(x, top + 2.0 + m.glyph_height + 2.0, min(room, wanted), m.line_height)

    def _column_places(self, column: int) -> tuple[int, int]:
        return max(self.edges[column], self.lo), min(self.edges[column + 1], self.hi)

    def _ids_of(self, positions: list[int]) -> Callable[[], tuple[str, ...]]:
        """Lists the ids of the events of the marks at ``positions`` on demand, once each."""
        events, event_of = self.table.events, self._event_of
        return lambda: tuple(dict.fromkeys(events[event_of(p)].id for p in positions))

    def _column_rect(self, column: int, top: float, height: float) -> Rect:
        left, right = (self.scale.x_for(place) for place in self._column_places(column))
        return Rect(left + 1, top, max(right - left - 2, 1.0), height)
