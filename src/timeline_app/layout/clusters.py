"""Clusters: the density chart of a dense frame, and the overflow row of a band whose
lanes are full; each counts its marks without touching their events."""

from __future__ import annotations

import math
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable
from itertools import pairwise

from timeline_app.layout.frame import Band, Cluster
from timeline_app.layout.frame_state import FrameState
from timeline_app.query.density import column_of


class ClusterLayout(FrameState):
    """The cluster parts of a frame's layout (``layout.builder``)."""

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
