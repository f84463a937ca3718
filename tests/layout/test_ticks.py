"""The tick table: a unit chosen from seconds per pixel, from seconds to billions of years,
labels that never overlap, and an axis that always says where the view is."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.layout.scale import TimeScale
from timeline_app.layout.ticks import choose_tick_unit, label_width, ticks_for
from timeline_app.model.calendar import SECONDS_PER_DAY, civil_from_seconds, seconds_at
from timeline_app.model.date_words import Era

CHAR_WIDTH = 7.0
DAY = SECONDS_PER_DAY
YEAR = 365.2425 * DAY


def _view(first: int, span: float, width: float = 1000.0) -> TimeScale:
    return TimeScale(first, 0.0, span, width, first - 10**19, first + 10**19)


@pytest.mark.parametrize(("span_seconds", "unit"), [
    (8, "second"), (20, "5 seconds"), (3_000, "5 minutes"), (2 * DAY, "3 hours"),
    (20 * DAY, "day"), (120 * DAY, "week"), (700 * DAY, "month"), (3000 * DAY, "quarter"),
    (6000 * DAY, "year"), (80_000 * DAY, "10 years"), (5_000 * YEAR, "500 years"),
    (3e6 * YEAR, "200 ka"), (4e9 * YEAR, "200 Ma"), (14e9 * YEAR, "1 Ga"),
])
def test_the_tick_unit_follows_seconds_per_pixel_from_seconds_to_billions_of_years(
        span_seconds, unit):
    scale = _view(seconds_at(2000), span_seconds)
    assert choose_tick_unit(scale, CHAR_WIDTH).name == unit


def test_deep_time_labels_are_sized_by_the_round_values_the_ticks_fall_on() -> None:
    # "12 Ga BCE" fits every 2 Ga across 570 px; the unrounded edge "13.827 Ga BCE" does not
    scale = _view(seconds_at(-13_827_000_000), 13.83e9 * YEAR, width=570.0)
    assert choose_tick_unit(scale, CHAR_WIDTH).name == "2 Ga"
    labels = [t.label for t in ticks_for(scale, CHAR_WIDTH).minor]
    assert "12 Ga BCE" in labels and "2 Ga BCE" in labels


@settings(max_examples=200, deadline=None)
@given(start=st.integers(-10**17, 10**17), span=st.floats(min_value=1.0, max_value=4e17),
       width=st.floats(min_value=200.0, max_value=4000.0),
       era=st.sampled_from(list(Era)))
def test_tick_labels_never_overlap_at_any_zoom(start, span, width, era):
    ticks = ticks_for(_view(start, span, width), CHAR_WIDTH, era)
    assert ticks.minor
    for row in (ticks.minor, ticks.major):
        for left, right in itertools.pairwise(row):
            assert right.x - left.x >= label_width(len(left.label), CHAR_WIDTH) - 1e-6


@pytest.mark.parametrize(("first", "span", "context"), [
    (seconds_at(2024, 3, 10), 120 * DAY, "2024"),
    (seconds_at(2024, 3, 10), 10 * DAY, "Mar 2024"),
    (seconds_at(1985, 4, 12, 23, 20, 30), 1.0, "12 Apr 1985"),
    (seconds_at(1985, 4, 12, 23, 20, 30), 3_000.0, "12 Apr 1985"),
])
def test_the_axis_always_says_where_the_view_is_even_at_the_deepest_zoom(first, span,
                                                                         context):
    ticks = ticks_for(_view(first, span), CHAR_WIDTH)
    assert ticks.major, ticks
    assert ticks.major[0].x <= 0.0 and context in ticks.major[0].label


def test_a_second_wide_view_names_the_second_and_the_day():
    ticks = ticks_for(_view(seconds_at(1985, 4, 12, 23, 20, 30), 2.0), CHAR_WIDTH)
    assert "23:20:30" in [t.label for t in ticks.minor]
    assert ticks.major[0].label == "12 Apr 1985"


def test_year_boundaries_are_marked_as_year_ticks():
    ticks = ticks_for(_view(seconds_at(2020), 800 * DAY), CHAR_WIDTH)
    years = [civil_from_seconds(t.place)[0] for t in ticks.minor if t.is_year]
    assert years == [2020, 2021, 2022]


def test_bce_years_are_labelled_in_the_chosen_era_on_round_era_numbers():
    view = _view(seconds_at(-300), 600 * YEAR)
    assert [t.label for t in ticks_for(view, CHAR_WIDTH, Era.BCE).minor][:8] == [
        "300 BCE", "250 BCE", "200 BCE", "150 BCE", "100 BCE", "50 BCE", "1 CE", "50 CE"]
    assert [t.label for t in ticks_for(view, CHAR_WIDTH, Era.BC).minor][:2] == [
        "300 BC", "250 BC"]
    assert [t.label for t in ticks_for(view, CHAR_WIDTH, Era.ASTRONOMICAL).minor][5:8] == [
        "-50", "0", "50"]


def test_deep_time_reads_in_millions_and_billions_of_years():
    labels = [t.label for t in ticks_for(_view(seconds_at(-13_800_000_000), 14e9 * YEAR),
                                         CHAR_WIDTH).minor]
    assert "12 Ga BCE" in labels and "2 Ga BCE" in labels
    labels = [t.label for t in ticks_for(_view(seconds_at(-250_000_000), 200e6 * YEAR),
                                         CHAR_WIDTH).minor]
    assert "200 Ma BCE" in labels


def test_a_year_cut_by_the_left_edge_is_still_named_there():
    scale = TimeScale.fit(seconds_at(2016, 7), seconds_at(2025, 1), 900.0)
    first = ticks_for(scale, 7.0).minor[0]
    assert (first.label, first.x) == ("2016", 0.0)
