"""An overlap index over marks' spans ``[start, end)`` of whole seconds.

Design: spans are split into buckets by the bit length of their length
(1 second, 2–3 seconds, 4–7 seconds, … and the huge open-ended spans in the
last buckets). Inside a bucket, starts are sorted; a span that overlaps
``[lo, hi)`` must start in ``(lo - longest_in_bucket, hi)``, which two
binary searches find. Because lengths within a bucket differ by at most a factor
of two, the candidates scanned beyond the true answer stay proportional to it.
Building is a sort, O(n log n); a query is O(buckets · log n + candidates).
The columns are NumPy arrays, and lengths are taken as unsigned 64-bit
differences, exact for every span, the one from the beginning to the end of
time included.

Filtering does not rebuild: ``restricted(mask)`` reads the mask at each
bucket's positions (one gather) and keeps the rows it selects, with no sort.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

import numpy as np
import numpy.typing as npt

from timeline_app.model.calendar import OPEN_END, OPEN_START
from timeline_app.query.masks import as_array

_POWERS_OF_TWO = np.array([1 << bit for bit in range(64)], dtype=np.uint64)


@dataclass(frozen=True, slots=True)
class _Bucket:
    starts: npt.NDArray[np.int64]
    ends: npt.NDArray[np.int64]
    positions: npt.NDArray[np.intp]  # into the columns the index was built from
    longest: int


class IntervalIndex:
    """Answers "which positions overlap these places" without scanning them all.

    Position ``p`` spans ``[start[p], end[p])`` (the mark columns of an
    ``EventTable``). Results come back in ascending position, which for a
    table's marks is the order of their starts.
    """

    def __init__(self, start: Sequence[int] | npt.NDArray[np.int64],
                 end: Sequence[int] | npt.NDArray[np.int64]) -> None:
        starts = np.asarray(start, dtype=np.int64)
        ends = np.asarray(end, dtype=np.int64)
        lengths = ends.view(np.uint64) - starts.view(np.uint64)  # wraps to the exact length
        bit_lengths = np.searchsorted(_POWERS_OF_TWO, lengths, "right")
        order = np.lexsort((starts, bit_lengths))  # by bucket, then by start
        cuts = np.flatnonzero(np.diff(bit_lengths[order])) + 1
        buckets = []
        for a, b in pairwise([0, *cuts.tolist(), len(order)]):
            positions = order[a:b]
            if len(positions):
                longest = int(np.max(lengths[positions]))
                buckets.append(_Bucket(starts[positions], ends[positions], positions, longest))
        self._buckets: tuple[_Bucket, ...] = tuple(buckets)

    def __len__(self) -> int:
        return sum(len(b.positions) for b in self._buckets)

    def restricted(self, mask: bytes) -> IntervalIndex:
        """The same index holding only positions ``p`` with ``mask[p]`` set.

        Positions keep referring to the full columns.
        """
        selected = as_array(mask)
        narrowed = IntervalIndex.__new__(IntervalIndex)
        buckets = []
        for bucket in self._buckets:
            keep = selected[bucket.positions]
            if keep.all():
                buckets.append(bucket)
            elif keep.any():
                # the full bucket's longest span still bounds what is kept
                buckets.append(_Bucket(bucket.starts[keep], bucket.ends[keep],
                                       bucket.positions[keep], bucket.longest))
        narrowed._buckets = tuple(buckets)
        return narrowed

    def query_positions(self, lo: int, hi: int) -> list[int]:
        """Positions (ascending) of spans overlapping the places ``[lo, hi)``."""
        found = []
        for bucket in self._buckets:
            starts = bucket.starts
            begin = int(np.searchsorted(starts, _place(lo - bucket.longest + 1)))
            stop = int(np.searchsorted(starts, _place(hi)))
            if begin < stop:
                overlapping = bucket.ends[begin:stop] > _place(lo)
                found.append(bucket.positions[begin:stop][overlapping])
        if not found:
            return []
        return list(np.sort(np.concatenate(found)).tolist())


def _place(value: int) -> np.int64:
    """``value`` held within the 64-bit places, beyond which no span reaches."""
    return np.int64(min(max(value, OPEN_START), OPEN_END))
