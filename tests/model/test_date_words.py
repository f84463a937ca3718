"""Dates in words: what a date says, what it spans, and how the app read it."""

from __future__ import annotations

import pytest

from timeline_app.model.calendar import OPEN_END, seconds_at
from timeline_app.model.date_words import (
    Era,
    describe,
    describe_span,
    interpretation,
    iso_place,
    iso_year,
    year_words,
)
from timeline_app.model.edtf import parse_edtf


@pytest.mark.parametrize(("text", "words", "span"), [
    ("2024-04", "April 2024", "1–30 Apr 2024"),
    ("2017", "2017", "1 Jan – 31 Dec 2017"),
    ("2019-03-15", "15 Mar 2019", "15 Mar 2019"),
    ("2022-12/2024-06", "December 2022 to June 2024", "1 Dec 2022 – 30 Jun 2024"),
    ("2024/..", "from 2024", "1 Jan 2024 – …"),
    ("2024/", "from 2024, end unknown", "1 Jan 2024 – …"),
    ("../2019-03", "until March 2019", "… – 31 Mar 2019"),
    ("/2019-03", "until March 2019, start unknown", "… – 31 Mar 2019"),
    ("2024-04~", "April 2024 (approx.)", "1–30 Apr 2024"),
    ("2004-06~-11", "11 Jun 2004 (year and month approx.)", "11 Jun 2004"),
    ("-0043-03-15", "15 Mar 44 BCE", "15 Mar 44 BCE"),
    ("0000", "1 BCE", "1 Jan – 31 Dec 1 BCE"),
    ("0044", "44 CE", "1 Jan – 31 Dec 44 CE"),
    ("-0200/0200", "201 BCE to 200 CE", "1 Jan 201 BCE – 31 Dec 200 CE"),
    ("Y-170000000", "170,000,001 BCE", "1 Jan – 31 Dec 170,000,001 BCE"),
    ("2001-21", "Spring 2001", "1 Mar – 31 May 2001"),
    ("2001-34", "Q2 2001", "1 Apr – 30 Jun 2001"),
    ("201X", "some year in 2010–2019", "1 Jan 2010 – 31 Dec 2019"),
    ("1985-04-XX", "some day in April 1985", "1–30 Apr 1985"),
    ("156X-12-25", "25 Dec, some year in 1560–1569", "25 Dec 1560 – 25 Dec 1569"),
    ("1950S2", "some year in 1900–1999", "1 Jan 1900 – 31 Dec 1999"),
    ("[1667,1668,1670..1672]", "one of: 1667, 1668, 1670 to 1672",
     "1 Jan 1667 – 31 Dec 1672"),
    ("{1960,1961-12}", "all of: 1960, December 1961", "1 Jan 1960 – 31 Dec 1961"),
    ("[..1760-12-03]", "one of: 3 Dec 1760 or earlier", "… – 3 Dec 1760"),
    ("1985-04-12T23:20:30Z", "12 Apr 1985 23:20:30 UTC", "12 Apr 1985 23:20:30 UTC"),
    ("1985-04-12T23:20:30-04", "12 Apr 1985 23:20:30 (UTC-04:00)",
     "13 Apr 1985 03:20:30 UTC"),
    ("1985-04-12T23:20:30", "12 Apr 1985 23:20:30 (local time, no zone)",
     "12 Apr 1985 23:20:30"),
])
def test_a_date_is_described_in_words_and_by_its_span(text, words, span):
    parsed = parse_edtf(text)
    assert describe(parsed) == words
    assert describe_span(parsed) == span


@pytest.mark.parametrize(("year", "bce", "bc", "astronomical"), [
    (2024, "2024", "2024", "2024"), (44, "44 CE", "AD 44", "44"), (1, "1 CE", "AD 1", "1"),
    (0, "1 BCE", "1 BC", "0"), (-43, "44 BCE", "44 BC", "-43"),
    (-170_000_000, "170,000,001 BCE", "170,000,001 BC", "-170,000,000")])
def test_years_are_named_in_the_chosen_era(year, bce, bc, astronomical):
    assert year_words(year, Era.BCE) == bce
    assert year_words(year, Era.BC) == bc
    assert year_words(year, Era.ASTRONOMICAL) == astronomical


def test_the_choices_the_specification_leaves_open_are_stated():
    assert interpretation(parse_edtf("2001-24")) == [
        "Winter is read as December–February (into the next year)."]
    assert interpretation(parse_edtf("1950S2")) == [
        "2 significant digits: some year in 1 Jan 1900 – 31 Dec 1999, estimated as 1950."]
    assert "placed as written" in interpretation(parse_edtf("1985-04-12T23:20:30"))[0]
    assert "13 Apr 1985 03:20:30 UTC" in interpretation(parse_edtf("1985-04-12T23:20:30-04"))[0]
    assert "unknown" in interpretation(parse_edtf("1985/"))[0]
    assert "open" in interpretation(parse_edtf("1985/.."))[0]
    assert interpretation(parse_edtf("2024-04")) == []


@pytest.mark.parametrize(("year", "iso"), [
    (2024, "2024"), (0, "0000"), (-43, "-0043"), (12345, "+12345"),
    (-170_000_000, "-170000000")])
def test_iso_years_are_astronomical_and_expanded_beyond_four_digits(year, iso):
    assert iso_year(year) == iso


def test_a_place_is_written_as_iso_8601_with_its_time_when_asked():
    place = seconds_at(1985, 4, 12, 23, 20, 30)
    assert iso_place(place) == "1985-04-12"
    assert iso_place(place, "Z") == "1985-04-12T23:20:30Z"
    assert iso_place(seconds_at(-43, 3, 15)) == "-0043-03-15"
    assert iso_place(OPEN_END) == ""
