"""Lay out first, then paint: shown events + a TimeScale -> a Frame of plain rects.

Everything here is in pixels of the frame (0, 0 at its top left) and Qt-free.

Vertical structure: an axis strip on top, a period row under it when the
timeline has periods (eras: a tint behind the events and the title in the
row), then one band (ungrouped) or one band per category (grouped, in category
order, each with a header). A band holds
lanes; each lane row has a glyph on top and the label under it.

Lanes (``layout.lanes``): greedy by start, O(n log n), on only the events of a
window-aligned chunk around the view at the quantised zoom level, cached by the
shown set (``layout.shown``): panning inside a chunk never moves an event to
another lane.

Labels (the rule): a label sits under its glyph, from the glyph's left edge
(or the view's left edge when the glyph starts off-screen) up to the next glyph
in the same lane, less a gap, or the view's right edge. When the title would
run past the right edge (the last mark of a lane row, near that edge), the
label is shifted left into the free room of its row and right-aligned to the
edge, but by at most ``MAX_LABEL_SHIFT_PX``, so that it still reads as its
mark's label; the free room starts a gap after the previous glyph and its
label, so the label never sits under another mark. It is elided to fit; when
fewer than ``MIN_LABEL_CHARS`` characters would fit it is left out. Lane rows
and the previous/next-glyph bounds make label collisions impossible.

Open and unknown ends are drawn to the view's edge (not past it), so the fade
toward that side is on screen. A mark is a point when it is a day or finer
and narrower than its dot at this zoom; otherwise a bar across its span, so a
day becomes a bar across its hours when zoomed in. An event with several
marks on screen (alternative dates, set members) gets a ``Link`` between each
two of them in time order.

Level of detail: when more than ``DENSE_EVENTS`` marks are visible, the frame
shows density clusters only (one per ``CLUSTER_PX`` column per band, columns
aligned to absolute time), counted by bisection in ``query.density`` without
touching the events; otherwise marks in lanes beyond a band's capacity go to
an overflow row of clusters. A band's capacity is the lanes that fit (ungrouped)
or ``MAX_BAND_LANES`` (grouped), lowered for all bands alike until at most
``MARK_BUDGET`` marks are drawn: the cost of a frame follows the marks and
labels it draws, so this bounds the busiest sparse views. Each visible mark
is in exactly one glyph or one cluster; a cluster lists its events only when
asked (``event_ids``).

Cost per frame: a dense frame is O(categories · columns · log n); a sparse one
is an interval-index query plus work proportional to the (≤ ``DENSE_EVENTS``)
visible marks, plus one lane assignment per new (level, chunk). Every place is
compared as an integer, and only offsets from the view's origin become floats,
so the layout is as exact in deep time as in 2024.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from itertools import pairwise

from timeline_app.layout.colouring import NEUTRAL, Colouring
from timeline_app.layout.frame import (
    FADE_PX,
    Band,
    Cluster,
    Frame,
    Glyph,
    GlyphKind,
    LayoutMetrics,
    Link,
    PeriodBand,
    Rect,
    range_look,
)
from timeline_app.layout.lanes import LaneWindow, lane_window, wide_span
from timeline_app.layout.scale import TimeScale
from timeline_app.layout.shown import ShownSet
from timeline_app.layout.ticks import ticks_for
from timeline_app.model.calendar import OPEN_END, OPEN_START
from timeline_app.model.date_words import Era, short_part
from timeline_app.model.dates import Range
from timeline_app.query.density import column_of
from timeline_app.query.event_table import LOOSE_START

DENSE_EVENTS = 3000
"""More visible marks than this and the frame shows density clusters only."""

MARK_BUDGET = 300
"""Most event marks a sparse frame draws; a frame's cost follows its marks (each
with a label), not its visible events. Past it, bands show fewer lanes and the
rest go to the overflow clusters, which are per column and so bounded."""

CLUSTER_PX = 40.0
"""Width of a cluster column; columns are aligned to absolute time, so stable when panning."""

CONTEXT_ROWS = 3
"""Rows of the context band: marks wider than the view, one a row; the last row says
how many more there are when they do not all fit."""

MAX_BAND_LANES = 8
"""Lanes shown per category band when grouped; later lanes overflow into clusters."""

DENSE_BAND_LANES = 2
"""Height, in lanes, of each category band's density chart in a dense grouped frame."""

