"""Counts of visible marks per time column, per category, by bisection.

This is what makes a dense frame cost the same at a hundred or a million
events: each category keeps its marks' starts sorted and, separately, their
ends sorted. A mark ``[start, end)`` is *visible* in a view of the places
``[lo, hi)`` when ``start < hi`` and ``end > lo``; it belongs to the column
containing ``max(start, lo)``. So with column edges ``e0 <= lo < e1 < … < ek``
(``ek >= hi``):

- marks starting before the view but reaching into it go to column 0:
  ``#(start < lo) - #(end <= lo)``;
- column ``j`` also holds the marks with ``start`` in
  ``[max(e_j, lo), min(e_{j+1}, hi))``.

That is two bisects per column edge and category: O(categories · columns ·
log n) per frame, whatever the number of marks. ``column_of`` applies the
same rule to a single mark, so lazily listed cluster members match the counts.

Filtering reuses the sorted orders: ``restricted(mask)`` reads the mask in
each order with one prebuilt gather and compresses them.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from itertools import compress, pairwise

from timeline_app.model.calendar import OPEN_END, OPEN_START
from timeline_app.query.masks import gatherer


class DensityIndex:
    """Per-category sorted starts and ends of a set of marks (by position)."""

    def __init__(self, start: Sequence[int], end: Sequence[int], category: Sequence[int],
                 category_count: int) -> None:
        by_start: list[list[int]] = [[] for _ in range(category_count)]
        for position, code in enumerate(category):
            by_start[code].append(position)
        for positions in by_start:
            positions.sort(key=start.__getitem__)
        self._by_start = tuple(tuple(p) for p in by_start)
        self._by_end = tuple(tuple(sorted(p, key=end.__getitem__)) for p in by_start)
        self._starts = tuple([start[p] for p in ps] for ps in self._by_start)
        self._ends = tuple([end[p] for p in ps] for ps in self._by_end)
        self._gathers: tuple[Callable[[bytes], bytes], Callable[[bytes], bytes]] | None = None

    def restricted(self, mask: bytes) -> DensityIndex:
        """The same counts over only the positions ``p`` with ``mask[p]`` set.

        Restrict the full index: a restricted one cannot be restricted again.
        """
        if self._gathers is None:  # built on the first filter: most sessions never filter
            self._gathers = (gatherer([p for ps in self._by_start for p in ps]),
                             gatherer([p for ps in self._by_end for p in ps]))
        narrowed = DensityIndex.__new__(DensityIndex)
        narrowed._gathers = None
        keep_start = _split(self._gathers[0](mask), self._by_start)
        keep_end = _split(self._gathers[1](mask), self._by_end)
        # the orders are only needed to restrict again, and a filter narrows the full set
        narrowed._by_start = narrowed._by_end = ()
        narrowed._starts = tuple(_kept(s, k) for s, k in zip(self._starts, keep_start, strict=True))
        narrowed._ends = tuple(_kept(e, k) for e, k in zip(self._ends, keep_end, strict=True))
        return narrowed

    def finite_range(self) -> tuple[int, int] | None:
        """The places ``[lo, hi)`` the known ends cover (``ShownSet.known_range``)."""
        lows, highs = [], []
        for starts, ends in zip(self._starts, self._ends, strict=True):
            known_starts = starts[bisect_right(starts, OPEN_START):]
            known_ends = ends[:bisect_left(ends, OPEN_END)]
            if known_starts:
                lows.append(known_starts[0])
                highs.append(known_starts[-1] + 1)
            if known_ends:
                lows.append(known_ends[0] - 1)
                highs.append(known_ends[-1])
        return (min(lows), max(highs)) if lows else None

    def category_totals(self) -> list[int]:
        return [len(s) for s in self._starts]

    def visible_count(self, lo: int, hi: int) -> int:
        """Marks overlapping the places ``[lo, hi)``."""
        return sum(bisect_left(s, hi) - bisect_right(e, lo)
                   for s, e in zip(self._starts, self._ends, strict=True))

    def column_counts(self, lo: int, hi: int, edges: Sequence[int]) -> list[list[int]]:
        """Visible marks per category per column ``[edges[j], edges[j + 1])`` (module doc)."""
        bounds = [min(max(edge, lo), hi) for edge in edges]
        counts = []
        for starts, ends in zip(self._starts, self._ends, strict=True):
            cuts = [bisect_left(starts, b) for b in bounds]
            row = [b - a for a, b in pairwise(cuts)]
            if row:
                row[0] += bisect_left(starts, lo) - bisect_right(ends, lo)
            counts.append(row)
        return counts



def _split(keep: bytes, orders: Sequence[Sequence[int]]) -> list[bytes]:
    """``keep`` cut into one piece per order, as long as that order."""
    pieces, offset = [], 0
    for order in orders:
        pieces.append(keep[offset:offset + len(order)])
        offset += len(order)
    return pieces


def _kept(places: list[int], keep: bytes) -> list[int]:
    """``places`` where ``keep`` is set; shared, not copied, when all are kept (a
    category the filter leaves alone), as the lists are never changed."""
    return places if 0 not in keep else list(compress(places, keep))


def column_of(start: int, view_lo: int, edges: Sequence[int]) -> int:
    """The column (index into ``edges``) a mark starting at ``start`` is counted in."""
    return bisect_right(edges, max(start, view_lo)) - 1
