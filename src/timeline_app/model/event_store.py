"""A timeline's events as columns and compact records, not objects.

A loaded event used to be a frozen ``Event`` holding a dozen more objects, and a
million of them were most of the app's memory and of its loading time. The store
keeps instead, in chronological order, and with no Python object per event:

- what filtering, indexing and layout read of every event, as columns: NumPy arrays
  of the places, starts and ends, byte columns of flags and codes, and codes into
  pools of the distinct categories, date texts and cited source ids;
- the texts read for many events (the ids, the search texts) as UTF-8 in one byte
  string each, with the offsets of the texts;
- every event whole as a compact record (``model.event_records``), in one byte
  string with the offsets of the records.

``StoredEvents`` is a sequence of ``Event``: an item is decoded from its record when it
is read (the details panel, a label, an output row), and the last ones decoded are
kept. Readers that work on every event (``query``, ``layout``) read the columns
instead, so no per-event object is built on a filter change or a frame.

``model.store_builder`` builds the columns, from rows the loader makes straight from
the decoded values, or from ``Event`` objects made anywhere else.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import overload

import numpy as np
import numpy.typing as npt

from timeline_app.model.event_records import decode_event
from timeline_app.model.events import Event

Offsets = npt.NDArray[np.int64]
"""Where each item of a byte string starts, and after the last one where it ends."""

SEARCH_SEPARATOR = 0xFF
"""After each event's search text: a byte UTF-8 never uses, so no word matches across
two events (``query.search_index``)."""

_KEPT_EVENTS = 4096
"""How many decoded events are kept for reading again (the visible labels, a selection)."""


@dataclass(frozen=True, eq=False)
class StoreColumns:
    """Every column of a store, in its order (``model.store_builder`` makes them). The
    byte strings of texts and records are read-only views, so that the builder's
    buffers become the store's without a copy."""

    ids: memoryview
    id_offsets: Offsets
    #: each id's ``hash``, to find an id without a map of them all
    id_hashes: npt.NDArray[np.int64]
    category_names: tuple[str, ...]
    category_codes: npt.NDArray[np.uint32]
    date_texts: tuple[str, ...]
    #: the forms of each of ``date_texts``, as bits of ``model.date_forms.DATE_FORM_NAMES``
    date_flags: npt.NDArray[np.uint16]
    date_codes: npt.NDArray[np.uint32]
    places: npt.NDArray[np.int64]
    starts: npt.NDArray[np.int64]
    ends: npt.NDArray[np.int64]
    fine: bytes
    several: bytes
    confidence: bytes
    read_from_text: bytes
    source_names: tuple[str, ...]
    #: the distinct sources each event cites, as codes into ``source_names``
    cited: npt.NDArray[np.uint32]
    cited_offsets: Offsets
    #: the casefolded search texts, each followed by ``SEARCH_SEPARATOR``
    search: memoryview
    search_offsets: Offsets
    records: memoryview
    record_offsets: Offsets
    #: events that cannot be records (text no UTF-8 holds), by position
    pinned: Mapping[int, Event]


