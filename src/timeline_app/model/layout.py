"""Lay out first, then paint: shown events + a TimeScale -> a Frame of plain rects.

Everything here is in pixels of the frame (0, 0 at its top left) and Qt-free.

Vertical structure: an axis strip on top, then one band (ungrouped) or one band
per category (grouped, in category order, each with a header). A band holds
lanes; each lane row has a glyph on top and the label under it.

Lanes: every event occupies ``[start, end)`` in days, widened to at least
``LABEL_RESERVE_CHARS`` characters at the current zoom so that neighbours in a
lane leave room for a label. Lanes are assigned greedily by start with a heap
(O(n log n)) on the *whole* shown set, once per quantised zoom level, and
cached: panning never moves an event to another lane.

Labels (the rule): a label sits under its glyph, from the glyph's left edge
(or the view's left edge when the glyph starts off-screen) up to the next glyph
in the same lane, less a gap, or the view's right edge. It is elided to fit;
when fewer than ``MIN_LABEL_CHARS`` characters would fit it is left out. Lane
rows and the next-glyph bound make label collisions impossible.

Level of detail: when more than ``DENSE_EVENTS`` events are visible, the frame
shows density clusters only (one per ``CLUSTER_PX`` column per band); otherwise
events in lanes beyond a band's capacity go to an overflow row of clusters.
Each visible event is in exactly one glyph or one cluster. Per-frame cost is
an interval-index query plus work proportional to the visible events.
"""

from __future__ import annotations

import heapq
import math
from collections import OrderedDict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from types import MappingProxyType

from timeline_app.model.dates import Precision
from timeline_app.model.events import Category, Event, chronological_key
from timeline_app.model.interval_index import IntervalIndex
from timeline_app.model.scale import TickSet, TimeScale, ticks_for

DENSE_EVENTS = 3000
"""More visible events than this and the frame shows density clusters only."""

CLUSTER_PX = 40.0
"""Width of a cluster column; columns are aligned to absolute time, so stable when panning."""

MAX_BAND_LANES = 8
"""Lanes shown per category band when grouped; later lanes overflow into clusters."""

DENSE_BAND_LANES = 2
"""Height, in lanes, of each category band's density chart in a dense grouped frame."""

LABEL_RESERVE_CHARS = 10
MIN_LABEL_CHARS = 3
LABEL_GAP_PX = 6.0
ZOOM_LEVELS_PER_OCTAVE = 4
_LANE_CACHE_SIZE = 8
_OFFSCREEN_PX = 12.0  # how far open or clipped bars reach past the frame edges


@dataclass(frozen=True, slots=True)
class Rect:
    x: float
    y: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.x + self.width

    @property
    def bottom(self) -> float:
        return self.y + self.height

    def overlaps(self, other: Rect) -> bool:
        """True when the interiors intersect; rects that only touch do not overlap."""
        return (self.x < other.right and other.x < self.right
                and self.y < other.bottom and other.y < self.bottom)

    def contains(self, x: float, y: float) -> bool:
        return self.x <= x < self.right and self.y <= y < self.bottom


@dataclass(frozen=True, slots=True)
class LayoutMetrics:
    """Font-derived sizes, as plain numbers (the renderer measures its font)."""

    char_width: float = 7.0
    line_height: float = 15.0

    @property
    def glyph_height(self) -> float:
        return 10.0

    @property
    def marker_radius(self) -> float:
        return 5.0

    @property
    def lane_height(self) -> float:
        return self.glyph_height + self.line_height + 6.0

    @property
    def axis_height(self) -> float:
        return 2 * self.line_height + 12.0

    @property
    def header_height(self) -> float:
        return self.line_height + 6.0

    @property
    def overflow_height(self) -> float:
        return self.line_height + 6.0


class GlyphKind(Enum):
    POINT = "point"  # a day-precision date
    BAR = "bar"  # a month, year or interval: drawn across its whole span


@dataclass(frozen=True, slots=True)
class Glyph:
    event_id: str
    title: str
    category: str
    kind: GlyphKind
    rect: Rect
    label: Rect | None
    lane: int
    band: int
    approximate: bool
    uncertain: bool
    open_start: bool
    open_end: bool


@dataclass(frozen=True, slots=True)
class Cluster:
    """Events aggregated in one column of one band.

    ``first_day``/``last_day`` are the column's visible days (what a click zooms
    into); ``category_mix`` is ``(category id, count)`` in band order.
    """

    rect: Rect
    count: int
    event_ids: tuple[str, ...]
    first_day: float
    last_day: float
    category_mix: tuple[tuple[str, int], ...]
    band: int


