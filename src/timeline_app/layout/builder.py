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

from collections.abc import Mapping, Sequence
from dataclasses import replace
from itertools import pairwise

from timeline_app.layout.clusters import ClusterLayout
from timeline_app.layout.colouring import NEUTRAL, Colouring
from timeline_app.layout.context_band import ContextLayout
from timeline_app.layout.frame import (
    Band,
    Cluster,
    Frame,
    Glyph,
    LayoutMetrics,
    Link,
    PeriodBand,
    Rect,
    range_look,
)
from timeline_app.layout.labels import loose_label, shown_title
from timeline_app.layout.lanes import LaneWindow, lane_window, wide_span
from timeline_app.layout.scale import TimeScale
from timeline_app.layout.shown import ShownSet
from timeline_app.layout.ticks import ticks_for
from timeline_app.model.date_words import Era
from timeline_app.model.languages import period_title
from timeline_app.wording import current

DENSE_EVENTS = 3000
"""More visible marks than this and the frame shows density clusters only."""

MARK_BUDGET = 300
"""Most event marks a sparse frame draws; a frame's cost follows its marks (each
with a label), not its visible events. Past it, bands show fewer lanes and the
rest go to the overflow clusters, which are per column and so bounded."""

MAX_BAND_LANES = 8
"""Lanes shown per category band when grouped; later lanes overflow into clusters."""

DENSE_BAND_LANES = 2
"""Height, in lanes, of each category band's density chart in a dense grouped frame."""

LABEL_RESERVE_CHARS = 10


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


class _FrameBuilder(ClusterLayout, ContextLayout):
    """Lays one frame out: its bands, lanes and glyphs here, its clusters and context band
    in the mixins, over the ``FrameState`` they share."""

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
            bands.append(PeriodBand(period_title(period, current().language, self.shown.language),
                                    period.color,
                                    Rect(left, row_top, right - left, self.height - row_top),
                                    Rect(left, row_top, right - left, m.period_row_height),
                                    index % 2 == 1))
        return tuple(bands)

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
            title = shown_title(event, self.shown.language)
            if loose[position]:
                title = loose_label(one, loose[position], title, self.era)
            label = self._label_rect(title, rect, limit, top, free_from if last else None)
            glyphs.append(Glyph(event.id, title, event.category, kinds[i], rect, label,
                                lane, band, *look, hollow[position] == 1))
            free_from = max(rect.right, label.right if label is not None else rect.right)
        return glyphs


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
