"""The shown events of a filter, as a sequence that does not hold them all.

A filter change used to build a tuple of every shown event. At a hundred thousand
events that tuple costs more than the filter itself, since each event's reference
count is touched wherever the object lies in memory. ``ShownEvents`` keeps the
table's stored events (``model.event_store``) and the mask: its length is a count
of the mask, an item is the event at the position of the mask's ``index``-th set
byte, decoded when it is read, and iterating decodes the shown events in turn.
Nothing is built until something is read.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import cached_property
from typing import overload

from timeline_app.model.event_store import StoredEvents
from timeline_app.model.events import Event
from timeline_app.query.masks import Positions, positions_of


class ShownEvents(Sequence[Event]):
    """``events`` where ``mask`` is set, in their order; immutable, like the tuple it
    stands for (and equal to a sequence of the same events)."""

    def __init__(self, events: StoredEvents, mask: bytes) -> None:
        self._events = events
        self._mask = mask
        self._count = mask.count(1)

    @cached_property
    def _positions(self) -> Positions:
        return positions_of(self._mask)

    def __len__(self) -> int:
        return self._count

    @overload
    def __getitem__(self, index: int) -> Event: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[Event, ...]: ...

    def __getitem__(self, index: int | slice) -> Event | tuple[Event, ...]:
        if isinstance(index, slice):
            return tuple(map(self._events.event_at, self._positions[index].tolist()))
        if not -self._count <= index < self._count:
            raise IndexError("shown event index out of range")
        return self._events.event_at(int(self._positions[index]))

    def __iter__(self) -> Iterator[Event]:
        return map(self._events.event_at, self._positions.tolist())

    def index_of_id(self, event_id: str) -> int | None:
        """The index of the shown event with that id, if it is shown: found by the store's
        id lookup and a count of the mask before it, so no event is decoded."""
        position = self._events.position_of(event_id)
        if position is None or not self._mask[position]:
            return None
        return self._mask.count(1, 0, position)

    def __reversed__(self) -> Iterator[Event]:
        return iter(self[::-1])

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence) or isinstance(other, str | bytes):
            return NotImplemented
        return len(self) == len(other) and all(
            a is b or a == b for a, b in zip(self, other, strict=True))

    __hash__ = None  # type: ignore[assignment]  # equal to tuples, so not hashable like them

    def __repr__(self) -> str:
        return f"ShownEvents({len(self)} of {len(self._events)})"