@dataclass(frozen=True, slots=True)
class Band:
    category: str | None  # None when not grouped
    label: str
    rect: Rect
    header: Rect | None


@dataclass(frozen=True, slots=True)
class Frame:
    width: float
    height: float
    scale: TimeScale
    ticks: TickSet
    axis: Rect
    bands: tuple[Band, ...]
    glyphs: tuple[Glyph, ...]
    clusters: tuple[Cluster, ...]
    visible_count: int
    dense: bool
    content_height: float  # all bands; more than the view's height means it can scroll
    scroll_y: float
    category_colors: Mapping[str, str]  # category id -> '#RRGGBB' from the data

    def item_at(self, x: float, y: float) -> Glyph | Cluster | None:
        """The glyph (or its label) or cluster under a point, topmost first."""
        for glyph in reversed(self.glyphs):
            hit = Rect(glyph.rect.x - 3, glyph.rect.y - 3, glyph.rect.width + 6,
                       glyph.rect.height + 6)
            if hit.contains(x, y) or (glyph.label is not None and glyph.label.contains(x, y)):
                return glyph
        for cluster in self.clusters:
            if cluster.rect.contains(x, y):
                return cluster
        return None

    def glyph_for(self, event_id: str) -> Glyph | None:
        return next((g for g in self.glyphs if g.event_id == event_id), None)


def assign_lanes(extents: Sequence[tuple[float, float]]) -> list[int]:
    """Greedy lanes for ``[start, end)`` extents sorted by start: each takes the
    lowest lane free at its start. O(n log n); no two extents in a lane overlap."""
    busy: list[tuple[float, int]] = []
    free: list[int] = []
    lanes: list[int] = []
    for start, end in extents:
        while busy and busy[0][0] <= start:
            heapq.heappush(free, heapq.heappop(busy)[1])
        lane = heapq.heappop(free) if free else len(busy)
        heapq.heappush(busy, (end, lane))
        lanes.append(lane)
    return lanes


def zoom_level(days_per_pixel: float) -> int:
    """Quantised zoom; its days-per-pixel (``2 ** (level / 4)``) is never below the real one,
    so extents sized for the level always cover the glyphs actually drawn."""
    return math.ceil(math.log2(days_per_pixel) * ZOOM_LEVELS_PER_OCTAVE)


class TimelineLayout:
    """Lays out one shown-event set; holds its interval index and lane cache.

    Build a new one when the shown events change; keep it while zooming and
    panning so the lane cache pays off.
    """

    def __init__(self, events: Sequence[Event], categories: Sequence[Category] = ()) -> None:
        self.events: tuple[Event, ...] = tuple(sorted(events, key=chronological_key))
        self.index = IntervalIndex(self.events)
        labels = {c.id: c.label for c in categories}
        self.category_colors = MappingProxyType({c.id: c.color for c in categories})
        present = {e.category for e in self.events}
        order = [c.id for c in categories if c.id in present]
        order += sorted(present - set(order))
        self.band_categories: tuple[str, ...] = tuple(order)
        self._band_labels = tuple(labels.get(c, c) for c in order)
        self._band_of_category = {c: i for i, c in enumerate(order)}
        self._lanes: OrderedDict[tuple[int, bool, LayoutMetrics], tuple[list[int], list[int]]] = (
            OrderedDict())

    def lanes(self, days_per_pixel: float, grouped: bool,
              metrics: LayoutMetrics) -> tuple[list[int], list[int]]:
        """(lane per event position, lane count per band) at this zoom; cached per level."""
        key = (zoom_level(days_per_pixel), grouped, metrics)
        cached = self._lanes.get(key)
        if cached is not None:
            self._lanes.move_to_end(key)
            return cached
        level_dpp = 2.0 ** (key[0] / ZOOM_LEVELS_PER_OCTAVE)
        result = self._assign(level_dpp, grouped, metrics)
        self._lanes[key] = result
        if len(self._lanes) > _LANE_CACHE_SIZE:
            self._lanes.popitem(last=False)
        return result

    def _assign(self, dpp: float, grouped: bool,
                metrics: LayoutMetrics) -> tuple[list[int], list[int]]:
        reserve = LABEL_RESERVE_CHARS * metrics.char_width * dpp
        half_marker = (metrics.marker_radius + 1) * dpp
        bands = len(self.band_categories) if grouped else 1
        members: list[list[int]] = [[] for _ in range(bands)]
        extents: list[list[tuple[float, float]]] = [[] for _ in range(bands)]
        for position, event in enumerate(self.events):
            if event.precision is Precision.DAY:
                start = event.first_day + 0.5 - half_marker
                end = event.first_day + 0.5 + half_marker
            else:
                start, end = float(event.first_day), float(event.last_day + 1)
            band = self._band_of_category[event.category] if grouped else 0
            members[band].append(position)
            extents[band].append((start, max(end, start + reserve)))
        lanes = [0] * len(self.events)
        counts = []
        for band_members, band_extents in zip(members, extents, strict=True):
            order = sorted(range(len(band_extents)), key=band_extents.__getitem__)
            assigned = assign_lanes([band_extents[i] for i in order])
            for i, lane in zip(order, assigned, strict=True):
                lanes[band_members[i]] = lane
            counts.append(max(assigned, default=-1) + 1)
        return lanes, counts

    def frame(self, scale: TimeScale, height: float, metrics: LayoutMetrics | None = None, *,
              group_by_category: bool = False, scroll_y: float = 0.0) -> Frame:
        """Lay out what ``scale`` shows in a frame ``scale.width`` × ``height`` pixels."""
        return _FrameBuilder(self, scale, height, metrics or LayoutMetrics(),
                             group_by_category, scroll_y).build()

    def band_of(self, event: Event, grouped: bool) -> int:
        return self._band_of_category[event.category] if grouped else 0

    def band_label(self, band: int) -> str:
        return self._band_labels[band]


