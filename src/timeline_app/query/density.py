"""Counts of visible events per time column, per category, by bisection.

This is what makes a dense frame cost the same at 100 or 100,000 events:
each category keeps its events' first days sorted and, separately, its last
days sorted. For a view ``[first, last)`` (days) an event is *visible* when
``first_day <= ceil(last) - 1`` and ``last_day >= floor(first)``; it belongs
to the column containing ``max(first_day, first)``. So with column edges
``e0 <= first < e1 < … < ek`` (``ek >= last``):

- events starting before the view but reaching into it go to column 0:
  ``#(first_day < first) - #(last_day < floor(first))``;
- column ``j`` also holds the events with ``first_day`` in
  ``[max(e_j, first), min(e_{j+1}, ceil(last)))``.

That is two bisects per column edge and category: O(categories · columns ·
log n) per frame, whatever the number of events. ``column_of`` applies the same
rule to a single event, so lazily listed cluster members match the counts.

Filtering reuses the sorted orders: ``restricted(mask)`` reads the mask in
each order with one prebuilt gather and compresses them.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from itertools import compress, pairwise

from timeline_app.model.dates import OPEN_END, OPEN_START
from timeline_app.query.masks import gatherer


class DensityIndex:
    """Per-category sorted first and last days of a set of events (by position)."""

    def __init__(self, first: Sequence[int], last: Sequence[int], category: Sequence[int],
                 category_count: int) -> None:
        by_start: list[list[int]] = [[] for _ in range(category_count)]
        for position, code in enumerate(category):
            by_start[code].append(position)
        for positions in by_start:
            positions.sort(key=first.__getitem__)
        self._by_start = tuple(tuple(p) for p in by_start)
        self._by_end = tuple(tuple(sorted(p, key=last.__getitem__)) for p in by_start)
        self._first, self._last = first, last
        self._starts = tuple([first[p] for p in ps] for ps in self._by_start)
        self._ends = tuple([last[p] for p in ps] for ps in self._by_end)
        #: Per category, the positions of events with an open start (their last day
        #: places them in ``start_histogram``); they come first in ``_by_start``.
        self._open_starts = tuple(ps[:bisect_right(s, OPEN_START)]
                                  for ps, s in zip(self._by_start, self._starts, strict=True))
        self._gathers: tuple[Callable[[bytes], bytes], Callable[[bytes], bytes]] | None = None

    def restricted(self, mask: bytes) -> DensityIndex:
        """The same counts over only the positions ``p`` with ``mask[p]`` set.

        Restrict the full index: a restricted one cannot be restricted again.
        """
        if self._gathers is None:  # built on the first filter: most sessions never filter
            self._gathers = (gatherer([p for ps in self._by_start for p in ps]),
                             gatherer([p for ps in self._by_end for p in ps]))
        narrowed = DensityIndex.__new__(DensityIndex)
        narrowed._first, narrowed._last = self._first, self._last
        narrowed._gathers = None
        keep_start = _split(self._gathers[0](mask), self._by_start)
        keep_end = _split(self._gathers[1](mask), self._by_end)
        # the orders are only needed to restrict again, and a filter narrows the full set
        narrowed._by_start = narrowed._by_end = ()
        narrowed._open_starts = tuple(tuple(compress(p, k))
                                      for p, k in zip(self._open_starts, keep_start, strict=True))
        narrowed._starts = tuple(_kept(s, k) for s, k in zip(self._starts, keep_start, strict=True))
        narrowed._ends = tuple(_kept(e, k) for e, k in zip(self._ends, keep_end, strict=True))
        return narrowed

    def finite_range(self) -> tuple[int, int] | None:
        """The first and last known day of any event: open ends are ignored, as in
        ``layout.scale.finite_day_range``, but read off the sorted columns."""
        days = []
        for starts, ends in zip(self._starts, self._ends, strict=True):
            known_starts = starts[bisect_right(starts, OPEN_START):]
            known_ends = ends[:bisect_left(ends, OPEN_END)]
            days += [*known_starts[:1], *known_starts[-1:], *known_ends[:1], *known_ends[-1:]]
        return (min(days), max(days)) if days else None

    def category_totals(self) -> list[int]:
        return [len(s) for s in self._starts]

    def visible_count(self, first: float, last: float) -> int:
        lo, hi = math.floor(first), math.ceil(last)
        return sum(bisect_left(s, hi) - bisect_left(e, lo)
                   for s, e in zip(self._starts, self._ends, strict=True))

    def column_counts(self, first: float, last: float, edges: Sequence[float]) -> list[list[int]]:
        """Visible events per category per column ``[edges[j], edges[j + 1])`` (see module doc)."""
        lo, hi = math.floor(first), math.ceil(last)
        bounds = [min(max(edge, first), hi) for edge in edges]
        counts = []
        for starts, ends in zip(self._starts, self._ends, strict=True):
            cuts = [bisect_left(starts, b) for b in bounds]
            row = [b - a for a, b in pairwise(cuts)]
            if row:
                row[0] += bisect_left(starts, first) - bisect_left(ends, lo)
            counts.append(row)
        return counts

    def start_histogram(self, lo: float, hi: float, bins: int) -> list[int]:
        """Events per bin of ``[lo, hi)`` by their known start (an open start by its
        last day), clamped into the end bins: the overview strip's density."""
        width = (hi - lo) / bins
        inner = [lo + i * width for i in range(1, bins)]
        counts = [0] * bins
        for starts, positions in zip(self._starts, self._open_starts, strict=True):
            open_count = len(positions)
            anchors = sorted(self._last[p] for p in positions)
            for days, skip in ((starts, open_count), (anchors, 0)):
                previous = skip
                for i, edge in enumerate(inner):
                    cut = max(bisect_left(days, edge), skip)
                    counts[i] += cut - previous
                    previous = cut
                counts[-1] += len(days) - previous
        return counts


def _split(keep: bytes, orders: Sequence[Sequence[int]]) -> list[bytes]:
    """``keep`` cut into one piece per order, as long as that order."""
    pieces, offset = [], 0
    for order in orders:
        pieces.append(keep[offset:offset + len(order)])
        offset += len(order)
    return pieces


def _kept(days: list[int], keep: bytes) -> list[int]:
    """``days`` where ``keep`` is set; shared, not copied, when all are kept (a
    category the filter leaves alone), as the lists are never changed."""
    return days if 0 not in keep else list(compress(days, keep))


def column_of(first_day: int, view_first: float, edges: Sequence[float]) -> int:
    """The column (index into ``edges``) an event starting on ``first_day`` is counted in."""
    return bisect_right(edges, max(first_day, view_first)) - 1
