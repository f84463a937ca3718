"""A timeline's events as columns and compact records, not objects.

A loaded event used to be a frozen ``Event`` holding a dozen more objects, and a
million of them were most of the app's memory and of its loading time. The store
keeps instead, in chronological order:

- what filtering, indexing and layout read of every event, as columns: NumPy
  arrays of the places, starts and ends, byte columns of flags and codes;
- each event's id, date text and search text, the few strings read for every event;
- every event whole as a compact record (``model.event_records``), in one byte
  string with the offsets of the records.

``StoredEvents`` is a sequence of ``Event``: an item is decoded from its record
when it is read (the details panel, a label, an output row), and the last ones
decoded are kept. Readers that work on every event (``query``, ``layout``) read
the columns instead, so no per-event object is built on a filter change or a frame.

Loading builds rows (``EventRow``) straight from the decoded values, without an
``Event`` in between (``clean_event``, ``typed_reading``); an ``Event`` from
anywhere else becomes a row by ``row_of``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from functools import cached_property
from itertools import accumulate
from typing import overload

import numpy as np
import numpy.typing as npt

from timeline_app.model.event_records import decode_event, encode_event
from timeline_app.model.events import CONFIDENCE_LEVELS, Event, cited_by

EventRow = tuple[str, str, str, int, int, int, bool, bool, int, bool, tuple[str, ...], str,
                 "bytes | Event"]
"""One event as the store takes it: id, category, date text, place, start, end, whether
its date is fine enough to be drawn as a point, whether it has several marks, its
confidence code (``confidence_code``), whether its date was read from words, the
distinct source ids it cites (its alternatives' too), its search text, and its record
(or the event itself, where it cannot be a record). A plain tuple, since loading
builds one per event."""

UNSET_CONFIDENCE = len(CONFIDENCE_LEVELS)
"""The confidence code of an event that gives none: codes index ``CONFIDENCE_LEVELS``."""
_CONFIDENCE_CODE: dict[str | None, int] = {c: i for i, c in enumerate(CONFIDENCE_LEVELS)}
_CONFIDENCE_CODE[None] = UNSET_CONFIDENCE

_KEPT_EVENTS = 4096
"""How many decoded events are kept for reading again (the visible labels, a selection)."""


def confidence_code(level: str | None) -> int:
    """A confidence level (or None) as the store codes it."""
    return _CONFIDENCE_CODE[level]


def row_of(event: Event) -> EventRow:
    """The row of an event built elsewhere (the general validator, an import)."""
    record = encode_event(event)
    return (event.id, event.category, event.date.text, event.place, event.start, event.end,
            event.date.precision.is_fine, event.several_marks,
            _CONFIDENCE_CODE[event.confidence], event.date_read_from_text,
            tuple(dict.fromkeys(c.source for c in cited_by(event))), event.search_text,
            event if record is None else record)


class StoredEvents(Sequence[Event]):
    """Events by position, in the order given to ``build`` (chronological, from a
    ``Timeline``), with the columns of the module's docstring."""

    def __init__(self, rows: Sequence[EventRow], order: Sequence[int] | None = None) -> None:
        """The events of ``rows``, in ``order`` (positions in ``rows``; None: as given)."""
        if order is not None:
            rows = [rows[i] for i in order]
        self._count = len(rows)
        (ids, categories, dates, places, starts, ends, fine, several, confidence,
         read_from_text, sources, texts, records) = (
            zip(*rows, strict=True) if rows else ((),) * 13)
        self.ids: list[str] = list(ids)
        #: each event's date text, equal texts sharing one string
        self.dates: list[str] = _shared(dates)
        self.places = np.array(places, dtype=np.int64)
        self.starts = np.array(starts, dtype=np.int64)
        self.ends = np.array(ends, dtype=np.int64)
        self.fine = bytes(fine)
        #: 1 where the event has more than one mark (alternatives, or a set of dates)
        self.several = bytes(several)
        self.confidence = bytes(confidence)
        self.read_from_text = bytes(read_from_text)
        self.search_texts: list[str] = list(texts)
        self.category_names, self.category_codes = _coded(categories)
        self._sources = sources
        self._pinned = {p: r for p, r in enumerate(records) if isinstance(r, Event)}
        held = [b"" if isinstance(r, Event) else r for r in records]
        self._records = b"".join(held)
        self._offsets = np.fromiter(accumulate(map(len, held), initial=0), dtype=np.int64,
                                    count=self._count + 1)
        self._decoded: dict[int, Event] = {}

    @classmethod
    def of_events(cls, events: Iterable[Event], *, chronological: bool = False
                  ) -> StoredEvents:
        """The store of ``events``: in their order, or sorted by place and then id."""
        rows = [row_of(e) for e in events]
        return cls.build(rows) if chronological else cls(rows)

    @classmethod
    def build(cls, rows: Sequence[EventRow]) -> StoredEvents:
        """The store of ``rows`` sorted by place, then by id (``model.events.chronological``);
        rows already in that order (a file the app wrote) are not sorted again."""
        places = np.fromiter((row[3] for row in rows), dtype=np.int64, count=len(rows))
        steps = np.diff(places)
        if not (steps < 0).any():
            ties = np.flatnonzero(steps == 0)
            if all(rows[i][0] < rows[i + 1][0] for i in ties.tolist()):
                return cls(rows)
        by_id = sorted(range(len(rows)), key=[row[0] for row in rows].__getitem__)
        order = np.asarray(by_id)[np.argsort(places[by_id], kind="stable")]
        return cls(rows, order.tolist())

    def __len__(self) -> int:
        return self._count

    @overload
    def __getitem__(self, index: int) -> Event: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[Event, ...]: ...

    def __getitem__(self, index: int | slice) -> Event | tuple[Event, ...]:
        if isinstance(index, slice):
            return tuple(map(self.event_at, range(*index.indices(self._count))))
        if not -self._count <= index < self._count:
            raise IndexError("event index out of range")
        return self.event_at(index % self._count)

    def event_at(self, position: int) -> Event:
        """The event at a position from 0: decoded from its record, or kept from before."""
        event = self._decoded.get(position)
        if event is None:
            event = self._pinned.get(position)
            if event is None:
                start, end = self._offsets[position:position + 2].tolist()
                event = decode_event(memoryview(self._records)[start:end])
            if len(self._decoded) >= _KEPT_EVENTS:
                self._decoded.clear()
            self._decoded[position] = event
        return event

    def __iter__(self) -> Iterator[Event]:
        return map(self.event_at, range(self._count))

    def __reversed__(self) -> Iterator[Event]:
        return map(self.event_at, range(self._count - 1, -1, -1))

    def __contains__(self, value: object) -> bool:
        if not isinstance(value, Event):
            return False
        position = self.position_of(value.id)
        return position is not None and self.event_at(position) == value

    def __eq__(self, other: object) -> bool:
        if isinstance(other, StoredEvents):
            return (self.ids == other.ids and self._records == other._records
                    and self._pinned == other._pinned)
        if not isinstance(other, Sequence) or isinstance(other, str | bytes):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))

    def __hash__(self) -> int:
        return hash((self._records, tuple(self._pinned.items())))

    def __repr__(self) -> str:
        return f"StoredEvents({self._count} events)"

    @cached_property
    def _position_of_id(self) -> dict[str, int]:
        return {ident: position for position, ident in enumerate(self.ids)}

    def position_of(self, event_id: str) -> int | None:
        """The position of the event with that id, if there is one."""
        return self._position_of_id.get(event_id)

    @cached_property
    def by_id(self) -> Mapping[str, Event]:
        """The events by id, each decoded when it is looked up."""
        return _EventsById(self)

    @cached_property
    def any_several_marks(self) -> bool:
        return self.several.count(0) != self._count

    @cached_property
    def several_positions(self) -> list[int]:
        """The positions of the events with more than one mark, ascending."""
        return [p for p, flag in enumerate(self.several) if flag]

    def cited(self, position: int) -> tuple[str, ...]:
        """The distinct source ids the event at ``position`` cites, in its order."""
        found: tuple[str, ...] = self._sources[position]
        return found

    @cached_property
    def by_source(self) -> dict[str, list[int]]:
        """The positions of the events citing each source id, ascending."""
        found: dict[str, list[int]] = {}
        for position, ids in enumerate(self._sources):
            for ident in ids:
                found.setdefault(ident, []).append(position)
        return found

    @cached_property
    def source_counts(self) -> bytes:
        """How many distinct sources each event cites (255 standing for more)."""
        return bytes(min(len(ids), 255) for ids in self._sources)


class _EventsById(Mapping[str, Event]):
    def __init__(self, events: StoredEvents) -> None:
        self._events = events

    def __getitem__(self, event_id: str) -> Event:
        position = self._events.position_of(event_id)
        if position is None:
            raise KeyError(event_id)
        return self._events.event_at(position)

    def __iter__(self) -> Iterator[str]:
        return iter(self._events.ids)

    def __len__(self) -> int:
        return len(self._events)

    def __contains__(self, event_id: object) -> bool:
        return isinstance(event_id, str) and self._events.position_of(event_id) is not None


def _shared(texts: Sequence[str]) -> list[str]:
    pool: dict[str, str] = {}
    return list(map(pool.setdefault, texts, texts))


def _coded(names: Sequence[str]) -> tuple[tuple[str, ...], npt.NDArray[np.uint32]]:
    """The distinct names in order of first appearance, and each name's index among them."""
    seen: dict[str, int] = {}
    code_of = seen.setdefault
    codes = np.fromiter((code_of(n, len(seen)) for n in names), dtype=np.uint32,
                        count=len(names))
    return tuple(seen), codes
