"""The EDTF subset used by timeline files: parsing, spans and human wording.

Supported forms: ``YYYY``, ``YYYY-MM`` and ``YYYY-MM-DD``, each optionally
followed by ``~`` (approximate), ``?`` (uncertain) or ``%`` (both), and
intervals ``A/B`` where either end may be ``..`` (open).

A date's *span* runs from its first possible day to its last, as proleptic
Gregorian ordinals (``date.toordinal()``), so that the index, the layout and
the filters compare plain integers. Open ends use ``OPEN_START``/``OPEN_END``.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from functools import lru_cache

OPEN_START = date.min.toordinal()
OPEN_END = date.max.toordinal()

MONTH_ABBR = ("", "Jan", "Feb", "Mar", "Apr", "May", "Jun",
              "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
"""Month abbreviations by month number (index 0 is unused)."""
_MONTH_NAME = ("", "January", "February", "March", "April", "May", "June",
               "July", "August", "September", "October", "November", "December")

_SINGLE = re.compile(r"(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?(?P<qual>[~?%])?")


_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def days_in_month(year: int, month: int) -> int:
    """Like calendar.monthrange()[1], without computing a weekday (a hot path at load)."""
    if month == 2 and calendar.isleap(year):
        return 29
    return _MONTH_DAYS[month]


class DateError(ValueError):
    """A string that is not a date of the supported EDTF subset; the message says why."""


class Precision(Enum):
    DAY = "day"
    MONTH = "month"
    YEAR = "year"
    INTERVAL = "interval"


@dataclass(frozen=True, slots=True)
class DatePoint:
    """One calendar date at day, month or year precision, with its qualifiers."""

    year: int
    month: int | None
    day: int | None
    approximate: bool
    uncertain: bool

    @property
    def precision(self) -> Precision:
        if self.day is not None:
            return Precision.DAY
        if self.month is not None:
            return Precision.MONTH
        return Precision.YEAR

    @property
    def first_day(self) -> int:
        return date(self.year, self.month or 1, self.day or 1).toordinal()

    @property
    def last_day(self) -> int:
        month = self.month or 12
        day = self.day or days_in_month(self.year, month)
        return date(self.year, month, day).toordinal()

    def describe(self) -> str:
        """Plain English, e.g. '15 Mar 2019', 'April 2024', '2017', with '(approx.)'."""
        if self.day is not None:
            text = f"{self.day} {MONTH_ABBR[self.month or 1]} {self.year}"
        elif self.month is not None:
            text = f"{_MONTH_NAME[self.month]} {self.year}"
        else:
            text = str(self.year)
        return text + _qualifier_words(self.approximate, self.uncertain)


@dataclass(frozen=True, slots=True)
class EdtfDate:
    """A parsed date or interval. ``start``/``end`` are ``None`` for an open end.

    ``precision``, ``approximate``, ``uncertain``, ``open_start`` and
    ``open_end`` are plain attributes set once here, not properties: layout
    reads them for every mark of every frame, and ``parse_edtf`` is cached, so
    computing them at parse time is free.
    """

    text: str
    start: DatePoint | None
    end: DatePoint | None
    is_interval: bool
    first_day: int
    last_day: int
    precision: Precision = field(init=False, compare=False, repr=False)
    approximate: bool = field(init=False, compare=False, repr=False)
    uncertain: bool = field(init=False, compare=False, repr=False)
    open_start: bool = field(init=False, compare=False, repr=False)
    open_end: bool = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        # Plain code, not a loop over names: every distinct date string of a file
        # is parsed (and so derived) once, and a large file has many.
        start, end, define = self.start, self.end, object.__setattr__
        if self.is_interval:
            define(self, "precision", Precision.INTERVAL)
            define(self, "approximate", bool((start is not None and start.approximate)
                                             or (end is not None and end.approximate)))
            define(self, "uncertain", bool((start is not None and start.uncertain)
                                           or (end is not None and end.uncertain)))
            define(self, "open_start", start is None)
            define(self, "open_end", end is None)
        else:
            assert start is not None
            define(self, "precision", start.precision)
            define(self, "approximate", start.approximate or (end is not None and end.approximate))
            define(self, "uncertain", start.uncertain or (end is not None and end.uncertain))
            define(self, "open_start", False)
            define(self, "open_end", False)

    @property
    def first_date(self) -> date | None:
        return None if self.first_day == OPEN_START else date.fromordinal(self.first_day)

    def describe(self) -> str:
        """The date in words: 'April 2024', 'December 2022 to June 2024', 'from 2024'."""
        if not self.is_interval:
            assert self.start is not None
            return self.start.describe()
        if self.start is None:
            assert self.end is not None
            return f"until {self.end.describe()}"
        if self.end is None:
            return f"from {self.start.describe()}"
        return f"{self.start.describe()} to {self.end.describe()}"

    def describe_span(self) -> str:
        """The span as days, e.g. '1–30 Apr 2024', '1 Dec 2022 – 30 Jun 2024'."""
        return describe_day_range(self.first_day, self.last_day)


def describe_day_range(first_day: int, last_day: int) -> str:
    """Words for an inclusive range of day ordinals; open ends read as '…'."""
    if first_day == OPEN_START and last_day == OPEN_END:
        return "any time"
    if first_day == OPEN_START:
        return f"… – {_day_words(date.fromordinal(last_day))}"
    if last_day == OPEN_END:
        return f"{_day_words(date.fromordinal(first_day))} – …"
    first, last = date.fromordinal(first_day), date.fromordinal(last_day)
    if first == last:
        return _day_words(first)
    if first.year == last.year and first.month == last.month:
        return f"{first.day}–{last.day} {MONTH_ABBR[first.month]} {first.year}"
    if first.year == last.year:
        return (f"{first.day} {MONTH_ABBR[first.month]} – "
                f"{last.day} {MONTH_ABBR[last.month]} {first.year}")
    return f"{_day_words(first)} – {_day_words(last)}"


def iso_day(day: float) -> str:
    """A day ordinal as ``YYYY-MM-DD``; empty for an open end."""
    if day in (OPEN_START, OPEN_END):
        return ""
    return date.fromordinal(min(max(int(day), OPEN_START), OPEN_END)).isoformat()


def _day_words(day: date) -> str:
    return f"{day.day} {MONTH_ABBR[day.month]} {day.year}"


def _qualifier_words(approximate: bool, uncertain: bool) -> str:
    if approximate and uncertain:
        return " (approx., uncertain)"
    if approximate:
        return " (approx.)"
    if uncertain:
        return " (uncertain)"
    return ""


@lru_cache(maxsize=65536)
def parse_edtf(text: str) -> EdtfDate:
    """Parse a date or interval; raise DateError with a plain-English reason.

    Cached: large files repeat the same date strings many times, and the
    result is immutable.
    """
    if not isinstance(text, str):
        raise DateError(f"expected a date string, got {type(text).__name__}")
    if text != text.strip() or not text:
        raise DateError(f"{text!r} is not a date: it is empty or has spaces around it")
    if "/" in text:
        return _parse_interval(text)
    point = _parse_point(text, whole=text)
    return EdtfDate(text, point, point, False, point.first_day, point.last_day)


def _parse_interval(text: str) -> EdtfDate:
    parts = text.split("/")
    if len(parts) != 2:
        raise DateError(f"{text!r} is not a date: an interval has exactly one '/'")
    left, right = parts
    if left == ".." and right == "..":
        raise DateError(f"{text!r} is not a date: an interval needs at least one known end")
    start = None if left == ".." else _parse_point(left, whole=text)
    end = None if right == ".." else _parse_point(right, whole=text)
    first_day = OPEN_START if start is None else start.first_day
    last_day = OPEN_END if end is None else end.last_day
    if start is not None and end is not None and end.last_day < start.first_day:
        raise DateError(f"{text!r} is not a date: the interval ends before it starts")
    return EdtfDate(text, start, end, True, first_day, last_day)


def _parse_point(text: str, whole: str) -> DatePoint:
    match = _SINGLE.fullmatch(text)
    if match is None:
        raise DateError(f"{whole!r} is not a date: {_shape_hint(text)}")
    year = int(match["year"])
    month = int(match["month"]) if match["month"] else None
    day = int(match["day"]) if match["day"] else None
    if year == 0:
        raise DateError(f"{whole!r} is not a date: year 0000 is not supported")
    if month is not None and not 1 <= month <= 12:
        raise DateError(f"{whole!r} is not a date: there is no month {month}")
    if month is not None and day is not None:
        month_days = days_in_month(year, month)
        if day == 0 or day > month_days:
            if month == 2 and day == 29:
                raise DateError(f"{whole!r} is not a date: {year} is not a leap year")
            raise DateError(
                f"{whole!r} is not a date: {_MONTH_NAME[month]} {year} has "
                f"{month_days} days, so there is no day {day}"
            )
    qualifier = match["qual"]
    return DatePoint(year, month, day, qualifier in ("~", "%"), qualifier in ("?", "%"))


def _shape_hint(text: str) -> str:
    if re.fullmatch(r"\d{4}-\d{1,2}(-\d{1,2})?[~?%]?", text):
        return "months and days take two digits, e.g. 2024-04 or 2024-04-05"
    if re.fullmatch(r"\d{1,3}([-~?%].*)?|\d{5,}.*", text):
        return "years take four digits"
    return "expected YYYY, YYYY-MM or YYYY-MM-DD, optionally with ~, ? or %, or an interval A/B"
