"""Lane windows: aligned chunks that always hold the view; greedy lanes that never overlap."""

from __future__ import annotations

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.layout.lanes import assign_lanes, lane_window, zoom_level


@settings(max_examples=300, deadline=None)
@given(first=st.integers(-10**18, 10**18), span=st.floats(1.0, 1e16),
       width=st.floats(240.0, 4000.0))
def test_the_lane_window_always_holds_the_whole_view(first, span, width) -> None:
    window = lane_window(first, span / width, width)
    # whole seconds: in floats, first + span is off by up to 16 s at 10**17
    assert window.first <= first
    assert first + math.ceil(span) <= window.last
    assert window.level == zoom_level(span / width)


def test_panning_inside_a_chunk_keeps_the_same_window() -> None:
    window = lane_window(1_700_000_000, 43_200.0, 1000.0)
    chunk = (window.last - window.first) // 2
    later = lane_window(window.first + chunk - 1, 43_200.0, 1000.0)
    assert later == window
    assert lane_window(window.first + chunk, 43_200.0, 1000.0).chunk == window.chunk + 1


@settings(max_examples=200, deadline=None)
@given(spans=st.lists(st.tuples(st.floats(0, 100), st.floats(0.1, 30)), max_size=60))
def test_greedy_lanes_never_put_overlapping_extents_in_one_lane(spans) -> None:
    extents = sorted((start, start + length) for start, length in spans)
    lanes = assign_lanes(extents)
    for i, (start, end) in enumerate(extents):
        for j in range(i):
            if lanes[j] == lanes[i]:
                assert extents[j][1] <= start or end <= extents[j][0]


@settings(max_examples=200, deadline=None)
@given(spans=st.lists(st.tuples(st.floats(0, 100), st.floats(0.1, 30)), max_size=60),
       limit=st.integers(1, 6))
def test_a_lane_limit_changes_no_lane_below_it_and_marks_the_rest_as_overflow(
        spans, limit) -> None:
    extents = sorted((start, start + length) for start, length in spans)
    unlimited = assign_lanes(extents)
    limited = assign_lanes(extents, limit)
    assert limited == [lane if lane < limit else limit for lane in unlimited]