LABEL_RESERVE_CHARS = 10
MIN_LABEL_CHARS = 3
LABEL_GAP_PX = 6.0
#: How far left of its mark a label near the right edge may start.
MAX_LABEL_SHIFT_PX = 48.0
_OFFSCREEN_PX = 12.0  # how far open or clipped bars reach past the frame edges


def _lane_cap(slots: Mapping[tuple[int, int], Sequence[int]], limit: int) -> int:
    """How many lanes each band shows: the most (up to ``limit``) whose visible
    events stay within ``MARK_BUDGET`` marks, and at least one."""
    per_lane = [0] * (limit + 1)
    for (_, lane), positions in slots.items():
        per_lane[lane] += len(positions)
    cap, marks = 0, 0
    while cap < limit and marks + per_lane[cap] <= MARK_BUDGET:
        marks += per_lane[cap]
        cap += 1
    return max(cap, 1)


def build_frame(shown: ShownSet, scale: TimeScale, height: float,
                metrics: LayoutMetrics | None = None, *, group_by_category: bool = False,
                scroll_y: float = 0.0, era: Era = Era.BCE,
                colouring: Colouring | None = None, selected: str | None = None) -> Frame:
    """Lay out what ``scale`` shows of ``shown`` in a frame ``scale.width`` × ``height``
    pixels; ``scroll_y`` is clamped to the content (read it back from the frame).
    ``era`` names the years on the axis; ``colouring`` colours the marks by something
    other than their category; the ``selected`` event is drawn even where its region is
    drawn as counts (``with_selection``)."""
    metrics = metrics or LayoutMetrics()
    builder = _FrameBuilder(shown, scale, height, metrics, group_by_category, scroll_y)
    frame = builder.build(era)
    if selected is not None:
        frame = builder.with_selection(frame, selected)
    return frame if colouring is None else recoloured(frame, shown, colouring)


def recoloured(frame: Frame, shown: ShownSet, colouring: Colouring) -> Frame:
    """``frame`` with its marks coloured by ``colouring`` and its counts in one neutral
    colour (they are counted per category, not per key)."""
    events = shown.table.events
    by_id = shown.table.position_of

    def colour(glyph: Glyph) -> Glyph:
        position = by_id(glyph.event_id)
        key = colouring.key_of(events[position]) if position is not None else ""
        return replace(glyph, colour=key)

    def neutral(cluster: Cluster) -> Cluster:
        return replace(cluster, category_mix=((NEUTRAL, cluster.count),))

    overflow = frame.context_overflow
    return replace(frame, glyphs=tuple(map(colour, frame.glyphs)),
                   context=tuple(map(colour, frame.context)),
                   clusters=tuple(map(neutral, frame.clusters)),
                   context_overflow=neutral(overflow) if overflow is not None else None,
                   category_colors={**frame.category_colors, **colouring.colors})


