"""A sequence of events as per-position columns: what the filter reads.

``EventFilter.select`` evaluates its criteria over these columns as byte
masks, with ``bytes.translate`` and NumPy comparisons over arrays, instead of
touching each ``Event`` in Python: a filter change costs a vectorised pass per
criterion, not a Python call per event (docs/performance.md).

The columns are those of the stored events (``model.event_store``): a
``Timeline``'s events are stored already, and ``EventFilter.apply`` stores any other
sequence it is given first. ``EventTable`` (built once per timeline) adds the mark
table and indexes, so the window, the CLI and the exports share one filtering code
path. Derived columns (the date forms, the spans) are built on first use.

Dates are read per *mark* (``MarkColumns``, as ``spans``): an event has one mark per range
of its date and of each alternative date, and a date filter keeps an event
when any of its marks matches. While every event has a single mark (the usual
case) mark ``p`` is event ``p`` and no mapping between them is built.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any

import numpy as np
import numpy.typing as npt

from timeline_app.model.date_forms import date_form_flags
from timeline_app.model.event_store import StoredEvents
from timeline_app.model.events import Category, Event
from timeline_app.model.store_builder import store_of
from timeline_app.query.masks import from_positions, positions_of
from timeline_app.query.search_index import SearchIndex

_FEW_CANDIDATES = 16
"""Fewer than one candidate in this many: their texts are tested one by one."""

SearchMemo = tuple[tuple[object, ...], str, bytes]
"""(the other criteria, the casefolded search word, the mask it selected)."""


@dataclass(frozen=True)
class MarkColumns:
    """The places of every mark: ``event[m]`` is the position of mark ``m``'s event,
    or ``event`` is None when every event has exactly one mark, in event order."""

    event: list[int] | None
    start: list[int]
    end: list[int]

    def __len__(self) -> int:
        return len(self.start)

    @cached_property
    def arrays(self) -> SpanArrays:
        """The same columns as NumPy arrays, for the date filters."""
        owners = None if self.event is None else np.asarray(self.event, dtype=np.intp)
        return SpanArrays(owners, np.asarray(self.start, dtype=np.int64),
                          np.asarray(self.end, dtype=np.int64))


@dataclass(frozen=True)
class SpanArrays:
    """``MarkColumns`` as arrays: ``event`` None when mark ``p`` is event ``p``."""

    event: npt.NDArray[np.intp] | None
    start: npt.NDArray[np.int64]
    end: npt.NDArray[np.int64]


def mark_columns(events: StoredEvents) -> MarkColumns:
    """The marks of ``events``, in event order (and their own order within an event): the
    events' own columns while each has one mark, else with the marks of those that have
    several set in among them."""
    if not events.any_several_marks:
        return MarkColumns(None, events.starts.tolist(), events.ends.tolist())
    several = events.several_positions
    marks = [events.event_at(p).marks for p in several]
    counts = np.ones(len(events), dtype=np.intp)
    counts[several] = [len(m) for m in marks]
    first = np.cumsum(counts) - counts  # each event's first mark
    starts, ends = np.repeat(events.starts, counts), np.repeat(events.ends, counts)
    for slot, own in zip(first[several].tolist(), marks, strict=True):
        starts[slot:slot + len(own)] = [m.range.start for m in own]
        ends[slot:slot + len(own)] = [m.range.end for m in own]
    return MarkColumns(np.repeat(np.arange(len(events)), counts).tolist(), starts.tolist(),
                       ends.tolist())


class EventColumns:
    """Columns over ``events``, indexed by position in the sequence given."""

    def __init__(self, events: Sequence[Event], categories: Sequence[Category] = ()) -> None:
        """Events stored already (a ``Timeline``'s) lend their columns; any others are
        stored first, in their order."""
        self.events: StoredEvents = events if isinstance(events, StoredEvents) \
            else store_of(events)
        self.categories: tuple[Category, ...] = tuple(categories)
        #: The last search's result, for narrowing the next one (see ``EventFilter.select``).
        self.search_memo: SearchMemo | None = None

    def __len__(self) -> int:
        return len(self.events)

    @cached_property
    def category_ids(self) -> tuple[str, ...]:
        """The categories present: those given first, in their order, then the rest sorted."""
        return category_order(self.categories, set(self.events.category_names))

    @cached_property
    def category(self) -> bytes | array[int]:
        """Each event's category as a code (an index into ``category_ids``); bytes
        while there are fewer than 256 categories, so a filter can ``translate`` it."""
        code = {c: i for i, c in enumerate(self.category_ids)}
        remap = np.array([code[c] for c in self.events.category_names], dtype=np.uint32)
        codes = remap[self.events.category_codes] if len(remap) else remap
        return codes.astype(np.uint8).tobytes() if len(code) < 256 \
            else array("I", codes.tobytes())

    def in_categories(self, ids: frozenset[str]) -> bytes:
        """A byte per position: 1 where the event's category is one of ``ids``."""
        wanted = bytes(c in ids for c in self.category_ids)
        codes = self.category
        if isinstance(codes, bytes):
            return codes.translate(wanted.ljust(256, b"\0"))
        return bytes(map(wanted.__getitem__, codes))

    @cached_property
    def spans(self) -> MarkColumns:
        """The span of every mark: what a date filter reads."""
        return mark_columns(self.events)

    @property
    def confidence(self) -> bytes:
        """Each event's confidence, as its index in ``evidence.CONFIDENCE_CHOICES``."""
        return self.events.confidence

    @cached_property
    def date_forms(self) -> npt.NDArray[np.uint16]:
        """Each event's date forms, as bits of ``model.date_forms.DATE_FORM_NAMES``: those
        the store worked out per distinct date, and from the event itself where it has
        several marks (alternative dates among them)."""
        flags = self.events.columns.date_flags[self.events.date_codes]
        for position in self.events.several_positions:
            flags[position] = date_form_flags(self.events.event_at(position))
        return flags

    @property
    def by_source(self) -> dict[str, npt.NDArray[np.intp]]:
        """The positions of the events citing each source id."""
        return self.events.by_source

    @property
    def source_counts(self) -> bytes:
        """How many distinct sources each event cites (255 standing for more)."""
        return self.events.source_counts

    @property
    def read_from_text(self) -> bytes:
        """A byte per position: 1 where an importer read the event's date from words."""
        return self.events.read_from_text

    @cached_property
    def search_index(self) -> SearchIndex:
        """Built on the first search (or by ``ViewState.prepare_filters``)."""
        return SearchIndex(self.events.columns.search, self.events.columns.search_offsets)

    def search(self, needle: str, within: bytes | None) -> bytes:
        """A byte per position: 1 where the search text contains ``needle`` (casefolded),
        looking only at ``within`` (None: everywhere): by the search index, unless the
        other criteria leave so few candidates that testing their texts is cheaper."""
        if within is None or within.count(1) * _FEW_CANDIDATES >= len(within):
            return self.search_index.select(needle, within)
        positions = positions_of(within)
        text_of = self.events.search_text
        hits = np.fromiter((needle in text_of(p) for p in positions.tolist()), dtype=np.bool_,
                           count=len(positions))
        return from_positions(positions[hits], len(self))


def category_order(categories: Sequence[Category], present: set[str]) -> tuple[str, ...]:
    """The ids in ``present``: those of ``categories`` first, in their order, then the
    rest sorted."""
    order = [c.id for c in categories if c.id in present]
    return tuple(order + sorted(present - set(order)))


def code_column(codes: Iterable[int], count: int) -> bytes | array[int]:
    """Category codes as bytes while they fit one (``count`` < 256), else an array."""
    return bytes(codes) if count < 256 else array("I", codes)


def code_array(column: bytes | Sequence[int] | npt.NDArray[np.integer[Any]]
               ) -> npt.NDArray[np.integer[Any]]:
    """A code column (``code_column``) as a NumPy array, sharing its memory."""
    return np.frombuffer(column, dtype=np.uint8) if isinstance(column, bytes) \
        else np.asarray(column)
