"""One timeline's events and marks as column arrays, built once and shared by every filter.

Layout needs, per frame, each mark's start and end, whether it is fine enough
to be drawn as a point, its category and its event. Reading those from
``Event`` objects costs an attribute lookup per mark per frame, so they are
copied into plain columns: events by *event position* (chronological order),
marks by *mark position* (sorted by start), next to an interval index and
density counts over all marks. The table is also what ``EventFilter.select``
filters (``query.columns``): a filter change yields a byte mask over event
positions, which ``mark_mask`` turns into one over marks.

The index and density counts narrow themselves to a mark mask with NumPy
gathers over orders sorted once here, instead of a fresh sort.

Building is done once per loaded timeline, on the path to the first usable
frame, so it avoids per-event Python work: events from a ``Timeline`` are
already chronological (checked on the place column, not re-sorted); while
every event has one mark, the marks *are* the events and share their columns;
the id maps that only selection needs are built on first use.
"""

from __future__ import annotations

import operator
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from itertools import compress, islice, repeat

from timeline_app.model.calendar import OPEN_END, OPEN_START
from timeline_app.model.dates import Range
from timeline_app.model.events import Category, Event, chronological
from timeline_app.query.columns import (
    EventColumns,
    MarkColumns,
    category_order,
    code_array,
    code_column,
)
from timeline_app.query.density import DensityIndex
from timeline_app.query.interval_index import IntervalIndex
from timeline_app.query.masks import Positions, gather, positions_of
from timeline_app.query.search_index import SearchIndex

_FEW_CANDIDATES = 16
"""Fewer than one candidate in this many: their texts are tested one by one."""

LOOSE_START = 1
"""A mark known only by its end ("no later than"): drawn at that end, fading toward the past."""
LOOSE_END = 2
"""A mark known only by its start ("since"): drawn at that start, fading toward the future."""


@dataclass(frozen=True)
class MarkTable(MarkColumns):
    """Marks sorted by start, with what layout reads of each: whether it may be drawn as
    a point (``fine``), its category code, its range, whether it is one possible date
    among others (``hollow``, see ``model.events.Mark``), and which side of it is
    loose (``loose``: ``LOOSE_START``, ``LOOSE_END`` or 0).

    ``start``/``end`` are where a mark is *drawn*: its span, except that a mark
    bounded on one side only is drawn at its known bound (the span of that part of
    the date), so that "no later than September 2025" is a mark at September 2025,
    not a bar from the beginning of time. What a date filter reads is the span
    itself (``EventTable.spans``).
    """

    fine: bytes
    category: bytes | Sequence[int]
    ranges: list[Range]
    hollow: bytes
    loose: bytes


