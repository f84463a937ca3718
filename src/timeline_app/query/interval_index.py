"""An overlap index over marks' spans ``[start, end)`` of whole seconds.

Design: spans are split into buckets by the bit length of their length
(1 second, 2–3 seconds, 4–7 seconds, … and the huge open-ended spans in the
last buckets). Inside a bucket, starts are sorted; a span that overlaps
``[lo, hi)`` must start in ``(lo - longest_in_bucket, hi)``, which two
bisects find. Because lengths within a bucket differ by at most a factor of
two, the candidates scanned beyond the true answer stay proportional to it.
Building is a sort, O(n log n); a query is O(buckets · log n + candidates).

Filtering does not rebuild: ``restricted(mask)`` reads the mask in the
buckets' order with one prebuilt gather and drops the unselected rows with
``itertools.compress`` (C loops), with no sort.
"""

from __future__ import annotations

import operator
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import compress

from timeline_app.query.masks import gatherer


@dataclass(frozen=True, slots=True)
class _Bucket:
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    positions: tuple[int, ...]  # into the columns the index was built from
    longest: int


class IntervalIndex:
    """Answers "which positions overlap these places" without scanning them all.

    Position ``p`` spans ``[start[p], end[p])`` (the mark columns of an
    ``EventTable``). Results come back in ascending position, which for a
    table's marks is the order of their starts.
    """

    def __init__(self, start: Sequence[int], end: Sequence[int]) -> None:
        grouped: dict[int, list[int]] = {}
        lengths = map(int.bit_length, map(operator.sub, end, start))
        for position, length in enumerate(lengths):
            grouped.setdefault(length, []).append(position)
        buckets = []
        for _, positions in sorted(grouped.items()):
            positions.sort(key=start.__getitem__)  # linear when already chronological
            starts = tuple(map(start.__getitem__, positions))
            ends = tuple(map(end.__getitem__, positions))
            longest = max(map(operator.sub, ends, starts))
            buckets.append(_Bucket(starts, ends, tuple(positions), longest))
        self._buckets: tuple[_Bucket, ...] = tuple(buckets)
        self._gather: Callable[[bytes], bytes] | None = None

    def __len__(self) -> int:
        return sum(len(b.positions) for b in self._buckets)

    def restricted(self, mask: bytes) -> IntervalIndex:
        """The same index holding only positions ``p`` with ``mask[p]`` set.

        Positions keep referring to the full columns.
        """
        if self._gather is None:  # built on the first filter: most sessions never filter
            self._gather = gatherer([p for b in self._buckets for p in b.positions])
        keep_all = self._gather(mask)
        narrowed = IntervalIndex.__new__(IntervalIndex)
        narrowed._gather = None
        buckets = []
        offset = 0
        for bucket in self._buckets:
            keep = keep_all[offset:offset + len(bucket.positions)]
            offset += len(bucket.positions)
            if any(keep):
                # the full bucket's longest span still bounds what is kept
                buckets.append(_Bucket(tuple(compress(bucket.starts, keep)),
                                       tuple(compress(bucket.ends, keep)),
                                       tuple(compress(bucket.positions, keep)), bucket.longest))
        narrowed._buckets = tuple(buckets)
        return narrowed

    def query_positions(self, lo: int, hi: int) -> list[int]:
        """Positions (ascending) of spans overlapping the places ``[lo, hi)``."""
        found: list[int] = []
        for bucket in self._buckets:
            starts, ends, positions = bucket.starts, bucket.ends, bucket.positions
            begin = bisect_left(starts, lo - bucket.longest + 1)
            stop = bisect_left(starts, hi)
            found.extend(positions[i] for i in range(begin, stop) if ends[i] > lo)
        found.sort()
        return found
