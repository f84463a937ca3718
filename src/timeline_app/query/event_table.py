"""One timeline's events as column arrays, built once and shared by every filter.

Layout needs, per frame, each event's first and last day, whether it is a
single day (a point) and its category. Reading those from ``Event`` objects
costs an attribute lookup per event per frame, so they are copied into plain
columns indexed by *position* (chronological order), next to an interval index
and density counts over all positions. The table is also what
``EventFilter.select`` filters (``query.columns``): a filter change yields a
byte mask over these positions, never a list of events to map back.

A filter is a *selection* of positions: that byte mask. The index and density
counts narrow themselves to it with ``itertools.compress`` over orders sorted
once here, instead of a fresh sort.

Building is done once per loaded timeline, on the path to the first usable
frame, so it avoids per-event Python work: events from a ``Timeline`` are
already chronological (checked on the first-day column, not re-sorted), and
the id maps that only selection needs are built on first use.
"""

from __future__ import annotations

import operator
from collections.abc import Sequence
from functools import cached_property
from itertools import islice

from timeline_app.model.dates import Precision
from timeline_app.model.events import Category, Event, chronological
from timeline_app.query.columns import EventColumns, category_order, code_column
from timeline_app.query.density import DensityIndex
from timeline_app.query.interval_index import IntervalIndex


class EventTable(EventColumns):
    """Column arrays, an interval index and density counts over chronological events."""

    def __init__(self, events: Sequence[Event], categories: Sequence[Category] = ()) -> None:
        super().__init__(events, categories)
        self._read_columns()
        if not all(map(operator.le, self.first, islice(self.first, 1, None))):
            self.events = tuple(chronological(self.events))
            self._read_columns()
        self.density = DensityIndex(self.first, self.last, self.category,
                                    len(self.category_ids))

    def _read_columns(self) -> None:
        """The columns layout needs, in one pass: reading a freshly loaded event's
        attributes is mostly a cache miss, so every extra pass over the events
        costs as much again. Categories get provisional codes in order of first
        appearance, remapped to ``category_ids`` order afterwards."""
        day = Precision.DAY
        seen: dict[str, int] = {}
        code_of = seen.setdefault
        rows = [(e.first_day, e.last_day, code_of(e.category, len(seen)),
                 e.date.precision is day) for e in self.events]
        first, last, provisional, point = zip(*rows, strict=True) if rows else ((), (), (), ())
        self.first, self.last = list(first), list(last)
        self.point: bytes = bytes(point)
        self.category_ids = category_order(self.categories, set(seen))
        final = {c: i for i, c in enumerate(self.category_ids)}
        remap = [final[c] for c in seen]  # provisional code -> final code
        self.category = (bytes(provisional).translate(bytes(remap).ljust(256, b"\0"))
                         if len(remap) < 256
                         else code_column(map(remap.__getitem__, provisional), len(remap)))

    @cached_property
    def index(self) -> IntervalIndex:
        """Built on first use: the first frame of a whole timeline is dense and
        needs only the density counts."""
        return IntervalIndex(self.first, self.last)

    def category_counts(self) -> dict[str, int]:
        """Events per category id, counted on the code column."""
        return {c: self.category.count(code) for code, c in enumerate(self.category_ids)}

    @cached_property
    def _position_of_id(self) -> dict[str, int]:
        return {e.id: i for i, e in enumerate(self.events)}

    def position_of(self, event_id: str) -> int | None:
        return self._position_of_id.get(event_id)

    def finite_range(self) -> tuple[int, int] | None:
        """The first and last finite day of any event (open ends ignored), from the
        sorted density columns rather than a walk over the events."""
        return self.density.finite_range()
