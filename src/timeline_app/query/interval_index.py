"""An overlap index over events' inclusive ``[first_day, last_day]`` spans.

Design: events are split into buckets by the bit length of their span length
(1 day, 2–3 days, 4–7 days, … and the huge open-ended spans in the last
buckets). Inside a bucket, starts are sorted; a span that overlaps
``[lo, hi]`` must start in ``[lo - longest_in_bucket, hi]``, which two
bisects find. Because lengths within a bucket differ by at most a factor of
two, the candidates scanned beyond the true answer stay proportional to it.
Building is a sort, O(n log n); a query is O(buckets · log n + candidates).

Filtering does not rebuild: ``restricted(mask)`` reads the mask in the
buckets' order with one prebuilt gather and drops the unselected rows with
``itertools.compress`` (C loops), with no sort.
"""

from __future__ import annotations

import operator
from bisect import bisect_left, bisect_right
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
    """Answers "which positions overlap this day range" without scanning them all.

    Position ``p`` spans ``first[p]`` to ``last[p]``, both inclusive (the
    columns of an ``EventTable``). Results come back in ascending position,
    which for a table is chronological order.
    """

    def __init__(self, first: Sequence[int], last: Sequence[int]) -> None:
        grouped: dict[int, list[int]] = {}
        lengths = map(int.bit_length, map(operator.sub, last, first))
        for position, length in enumerate(lengths):
            grouped.setdefault(length, []).append(position)
        buckets = []
        for _, positions in sorted(grouped.items()):
            positions.sort(key=first.__getitem__)  # linear when already chronological
            starts = tuple(map(first.__getitem__, positions))
            ends = tuple(map(last.__getitem__, positions))
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

    def query_positions(self, first_day: float, last_day: float) -> list[int]:
        """Positions (ascending) of spans overlapping the inclusive range."""
        found: list[int] = []
        for bucket in self._buckets:
            starts, ends, positions = bucket.starts, bucket.ends, bucket.positions
            begin = bisect_left(starts, first_day - bucket.longest)
            stop = bisect_right(starts, last_day)
            found.extend(positions[i] for i in range(begin, stop) if ends[i] >= first_day)
        found.sort()
        return found
