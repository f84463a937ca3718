"""The frame builder: lanes never overlap, labels never collide, clusters count every event."""

from __future__ import annotations

import itertools
import math
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.layout import builder as builder_module
from timeline_app.layout import frame_state
from timeline_app.layout.builder import DENSE_EVENTS, MARK_BUDGET, build_frame
from timeline_app.layout.frame import FADE_PX, Cluster, Frame, GlyphKind, LayoutMetrics
from timeline_app.layout.lanes import assign_lanes, lane_window
from timeline_app.layout.scale import TimeScale
from timeline_app.layout.shown import ShownSet
from timeline_app.model.edtf import parse_edtf
from timeline_app.model.events import Category, Event, Period

CATEGORIES = (Category("a", "Alpha", "#aa0000"), Category("b", "Beta", "#0000aa"))
BASE = date(2020, 1, 1).toordinal()
"""Views are given in day ordinals here (BASE is 1 Jan 2020), and placed in seconds."""
DAY = 86_400


def place(day: float) -> float:
    """A day ordinal (with a fraction) as a place in seconds."""
    return (day - date(1970, 1, 1).toordinal()) * DAY


def _scale(first: float, last: float, width: float = 900.0) -> TimeScale:
    start = place(first)
    origin = math.floor(start)
    return TimeScale(origin, start - origin, (last - first) * DAY, width,
                     int(place(BASE - 2000)), int(place(BASE + 4000)))


def _event(index: int, when: str, category: str = "a", title: str | None = None) -> Event:
    return Event(id=f"e{index:06d}", title=title or f"Event number {index}",
                 date=parse_edtf(when), category=category)


def _edtf(day_offset: int, kind: int, length: int) -> str:
    first = date.fromordinal(BASE + day_offset)
    if kind == 0:
        return first.isoformat()
    if kind == 1:
        return first.strftime("%Y-%m")
    if kind == 2:
        return f"{first.year}"
    if kind == 3:
        return f"{first.isoformat()}/{date.fromordinal(BASE + day_offset + length).isoformat()}"
    return f"{first.isoformat()}/.." if kind == 4 else f"../{first.isoformat()}"


_EVENTS = st.lists(
    st.tuples(st.integers(0, 1500), st.integers(0, 5), st.integers(0, 300), st.sampled_from("ab")),
    max_size=120,
).map(lambda rows: [_event(i, _edtf(o, k, n), c) for i, (o, k, n, c) in enumerate(rows)])


def _assert_lanes_do_not_overlap(frame: Frame) -> None:
    by_lane: dict[tuple[int, int], list] = {}
    for glyph in frame.glyphs:
        by_lane.setdefault((glyph.band, glyph.lane), []).append(glyph.rect)
    for rects in by_lane.values():
        rects.sort(key=lambda r: r.x)
        for left, right in itertools.pairwise(rects):
            assert left.right <= right.x + 1e-6


def _frame(events: list[Event], first: float, last: float, *, width: float = 900.0,
           height: float = 600.0, grouped: bool = False) -> Frame:
    return build_frame(ShownSet(events, CATEGORIES), _scale(first, last, width), height,
                       LayoutMetrics(), group_by_category=grouped)


def _drawn_at(event: Event) -> tuple[int, int]:
    """Where a single-range event is drawn: its span, or the bound it is known by."""
    one = event.date.ranges[0]
    if one.low is None and one.high is not None:
        return one.high.start, one.high.end
    if one.high is None and one.low is not None:
        return one.low.start, one.low.end
    return event.start, event.end


def _visible_ids(events: list[Event], first: float, last: float) -> set[str]:
    lo, hi = _scale(first, last).visible_places()
    return {e.id for e in events if _drawn_at(e)[0] < hi and _drawn_at(e)[1] > lo}


def _accounted_ids(frame: Frame) -> list[str]:
    overflow = frame.context_overflow.event_ids if frame.context_overflow is not None else ()
    return ([g.event_id for g in (*frame.glyphs, *frame.context)]
            + [i for c in frame.clusters for i in c.event_ids] + list(overflow))


