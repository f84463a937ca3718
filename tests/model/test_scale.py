"""TimeScale maps days to pixels, zooms, pans, clamps, and picks ticks that never overlap."""

from __future__ import annotations

import itertools
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline_app.model.dates import OPEN_END, OPEN_START
from timeline_app.model.scale import (
    MIN_SPAN_DAYS,
    TimeScale,
    choose_tick_unit,
    finite_day_range,
    label_width,
    ticks_for,
)

CHAR_WIDTH = 7.0
D2020 = date(2020, 1, 1).toordinal()
D2024 = date(2024, 12, 31).toordinal()


def _scale(width: float = 1000.0) -> TimeScale:
    return TimeScale.fit(D2020, D2024, width)


def test_x_for_day_and_day_for_x_are_inverse() -> None:
    scale = _scale()
    for day in (scale.first_day, D2020 + 0.5, D2024):
        assert scale.day_for_x(scale.x_for_day(day)) == pytest.approx(day)


def test_fit_shows_the_whole_range_with_a_margin_on_both_sides() -> None:
    scale = _scale()
    assert scale.first_day < D2020
    assert scale.last_day > D2024 + 1
    assert scale.x_for_day(D2020) > 0
    assert scale.x_for_day(D2024 + 1) < scale.width


def test_zooming_keeps_the_day_under_the_anchor_still() -> None:
    scale = _scale()
    anchor_day = scale.day_for_x(300)
    zoomed = scale.zoomed(4.0, 300)
    assert zoomed.span_days == pytest.approx(scale.span_days / 4)
    assert zoomed.day_for_x(300) == pytest.approx(anchor_day)


def test_zoom_in_stops_at_one_day_across_the_view() -> None:
    scale = _scale().zoomed(1e9)
    assert scale.span_days == pytest.approx(MIN_SPAN_DAYS)


def test_zoom_out_stops_at_the_data_range_plus_margin() -> None:
    scale = _scale()
    wider = scale.zoomed(1 / 100)
    assert (wider.first_day, wider.last_day) == (scale.min_day, scale.max_day)


def test_panning_moves_later_and_clamps_at_the_limits() -> None:
    scale = _scale().zoomed(10)
    panned = scale.panned(100)
    assert panned.first_day == pytest.approx(scale.first_day + 100 * scale.days_per_pixel)
    assert scale.panned(1e9).last_day == pytest.approx(scale.max_day)
    assert scale.panned(-1e9).first_day == pytest.approx(scale.min_day)


def test_with_range_shows_the_requested_days() -> None:
    scale = _scale().with_range(D2020 + 10, D2020 + 40)
    assert (scale.first_day, scale.last_day) == (D2020 + 10, D2020 + 40)


def test_widening_lets_a_range_beyond_the_data_be_shown() -> None:
    early = D2020 - 3650
    scale = _scale().widened_to(early, D2020 + 30).with_range(early, D2020 + 30)
    assert (scale.first_day, scale.last_day) == (early, D2020 + 30)


def test_widening_stays_within_the_calendar() -> None:
    scale = _scale().widened_to(-1e9, 1e9)
    assert scale.min_day >= 1 and scale.max_day <= date.max.toordinal()


def test_finite_day_range_ignores_open_ends() -> None:
    assert finite_day_range([(OPEN_START, 100), (50, OPEN_END), (70, 80)]) == (50, 100)
    assert finite_day_range([]) is None


@pytest.mark.parametrize(("span_days", "unit"), [
    (20, "day"), (120, "week"), (700, "month"), (3000, "quarter"), (6000, "year"),
    (80_000, "decade"),
])
def test_tick_unit_follows_days_per_pixel(span_days: float, unit: str) -> None:
    assert choose_tick_unit(span_days / 1000, CHAR_WIDTH).name == unit


@given(span=st.floats(min_value=1.0, max_value=3_000_000.0),
       width=st.floats(min_value=200.0, max_value=4000.0))
def test_tick_labels_never_overlap_at_any_zoom(span: float, width: float) -> None:
    first = date(1000, 1, 1).toordinal()
    scale = TimeScale(first, first + span, width, first - 10, first + 3_000_010)
    ticks = ticks_for(scale, CHAR_WIDTH)
    for row in (ticks.minor, ticks.major):
        for left, right in itertools.pairwise(row):
            assert right.x - left.x >= label_width(len(left.label), CHAR_WIDTH) - 1e-6


def test_a_year_label_stays_visible_when_zoomed_into_months() -> None:
    start = date(2024, 3, 10).toordinal()
    scale = TimeScale(start, start + 120, 1000, D2020, D2024)
    ticks = ticks_for(scale, CHAR_WIDTH)
    assert ticks.unit.name in ("week", "month")
    assert any("2024" in tick.label for tick in ticks.major)
    assert ticks.major[0].x <= 0.0 or ticks.major[0].x < 50


def test_year_boundaries_are_marked_as_year_ticks() -> None:
    scale = TimeScale(D2020, D2020 + 800, 1000, D2020, D2024)
    years = [t for t in ticks_for(scale, CHAR_WIDTH).minor if t.is_year]
    assert [date.fromordinal(int(t.day)).year for t in years] == [2020, 2021, 2022]
