"""Counts of visible marks per time column, per category, by binary search.

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

That is two searches per column edge and category: O(categories · columns ·
log n) per frame, whatever the number of marks, done by ``numpy.searchsorted``
over all the edges at once. ``column_of`` applies the same rule to a single
mark, so lazily listed cluster members match the counts.

Filtering reuses the sorted orders: ``restricted(mask)`` reads the mask in each
order (one gather) and keeps the places it selects, with no sort.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from itertools import pairwise
from typing import Any

import numpy as np
import numpy.typing as npt

from timeline_app.model.calendar import OPEN_END, OPEN_START
from timeline_app.query.columns import code_array
from timeline_app.query.masks import as_array

Places = npt.NDArray[np.int64]


class DensityIndex:
    """Per-category sorted starts and ends of a set of marks (by position)."""

    def __init__(self, start: Sequence[int] | Places, end: Sequence[int] | Places,
                 category: Sequence[int] | bytes | npt.NDArray[np.integer[Any]],
                 category_count: int) -> None:
        starts = np.asarray(start, dtype=np.int64)
        ends = np.asarray(end, dtype=np.int64)
        codes = code_array(category)
        by_category = np.argsort(codes, kind="stable")
        cuts = np.searchsorted(codes[by_category], np.arange(category_count + 1))
        self._by_start: tuple[npt.NDArray[np.intp], ...] = tuple(
            positions[np.argsort(starts[positions], kind="stable")]
            for positions in (by_category[a:b] for a, b in pairwise(cuts)))
        self._by_end: tuple[npt.NDArray[np.intp], ...] = tuple(
            positions[np.argsort(ends[positions], kind="stable")] for positions in self._by_start)
        self._starts: tuple[Places, ...] = tuple(starts[p] for p in self._by_start)
        self._ends: tuple[Places, ...] = tuple(ends[p] for p in self._by_end)

    def restricted(self, mask: bytes) -> DensityIndex:
        """The same counts over only the positions ``p`` with ``mask[p]`` set.

        Restrict the full index: a restricted one cannot be restricted again.
        """
        selected = as_array(mask)
        narrowed = DensityIndex.__new__(DensityIndex)
        # the orders are only needed to restrict again, and a filter narrows the full set
        narrowed._by_start = narrowed._by_end = ()
        narrowed._starts = tuple(_kept(s, selected[p])
                                 for s, p in zip(self._starts, self._by_start, strict=True))
        narrowed._ends = tuple(_kept(e, selected[p])
                               for e, p in zip(self._ends, self._by_end, strict=True))
        return narrowed

    def finite_range(self) -> tuple[int, int] | None:
        """The places ``[lo, hi)`` the known ends cover (``ShownSet.known_range``)."""
        lows, highs = [], []
        for starts, ends in zip(self._starts, self._ends, strict=True):
            known_starts = starts[np.searchsorted(starts, OPEN_START, "right"):]
            known_ends = ends[:np.searchsorted(ends, OPEN_END)]
            if len(known_starts):
                lows.append(int(known_starts[0]))
                highs.append(int(known_starts[-1]) + 1)
            if len(known_ends):
                lows.append(int(known_ends[0]) - 1)
                highs.append(int(known_ends[-1]))
        return (min(lows), max(highs)) if lows else None

    def category_totals(self) -> list[int]:
        return [len(s) for s in self._starts]

    def visible_count(self, lo: int, hi: int) -> int:
        """Marks overlapping the places ``[lo, hi)``."""
        return self.visible_counts([lo], [hi])[0]

    def visible_counts(self, los: Sequence[int], his: Sequence[int]) -> list[int]:
        """``visible_count`` of each ``[los[i], his[i])``, searched all at once."""
        low, high = _places(los), _places(his)
        total = np.zeros(len(low), dtype=np.int64)
        for starts, ends in zip(self._starts, self._ends, strict=True):
            total += np.searchsorted(starts, high) - np.searchsorted(ends, low, "right")
        return list(total.tolist())

    def column_counts(self, lo: int, hi: int, edges: Sequence[int]) -> list[list[int]]:
        """Visible marks per category per column ``[edges[j], edges[j + 1])`` (module doc)."""
        bounds = _places([min(max(edge, lo), hi) for edge in edges])
        view = _places([lo])
        counts = []
        for starts, ends in zip(self._starts, self._ends, strict=True):
            row = np.diff(np.searchsorted(starts, bounds))
            if len(row):
                row[0] += np.searchsorted(starts, view)[0] - \
                    np.searchsorted(ends, view, "right")[0]
            counts.append(list(row.tolist()))
        return counts


def _places(values: Sequence[int]) -> Places:
    """Places as an array; any beyond the 64-bit range (a view's edge off the end of
    time) held at its ends, where no mark lies beyond."""
    return np.array([min(max(v, OPEN_START), OPEN_END) for v in values], dtype=np.int64)


def _kept(places: Places, keep: npt.NDArray[np.bool_]) -> Places:
    """``places`` where ``keep`` is set; shared, not copied, when all are kept (a
    category the filter leaves alone), as the arrays are never changed."""
    return places if keep.all() else places[keep]


def column_of(start: int, view_lo: int, edges: Sequence[int]) -> int:
    """The column (index into ``edges``) a mark starting at ``start`` is counted in."""
    return bisect_right(edges, max(start, view_lo)) - 1