@settings(max_examples=150, deadline=None)
@given(events=_EVENTS, start=st.integers(-100, 1500), span=st.floats(2.0, 3000.0),
       grouped=st.booleans())
def test_lanes_never_overlap_for_random_events(events, start, span, grouped) -> None:
    frame = _frame(events, BASE + start, BASE + start + span, grouped=grouped)
    _assert_lanes_do_not_overlap(frame)


@settings(max_examples=150, deadline=None)
@given(events=_EVENTS, start=st.integers(-100, 1500), span=st.floats(2.0, 3000.0),
       grouped=st.booleans())
def test_every_visible_event_is_in_exactly_one_glyph_or_cluster(
        events, start, span, grouped) -> None:
    first, last = BASE + start, BASE + start + span
    frame = _frame(events, first, last, height=160.0, grouped=grouped)
    accounted = _accounted_ids(frame)
    assert len(accounted) == len(set(accounted)) == frame.visible_count
    assert set(accounted) == _visible_ids(events, first, last)


@settings(max_examples=150, deadline=None)
@given(events=_EVENTS, start=st.integers(-100, 1500), span=st.floats(2.0, 3000.0))
def test_labels_never_collide_with_labels_or_glyphs(events, start, span) -> None:
    frame = _frame(events, BASE + start, BASE + start + span)
    labels = [g.label for g in frame.glyphs if g.label is not None]
    for i, label in enumerate(labels):
        assert label.x >= 0 and label.right <= frame.width
        assert not any(label.overlaps(other) for other in labels[i + 1:])
        assert not any(label.overlaps(g.rect) for g in frame.glyphs)


@settings(max_examples=150, deadline=None)
@given(events=_EVENTS, start=st.integers(-100, 1500), span=st.floats(2.0, 3000.0))
def test_long_labels_shifted_left_from_the_edge_never_collide(events, start, span) -> None:
    long = [Event(id=e.id, title=f"{e.title} and a long tail to shift left", date=e.date,
                  category=e.category) for e in events]
    frame = _frame(long, BASE + start, BASE + start + span)
    labels = [g.label for g in frame.glyphs if g.label is not None]
    for i, label in enumerate(labels):
        assert label.x >= 0 and label.right <= frame.width
        assert not any(label.overlaps(other) for other in labels[i + 1:])


def test_cluster_counts_add_up_to_the_visible_events_in_a_dense_frame() -> None:
    events = [_event(i, _edtf(i % 1000, i % 3, 5), "ab"[i % 2]) for i in range(DENSE_EVENTS + 500)]
    frame = _frame(events, BASE - 10, BASE + 1100)
    assert frame.dense
    assert not frame.glyphs
    assert sum(c.count for c in frame.clusters) == frame.visible_count == len(events)
    assert sorted(_accounted_ids(frame)) == sorted(e.id for e in events)
    for cluster in frame.clusters:
        assert sum(n for _, n in cluster.category_mix) == cluster.count


def test_overflowing_lanes_become_a_cluster_row_with_counts() -> None:
    events = [_event(i, "2020-03-01") for i in range(60)]
    frame = _frame(events, BASE, BASE + 120, height=300.0)
    assert not frame.dense
    assert frame.glyphs and frame.clusters
    assert len(frame.glyphs) + sum(c.count for c in frame.clusters) == 60


def test_a_day_is_a_point_and_a_month_is_a_bar_over_the_whole_month() -> None:
    events = [_event(0, "2020-03-15"), _event(1, "2020-04", category="b")]
    frame = _frame(events, BASE, BASE + 180)
    scale = frame.scale
    point, bar = frame.glyph_for("e000000"), frame.glyph_for("e000001")
    assert point is not None and bar is not None
    assert point.kind is GlyphKind.POINT
    day = date(2020, 3, 15).toordinal()
    assert point.rect.x + point.rect.width / 2 == pytest.approx(scale.x_for(place(day + 0.5)))
    assert bar.kind is GlyphKind.BAR
    assert bar.rect.x == pytest.approx(scale.x_for(place(date(2020, 4, 1).toordinal())))
    assert bar.rect.right == pytest.approx(scale.x_for(place(date(2020, 5, 1).toordinal())))


