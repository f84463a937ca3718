"""The EDTF subset: every form, every span and every error."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline_app.model.dates import OPEN_END, OPEN_START, DateError, Precision, parse_edtf


def day(year: int, month: int, dom: int) -> int:
    return date(year, month, dom).toordinal()


@pytest.mark.parametrize(
    ("text", "precision", "first", "last"),
    [
        ("2017", Precision.YEAR, day(2017, 1, 1), day(2017, 12, 31)),
        ("2024-04", Precision.MONTH, day(2024, 4, 1), day(2024, 4, 30)),
        ("2024-02", Precision.MONTH, day(2024, 2, 1), day(2024, 2, 29)),
        ("2023-02", Precision.MONTH, day(2023, 2, 1), day(2023, 2, 28)),
        ("2019-03-15", Precision.DAY, day(2019, 3, 15), day(2019, 3, 15)),
        ("2024-02-29", Precision.DAY, day(2024, 2, 29), day(2024, 2, 29)),
        ("2022-12/2024-06", Precision.INTERVAL, day(2022, 12, 1), day(2024, 6, 30)),
        ("2024/..", Precision.INTERVAL, day(2024, 1, 1), OPEN_END),
        ("../2019-03", Precision.INTERVAL, OPEN_START, day(2019, 3, 31)),
        ("2019-03-05/2019-03-15", Precision.INTERVAL, day(2019, 3, 5), day(2019, 3, 15)),
    ],
)
def test_a_date_spans_from_its_first_possible_day_to_its_last(text, precision, first, last):
    parsed = parse_edtf(text)
    assert parsed.precision is precision
    assert (parsed.first_day, parsed.last_day) == (first, last)


@pytest.mark.parametrize(
    ("text", "approximate", "uncertain"),
    [("2024-04~", True, False), ("2024-04?", False, True), ("2024-04%", True, True),
     ("2024-04", False, False), ("2017~/2018", True, False), ("2017/2018?", False, True)],
)
def test_qualifiers_mark_a_date_approximate_or_uncertain(text, approximate, uncertain):
    parsed = parse_edtf(text)
    assert (parsed.approximate, parsed.uncertain) == (approximate, uncertain)


def test_a_qualified_date_keeps_the_span_of_its_unqualified_form():
    assert parse_edtf("2024-04~").first_day == parse_edtf("2024-04").first_day
    assert parse_edtf("2024-04%").last_day == parse_edtf("2024-04").last_day


def test_open_ends_are_reported_as_open():
    assert parse_edtf("2024/..").open_end and not parse_edtf("2024/..").open_start
    assert parse_edtf("../2019-03").open_start
    assert parse_edtf("../2019-03").first_date is None
    assert not parse_edtf("2024").open_end


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("2023-02-29", "2023 is not a leap year"),
        ("2024-13", "there is no month 13"),
        ("2024-00", "there is no month 0"),
        ("2024-01-32", "there is no day 32"),
        ("2024-04-31", "April 2024 has 30 days"),
        ("2024-04-00", "there is no day 0"),
        ("2024-4", "two digits"),
        ("2024-04-5", "two digits"),
        ("April 2024", "expected YYYY"),
        ("24", "four digits"),
        ("", "empty"),
        (" 2024", "spaces"),
        ("2024/2023", "ends before it starts"),
        ("2024-05/2024-04-30", "ends before it starts"),
        ("../..", "at least one known end"),
        ("2020/2021/2022", "exactly one '/'"),
        ("2024~~", "expected YYYY"),
        ("0000", "year 0000"),
        ("2024-04-01T10:00", "expected YYYY"),
    ],
)
def test_a_bad_date_is_refused_with_the_reason(text, reason):
    with pytest.raises(DateError, match=reason):
        parse_edtf(text)


def test_an_interval_may_start_and_end_in_the_same_month():
    assert parse_edtf("2024-04/2024-04").last_day == day(2024, 4, 30)


@pytest.mark.parametrize(
    ("text", "words", "span"),
    [
        ("2024-04", "April 2024", "1–30 Apr 2024"),
        ("2017", "2017", "1 Jan – 31 Dec 2017"),
        ("2019-03-15", "15 Mar 2019", "15 Mar 2019"),
        ("2022-12/2024-06", "December 2022 to June 2024", "1 Dec 2022 – 30 Jun 2024"),
        ("2024/..", "from 2024", "1 Jan 2024 – …"),
        ("../2019-03", "until March 2019", "… – 31 Mar 2019"),
        ("2024-04~", "April 2024 (approx.)", "1–30 Apr 2024"),
    ],
)
def test_a_date_is_described_in_words_and_as_days(text, words, span):
    parsed = parse_edtf(text)
    assert parsed.describe() == words
    assert parsed.describe_span() == span


@given(st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)))
def test_every_real_day_parses_to_itself(value):
    text = f"{value.year:04d}-{value.month:02d}-{value.day:02d}"
    parsed = parse_edtf(text)
    assert parsed.first_day == parsed.last_day == value.toordinal()


@given(st.dates(min_value=date(1, 1, 1)), st.dates(min_value=date(1, 1, 1)))
def test_an_interval_parses_exactly_when_it_does_not_end_before_it_starts(a, b):
    text = f"{a.isoformat()}/{b.isoformat()}"
    if b < a:
        with pytest.raises(DateError):
            parse_edtf(text)
    else:
        assert parse_edtf(text).first_day == a.toordinal()
