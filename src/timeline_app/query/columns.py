"""A sequence of events as per-position columns: what the filter reads.

``EventFilter.select`` evaluates its criteria over these columns as byte
masks, with ``bytes.translate`` and NumPy comparisons over arrays, instead of
touching each ``Event`` in Python: a filter change costs a vectorised pass per
criterion, not a Python call per event (docs/performance.md).

``EventFilter.apply`` builds columns for whatever sequence it is given, and
``EventTable`` (built once per timeline) *is* a set of columns, so the window,
the CLI and the exports share one filtering code path. Each column is built
on first use: a category filter never builds the search texts.

Dates are read per *mark* (``MarkColumns``, as ``spans``): an event has one mark per range
of its date and of each alternative date, and a date filter keeps an event
when any of its marks matches. While every event has a single mark (the usual
case) mark ``p`` is event ``p`` and no mapping between them is built.
"""

from __future__ import annotations

import operator
from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property
from itertools import compress, repeat
from operator import attrgetter
from typing import Any

import numpy as np
import numpy.typing as npt

from timeline_app.model.events import Category, Event
from timeline_app.query.evidence import (
    confidence_codes,
    date_flags,
    date_form_flags,
    distinct_sources,
    events_by_source,
)
from timeline_app.query.masks import from_positions, intersect, positions_of

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


def mark_columns(events: Sequence[Event], several_marks: bool | None = None) -> MarkColumns:
    """The marks of ``events``, in event order (and their own order within an event).
    ``several_marks`` says whether some event has more than one, where it is known."""
    if several_marks is None:
        several_marks = any(map(_several_marks, events))
    if not several_marks:
        return MarkColumns(None, [e.start for e in events], [e.end for e in events])
    owners, starts, ends = [], [], []
    for position, event in enumerate(events):
        for mark in event.marks:
            owners.append(position)
            starts.append(mark.range.start)
            ends.append(mark.range.end)
    return MarkColumns(owners, starts, ends)


_several_marks = attrgetter("several_marks")
_read_from_text = attrgetter("date_read_from_text")


class EventColumns:
    """Columns over ``events``, indexed by position in the sequence given."""

    def __init__(self, events: Sequence[Event], categories: Sequence[Category] = (),
                 several_marks: bool | None = None) -> None:
        """``several_marks``: whether some event has more than one mark, where the caller
        knows (a ``Timeline`` does); None to find out when the marks are first read."""
        self.events: tuple[Event, ...] = tuple(events)
        self.categories: tuple[Category, ...] = tuple(categories)
        self._several_marks_hint = several_marks
        #: The last search's result, for narrowing the next one (see ``EventFilter.select``).
        self.search_memo: SearchMemo | None = None

    def __len__(self) -> int:
        return len(self.events)

    @cached_property
    def category_ids(self) -> tuple[str, ...]:
        """The categories present: those given first, in their order, then the rest sorted."""
        return category_order(self.categories, set(self._category_names))

    @cached_property
    def category(self) -> bytes | array[int]:
        """Each event's category as a code (an index into ``category_ids``); bytes
        while there are fewer than 256 categories, so a filter can ``translate`` it."""
        code = {c: i for i, c in enumerate(self.category_ids)}
        return code_column(map(code.__getitem__, self._category_names), len(code))

    def in_categories(self, ids: frozenset[str]) -> bytes:
        """A byte per position: 1 where the event's category is one of ``ids``.

        Over the codes when they are built (``EventTable``: one ``translate``),
        else straight over the category names, which is cheaper than coding
        them for a single filter pass (``EventFilter.apply``).
        """
        codes = self.__dict__.get("category")
        if codes is None:
            return bytes([e.category in ids for e in self.events])
        wanted = bytes(c in ids for c in self.category_ids)
        if isinstance(codes, bytes):
            return codes.translate(wanted.ljust(256, b"\0"))
        return bytes(map(wanted.__getitem__, codes))

    @cached_property
    def _category_names(self) -> list[str]:
        return [e.category for e in self.events]

    @cached_property
    def spans(self) -> MarkColumns:
        """The span of every mark: what a date filter reads."""
        return mark_columns(self.events, self._several_marks_hint)

    @cached_property
    def confidence(self) -> bytes:
        """Each event's confidence, as its index in ``evidence.CONFIDENCE_CHOICES``."""
        return confidence_codes(self.events)

    @cached_property
    def date_forms(self) -> npt.NDArray[np.uint16]:
        """Each event's date forms, as bits of ``evidence.DATE_FORM_NAMES``: worked out
        once per distinct date (events share their parsed dates)."""
        by_date: dict[str, int] = {}
        flags = []
        for event in self.events:
            if event.alternatives:
                flags.append(date_form_flags(event))
                continue
            found = by_date.get(event.date.text)
            if found is None:
                found = by_date[event.date.text] = date_flags(event.date)
            flags.append(found)
        return np.array(flags, dtype=np.uint16)

    @cached_property
    def by_source(self) -> dict[str, list[int]]:
        """The positions of the events citing each source id."""
        return events_by_source(self.events)

    @cached_property
    def source_counts(self) -> bytes:
        """How many distinct sources each event cites (255 standing for more)."""
        return bytes(min(distinct_sources(e), 255) for e in self.events)

    @cached_property
    def read_from_text(self) -> bytes:
        """A byte per position: 1 where an importer read the event's date from words."""
        return bytes(map(_read_from_text, self.events))

    @cached_property
    def search_texts(self) -> list[str]:
        return [e.search_text for e in self.events]

    def search(self, needle: str, within: bytes | None) -> bytes:
        """A byte per position: 1 where the search text contains ``needle`` (casefolded),
        looking only at ``within`` (None: everywhere).

        Picking out the candidates costs about a third of testing them, so when most
        positions are candidates, testing every text is cheaper.
        """
        texts = self.search_texts
        if within is None or within.count(1) * 4 > len(texts) * 3:
            found = bytes(map(operator.contains, texts, repeat(needle)))
            return found if within is None else intersect(within, found)
        positions = positions_of(within)
        hits = np.fromiter(map(operator.contains, compress(texts, within), repeat(needle)),
                           dtype=np.bool_, count=len(positions))
        return from_positions(positions[hits], len(texts))


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