def test_a_date_bounded_on_one_side_is_a_mark_at_its_bound_with_a_short_fade() -> None:
    frame = _frame([_event(0, "2020-02-01/..", title="Since"),
                    _event(1, "../2020-02-20", title="No later than")], BASE, BASE + 100)
    since, by = frame.glyph_for("e000000"), frame.glyph_for("e000001")
    assert since is not None and since.open_end and by is not None and by.open_start
    day = 900.0 / 100
    scale = _scale(BASE, BASE + 100)
    # the known day, widened to a dot, and a fade of fixed length on the open side
    assert since.rect.x == pytest.approx(scale.x_for(place(BASE + 31)) + day / 2 - 5.0)
    assert since.rect.width == pytest.approx(10.0 + FADE_PX)
    assert by.rect.right == pytest.approx(scale.x_for(place(BASE + 50)) + day / 2 + 5.0)
    assert by.rect.width == pytest.approx(10.0 + FADE_PX)
    assert since.title == "from 1 Feb 2020 · Since"
    assert by.title == "by 20 Feb 2020 · No later than"


def test_a_date_bounded_on_one_side_is_not_drawn_where_its_bound_is_out_of_view() -> None:
    frame = _frame([_event(0, "../2021-09")], BASE, BASE + 30)  # January 2020
    assert frame.glyphs == () and frame.visible_count == 0


def test_a_bar_clipped_by_the_view_still_runs_past_the_frame_edge() -> None:
    frame = _frame([_event(0, "2019-12-01/2020-02-15"), _event(1, "2020-03-01/2020-06-01")],
                   BASE, BASE + 100)
    before, after = frame.glyph_for("e000000"), frame.glyph_for("e000001")
    assert before is not None and before.rect.x < 0
    assert after is not None and after.rect.right > frame.width


def test_spans_wider_than_the_view_go_to_the_context_band_and_leave_the_lanes_free() -> None:
    days = [_event(i, f"2020-01-{10 + i:02d}", title=f"Day {i}") for i in range(5)]
    spans = [_event(10 + i, f"2019-{1 + i:02d}-01/2020-{6 + i:02d}-30", title=f"Span {i}")
             for i in range(5)]
    starts_inside = _event(20, "2020-01-20/2021-12-31", title="Starts inside")
    frame = _frame(days + spans + [starts_inside], BASE, BASE + 30)
    assert [g.title for g in frame.context[:1]] == ["Starts inside"]  # it starts in the view
    assert len(frame.context) == 2 and frame.context_overflow is not None
    assert frame.context_overflow.count == 4
    band = frame.context_band
    assert band is not None and all(band.y <= g.rect.y < band.bottom for g in frame.context)
    assert all(g.label is not None and g.label.x >= 4.0 for g in frame.context)
    assert sorted(g.title for g in frame.glyphs) == [f"Day {i}" for i in range(5)]
    assert all(g.rect.y >= band.bottom for g in frame.glyphs)


def test_grouping_puts_each_category_in_its_own_band_with_a_header() -> None:
    events = [_event(0, "2020-02-01", "b"), _event(1, "2020-02-03", "a")]
    frame = _frame(events, BASE, BASE + 100, grouped=True)
    assert [b.label for b in frame.bands] == ["Alpha", "Beta"]
    for glyph in frame.glyphs:
        band = frame.bands[glyph.band]
        assert band.category == glyph.category
        assert band.header is not None and band.header.bottom <= glyph.rect.y


def test_panning_within_a_lane_chunk_keeps_every_event_in_its_lane() -> None:
    events = [_event(i, _edtf(i * 3, i % 4, 20)) for i in range(300)]
    shown = ShownSet(events, CATEGORIES)
    window = lane_window(int(place(BASE + 100)), 90 * DAY / 900, 900)
    start = window.first + DAY
    scale = TimeScale(start, 0.0, 90.0 * DAY, 900, int(place(BASE - 2000)),
                      int(place(BASE + 4000)))
    panned = scale.panned(200)
    assert lane_window(panned.visible_places()[0], panned.seconds_per_pixel, 900) == window
    before = {g.event_id: g.lane for g in build_frame(shown, scale, 900).glyphs}
    after = {g.event_id: g.lane for g in build_frame(shown, panned, 900).glyphs}
    common = before.keys() & after.keys()
    assert common and all(before[i] == after[i] for i in common)


