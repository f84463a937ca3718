"""TimeScale maps places to pixels, zooms, pans and clamps, exactly from deep time to the
second."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline_app.layout.scale import (
    FIRST_PLACE,
    LAST_PLACE,
    MIN_SPAN_SECONDS,
    TimeScale,
)
from timeline_app.model.calendar import OPEN_END, OPEN_START, seconds_at

Y2020, Y2025 = seconds_at(2020), seconds_at(2025)


def _scale(width: float = 1000.0) -> TimeScale:
    return TimeScale.fit(Y2020, Y2025, width)


def test_x_for_and_place_for_are_inverse() -> None:
    scale = _scale()
    for place in (scale.first, Y2020 + 0.5, Y2025):
        assert scale.place_for(scale.x_for(place)) == pytest.approx(place)


def test_fit_shows_the_whole_range_with_a_margin_on_both_sides() -> None:
    scale = _scale()
    assert scale.first < Y2020 and scale.last > Y2025
    assert scale.x_for(Y2020) > 0 and scale.x_for(Y2025) < scale.width


def test_zooming_keeps_the_place_under_the_anchor_still() -> None:
    scale = _scale()
    anchor = scale.place_for(300)
    zoomed = scale.zoomed(4.0, 300)
    assert zoomed.span == pytest.approx(scale.span / 4)
    assert zoomed.place_for(300) == pytest.approx(anchor)


def test_zoom_in_stops_at_one_second_across_the_view() -> None:
    assert _scale().zoomed(1e12).span == pytest.approx(MIN_SPAN_SECONDS)


def test_zoom_out_stops_at_the_data_range_plus_margin() -> None:
    scale = _scale()
    wider = scale.zoomed(1 / 100)
    assert wider.visible_places() == (scale.min_place, scale.max_place)


def test_panning_moves_later_and_clamps_at_the_limits() -> None:
    scale = _scale().zoomed(10)
    panned = scale.panned(100)
    assert panned.first == pytest.approx(scale.first + 100 * scale.seconds_per_pixel)
    assert scale.panned(1e9).last == pytest.approx(scale.max_place)
    assert scale.panned(-1e9).first == pytest.approx(scale.min_place)


def test_with_range_shows_the_requested_places() -> None:
    scale = _scale().with_range(Y2020 + 10, Y2020 + 40)
    assert scale.visible_places() == (Y2020 + 10, Y2020 + 40)


def test_widening_lets_a_range_beyond_the_data_be_shown() -> None:
    early = seconds_at(2010)
    scale = _scale().widened_to(early, Y2020 + 30).with_range(early, Y2020 + 30)
    assert scale.visible_places() == (early, Y2020 + 30)


def test_widening_stays_within_the_furthest_years() -> None:
    scale = _scale().widened_to(OPEN_START, OPEN_END)
    assert (scale.min_place, scale.max_place) == (FIRST_PLACE, LAST_PLACE)


def test_a_one_second_view_stays_exact_at_the_age_of_the_universe() -> None:
    big_bang = seconds_at(-13_800_000_000)
    scale = TimeScale.fit(big_bang, seconds_at(2024), 1000).with_range(big_bang + 7,
                                                                       big_bang + 8)
    assert scale.visible_places() == (big_bang + 7, big_bang + 8)
    assert scale.x_for(big_bang + 7) == 0.0
    assert scale.x_for(big_bang + 8) == pytest.approx(1000.0)


@given(st.floats(1.0, 1e6))
def test_panning_a_second_wide_view_in_deep_time_moves_it_smoothly(dx) -> None:
    big_bang = seconds_at(-13_800_000_000)
    scale = TimeScale.fit(big_bang, seconds_at(2024), 1000).with_range(big_bang + 7,
                                                                       big_bang + 8)
    panned = scale.panned(dx)
    assert panned.x_for(big_bang + 7) == pytest.approx(-dx, abs=1e-6)


def test_zooming_from_ten_billion_years_to_one_second_moves_every_mark_as_it_should() -> None:
    """Each wheel step scales the picture about the cursor by exactly the zoom factor:
    no mark jumps, at 10 billion years across the view or at one second."""
    target = seconds_at(1985, 4, 12, 23, 20, 30)
    scale = TimeScale.fit(seconds_at(-10_000_000_000), seconds_at(2100), 1000)
    anchor_x = scale.x_for(target)
    steps = 0
    while scale.span > MIN_SPAN_SECONDS:
        before = scale.x_for(target)
        zoomed = scale.zoomed(1.25, anchor_x)
        factor = scale.span / zoomed.span
        expected = anchor_x + (before - anchor_x) * factor
        assert zoomed.x_for(target) == pytest.approx(expected, abs=1e-6), steps
        scale, steps = zoomed, steps + 1
    assert steps > 150
    assert scale.span == MIN_SPAN_SECONDS
    # The cursor's first pixel covered ten million years: it ends within a minute of
    # the second it started on.
    assert abs(scale.place_for(anchor_x) - target) < 60
