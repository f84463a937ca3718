"""Lane assignment, per quantised zoom level and per window-aligned chunk.

Every mark occupies ``[start, end)`` in seconds, widened to at least
``reserve_px`` pixels at the level's scale so that neighbours in a lane leave
room for a label. Lanes are assigned greedily by start with a heap
(O(n log n)).

Why chunks: assigning lanes to *all* shown events at every zoom level costs
time in proportion to the whole timeline, a stall at each wheel step on a large
one. Instead a level's time
axis is cut into chunks one view-span wide (``width`` pixels at the level's
seconds per pixel, in whole seconds), aligned to multiples of that span. A view whose left edge is
in chunk ``k`` is fully inside the *window* ``[k, k + 2)`` chunks, and lanes
are assigned to only the events overlapping that window: about twice what is
visible, and only when the view is not dense. Consequences:

- lanes never overlap: every event in the view is in the window's assignment;
- panning while the left edge stays in one chunk never moves an event to
  another lane (same window, same assignment); crossing a chunk edge may;
- the result is cached per window (level, chunk) and sizes by ``layout.shown.ShownSet``.
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Sequence
from dataclasses import dataclass
from operator import itemgetter

from timeline_app.query.event_table import LOOSE_START

ZOOM_LEVELS_PER_OCTAVE = 4
_extent = itemgetter(0, 1)  # of a (start, end, position) row
_position = itemgetter(2)
WINDOW_CHUNKS = 2
"""Chunks per lane window; a view spans at most one chunk, so two always hold it."""


@dataclass(frozen=True, slots=True)
class LaneWindow:
    """The places ``[first, last)`` whose marks share one lane assignment, at one zoom
    level."""

    level: int
    chunk: int
    first: int
    last: int

    @property
    def seconds_per_pixel(self) -> float:
        return level_seconds_per_pixel(self.level)


def zoom_level(seconds_per_pixel: float) -> int:
    """Quantised zoom; its seconds per pixel (``2 ** (level / 4)``) is never below the real
    one, so extents sized for the level always cover the glyphs actually drawn."""
    return math.ceil(math.log2(seconds_per_pixel) * ZOOM_LEVELS_PER_OCTAVE)


def level_seconds_per_pixel(level: int) -> float:
    return float(2.0 ** (level / ZOOM_LEVELS_PER_OCTAVE))


def lane_window(first: int, seconds_per_pixel: float, width: float) -> LaneWindow:
    """The window holding a view of ``width`` pixels whose first whole second is ``first``."""
    level = zoom_level(seconds_per_pixel)
    chunk_seconds = max(1, math.ceil(width * level_seconds_per_pixel(level)))  # >= the view
    chunk = first // chunk_seconds
    return LaneWindow(level, chunk, chunk * chunk_seconds,
                      (chunk + WINDOW_CHUNKS) * chunk_seconds)


def wide_span(window: LaneWindow) -> float:
    """Marks longer than this get no lane (the frame's context band holds them): the
    shortest view the window's level can show, so that every mark wider than the view
    is one of them whatever the zoom inside the level."""
    return (window.last - window.first) / WINDOW_CHUNKS / 2 ** (1 / ZOOM_LEVELS_PER_OCTAVE)


def assign_lanes(extents: Sequence[tuple[float, float]], limit: int | None = None) -> list[int]:
    """Greedy lanes for ``[start, end)`` extents sorted by start: each takes the
    lowest lane free at its start. O(n log n); no two extents in a lane overlap.

    With a ``limit``, an extent finding no free lane below it gets ``limit`` and
    occupies nothing: lanes below the limit come out exactly as without one
    (greedy never lets a higher lane affect a lower one), but the heaps stay
    small. Layout passes the number of lanes a band can show.
    """
    cap = math.inf if limit is None else limit
    busy: list[tuple[float, int]] = []
    free: list[int] = []
    lanes: list[int] = []
    for start, end in extents:
        while busy and busy[0][0] <= start:
            heapq.heappush(free, heapq.heappop(busy)[1])
        if free:
            lane = heapq.heappop(free)
        elif len(busy) < cap:
            lane = len(busy)
        else:
            lanes.append(int(cap))
            continue
        heapq.heappush(busy, (end, lane))
        lanes.append(lane)
    return lanes


def lanes_for(positions: Sequence[int], start: Sequence[int], end: Sequence[int],
              fine: bytes, category: Sequence[int], band_of: Sequence[int], bands: int,
              window: LaneWindow, reserve_px: float, marker_px: float,
              limit: int, loose: bytes = b"", fade_px: float = 0.0
              ) -> tuple[dict[int, int], list[int]]:
    """(lane per position, lane count per band) for the marks at ``positions``; a mark
    wider than a view has no lane.

    ``band_of`` maps a category code (``category[p]``) to a band. Lanes from
    ``limit`` up are not told apart (see ``assign_lanes``): all are ``limit``.
    A fine mark (``fine[p]``: a day or a second) narrower than its dot is a
    point covering ``marker_px`` either side of its middle; any other mark
    covers its span. A mark loose on one side (``loose[p]``: ``LOOSE_START`` or
    ``LOOSE_END`` of ``query.event_table``) also covers ``fade_px`` on that side,
    where its fade is drawn. A mark longer than ``wide_span`` gets no lane: the
    frame draws it in its context band. All others are
    widened to ``reserve_px``, then clipped to start
    no earlier than the window: what happened before it is never drawn, and
    clipping lets the spans carried into the window that end soonest take the
    lowest lanes, instead of every long span stacking up at the bottom. Extents
    are seconds from the window's start, so they stay exact in deep time.
    """
    spp = window.seconds_per_pixel
    reserve = reserve_px * spp
    half = marker_px * spp
    point_width = max(2 * half, reserve)
    origin = window.first
    fade = fade_px * spp
    wide = wide_span(window)
    rows: list[list[tuple[float, float, int]]] = [[] for _ in range(bands)]
    for p in positions:
        lo: float = start[p] - origin
        hi: float = end[p] - origin
        if hi - lo > wide:
            continue
        if loose and loose[p]:
            if hi - lo < 2 * half:
                lo, hi = lo + (hi - lo) / 2 - half, lo + (hi - lo) / 2 + half
            if loose[p] == LOOSE_START:
                lo -= fade
            else:
                hi += fade
            hi = max(hi, lo + reserve)
        elif fine[p] and hi - lo < 2 * half:
            lo = lo + (hi - lo) / 2 - half
            hi = lo + point_width
        elif hi < lo + reserve:
            hi = lo + reserve
        rows[band_of[category[p]]].append((lo if lo > 0 else 0, hi, p))
    lanes: dict[int, int] = {}
    counts = []
    for band_rows in rows:
        band_rows.sort()
        assigned = assign_lanes(list(map(_extent, band_rows)), limit)
        lanes.update(zip(map(_position, band_rows), assigned, strict=True))
        counts.append(max(assigned, default=-1) + 1)
    return lanes, counts