@settings(max_examples=100, deadline=None)
@given(events=_EVENTS, start=st.integers(-100, 1500), span=st.floats(2.0, 3000.0),
       grouped=st.booleans())
def test_dense_cluster_counts_add_up_and_list_every_visible_event_once(
        events, start, span, grouped) -> None:
    first, last = BASE + start, BASE + start + span
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(builder_module, "DENSE_EVENTS", -1)  # every frame is dense
        frame = _frame(events, first, last, grouped=grouped)
    assert frame.dense and not frame.glyphs
    accounted = _accounted_ids(frame)
    assert sum(c.count for c in frame.clusters) == frame.visible_count == len(accounted)
    assert len(set(accounted)) == len(accounted)
    assert set(accounted) == _visible_ids(events, first, last)
    for cluster in frame.clusters:
        assert len(cluster.event_ids) == cluster.count == sum(n for _, n in cluster.category_mix)


def test_events_too_close_for_a_label_go_to_separate_lanes() -> None:
    events = [_event(0, "2020-01-10"), _event(1, "2020-01-11")]
    frame = _frame(events, BASE, BASE + 3000)
    assert [g.lane for g in frame.glyphs] == [0, 1]
    assert all(g.label is not None for g in frame.glyphs)


def test_a_label_is_left_out_when_too_few_characters_fit() -> None:
    frame = _frame([_event(0, "2020-02-10/2020-04-07"), _event(1, "2020-04-09")],
                   BASE, BASE + 100)
    bar, point = frame.glyph_for("e000000"), frame.glyph_for("e000001")
    assert bar is not None and point is not None and bar.lane == point.lane
    assert point.rect.right > frame.width - 20
    assert point.label is None


def test_a_label_near_the_right_edge_shifts_left_into_free_room_to_end_by_the_edge() -> None:
    title = "A long title that would not fit between its mark and the edge"
    frame = _frame([_event(0, "2020-04-05", title=title)], BASE, BASE + 100)
    glyph = frame.glyphs[0]
    metrics = LayoutMetrics()
    assert frame.width - glyph.rect.x < len(title) * metrics.char_width
    assert glyph.label is not None
    assert glyph.label.x < glyph.rect.x
    assert glyph.label.right == pytest.approx(frame.width - frame_state.LABEL_GAP_PX)
    shift = glyph.rect.x - glyph.label.x
    if shift < frame_state.MAX_LABEL_SHIFT_PX:
        assert glyph.label.width == pytest.approx((len(title) + 1) * metrics.char_width)
    else:
        assert shift == pytest.approx(frame_state.MAX_LABEL_SHIFT_PX)


def test_a_label_never_starts_further_left_of_its_mark_than_the_shift_limit() -> None:
    title = "A very long title " * 8
    frame = _frame([_event(0, "2020-04-05", title=title)], BASE, BASE + 100)
    glyph = frame.glyphs[0]
    assert glyph.label is not None
    assert glyph.rect.x - glyph.label.x <= frame_state.MAX_LABEL_SHIFT_PX + 1e-9
    assert glyph.label.right <= frame.width - frame_state.LABEL_GAP_PX + 1e-9


def test_a_shifted_label_stops_a_gap_after_the_previous_mark_and_its_label() -> None:
    events = [_event(0, "2020-02-10/2020-04-01", title="Earlier"),
              _event(1, "2020-04-05", title="A long title that runs out of room " * 3)]
    frame = _frame(events, BASE, BASE + 100)
    earlier, late = frame.glyph_for("e000000"), frame.glyph_for("e000001")
    assert earlier is not None and late is not None and earlier.lane == late.lane
    assert earlier.label is not None and late.label is not None
    assert late.label.x < late.rect.x
    free_from = max(earlier.rect.right, earlier.label.right) + frame_state.LABEL_GAP_PX
    assert late.rect.x - free_from < frame_state.MAX_LABEL_SHIFT_PX  # the free room binds
    assert late.label.x == pytest.approx(free_from)


