"""TimeScale maps days to pixels, zooms, pans and clamps."""

from __future__ import annotations

from datetime import date

import pytest

from timeline_app.layout.scale import MIN_SPAN_DAYS, TimeScale, finite_day_range
from timeline_app.model.dates import OPEN_END, OPEN_START

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
