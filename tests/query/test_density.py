"""Density counts by bisection must equal a brute-force count of the visible events."""

from __future__ import annotations

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.model.dates import OPEN_END, OPEN_START
from timeline_app.query.density import DensityIndex, column_of

_DAY = st.integers(min_value=1_000, max_value=2_000)
_SPAN = st.one_of(
    st.tuples(_DAY, st.integers(0, 300)).map(lambda t: (t[0], t[0] + t[1])),
    _DAY.map(lambda d: (OPEN_START, d)),
    _DAY.map(lambda d: (d, OPEN_END)),
)
_ROWS = st.lists(st.tuples(_SPAN, st.integers(0, 2)), max_size=80)


def _index(rows: list[tuple[tuple[int, int], int]]) -> DensityIndex:
    return DensityIndex([f for (f, _), _ in rows], [s for (_, s), _ in rows],
                        [c for _, c in rows], 3)


def _visible(rows, first: float, last: float) -> list[int]:
    lo, hi = math.floor(first), math.ceil(last) - 1
    return [i for i, ((f, s), _) in enumerate(rows) if f <= hi and s >= lo]


def _edges(first: float, last: float, width: float) -> list[float]:
    edges = [math.floor(first / width) * width]
    while edges[-1] < last:
        edges.append(edges[-1] + width)
    return edges


@settings(max_examples=300, deadline=None)
@given(rows=_ROWS, first=st.floats(900, 2100), span=st.floats(0.5, 800), width=st.floats(1, 90))
def test_column_counts_equal_a_brute_force_count_per_category_and_column(
        rows, first, span, width) -> None:
    last = first + span
    edges = _edges(first, last, width)
    expected = [[0] * (len(edges) - 1) for _ in range(3)]
    for i in _visible(rows, first, last):
        expected[rows[i][1]][column_of(rows[i][0][0], first, edges)] += 1
    assert _index(rows).column_counts(first, last, edges) == expected


@settings(max_examples=200, deadline=None)
@given(rows=_ROWS, first=st.floats(900, 2100), span=st.floats(0.5, 800))
def test_visible_count_equals_a_brute_force_scan(rows, first, span) -> None:
    assert _index(rows).visible_count(first, first + span) == len(
        _visible(rows, first, first + span))


@settings(max_examples=200, deadline=None)
@given(rows=_ROWS, keep=st.lists(st.booleans(), min_size=80, max_size=80),
       first=st.floats(900, 2100), span=st.floats(0.5, 800))
def test_a_restricted_index_counts_only_the_selected_events(rows, keep, first, span) -> None:
    mask = bytes(keep[:len(rows)])
    selected = [row for row, k in zip(rows, mask, strict=True) if k]
    edges = _edges(first, first + span, 40.0)
    assert (_index(rows).restricted(mask).column_counts(first, first + span, edges)
            == _index(selected).column_counts(first, first + span, edges))


def test_the_overview_histogram_counts_every_event_once_and_open_starts_by_their_end() -> None:
    rows = [((1_000, 1_000), 0), ((1_500, 1_600), 1), ((OPEN_START, 1_990), 2),
            ((1_200, OPEN_END), 0), ((5, 6), 1)]
    bins = _index(rows).start_histogram(1_000.0, 2_000.0, 10)
    assert sum(bins) == len(rows)
    assert bins == [2, 0, 1, 0, 0, 1, 0, 0, 0, 1]