class _FrameBuilder:
    """One frame's worth of layout state; split out to keep ``build_frame`` readable."""

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

    def build(self, era: Era) -> Frame:
        self.era = era
        scale, m = self.scale, self.m
        band_count = len(self.band_info) if self.grouped else 1
        visible = self.shown.density.visible_count(self.lo, self.hi)
        dense = visible > DENSE_EVENTS
        links: list[Link] = []
        context: list[Glyph] = []
        context_band: Rect | None = None
        more: Cluster | None = None
        if dense:
            bands, _, _ = self._bands(band_count, [0] * band_count, dense)
            glyphs: list[Glyph] = []
            clusters = self._dense_clusters(bands)
        else:
            window = lane_window(self.lo, scale.seconds_per_pixel, scale.width)
            visible_positions = self._visible_positions()
            wide = self._wide(visible_positions, wide_span(window))
            if wide:
                context, context_band, more = self._context(wide)
            glyphs, clusters, bands = self._sparse(band_count, window, visible_positions)
            if self.marks.event is not None:  # some event has several marks
                links = _links(glyphs + context)
        content_height = sum(b.rect.height for b in bands)
        return Frame(scale.width, self.height, scale, ticks_for(scale, m.char_width, era),
                     Rect(0.0, 0.0, scale.width, m.axis_height), tuple(bands), tuple(glyphs),
                     tuple(clusters), tuple(links), visible, dense, content_height,
                     self.scroll_y, self.shown.category_colors, self._periods(),
                     tuple(context), context_band, more)

    def _wide(self, positions: list[int], view: float) -> list[int]:
        """The marks about as wide as the view or wider (they get no lane, see
        ``layout.lanes.wide_span``): those that start or end in the view first, then the
        shortest, so the rows go to the spans most about what is shown."""
        starts, ends, lo, hi = self.marks.start, self.marks.end, self.lo, self.hi
        wide = [p for p in positions if ends[p] - starts[p] > view]
        return sorted(wide, key=lambda p: (not (lo <= starts[p] < hi or lo < ends[p] <= hi),
                                           ends[p] - starts[p], p))

    def _context(self, wide: list[int]) -> tuple[list[Glyph], Rect, Cluster | None]:
        """One row per wide mark, up to ``CONTEXT_ROWS`` (the last row says how many more
        there are when they do not fit), under the axis and the period row; the lanes
        start below it."""
        m, scale, marks, events = self.m, self.scale, self.marks, self.table.events
        shown = wide if len(wide) <= CONTEXT_ROWS else wide[:CONTEXT_ROWS - 1]
        rows = len(shown) + (len(wide) > len(shown))
        row_height, top, width = m.context_row_height, self.top, scale.width
        glyphs = []
        for row, position in enumerate(shown):
            event = events[self._event_of(position)]
            one = marks.ranges[position]
            look = self.looks.get(id(one)) or self.looks.setdefault(id(one), range_look(one))
            left = max(scale.x_for(marks.start[position]), -_OFFSCREEN_PX)
            right = min(scale.x_for(marks.end[position]), width + _OFFSCREEN_PX)
            y = top + row * row_height + 2.0
            rect = Rect(left, y, right - left, row_height - 4.0)
            title = one_line(event.title)
            if marks.loose[position]:
                title = loose_label(one, marks.loose[position], title, self.era)
            x = max(left, 0.0) + 4.0
            room = min(right, width) - x - 4.0
            label = Rect(x, y, room, rect.height) if room > MIN_LABEL_CHARS * m.char_width \
                else None
            glyphs.append(Glyph(event.id, title, event.category, GlyphKind.BAR, rect, label,
                                row, 0, *look, marks.hollow[position] == 1))
        band = Rect(0.0, top, width, rows * row_height)
        self.top += band.height
        rest = wide[len(shown):]
        if not rest:
            return glyphs, band, None
        codes = Counter(map(marks.category.__getitem__, rest))
        mix = tuple((self.table.category_ids[code], n) for code, n in sorted(codes.items()))
        overflow = Cluster(Rect(0.0, top + len(shown) * row_height + 2.0, width,
                                row_height - 4.0), len(rest),
                           min(marks.start[p] for p in rest), max(marks.end[p] for p in rest),
                           mix, 0, self._ids_of(rest))
        return glyphs, band, overflow

    def with_selection(self, frame: Frame, event_id: str) -> Frame:
        """``frame`` with the selected event's marks in view drawn as glyphs at the top
        of its band, over the counts, when the layout put them in a cluster: a
        selection never disappears into a density chart."""
        if frame.glyph_for(event_id) is not None:
            return frame
        position = self.shown.position_of(event_id)
        if position is None:
            return frame
        event_position = self.table.position_of(event_id)
        marks, scale = self.marks, self.scale
        owners = marks.event
        mark_positions = [event_position] if owners is None else \
            [p for p, owner in enumerate(owners) if owner == event_position]
        event = self.table.events[event_position] if event_position is not None else None
        added = []
        for mark in mark_positions:
            if mark is None or not (marks.start[mark] < self.hi and marks.end[mark] > self.lo):
                continue
            band_index = self.band_of[marks.category[mark]] if self.grouped else 0
            if event is None or band_index >= len(frame.bands):
                continue
            band = frame.bands[band_index]
            top = band.rect.y + (band.header.height if band.header is not None else 0.0)
            rects, kinds = self._glyph_rects([mark], top + 2.0)
            one = marks.ranges[mark]
            look = self.looks.get(id(one)) or self.looks.setdefault(id(one), range_look(one))
            title = one_line(event.title)
            label = self._label_rect(title, rects[0], scale.width, top, None)
            added.append(Glyph(event.id, title, event.category, kinds[0], rects[0], label, 0,
                               band_index, *look, marks.hollow[mark] == 1))
        return replace(frame, glyphs=(*frame.glyphs, *added)) if added else frame

    def _periods(self) -> tuple[PeriodBand, ...]:
        """The periods that reach into the view, clipped to it, in the data's order."""
        scale, m, width = self.scale, self.m, self.scale.width
        row_top = m.axis_height
        bands = []
        for index, period in enumerate(self.shown.periods):
            start, end = period.date.start, period.date.end
            if end <= self.lo or start >= self.hi:
                continue
            left = max(scale.x_for(start), 0.0) if start > self.lo else 0.0
            right = min(scale.x_for(end), width) if end < self.hi else width
            bands.append(PeriodBand(period.title, period.color,
                                    Rect(left, row_top, right - left, self.height - row_top),
                                    Rect(left, row_top, right - left, m.period_row_height),
                                    index % 2 == 1))
        return tuple(bands)

    def _visible_positions(self, hi: int | None = None) -> list[int]:
        return self.shown.index.query_positions(self.lo, self.hi if hi is None
                                                else min(hi, self.hi))

    def _event_of(self, position: int) -> int:
        owners = self.marks.event
        return position if owners is None else owners[position]

    def _sparse(self, band_count: int, window: LaneWindow, visible: list[int]
                ) -> tuple[list[Glyph], list[Cluster], list[Band]]:
        band_of, m = self.band_of, self.m
        limit = self._lane_limit()
        lanes, lane_counts = self.shown.lanes(window, self.grouped,
                                              LABEL_RESERVE_CHARS * m.char_width,
                                              m.marker_radius + 1, limit)
        slots: dict[tuple[int, int], list[int]] = {}
        category = self.marks.category
        for position in visible:
            lane = lanes.get(position)
            if lane is not None:  # else wider than the view: in the context band
                slots.setdefault((band_of[category[position]], lane), []).append(position)
        bands, lane_tops, capacities = self._bands(band_count, lane_counts, False,
                                                   _lane_cap(slots, limit))
        overflow: dict[int, list[int]] = {}
        glyphs = []
        drawn_start = self.marks.start
        for (band, lane), positions in sorted(slots.items()):
            if self.loose_marks:  # drawn at their bound, out of the order of their spans
                positions.sort(key=drawn_start.__getitem__)
            if lane < capacities[band]:
                glyphs += self._lane_glyphs(positions, band, lane, lane_tops[band])
            else:
                overflow.setdefault(band, []).extend(positions)
        return glyphs, self._overflow_clusters(overflow, bands), bands

    def _lane_limit(self) -> int:
        """How many lanes a band can show: a fixed number per category band, or
        as many as fit the frame above an overflow row."""
        m = self.m
        available = max(self.height - self.top, m.lane_height)
        return (MAX_BAND_LANES if self.grouped
                else max(1, int((available - m.overflow_height) // m.lane_height)))

    def _bands(self, band_count: int, lane_counts: list[int], dense: bool,
               cap: int = 0) -> tuple[list[Band], list[float], list[int]]:
        """Band rects (scrolled), the top of each band's lanes, and its lane capacity
        (at most ``cap`` lanes each)."""
        m = self.m
        available = max(self.height - self.top, m.lane_height)
        header = m.header_height if self.grouped else 0.0
        if dense:
            body = DENSE_BAND_LANES * m.lane_height if self.grouped else available
            heights = [header + body] * band_count
            capacities = [0] * band_count
        else:
            capacities = [min(count, cap) for count in lane_counts]
            heights = [header + shown * m.lane_height
                       + (m.overflow_height if count > cap else 0.0)
                       for shown, count in zip(capacities, lane_counts, strict=True)]
        self.scroll_y = min(max(self.scroll_y, 0.0), max(0.0, sum(heights) - available))
        y = self.top - self.scroll_y
        bands, lane_tops = [], []
        for band, band_height in enumerate(heights):
            category = self.band_info.categories[band] if self.grouped else None
            label = self.band_info.labels[band] if self.grouped else ""
            rect = Rect(0.0, y, self.scale.width, band_height)
            head = Rect(0.0, y, self.scale.width, header) if self.grouped else None
            bands.append(Band(category, label, rect, head))
            lane_tops.append(y + header)
            y += band_height
        return bands, lane_tops, capacities

    def _lane_glyphs(self, positions: list[int], band: int, lane: int,
                     lanes_top: float) -> list[Glyph]:
        m, events, marks = self.m, self.table.events, self.marks
        owners, ranges, hollow, looks = marks.event, marks.ranges, marks.hollow, self.looks
        loose = marks.loose
        top = lanes_top + lane * m.lane_height
        rects, kinds = self._glyph_rects(positions, top + 2.0)
        width = self.scale.width
        glyphs = []
        free_from = 0.0  # where the lane row is free: after the previous glyph and label
        for i, (position, rect) in enumerate(zip(positions, rects, strict=True)):
            event = events[position if owners is None else owners[position]]
            one = ranges[position]
            look = looks.get(id(one)) or looks.setdefault(id(one), range_look(one))
            last = i + 1 == len(rects)
            limit = width if last else rects[i + 1].x
            title = one_line(event.title)
            if loose[position]:
                title = loose_label(one, loose[position], title, self.era)
            label = self._label_rect(title, rect, limit, top, free_from if last else None)
            glyphs.append(Glyph(event.id, title, event.category, kinds[i], rect, label,
                                lane, band, *look, hollow[position] == 1))
            free_from = max(rect.right, label.right if label is not None else rect.right)
        return glyphs

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
            left = max(left, 0.0 if start == OPEN_START else -_OFFSCREEN_PX)
            right = min(right, width if end == OPEN_END else width + _OFFSCREEN_PX)
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

    def _dense_clusters(self, bands: list[Band]) -> list[Cluster]:
        """One bar per band and column, from bisection counts (no event is touched)."""
        counts = self.shown.density.column_counts(self.lo, self.hi, self.edges)
        per_band: dict[tuple[int, int], list[tuple[str, int]]] = {}
        for code, row in enumerate(counts):
            band = self.band_of[code]
            for column, count in enumerate(row):
                if count:
                    per_band.setdefault((band, column), []).append(
                        (self.table.category_ids[code], count))
        if not per_band:
            return []
        totals = {key: sum(n for _, n in mix) for key, mix in per_band.items()}
        tallest = max(totals.values())
        clusters = []
        for (band, column), mix in sorted(per_band.items()):
            first, last = self._column_places(column)
            count = totals[band, column]
            area, head = bands[band].rect, bands[band].header
            header = head.height if head is not None else 0.0
            # sqrt keeps sparse columns visible beside a very dense one
            bar = max(4.0, (area.height - header - 4.0) * math.sqrt(count / tallest))
            rect = self._column_rect(column, area.bottom - 2.0 - bar, bar)
            clusters.append(Cluster(rect, count, first, last, tuple(mix), band,
                                    self._members(band, column)))
        return clusters

    def _overflow_clusters(self, overflow: dict[int, list[int]],
                           bands: list[Band]) -> list[Cluster]:
        """One cluster per column of each band's overflowing marks.

        Each band's marks are sorted by where they are drawn, so the columns
        (``density.column_of``: by ``max(start, view's first place)``, and the
        view starts in column 0) are cut by one bisect per column edge instead
        of one per mark.
        """
        m, marks, edges = self.m, self.marks, self.edges
        order = {c: i for i, c in enumerate(self.band_info.categories)}
        clusters = []
        for band, positions in sorted(overflow.items()):
            positions.sort(key=marks.start.__getitem__)
            starts = [marks.start[p] for p in positions]
            cuts = [0, *(bisect_left(starts, edge) for edge in edges[1:-1]), len(positions)]
            top = bands[band].rect.bottom - m.overflow_height + 2.0
            for column, (start, stop) in enumerate(pairwise(cuts)):
                if stop == start:
                    continue
                members = positions[start:stop]
                first, last = self._column_places(column)
                if self.grouped:  # a band is one category
                    mix = [(self.band_info.categories[band], stop - start)]
                else:
                    codes = Counter(map(marks.category.__getitem__, members))
                    mix = sorted(((self.table.category_ids[code], n)
                                  for code, n in codes.items()),
                                 key=lambda kv: order.get(kv[0], len(order)))
                clusters.append(Cluster(
                    self._column_rect(column, top, m.overflow_height - 4.0), stop - start,
                    first, last, tuple(mix), band, self._ids_of(members)))
        return clusters

    def _ids_of(self, positions: list[int]) -> Callable[[], tuple[str, ...]]:
        """Lists the ids of the events of the marks at ``positions`` on demand, once each."""
        events, event_of = self.table.events, self._event_of
        return lambda: tuple(dict.fromkeys(events[event_of(p)].id for p in positions))

    def _column_rect(self, column: int, top: float, height: float) -> Rect:
        left, right = (self.scale.x_for(place) for place in self._column_places(column))
        return Rect(left + 1, top, max(right - left - 2, 1.0), height)

    def _members(self, band: int, column: int) -> Callable[[], tuple[str, ...]]:
        """Lists a dense cluster's event ids on demand, by the rule that counted them."""
        marks, edges, view_lo = self.marks, self.edges, self.lo
        band_of, hi = self.band_of, edges[column + 1]

        def members() -> tuple[str, ...]:
            positions = [p for p in self._visible_positions(hi)
                         if band_of[marks.category[p]] == band
                         and column_of(marks.start[p], view_lo, edges) == column]
            return self._ids_of(positions)()
        return members


def one_line(text: str) -> str:
    """A title as one label line: a line break reads as a space, never as nothing."""
    return " ".join(text.split()) if "\n" in text or "\r" in text else text


def loose_label(one: Range, side: int, title: str, era: Era) -> str:
    """The label of a mark known by one bound: "by Sep 2025 · title" or
    "from 2024 · title"."""
    if side == LOOSE_START and one.high is not None:
        return f"by {short_part(one.high, era)} · {title}"
    if one.low is not None:
        return f"from {short_part(one.low, era)} · {title}"
    return title


def _links(glyphs: Sequence[Glyph]) -> list[Link]:
    """A line between each two marks of one event on screen, in x order."""
    by_event: dict[str, list[Glyph]] = {}
    for glyph in glyphs:
        by_event.setdefault(glyph.event_id, []).append(glyph)
    links = []
    for event_id, marks in by_event.items():
        if len(marks) < 2:
            continue
        marks.sort(key=lambda g: g.rect.x)
        dashed = any(g.alternative for g in marks)
        for a, b in pairwise(marks):
            links.append(Link(event_id, a.rect.right, a.rect.y + a.rect.height / 2,
                              b.rect.x, b.rect.y + b.rect.height / 2, dashed))
    return links