class _FrameBuilder:
    """One frame's worth of layout state; split out to keep ``frame`` readable."""

    def __init__(self, layout: TimelineLayout, scale: TimeScale, height: float,
                 metrics: LayoutMetrics, grouped: bool, scroll_y: float) -> None:
        self.layout, self.scale, self.height, self.m = layout, scale, height, metrics
        self.grouped = grouped and bool(layout.band_categories)
        self.scroll_y = scroll_y

    def build(self) -> Frame:
        layout, scale, m = self.layout, self.scale, self.m
        positions = layout.index.query_positions(math.floor(scale.first_day),
                                                 math.ceil(scale.last_day) - 1)
        dense = len(positions) > DENSE_EVENTS
        band_count = len(layout.band_categories) if self.grouped else 1
        if dense:
            lanes, lane_counts = [], [0] * band_count
        else:
            lanes, lane_counts = layout.lanes(scale.days_per_pixel, self.grouped, m)
        bands, lane_tops, capacities = self._bands(band_count, lane_counts, dense)
        glyph_slots: dict[tuple[int, int], list[Event]] = {}
        binned: dict[tuple[int, int], list[Event]] = {}
        for position in positions:
            event = layout.events[position]
            band = layout.band_of(event, self.grouped)
            lane = -1 if dense else lanes[position]
            if 0 <= lane < capacities[band]:
                glyph_slots.setdefault((band, lane), []).append(event)
            else:
                binned.setdefault((band, self._column(event)), []).append(event)
        glyphs = [g for (band, lane), events in sorted(glyph_slots.items())
                  for g in self._lane_glyphs(events, band, lane, lane_tops[band])]
        clusters = self._clusters(binned, bands, dense)
        content_height = sum(b.rect.height for b in bands)
        return Frame(scale.width, self.height, scale, ticks_for(scale, m.char_width),
                     Rect(0.0, 0.0, scale.width, m.axis_height), tuple(bands), tuple(glyphs),
                     tuple(clusters), len(positions), dense, content_height, self.scroll_y,
                     layout.category_colors)

    def _bands(self, band_count: int, lane_counts: list[int],
               dense: bool) -> tuple[list[Band], list[float], list[int]]:
        """Band rects (scrolled), the top of each band's lanes, and its lane capacity."""
        m = self.m
        available = max(self.height - m.axis_height, m.lane_height)
        header = m.header_height if self.grouped else 0.0
        if dense:
            body = DENSE_BAND_LANES * m.lane_height if self.grouped else available
            heights = [header + body] * band_count
            capacities = [0] * band_count
        else:
            cap = (MAX_BAND_LANES if self.grouped
                   else max(1, int((available - m.overflow_height) // m.lane_height)))
            capacities = [min(count, cap) for count in lane_counts]
            heights = [header + shown * m.lane_height
                       + (m.overflow_height if count > cap else 0.0)
                       for shown, count in zip(capacities, lane_counts, strict=True)]
        self.scroll_y = min(max(self.scroll_y, 0.0), max(0.0, sum(heights) - available))
        y = m.axis_height - self.scroll_y
        bands, lane_tops = [], []
        for band, band_height in enumerate(heights):
            category = self.layout.band_categories[band] if self.grouped else None
            label = self.layout.band_label(band) if self.grouped else ""
            rect = Rect(0.0, y, self.scale.width, band_height)
            head = Rect(0.0, y, self.scale.width, header) if self.grouped else None
            bands.append(Band(category, label, rect, head))
            lane_tops.append(y + header)
            y += band_height
        return bands, lane_tops, capacities

    def _column(self, event: Event) -> int:
        start = max(float(event.first_day), self.scale.first_day)
        return math.floor(start / self.scale.days_per_pixel / CLUSTER_PX)

    def _lane_glyphs(self, events: list[Event], band: int, lane: int,
                     lanes_top: float) -> list[Glyph]:
        m, scale = self.m, self.scale
        top = lanes_top + lane * m.lane_height
        rects = [self._glyph_rect(e, top) for e in events]
        glyphs = []
        for i, (event, rect) in enumerate(zip(events, rects, strict=True)):
            limit = rects[i + 1].x if i + 1 < len(rects) else scale.width
            glyphs.append(Glyph(
                event.id, event.title, event.category,
                GlyphKind.POINT if event.precision is Precision.DAY else GlyphKind.BAR,
                rect, self._label_rect(event.title, rect, limit, top), lane, band,
                event.date.approximate, event.date.uncertain,
                event.date.open_start, event.date.open_end))
        return glyphs

    def _glyph_rect(self, event: Event, top: float) -> Rect:
        m, scale = self.m, self.scale
        y = top + 2.0
        if event.precision is Precision.DAY:
            x = scale.x_for_day(event.first_day + 0.5)
            r = m.marker_radius
            return Rect(x - r, y, 2 * r, m.glyph_height)
        left = max(scale.x_for_day(event.first_day), -_OFFSCREEN_PX)
        right = min(scale.x_for_day(event.last_day + 1), scale.width + _OFFSCREEN_PX)
        return Rect(left, y, max(right - left, 2.0), m.glyph_height)

    def _label_rect(self, title: str, glyph: Rect, limit: float, top: float) -> Rect | None:
        m = self.m
        x = max(glyph.x, 2.0)
        room = min(limit - LABEL_GAP_PX, self.scale.width) - x
        if room < (MIN_LABEL_CHARS + 1) * m.char_width:
            return None
        width = min(room, len(title) * m.char_width + m.char_width)
        return Rect(x, top + 2.0 + m.glyph_height + 2.0, width, m.line_height)

    def _clusters(self, binned: dict[tuple[int, int], list[Event]], bands: list[Band],
                  dense: bool) -> list[Cluster]:
        if not binned:
            return []
        m, scale = self.m, self.scale
        dpp = scale.days_per_pixel
        tallest = max(len(v) for v in binned.values())
        order = {c: i for i, c in enumerate(self.layout.band_categories)}
        clusters = []
        for (band, column), events in sorted(binned.items()):
            first = max(column * CLUSTER_PX * dpp, scale.first_day)
            last = min((column + 1) * CLUSTER_PX * dpp, scale.last_day)
            left, right = scale.x_for_day(first), scale.x_for_day(last)
            area = bands[band].rect
            if dense:
                header = bands[band].header.height if bands[band].header else 0.0
                full = area.height - header - 4.0
                # sqrt keeps sparse columns visible beside a very dense one
                bar = max(4.0, full * math.sqrt(len(events) / tallest))
                rect = Rect(left + 1, area.bottom - 2.0 - bar, max(right - left - 2, 1.0), bar)
            else:
                rect = Rect(left + 1, area.bottom - m.overflow_height + 2.0,
                            max(right - left - 2, 1.0), m.overflow_height - 4.0)
            mix: dict[str, int] = {}
            for event in events:
                mix[event.category] = mix.get(event.category, 0) + 1
            clusters.append(Cluster(
                rect, len(events), tuple(e.id for e in events), first, last,
                tuple(sorted(mix.items(), key=lambda kv: order.get(kv[0], len(order)))), band))
        return clusters
