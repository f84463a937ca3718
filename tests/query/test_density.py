"""Density counts by bisection must equal a brute-force count of the visible marks."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.model.calendar import OPEN_END, OPEN_START
from timeline_app.query.density import DensityIndex, column_of

_PLACE = st.integers(min_value=1_000, max_value=2_000)
_SPAN = st.one_of(
    st.tuples(_PLACE, st.integers(1, 300)).map(lambda t: (t[0], t[0] + t[1])),
    _PLACE.map(lambda p: (OPEN_START, p)),
    _PLACE.map(lambda p: (p, OPEN_END)),
)
_ROWS = st.lists(st.tuples(_SPAN, st.integers(0, 2)), max_size=80)
_VIEW = st.tuples(st.integers(900, 2100), st.integers(1, 800)).map(lambda t: (t[0], t[0] + t[1]))


def _index(rows: list[tuple[tuple[int, int], int]]) -> DensityIndex:
    return DensityIndex([s for (s, _), _ in rows], [e for (_, e), _ in rows],
                        [c for _, c in rows], 3)


def _visible(rows, lo: int, hi: int) -> list[int]:
    return [i for i, ((s, e), _) in enumerate(rows) if s < hi and e > lo]


def _edges(lo: int, hi: int, width: int) -> list[int]:
    edges = [lo // width * width]
    while edges[-1] < hi:
        edges.append(edges[-1] + width)
    return edges


@settings(max_examples=300, deadline=None)
@given(rows=_ROWS, view=_VIEW, width=st.integers(1, 90))
def test_column_counts_equal_a_brute_force_count_per_category_and_column(rows, view,
                                                                        width) -> None:
    lo, hi = view
    edges = _edges(lo, hi, width)
    expected = [[0] * (len(edges) - 1) for _ in range(3)]
    for i in _visible(rows, lo, hi):
        expected[rows[i][1]][column_of(rows[i][0][0], lo, edges)] += 1
    assert _index(rows).column_counts(lo, hi, edges) == expected


@settings(max_examples=200, deadline=None)
@given(rows=_ROWS, view=_VIEW)
def test_visible_count_equals_a_brute_force_scan(rows, view) -> None:
    assert _index(rows).visible_count(*view) == len(_visible(rows, *view))


@settings(max_examples=200, deadline=None)
@given(rows=_ROWS, keep=st.lists(st.booleans(), min_size=80, max_size=80), view=_VIEW)
def test_a_restricted_index_counts_only_the_selected_marks(rows, keep, view) -> None:
    mask = bytes(keep[:len(rows)])
    selected = [row for row, k in zip(rows, mask, strict=True) if k]
    edges = _edges(*view, 40)
    assert (_index(rows).restricted(mask).column_counts(*view, edges)
            == _index(selected).column_counts(*view, edges))


def test_a_span_that_ends_where_the_view_starts_is_not_visible() -> None:
    rows = [((1_000, 1_100), 0), ((1_100, 1_200), 0), ((1_200, 1_300), 0)]
    assert _index(rows).visible_count(1_100, 1_200) == 1


def test_the_known_ends_give_the_range_and_open_ends_are_ignored() -> None:
    rows = [((1_500, 1_600), 1), ((OPEN_START, 1_990), 2), ((1_200, OPEN_END), 0)]
    assert _index(rows).finite_range() == (1_200, 1_990)
    assert _index([((OPEN_START, OPEN_END), 0)]).finite_range() is None
    assert _index([]).finite_range() is None



@settings(max_examples=200, deadline=None)
@given(rows=_ROWS, views=st.lists(_VIEW, max_size=12),
       keep=st.lists(st.booleans(), min_size=80, max_size=80))
def test_counts_of_many_views_at_once_equal_a_scan_of_each(rows, views, keep) -> None:
    mask = bytes(keep[:len(rows)])
    selected = [row for row, k in zip(rows, mask, strict=True) if k]
    los, his = [lo for lo, _ in views], [hi for _, hi in views]
    assert _index(rows).visible_counts(los, his) == [len(_visible(rows, *v)) for v in views]
    assert _index(rows).restricted(mask).visible_counts(los, his) == \
        [len(_visible(selected, *v)) for v in views]


def test_a_view_reaching_past_the_ends_of_time_counts_every_mark_it_holds() -> None:
    rows = [((OPEN_START, 1_500), 0), ((1_200, OPEN_END), 1), ((OPEN_START, OPEN_END), 2)]
    index = _index(rows)
    assert index.visible_counts([OPEN_START - 10], [OPEN_END + 10]) == [3]
    assert index.column_counts(OPEN_START - 10, OPEN_END + 10,
                               [OPEN_START - 10, 0, OPEN_END + 10]) == [[1, 0], [0, 1], [1, 0]]