def test_clicking_a_cluster_target_is_found_by_item_at() -> None:
    events = [_event(i, "2020-03-01") for i in range(60)]
    frame = _frame(events, BASE, BASE + 120, height=300.0)
    cluster = frame.clusters[0]
    centre = (cluster.rect.x + cluster.rect.width / 2, cluster.rect.y + cluster.rect.height / 2)
    assert isinstance(frame.item_at(*centre), Cluster)


def test_assign_lanes_reuses_the_lowest_free_lane() -> None:
    assert assign_lanes([(0, 5), (1, 3), (3, 4), (6, 7)]) == [0, 1, 1, 0]


def test_a_crowded_sparse_frame_draws_at_most_the_mark_budget_and_clusters_the_rest() -> None:
    events = [_event(i, _edtf(i % 400, i % 2, 3), "ab"[i % 2]) for i in range(2000)]
    for grouped in (False, True):
        frame = _frame(events, BASE, BASE + 400, width=1600.0, height=900.0, grouped=grouped)
        assert not frame.dense
        assert 0 < len(frame.glyphs) <= MARK_BUDGET
        accounted = _accounted_ids(frame)
        assert len(accounted) == len(set(accounted)) == frame.visible_count == len(events)


@settings(max_examples=100, deadline=None)
@given(events=_EVENTS, start=st.integers(-100, 1500), span=st.floats(2.0, 3000.0),
       grouped=st.booleans())
def test_a_small_mark_budget_keeps_every_event_once_and_lanes_apart(
        events, start, span, grouped) -> None:
    first, last = BASE + start, BASE + start + span
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(builder_module, "MARK_BUDGET", 10)
        frame = _frame(events, first, last, grouped=grouped)
    accounted = _accounted_ids(frame)
    assert len(accounted) == len(set(accounted)) == frame.visible_count
    assert set(accounted) == _visible_ids(events, first, last)
    lanes = {(g.band, g.lane) for g in frame.glyphs}
    assert len(frame.glyphs) <= 10 or len({lane for _, lane in lanes}) == 1
    _assert_lanes_do_not_overlap(frame)


def test_periods_are_clipped_to_the_view_and_push_the_lanes_below_their_row():
    metrics = LayoutMetrics()
    periods = (Period("Before", parse_edtf("2019")), Period("Early", parse_edtf("2020-01/2020-03"),
                                                           "#336699"),
               Period("Later", parse_edtf("2020-06/2021")))
    events = [_event(1, "2020-02-10")]
    frame = build_frame(ShownSet(events, CATEGORIES, periods), _scale(BASE, BASE + 200), 300.0,
                        metrics)
    assert [p.title for p in frame.periods] == ["Early", "Later"]  # 2019 is out of view
    early, later = frame.periods
    assert early.rect.x == 0.0 and early.color == "#336699"  # starts with the view
    assert later.rect.right == 900.0  # runs past the view's right edge
    assert early.alternate and not later.alternate  # every other period of the data
    assert early.label.y == metrics.axis_height
    assert frame.bands[0].rect.y == metrics.axis_height + metrics.period_row_height
    plain = build_frame(ShownSet(events, CATEGORIES), _scale(BASE, BASE + 120), 300.0, metrics)
    assert plain.periods == () and plain.bands[0].rect.y == metrics.axis_height


def test_the_selected_event_is_drawn_even_where_its_region_is_counts() -> None:
    events = [_event(i, f"2020-{1 + i % 12:02d}-{1 + i % 28:02d}")
              for i in range(DENSE_EVENTS + 50)]
    scale = _scale(BASE, BASE + 366)
    plain = build_frame(ShownSet(events, CATEGORIES), scale, 600.0, LayoutMetrics())
    assert plain.dense and plain.glyph_for("e000007") is None
    chosen = build_frame(ShownSet(events, CATEGORIES), scale, 600.0, LayoutMetrics(),
                         selected="e000007")
    glyph = chosen.glyph_for("e000007")
    assert glyph is not None and glyph.label is not None
    assert chosen.clusters == plain.clusters  # the counts are unchanged