class StoredEvents(Sequence[Event]):
    """Events by position, in the order the builder was asked for (chronological, from a
    ``Timeline``), with the columns of the module's docstring."""

    def __init__(self, columns: StoreColumns) -> None:
        self.columns = columns
        self._count = len(columns.places)
        self.places, self.starts, self.ends = columns.places, columns.starts, columns.ends
        self.fine = columns.fine
        #: 1 where the event has more than one mark (alternatives, or a set of dates)
        self.several = columns.several
        self.confidence = columns.confidence
        self.read_from_text = columns.read_from_text
        self.category_names, self.category_codes = columns.category_names, \
            columns.category_codes
        self.date_texts, self.date_codes = columns.date_texts, columns.date_codes
        self._decoded: dict[int, Event] = {}

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
            event = self.columns.pinned.get(position)
            if event is None:
                start, end = self.columns.record_offsets[position:position + 2].tolist()
                event = decode_event(memoryview(self.columns.records)[start:end])
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
            mine, theirs = self.columns, other.columns
            return (mine.ids == theirs.ids and mine.records == theirs.records
                    and np.array_equal(mine.id_offsets, theirs.id_offsets)
                    and np.array_equal(mine.record_offsets, theirs.record_offsets)
                    and dict(mine.pinned) == dict(theirs.pinned))
        if not isinstance(other, Sequence) or isinstance(other, str | bytes):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))

    def __hash__(self) -> int:
        return hash((self._count, self.id_at(0) if self._count else None))

    def __repr__(self) -> str:
        return f"StoredEvents({self._count} events)"

    def id_at(self, position: int) -> str:
        """The id of the event at ``position``."""
        return text_at(self.columns.ids, self.columns.id_offsets, position)

    def date_text(self, position: int) -> str:
        """The EDTF text of the date of the event at ``position``."""
        return self.date_texts[int(self.date_codes[position])]

    def search_text(self, position: int) -> str:
        """The casefolded search text of the event at ``position``."""
        columns = self.columns
        start, end = columns.search_offsets[position:position + 2].tolist()
        return str(columns.search[start:end - 1], "utf-8", "surrogatepass")

    @cached_property
    def _ids_by_hash(self) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.intp]]:
        """The id hashes sorted, and the position of each."""
        order = np.argsort(self.columns.id_hashes, kind="stable")
        return self.columns.id_hashes[order], order

    def position_of(self, event_id: str) -> int | None:
        """The position of the event with that id, if there is one: found among the ids
        of equal hash, by binary search over the hashes sorted once."""
        hashes, order = self._ids_by_hash
        wanted = hash(event_id)
        slot = int(np.searchsorted(hashes, wanted))
        while slot < len(hashes) and hashes[slot] == wanted:
            position = int(order[slot])
            if self.id_at(position) == event_id:
                return position
            slot += 1
        return None

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
        return np.flatnonzero(np.frombuffer(self.several, dtype=np.uint8)).tolist()

    def cited(self, position: int) -> tuple[str, ...]:
        """The distinct source ids the event at ``position`` cites, in its order."""
        start, end = self.columns.cited_offsets[position:position + 2].tolist()
        names = self.columns.source_names
        return tuple(names[code] for code in self.columns.cited[start:end].tolist())

    @cached_property
    def by_source(self) -> dict[str, npt.NDArray[np.intp]]:
        """The positions of the events citing each source id, ascending."""
        columns = self.columns
        owners = np.repeat(np.arange(self._count), np.diff(columns.cited_offsets))
        order = np.argsort(columns.cited, kind="stable")
        bounds = np.searchsorted(columns.cited[order], np.arange(len(columns.source_names) + 1))
        return {name: owners[order[bounds[code]:bounds[code + 1]]]
                for code, name in enumerate(columns.source_names)}

    @cached_property
    def source_counts(self) -> bytes:
        """How many distinct sources each event cites (255 standing for more)."""
        counts = np.minimum(np.diff(self.columns.cited_offsets), 255)
        return counts.astype(np.uint8).tobytes()


class _EventsById(Mapping[str, Event]):
    def __init__(self, events: StoredEvents) -> None:
        self._events = events

    def __getitem__(self, event_id: str) -> Event:
        position = self._events.position_of(event_id)
        if position is None:
            raise KeyError(event_id)
        return self._events.event_at(position)

    def __iter__(self) -> Iterator[str]:
        return map(self._events.id_at, range(len(self._events)))

    def __len__(self) -> int:
        return len(self._events)

    def __contains__(self, event_id: object) -> bool:
        return isinstance(event_id, str) and self._events.position_of(event_id) is not None


def text_at(blob: memoryview, offsets: Offsets, position: int) -> str:
    """The text of the item at ``position`` of a byte string of UTF-8 texts."""
    start, end = offsets[position:position + 2].tolist()
    return str(blob[start:end], "utf-8", "surrogatepass")
