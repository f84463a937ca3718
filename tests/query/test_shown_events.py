"""The shown events behave exactly like the tuple of them they stand for."""

from __future__ import annotations

from itertools import compress

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.model.edtf import parse_edtf
from timeline_app.model.events import Event
from timeline_app.model.store_builder import store_of
from timeline_app.query.shown_events import ShownEvents

_EVENTS = tuple(Event(f"e{i:02d}", f"Event {i}", parse_edtf(f"20{10 + i % 15}"), "c")
                for i in range(30))
_STORED = store_of(_EVENTS)


@settings(max_examples=200, deadline=None)
@given(keep=st.lists(st.booleans(), min_size=30, max_size=30),
       index=st.integers(-40, 40), start=st.none() | st.integers(-35, 35),
       stop=st.none() | st.integers(-35, 35), step=st.sampled_from([None, 1, 2, -1, -3]))
def test_shown_events_read_like_the_tuple_of_the_kept_events(keep, index, start, stop,
                                                             step) -> None:
    mask = bytes(keep)
    expected: tuple[Event, ...] = tuple(compress(_EVENTS, mask))
    shown = ShownEvents(_STORED, mask)
    assert len(shown) == len(expected) and bool(shown) == bool(expected)
    assert tuple(shown) == expected and tuple(reversed(shown)) == expected[::-1]
    assert shown == expected and expected == shown and shown == list(expected)
    assert shown[start:stop:step] == expected[start:stop:step]
    assert [shown.index_of_id(e.id) for e in _EVENTS] == \
        [expected.index(e) if e in expected else None for e in _EVENTS]
    assert shown.index_of_id("no such id") is None
    if -len(expected) <= index < len(expected):
        assert shown[index] == expected[index]
    else:
        with pytest.raises(IndexError):
            shown[index]


def test_shown_events_differ_from_other_events_and_are_not_hashable() -> None:
    shown = ShownEvents(_STORED, bytes([1, 0] * 15))
    assert shown != _EVENTS and shown != "e00"
    with pytest.raises(TypeError):
        hash(shown)
