"""A date cell is read as EDTF as written, as ISO with a space, or from words; never
guessed."""

from __future__ import annotations

import pytest

from timeline_app.formats.date_cells import DateCellError, DateReading, read_date
from timeline_app.formats.table import CellDate


@pytest.mark.parametrize(("cell", "edtf"), [
    ("2019-03", "2019-03"), ("-0043-03-15", "-0043-03-15"), ("1985-04-12T23:20:30Z",
                                                              "1985-04-12T23:20:30Z"),
    ("2019-03-04 10:30:15", "2019-03-04T10:30:15"),
    ("2019-03-04 10:30:15+0800", "2019-03-04T10:30:15+08:00"),
    ("2019-03-04 10:30", "2019-03-04T10:30:00/2019-03-04T10:30:59"),
    ("2019/3/4", "2019-03-04"), ("13/4/2019", "2019-04-13"), ("4.13.2019", "2019-04-13"),
    ("  2019-03  ", "2019-03"),
])
def test_a_date_written_as_a_date_is_read_exactly(cell, edtf):
    assert read_date(cell) == DateReading(edtf)


def test_a_date_written_as_words_keeps_the_words():
    assert read_date("circa 1850") == DateReading("1850~", "circa 1850")


def test_a_spreadsheet_date_cell_keeps_the_precision_of_its_format():
    assert read_date(CellDate("2019-03", "2019-03")) == DateReading("2019-03")


def test_an_empty_cell_has_no_date():
    assert read_date("   ") is None


def test_a_day_and_month_that_could_be_either_way_round_are_refused_with_both_readings():
    with pytest.raises(DateCellError, match="2019-04-03 or 2019-03-04"):
        read_date("3/4/2019")


def test_a_cell_that_is_no_date_says_how_to_write_one():
    with pytest.raises(DateCellError, match=r"'sometime' is not a date.*EDTF"):
        read_date("sometime")
