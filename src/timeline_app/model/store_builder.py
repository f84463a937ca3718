"""Building a store of events (``model.event_store``) from rows, a chunk at a time.

Loading makes one row (``EventRow``) per event straight from the decoded values
(``clean_event``, ``typed_reading``), and the builder appends each chunk of rows to
growing byte strings and arrays, column by column, in C loops (``zip``, ``map``,
``bytes.join``, ``array.extend``). No row outlives its chunk, so a million events
never exist as a million Python objects at once, and what the store keeps is a few
large buffers rather than small objects scattered among the loader's freed ones.

Events are kept in the order they were added, or sorted by place and then by id
(``model.events.chronological``): rows that come in that order (a file the app wrote)
are not moved, and others are permuted once, column by column, when the store is
finished.
"""

from __future__ import annotations

import operator
from array import array
from collections import defaultdict
from collections.abc import Iterable
from itertools import chain, compress, count, islice
from typing import Any

import numpy as np
import numpy.typing as npt

from timeline_app.model.date_forms import date_flags
from timeline_app.model.edtf import parse_edtf
from timeline_app.model.event_records import encode_event
from timeline_app.model.event_store import (
    SEARCH_SEPARATOR,
    Offsets,
    StoreColumns,
    StoredEvents,
)
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

_CHUNK = 16384
"""Rows gathered before they are appended to the columns."""
_SEPARATOR = bytes([SEARCH_SEPARATOR])


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


def store_of(events: Iterable[Event], *, chronological: bool = False) -> StoredEvents:
    """The store of ``events``: in their order, or sorted by place and then id."""
    builder = StoreBuilder()
    for event in events:
        builder.add(row_of(event))
    return builder.finish(chronological=chronological)


class StoreBuilder:
    """Rows appended one by one; ``finish`` makes the store of them."""

    def __init__(self) -> None:
        self._pending: list[EventRow] = []
        self._count = 0
        self._ids, self._id_lengths, self._id_hashes = bytearray(), array("q"), array("q")
        self._categories, self._dates, self._sources = _pool(), _pool(), _pool()
        self._category_codes, self._date_codes = array("I"), array("I")
        self._date_flags = array("H")  # per text of the date pool (``model.date_forms``)
        self._places, self._starts, self._ends = array("q"), array("q"), array("q")
        self._fine, self._several = bytearray(), bytearray()
        self._confidence, self._read_from_text = bytearray(), bytearray()
        self._cited, self._cited_counts = array("I"), array("q")
        self._search, self._search_lengths = bytearray(), array("q")
        self._records, self._record_lengths = bytearray(), array("q")
        self._pinned: dict[int, Event] = {}
        #: the last (place, id) added, while every row so far came in chronological order
        self._last: tuple[int, str] | None = None
        self._in_order = True

    def add(self, row: EventRow) -> None:
        self._pending.append(row)
        if len(self._pending) >= _CHUNK:
            self._flush()

    def _flush(self) -> None:
        rows, self._pending = self._pending, []
        if not rows:
            return
        (ids, categories, dates, places, starts, ends, fine, several, confidence,
         read_from_text, cited, texts, records) = zip(*rows, strict=True)
        del rows
        if self._in_order:
            self._in_order = _in_order(self._last, places, ids)
            self._last = places[-1], ids[-1]
        _append_texts(self._ids, self._id_lengths, ids, b"")
        self._id_hashes.extend(map(hash, ids))
        self._category_codes.extend(_codes(self._categories, categories))
        known = len(self._dates)
        self._date_codes.extend(_codes(self._dates, dates))
        # the new texts were parsed for these rows a moment ago: ``parse_edtf``'s cache has them
        self._date_flags.extend(date_flags(parse_edtf(text))
                                for text in islice(self._dates, known, None))
        self._places.extend(places)
        self._starts.extend(starts)
        self._ends.extend(ends)
        self._fine += bytes(fine)
        self._several += bytes(several)
        self._confidence += bytes(confidence)
        self._read_from_text += bytes(read_from_text)
        self._cited.extend(_codes(self._sources, chain.from_iterable(cited)))
        self._cited_counts.extend(map(len, cited))
        _append_texts(self._search, self._search_lengths, texts, _SEPARATOR)
        if not all(map(bytes.__instancecheck__, records)):
            for offset, record in enumerate(records):
                if isinstance(record, Event):
                    self._pinned[self._count + offset] = record
            records = tuple(b"" if isinstance(r, Event) else r for r in records)
        self._records += b"".join(records)
        self._record_lengths.extend(map(len, records))
        self._count += len(ids)

    def finish(self, *, chronological: bool = False) -> StoredEvents:
        """The store of the rows added: in their order, or sorted by place, then id. The
        builder is spent: its buffers are the store's now, shared, not copied."""
        self._flush()
        ids, id_offsets = _view(self._ids), _offsets(self._id_lengths)
        places = _array(self._places, np.int64)
        move = _Move(_chronological_order(ids, id_offsets, places)
                     if chronological and not self._in_order else None)
        ids, id_offsets = move.items(ids, id_offsets)
        # the large byte strings one at a time, each builder buffer let go once moved
        search = move.items(_view(self._search), _offsets(self._search_lengths))
        self._search = bytearray()
        records = move.items(_view(self._records), _offsets(self._record_lengths))
        self._records = bytearray()
        return StoredEvents(StoreColumns(
            ids, id_offsets, move.column(_array(self._id_hashes, np.int64)),
            tuple(self._categories), move.column(_array(self._category_codes, np.uint32)),
            tuple(self._dates), _array(self._date_flags, np.uint16),
            move.column(_array(self._date_codes, np.uint32)),
            move.column(places), move.column(_array(self._starts, np.int64)),
            move.column(_array(self._ends, np.int64)), move.flags(self._fine),
            move.flags(self._several), move.flags(self._confidence),
            move.flags(self._read_from_text), tuple(self._sources),
            *move.nested(_array(self._cited, np.uint32), _offsets(self._cited_counts)),
            *search, *records, move.positions(self._pinned)))


