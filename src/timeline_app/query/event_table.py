"""One timeline's events and marks as column arrays, built once and shared by every filter.

Layout needs, per frame, each mark's start and end, whether it is fine enough
to be drawn as a point, its category and its event. Reading those from
``Event`` objects costs an attribute lookup per mark per frame, so they are
copied into plain columns: events by *event position* (chronological order),
marks by *mark position* (sorted by start), next to an interval index and
density counts over all marks. The table is also what ``EventFilter.select``
filters (``query.columns``): a filter change yields a byte mask over event
positions, which ``mark_mask`` turns into one over marks.

The index and density counts narrow themselves to a mark mask with
``itertools.compress`` over orders sorted once here, instead of a fresh sort.

Building is done once per loaded timeline, on the path to the first usable
frame, so it avoids per-event Python work: events from a ``Timeline`` are
already chronological (checked on the start column, not re-sorted); while
every event has one mark, the marks *are* the events and share their columns;
the id maps that only selection needs are built on first use.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cached_property
from itertools import islice

from timeline_app.model.dates import Range
from timeline_app.model.events import Category, Event, chronological
from timeline_app.query.columns import EventColumns, MarkColumns, category_order, code_column
from timeline_app.query.density import DensityIndex
from timeline_app.query.interval_index import IntervalIndex
from timeline_app.query.masks import gatherer


@dataclass(frozen=True)
class MarkTable(MarkColumns):
    """Marks sorted by start, with what layout reads of each: whether it may be drawn as
    a point (``fine``), its category code, its range, and whether it is one possible
    date among others (``hollow``, see ``model.events.Mark``)."""

    fine: bytes
    category: bytes | Sequence[int]
    ranges: list[Range]
    hollow: bytes


class EventTable(EventColumns):
    """Event and mark columns, an interval index and density counts over the marks."""

    def __init__(self, events: Sequence[Event], categories: Sequence[Category] = ()) -> None:
        super().__init__(events, categories)
        self._read_columns()
        if not all(map(operator.le, self.starts, islice(self.starts, 1, None))):
            self.events = tuple(chronological(self.events))
            self._read_columns()
        self.marks: MarkTable = self._mark_table()
        self.density = DensityIndex(self.marks.start, self.marks.end, self.marks.category,
                                    len(self.category_ids))
        self._mark_gather: Callable[[bytes], bytes] | None = None

    def _read_columns(self) -> None:
        """The event columns layout needs, in one pass: reading a freshly loaded event's
        attributes is mostly a cache miss, so every extra pass over the events costs
        as much again. Categories get provisional codes in order of first appearance,
        remapped to ``category_ids`` order afterwards."""
        seen: dict[str, int] = {}
        code_of = seen.setdefault
        rows = [(e.start, e.end, code_of(e.category, len(seen)), e.date.precision.is_fine,
                 e.several_marks) for e in self.events]
        starts, ends, provisional, fine, several = (zip(*rows, strict=True) if rows
                                                    else ((), (), (), (), ()))
        self.starts, self.ends = list(starts), list(ends)
        self.fine: bytes = bytes(fine)
        self._several_marks = any(several)
        self.category_ids = category_order(self.categories, set(seen))
        final = {c: i for i, c in enumerate(self.category_ids)}
        remap = [final[c] for c in seen]  # provisional code -> final code
        self.category = (bytes(provisional).translate(bytes(remap).ljust(256, b"\0"))
                         if len(remap) < 256
                         else code_column(map(remap.__getitem__, provisional), len(remap)))

    def _mark_table(self) -> MarkTable:
        """The marks, sorted by start: the events' own columns while each has one mark."""
        events = self.events
        if not self._several_marks:
            return MarkTable(None, self.starts, self.ends, self.fine, self.category,
                             [e.date.ranges[0] for e in events], bytes(len(events)))
        rows = sorted((mark.range.start, position, index, mark)
                      for position, event in enumerate(events)
                      for index, mark in enumerate(event.marks))
        category = self.category
        return MarkTable(
            [position for _, position, _, _ in rows],
            [mark.range.start for *_, mark in rows], [mark.range.end for *_, mark in rows],
            bytes(mark.range.precision.is_fine for *_, mark in rows),
            code_column((category[position] for _, position, _, _ in rows),
                        len(self.category_ids)),
            [mark.range for *_, mark in rows],
            bytes(mark.hollow for *_, mark in rows))

    def mark_mask(self, event_mask: bytes) -> bytes:
        """The marks of the events set in ``event_mask``."""
        owners = self.marks.event
        if owners is None:
            return event_mask
        if self._mark_gather is None:
            self._mark_gather = gatherer(owners)
        return self._mark_gather(event_mask)

    @cached_property
    def index(self) -> IntervalIndex:
        """Built on first use: the first frame of a whole timeline is dense and
        needs only the density counts."""
        return IntervalIndex(self.marks.start, self.marks.end)

    def category_counts(self) -> dict[str, int]:
        """Events per category id, counted on the code column."""
        return {c: self.category.count(code) for code, c in enumerate(self.category_ids)}

    @cached_property
    def _position_of_id(self) -> dict[str, int]:
        return {e.id: i for i, e in enumerate(self.events)}

    def position_of(self, event_id: str) -> int | None:
        return self._position_of_id.get(event_id)
