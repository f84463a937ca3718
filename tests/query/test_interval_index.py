"""The interval index must answer exactly what a brute-force scan answers."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.model.calendar import OPEN_END, OPEN_START
from timeline_app.query.interval_index import IntervalIndex

Spans = list[tuple[int, int]]


def _index(spans: Spans) -> IntervalIndex:
    return IntervalIndex([first for first, _ in spans], [last for _, last in spans])


def _brute_force(spans: Spans, lo: int, hi: int, keep: bytes | None = None) -> list[int]:
    return [p for p, (start, end) in enumerate(spans)
            if start < hi and end > lo and (keep is None or keep[p])]


_PLACE = st.integers(min_value=730_000, max_value=731_000)
_SPAN = st.one_of(
    st.tuples(_PLACE, st.integers(1, 400)).map(lambda t: (t[0], t[0] + t[1])),
    _PLACE.map(lambda p: (OPEN_START, p)),
    _PLACE.map(lambda p: (p, OPEN_END)),
)
_QUERY = st.tuples(_PLACE, st.integers(1, 300)).map(lambda t: (t[0], t[0] + t[1]))


@settings(max_examples=300, deadline=None)
@given(spans=st.lists(_SPAN, max_size=80), query=_QUERY)
def test_query_returns_exactly_what_a_brute_force_scan_returns(spans, query) -> None:
    assert _index(spans).query_positions(*query) == _brute_force(spans, *query)


@settings(max_examples=200, deadline=None)
@given(spans=st.lists(_SPAN, max_size=80), keep=st.lists(st.booleans(), min_size=80, max_size=80),
       query=_QUERY)
def test_a_restricted_index_returns_exactly_the_selected_positions_a_scan_returns(
        spans, keep, query) -> None:
    mask = bytes(keep[:len(spans)])
    restricted = _index(spans).restricted(mask)
    assert len(restricted) == sum(mask)
    assert restricted.query_positions(*query) == _brute_force(spans, *query, mask)


def test_a_query_finds_spans_that_overlap_it_and_not_those_that_only_touch_it() -> None:
    index = _index([(100, 110), (105, 121), (120, 130), (130, 140)])
    assert index.query_positions(110, 120) == [1]
    assert index.query_positions(109, 121) == [0, 1, 2]


def test_open_ended_events_overlap_every_later_or_earlier_range() -> None:
    index = _index([(OPEN_START, 500), (800, OPEN_END), (600, 700)])
    assert index.query_positions(0, 10) == [0]
    assert index.query_positions(10**6, 10**6 + 1) == [1]
    assert index.query_positions(400, 900) == [0, 1, 2]
    assert index.query_positions(OPEN_START, OPEN_END) == [0, 1, 2]


def test_an_empty_index_answers_nothing() -> None:
    assert _index([]).query_positions(OPEN_START, OPEN_END) == []


def test_results_come_in_ascending_position() -> None:
    assert _index([(500, 900), (100, 1000), (600, 601)]).query_positions(0, 2000) == [0, 1, 2]


_DEEP_PLACE = st.integers(min_value=OPEN_START + 1, max_value=OPEN_END - 1)
_DEEP_SPAN = st.one_of(
    st.tuples(_DEEP_PLACE, _DEEP_PLACE).map(sorted).filter(lambda t: t[0] < t[1]).map(tuple),
    st.just((OPEN_START, OPEN_END)),
    _DEEP_PLACE.map(lambda p: (OPEN_START, p)),
    _DEEP_PLACE.map(lambda p: (p, OPEN_END)),
)


@settings(max_examples=300, deadline=None)
@given(spans=st.lists(_DEEP_SPAN, max_size=60),
       query=st.tuples(_DEEP_PLACE, _DEEP_PLACE).map(sorted).filter(lambda t: t[0] < t[1]),
       keep=st.lists(st.booleans(), min_size=60, max_size=60))
def test_spans_anywhere_in_the_64_bit_places_are_found_exactly(spans, query, keep) -> None:
    """Lengths up to the whole of time (2**64 - 1 seconds) and queries near its ends."""
    lo, hi = query
    mask = bytes(keep[:len(spans)])
    assert _index(spans).query_positions(lo, hi) == _brute_force(spans, lo, hi)
    assert _index(spans).restricted(mask).query_positions(lo, hi) == \
        _brute_force(spans, lo, hi, mask)