def _append_texts(blob: bytearray, lengths: array[int], texts: tuple[str, ...],
                  after: bytes) -> None:
    """Append ``texts`` as UTF-8, each followed by ``after``, and their lengths with it:
    in one pass while they are ASCII (as ids and most texts are), else one by one."""
    joined = "".join(texts)
    if joined.isascii():  # then a text's length in bytes is its length in characters
        blob += after.join(map(str.encode, texts)) + after if after else joined.encode()
        lengths.extend(map(len(after).__add__, map(len, texts)))
    else:
        encoded = [t.encode("utf-8", "surrogatepass") + after for t in texts]
        blob += b"".join(encoded)
        lengths.extend(map(len, encoded))


def _pool() -> defaultdict[str, int]:
    """Distinct names, each mapped to its index in order of first appearance."""
    return defaultdict(count().__next__)


def _codes(pool: defaultdict[str, int], names: Iterable[str]) -> map[int]:
    return map(pool.__getitem__, names)


def _in_order(last: tuple[int, str] | None, places: tuple[int, ...], ids: tuple[str, ...]
              ) -> bool:
    """Whether the rows, after one with the key ``last``, are sorted by place, then id."""
    if last is not None:
        places, ids = (last[0], *places), (last[1], *ids)
    if not all(map(operator.le, places, places[1:])):
        return False
    ties = list(map(operator.eq, places, places[1:]))
    return all(map(operator.lt, compress(ids, ties), compress(ids[1:], ties)))


def _view(buffer: bytearray) -> memoryview:
    return memoryview(buffer).toreadonly()


def _array(values: array[int], dtype: type[Any]) -> npt.NDArray[Any]:
    """An array's values as a NumPy array of the same item size, sharing its memory."""
    return np.frombuffer(values, dtype=dtype) if len(values) else np.zeros(0, dtype)


def _offsets(lengths: array[int]) -> Offsets:
    offsets = np.zeros(len(lengths) + 1, dtype=np.int64)
    np.cumsum(_array(lengths, np.int64), out=offsets[1:])
    return offsets


def _chronological_order(ids: memoryview, id_offsets: Offsets,
                         places: npt.NDArray[np.int64]) -> npt.NDArray[np.intp]:
    """The positions sorted by place, then by id (``model.events.chronological``)."""
    texts = _texts(ids, id_offsets)
    by_id = np.array(sorted(range(len(texts)), key=texts.__getitem__), dtype=np.intp)
    del texts
    return by_id[np.argsort(places[by_id], kind="stable")]


def _texts(blob: memoryview, offsets: Offsets) -> list[str]:
    """Every text of a byte string of UTF-8 texts: sliced from the whole string decoded
    at once while it is ASCII (byte offsets are then character offsets)."""
    bounds = map(slice, offsets[:-1].tolist(), offsets[1:].tolist())
    if blob.tobytes().isascii():
        return list(map(str(blob, "ascii").__getitem__, bounds))
    return [str(blob[part], "utf-8", "surrogatepass") for part in bounds]


class _Move:
    """Columns moved into ``order`` (positions), or left as they are (None)."""

    def __init__(self, order: npt.NDArray[np.intp] | None) -> None:
        self._order = order

    def column(self, values: npt.NDArray[Any]) -> npt.NDArray[Any]:
        return values if self._order is None else values[self._order]

    def flags(self, values: bytearray) -> bytes:
        if self._order is None:
            return bytes(values)
        return np.frombuffer(values, dtype=np.uint8)[self._order].tobytes()

    def items(self, blob: memoryview, offsets: Offsets) -> tuple[memoryview, Offsets]:
        """The items of a byte string (``Offsets``)."""
        if self._order is None:
            return blob, offsets
        return _permuted_items(blob, offsets, self._order)

    def nested(self, values: npt.NDArray[Any], offsets: Offsets
               ) -> tuple[npt.NDArray[Any], Offsets]:
        """Each position's run of ``values`` (``offsets``: where each run starts)."""
        if self._order is None:
            return values, offsets
        counts = np.diff(offsets)[self._order]
        moved = np.zeros(len(counts) + 1, dtype=np.int64)
        np.cumsum(counts, out=moved[1:])
        taken = np.repeat(offsets[:-1][self._order] - moved[:-1], counts)
        return values[taken + np.arange(int(moved[-1]))], moved

    def positions(self, by_position: dict[int, Event]) -> dict[int, Event]:
        """Values keyed by position, keyed by where each position went."""
        if self._order is None or not by_position:
            return by_position
        slot_of = np.empty_like(self._order)
        slot_of[self._order] = np.arange(len(self._order))
        return {int(slot_of[p]): value for p, value in by_position.items()}


def _permuted_items(blob: memoryview, offsets: Offsets, order: npt.NDArray[np.intp]
                    ) -> tuple[memoryview, Offsets]:
    """The items of a byte string (``Offsets``) joined again in ``order``."""
    starts, ends = offsets[:-1][order], offsets[1:][order]
    joined = bytearray()
    for first in range(0, len(order), _CHUNK):  # a chunk's slices at a time, not all
        joined += b"".join(map(blob.__getitem__, map(
            slice, starts[first:first + _CHUNK].tolist(), ends[first:first + _CHUNK].tolist())))
    moved = np.zeros(len(order) + 1, dtype=np.int64)
    np.cumsum(ends - starts, out=moved[1:])
    return _view(joined), moved