class EventTable(EventColumns):
    """Event and mark columns, an interval index and density counts over the marks."""

    def __init__(self, events: Sequence[Event], categories: Sequence[Category] = ()) -> None:
        super().__init__(events, categories)
        self._read_columns()
        if not all(map(operator.le, self.places, islice(self.places, 1, None))):
            self.events = tuple(chronological(self.events))
            self._read_columns()
        self.spans, self.marks = self._mark_tables()
        #: Some mark is bounded on one side only (drawn at its bound, see ``MarkTable``).
        self.has_loose_marks = self.marks.loose.count(0) != len(self.marks.loose)
        self.density = DensityIndex(self.marks.arrays.start, self.marks.arrays.end,
                                    self.marks.category, len(self.category_ids))

    def _read_columns(self) -> None:
        """The event columns layout needs, in one pass: reading a freshly loaded event's
        attributes is mostly a cache miss, so every extra pass over the events costs
        as much again. Categories get provisional codes in order of first appearance,
        remapped to ``category_ids`` order afterwards."""
        seen: dict[str, int] = {}
        code_of = seen.setdefault
        rows = [(e.place, e.start, e.end, code_of(e.category, len(seen)),
                 e.date.precision.is_fine, e.several_marks) for e in self.events]
        places, starts, ends, provisional, fine, several = (
            zip(*rows, strict=True) if rows else ((), (), (), (), (), ()))
        #: Each event's ``place`` (where it sorts), in order: the check that the events
        #: are chronological.
        self.places = list(places)
        self.starts, self.ends = list(starts), list(ends)
        self.fine: bytes = bytes(fine)
        self._several_marks = any(several)
        self.category_ids = category_order(self.categories, set(seen))
        final = {c: i for i, c in enumerate(self.category_ids)}
        remap = [final[c] for c in seen]  # provisional code -> final code
        self.category = (bytes(provisional).translate(bytes(remap).ljust(256, b"\0"))
                         if len(remap) < 256
                         else code_column(map(remap.__getitem__, provisional), len(remap)))

    def _mark_tables(self) -> tuple[MarkColumns, MarkTable]:
        """The marks' spans, and the table layout reads, sorted by start: the events' own
        columns while each has one mark."""
        events = self.events
        if not self._several_marks:
            owners, starts, ends = None, self.starts, self.ends
            fine, category = self.fine, self.category
            ranges = [e.date.ranges[0] for e in events]
            hollow = bytes(len(events))
        else:
            rows = sorted((mark.range.start, position, index, mark)
                          for position, event in enumerate(events)
                          for index, mark in enumerate(event.marks))
            owners = [position for _, position, _, _ in rows]
            starts = [mark.range.start for *_, mark in rows]
            ends = [mark.range.end for *_, mark in rows]
            fine = bytes(mark.range.precision.is_fine for *_, mark in rows)
            category = code_column((self.category[p] for p in owners), len(self.category_ids))
            ranges = [mark.range for *_, mark in rows]
            hollow = bytes(mark.hollow for *_, mark in rows)
        drawn_starts, drawn_ends, loose = _drawn_at(starts, ends, ranges)
        return (MarkColumns(owners, starts, ends),
                MarkTable(owners, drawn_starts, drawn_ends, fine, category, ranges, hollow,
                          loose))

    def mark_mask(self, event_mask: bytes) -> bytes:
        """The marks of the events set in ``event_mask``."""
        owners = self.marks.arrays.event
        return event_mask if owners is None else gather(event_mask, owners)

    @cached_property
    def _loose_positions(self) -> Positions:
        return positions_of(self.marks.loose)

    @cached_property
    def loose_density(self) -> DensityIndex:
        """Density counts of the loose marks alone (``MarkTable``), by their own order:
        the overview strip takes them from the counts of all."""
        marks, positions = self.marks, self._loose_positions
        return DensityIndex(marks.arrays.start[positions], marks.arrays.end[positions],
                            code_array(marks.category)[positions], len(self.category_ids))

    def loose_mask(self, mark_mask: bytes) -> bytes:
        """``mark_mask`` read at the loose marks, for restricting ``loose_density``."""
        return gather(mark_mask, self._loose_positions)

    @cached_property
    def index(self) -> IntervalIndex:
        """Built on first use: the first frame of a whole timeline is dense and
        needs only the density counts."""
        return IntervalIndex(self.marks.arrays.start, self.marks.arrays.end)

    @cached_property
    def search_index(self) -> SearchIndex:
        """Built on the first search (or by ``ViewState.prepare_filters``)."""
        return SearchIndex(self.search_texts)

    def search(self, needle: str, within: bytes | None) -> bytes:
        """As ``EventColumns.search``, by the search index unless the other criteria
        leave so few candidates that testing their texts is cheaper."""
        if within is not None and within.count(1) * _FEW_CANDIDATES < len(within):
            return super().search(needle, within)
        return self.search_index.select(needle, within)

    def category_counts(self) -> dict[str, int]:
        """Events per category id, counted on the code column."""
        return {c: self.category.count(code) for code, c in enumerate(self.category_ids)}

    @cached_property
    def _position_of_id(self) -> dict[str, int]:
        return {e.id: i for i, e in enumerate(self.events)}

    def position_of(self, event_id: str) -> int | None:
        return self._position_of_id.get(event_id)


def _drawn_at(starts: list[int], ends: list[int], ranges: list[Range]
              ) -> tuple[list[int], list[int], bytes]:
    """Where each mark is drawn (``MarkTable``), and which side of it is loose. Only
    marks with an open start or end are looked at, found in C loops; while there are
    none, the spans are shared, not copied."""
    count = len(starts)
    candidates = sorted(set(compress(range(count), map(operator.eq, starts, repeat(OPEN_START))))
                        | set(compress(range(count), map(operator.eq, ends, repeat(OPEN_END)))))
    loose = bytearray(count)
    drawn_starts, drawn_ends = starts, ends
    for position in candidates:
        one = ranges[position]
        if one.low is None and one.high is not None:
            side, part = LOOSE_START, one.high
        elif one.high is None and one.low is not None:
            side, part = LOOSE_END, one.low
        else:
            continue  # open on both sides: drawn across everything, as it is
        if drawn_starts is starts:
            drawn_starts, drawn_ends = list(starts), list(ends)
        drawn_starts[position], drawn_ends[position] = part.start, part.end
        loose[position] = side
    return drawn_starts, drawn_ends, bytes(loose)
