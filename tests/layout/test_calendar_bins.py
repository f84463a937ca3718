"""Calendar bins: the finest unit that fits, on calendar boundaries, named as a reader
names them and as a date filter takes them."""

from __future__ import annotations

from timeline_app.layout.calendar_bins import calendar_bins
from timeline_app.model.calendar import seconds_at
from timeline_app.model.edtf import parse_edtf


def test_a_few_months_are_binned_by_month_with_their_names():
    found = calendar_bins(seconds_at(2020, 1, 15), seconds_at(2020, 4, 2), 10)
    assert found.unit == "month"
    assert [b.label for b in found.bins] == ["Jan 2020", "Feb 2020", "Mar 2020", "Apr 2020"]
    assert found.bins[1].start == seconds_at(2020, 2) and found.bins[1].end == seconds_at(2020, 3)


def test_coarser_units_take_over_as_the_range_grows():
    assert calendar_bins(seconds_at(2017), seconds_at(2025), 40).unit == "quarter"
    assert calendar_bins(seconds_at(2017), seconds_at(2025), 10).unit == "year"
    assert calendar_bins(seconds_at(1850), seconds_at(2025), 30).unit == "decade"
    deep = calendar_bins(seconds_at(-13_800_000_000), seconds_at(2025), 40)
    assert deep.unit == "1,000,000,000 years"


def test_every_bin_is_the_span_of_its_edtf_date():
    for unit_range in ((seconds_at(2019, 11), seconds_at(2021, 2), 40),
                       (seconds_at(2017), seconds_at(2025), 40),
                       (seconds_at(-500), seconds_at(30), 10)):
        for found in calendar_bins(*unit_range).bins:
            date = parse_edtf(found.edtf)
            assert (date.start, date.end) == (found.start, found.end), found
