"""The tick table: a unit chosen from days per pixel, labels that never overlap."""

from __future__ import annotations

import itertools
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline_app.layout.scale import TimeScale
from timeline_app.layout.ticks import choose_tick_unit, label_width, ticks_for

CHAR_WIDTH = 7.0
D2020 = date(2020, 1, 1).toordinal()
D2024 = date(2024, 12, 31).toordinal()


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
