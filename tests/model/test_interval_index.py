"""The interval index must answer exactly what a brute-force scan answers."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.model.dates import OPEN_END, OPEN_START, parse_edtf
from timeline_app.model.events import Event
from timeline_app.model.interval_index import IntervalIndex

_BASE = parse_edtf("2000-01-01")


def _event(index: int, first_day: int, last_day: int) -> Event:
    """An event with an arbitrary span; the date object is rebuilt with those days."""
    date = type(_BASE)(f"synthetic {index}", _BASE.start, _BASE.end, True, first_day, last_day)
    return Event(id=f"e{index:05d}", title=f"Event {index}", date=date, category="c")


def _brute_force(events: list[Event], first_day: int, last_day: int) -> list[Event]:
    return [e for e in events if e.first_day <= last_day and e.last_day >= first_day]


_DAY = st.integers(min_value=730_000, max_value=731_000)
_SPAN = st.one_of(
    st.tuples(_DAY, st.integers(0, 400)).map(lambda t: (t[0], t[0] + t[1])),
    _DAY.map(lambda d: (OPEN_START, d)),
    _DAY.map(lambda d: (d, OPEN_END)),
)


@settings(max_examples=300, deadline=None)
@given(spans=st.lists(_SPAN, max_size=80), query=st.tuples(_DAY, st.integers(0, 300)))
def test_query_returns_exactly_what_a_brute_force_scan_returns(spans, query) -> None:
    events = [_event(i, first, last) for i, (first, last) in enumerate(spans)]
    first_day, length = query
    index = IntervalIndex(events)
    assert index.query(first_day, first_day + length) == _brute_force(
        events, first_day, first_day + length)


@settings(max_examples=200, deadline=None)
@given(spans=st.lists(_SPAN, max_size=80), keep=st.lists(st.booleans(), min_size=80, max_size=80),
       query=st.tuples(_DAY, st.integers(0, 300)))
def test_a_restricted_index_returns_exactly_the_selected_events_a_scan_returns(
        spans, keep, query) -> None:
    events = [_event(i, first, last) for i, (first, last) in enumerate(spans)]
    mask = bytes(keep[:len(events)])
    first_day, length = query
    selected = [e for e, k in zip(events, mask, strict=True) if k]
    restricted = IntervalIndex(events).restricted(mask)
    assert len(restricted) == len(selected)
    assert restricted.query(first_day, first_day + length) == _brute_force(
        selected, first_day, first_day + length)


def test_query_includes_spans_touching_either_end_of_the_range() -> None:
    events = [_event(0, 100, 110), _event(1, 120, 130), _event(2, 131, 140)]
    index = IntervalIndex(events)
    assert [e.id for e in index.query(110, 120)] == ["e00000", "e00001"]


def test_open_ended_events_overlap_every_later_or_earlier_range() -> None:
    events = [_event(0, OPEN_START, 500), _event(1, 800, OPEN_END), _event(2, 600, 700)]
    index = IntervalIndex(events)
    assert [e.id for e in index.query(0, 10)] == ["e00000"]
    assert [e.id for e in index.query(10**6, 10**6 + 1)] == ["e00001"]
    assert [e.id for e in index.query(400, 900)] == ["e00000", "e00001", "e00002"]


def test_an_empty_index_answers_nothing() -> None:
    assert IntervalIndex([]).query(OPEN_START, OPEN_END) == []


def test_results_keep_the_order_the_events_were_given_in() -> None:
    events = [_event(0, 500, 900), _event(1, 100, 1000), _event(2, 600, 601)]
    assert [e.id for e in IntervalIndex(events).query(0, 2000)] == ["e00000", "e00001", "e00002"]
