"""An overlap index over events' inclusive ``[first_day, last_day]`` spans.

Design: events are split into buckets by the bit length of their span length
(1 day, 2–3 days, 4–7 days, … and the huge open-ended spans in the last
buckets). Inside a bucket, starts are sorted; a span that overlaps
``[lo, hi]`` must start in ``[lo - longest_in_bucket, hi]``, which two
bisects find. Because lengths within a bucket differ by at most a factor of
two, the candidates scanned beyond the true answer stay proportional to it.
Building is a sort, O(n log n); a query is O(buckets · log n + candidates).

Filtering does not rebuild: ``restricted(mask)`` keeps each bucket's order
and drops the unselected rows with ``itertools.compress`` (C loops), so a
filter change costs a few milliseconds at 100k events.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import compress

from timeline_app.model.events import Event


@dataclass(frozen=True, slots=True)
class _Bucket:
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    positions: tuple[int, ...]  # index into IntervalIndex.events
    longest: int


class IntervalIndex:
    """Answers "which events overlap this day range" without scanning them all.

    Results come back in the order of the ``events`` given (a Timeline's order
    is chronological), so callers can rely on it.
    """

    def __init__(self, events: Sequence[Event]) -> None:
        self.events: tuple[Event, ...] = tuple(events)
        grouped: dict[int, list[tuple[int, int, int]]] = {}
        for position, event in enumerate(self.events):
            length = event.last_day - event.first_day
            grouped.setdefault(length.bit_length(), []).append(
                (event.first_day, event.last_day, position))
        self._buckets: tuple[_Bucket, ...] = tuple(
            _bucket(sorted(rows)) for _, rows in sorted(grouped.items()))

    def __len__(self) -> int:
        return sum(len(b.positions) for b in self._buckets)

    def restricted(self, mask: bytes | bytearray) -> IntervalIndex:
        """The same index holding only positions ``p`` with ``mask[p]`` set.

        Positions (and ``events``) keep referring to the full event tuple.
        """
        narrowed = IntervalIndex.__new__(IntervalIndex)
        narrowed.events = self.events
        buckets = []
        for bucket in self._buckets:
            keep = bytes(map(mask.__getitem__, bucket.positions))
            if any(keep):
                # the full bucket's longest span still bounds what is kept
                buckets.append(_Bucket(tuple(compress(bucket.starts, keep)),
                                       tuple(compress(bucket.ends, keep)),
                                       tuple(compress(bucket.positions, keep)), bucket.longest))
        narrowed._buckets = tuple(buckets)
        return narrowed

    def query_positions(self, first_day: float, last_day: float) -> list[int]:
        """Positions (into ``events``, ascending) of spans overlapping the inclusive range."""
        found: list[int] = []
        for bucket in self._buckets:
            starts, ends, positions = bucket.starts, bucket.ends, bucket.positions
            begin = bisect_left(starts, first_day - bucket.longest)
            stop = bisect_right(starts, last_day)
            found.extend(positions[i] for i in range(begin, stop) if ends[i] >= first_day)
        found.sort()
        return found

    def query(self, first_day: float, last_day: float) -> list[Event]:
        """The events whose span overlaps ``[first_day, last_day]`` (both inclusive)."""
        events = self.events
        return [events[p] for p in self.query_positions(first_day, last_day)]

    def count(self, first_day: float, last_day: float) -> int:
        return len(self.query_positions(first_day, last_day))


def _bucket(rows: list[tuple[int, int, int]]) -> _Bucket:
    starts, ends, positions = zip(*rows, strict=True)
    longest = max(end - start for start, end, _ in rows)
    return _Bucket(starts, ends, positions, longest)
