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
from itertools import compress, repeat
from typing import Any, overload

import numpy as np
import numpy.typing as npt

from timeline_app.model.calendar import OPEN_END, OPEN_START
from timeline_app.model.dates import Range
from timeline_app.model.edtf import may_have_features, parse_edtf
from timeline_app.model.event_store import StoredEvents
from timeline_app.model.events import Category, Event
from timeline_app.model.store_builder import store_of
from timeline_app.query.columns import (
    EventColumns,
    MarkColumns,
    code_array,
    code_column,
)
from timeline_app.query.density import DensityIndex
from timeline_app.query.interval_index import IntervalIndex
from timeline_app.query.masks import Positions, gather, positions_of

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
    ranges: MarkRanges
    hollow: bytes
    loose: bytes


class EventTable(EventColumns):
    """Event and mark columns, an interval index and density counts over the marks."""

    def __init__(self, events: Sequence[Event], categories: Sequence[Category] = ()) -> None:
        """Events stored already (a ``Timeline``'s) are chronological; any others are
        stored in that order."""
        if not isinstance(events, StoredEvents):
            events = store_of(events, chronological=True)
        super().__init__(events, categories)
        self.starts, self.ends = self.events.starts.tolist(), self.events.ends.tolist()
        self.fine: bytes = self.events.fine
        self.spans, self.marks = self._mark_tables()
        #: Some mark is bounded on one side only (drawn at its bound, see ``MarkTable``).
        self.has_loose_marks = self.marks.loose.count(0) != len(self.marks.loose)
        self.density = DensityIndex(self.marks.arrays.start, self.marks.arrays.end,
                                    self.marks.category, len(self.category_ids))

    def _mark_tables(self) -> tuple[MarkColumns, MarkTable]:
        """The marks' spans, and the table layout reads, sorted by start: the events' own
        columns while each has one mark, else with the marks of the events that have
        several merged in by one sort."""
        events = self.events
        ranges: MarkRanges
        if not events.any_several_marks:
            owners, starts, ends = None, self.starts, self.ends
            fine, category = self.fine, self.category
            ranges = MarkRanges(events)
            hollow = bytes(len(events))
        else:
            single = np.flatnonzero(np.frombuffer(events.several, dtype=np.uint8) == 0)
            own = [(p, index, mark) for p in events.several_positions
                   for index, mark in enumerate(events.event_at(p).marks)]
            owned = np.concatenate((single, np.array([p for p, _, _ in own], dtype=np.intp)))
            order = np.lexsort((  # by start, then event, then the mark's place in it
                np.concatenate((np.zeros(len(single), dtype=np.intp),
                                np.array([i for _, i, _ in own], dtype=np.intp))),
                owned,
                np.concatenate((events.starts[single],
                                np.array([m.range.start for *_, m in own], dtype=np.int64)))))
            owners = owned[order].tolist()
            mark_at = {slot: own[at - len(single)][2] for slot, at in enumerate(order.tolist())
                       if at >= len(single)}
            starts, ends = events.starts[owners].tolist(), events.ends[owners].tolist()
            fine_column = bytearray(np.frombuffer(self.fine, dtype=np.uint8)[owners].tobytes())
            hollow_column = bytearray(len(owners))
            for slot, mark in mark_at.items():
                starts[slot], ends[slot] = mark.range.start, mark.range.end
                fine_column[slot] = mark.range.precision.is_fine
                hollow_column[slot] = mark.hollow
            fine, hollow = bytes(fine_column), bytes(hollow_column)
            category = code_column(code_array(self.category)[owners].tolist(),
                                   len(self.category_ids))
            ranges = MarkRanges(events, owners,
                                {slot: mark.range for slot, mark in mark_at.items()})
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

    def category_counts(self) -> dict[str, int]:
        """Events per category id, counted on the code column."""
        return {c: self.category.count(code) for code, c in enumerate(self.category_ids)}

    def position_of(self, event_id: str) -> int | None:
        return self.events.position_of(event_id)


class MarkRanges(Sequence[Range]):
    """The range of each mark, parsed when it is read (parsing is cached per distinct
    text), since layout reads the ranges of the marks it draws, not of all: the first
    range of its event's date, or the mark's own where its event has several marks.
    ``owners`` None: mark ``p`` is event ``p``."""

    def __init__(self, events: StoredEvents, owners: list[int] | None = None,
                 own: dict[int, Range] | None = None) -> None:
        self._events, self._owners, self._own = events, owners, own or {}

    def __len__(self) -> int:
        return len(self._events if self._owners is None else self._owners)

    @overload
    def __getitem__(self, index: int) -> Range: ...

    @overload
    def __getitem__(self, index: slice) -> list[Range]: ...

    def __getitem__(self, index: int | slice) -> Range | list[Range]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        position = index % len(self) if -len(self) <= index < 0 else index
        found = self._own.get(position)
        if found is not None:
            return found
        event = position if self._owners is None else self._owners[position]
        return parse_edtf(self._events.date_text(event)).ranges[0]

    def featured(self, positions: npt.NDArray[np.intp] | None = None) -> list[Range]:
        """The distinct ranges, among the marks at ``positions`` (all by default), that may
        be qualified, have unspecified digits or a loose end (``edtf.may_have_features``):
        what a key of the marks looks for. Each date text is parsed once, and only where
        its characters allow one of those, so a million marks need not all be read."""
        events = self._events
        codes: npt.NDArray[np.integer[Any]]
        if positions is None:
            own = list(self._own.values())
            codes = np.flatnonzero(self._text_has_features)
        else:
            in_own = np.isin(positions, np.fromiter(self._own, dtype=np.intp,
                                                    count=len(self._own)))
            own = [self._own[p] for p in positions[in_own].tolist()]
            plain = positions[~in_own]
            owners = plain if self._owners is None \
                else np.asarray(self._owners, dtype=np.intp)[plain]
            used = np.unique(events.date_codes[owners])
            codes = used[self._text_has_features[used]]
        texts = events.date_texts
        return own + [parse_edtf(texts[code]).ranges[0] for code in codes.tolist()]

    @cached_property
    def _text_has_features(self) -> npt.NDArray[np.bool_]:
        """Per text of the store's date pool: whether ``may_have_features``."""
        return np.fromiter(map(may_have_features, self._events.date_texts), dtype=np.bool_,
                           count=len(self._events.date_texts))


def _drawn_at(starts: list[int], ends: list[int], ranges: Sequence[Range]
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
