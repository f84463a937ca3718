"""What a date is: EDTF dates as parsed parts, ranges and spans of whole seconds.

``model.edtf.parse_edtf`` builds these from text; nothing here parses. Every
date has a *span*, from its first possible second (``start``, inclusive) to
the first second after its last (``end``, exclusive), as places of
``model.calendar``. An open or unknown end is the sentinel ``OPEN_START`` or
``OPEN_END`` with its ``Bound`` saying which.

A date is drawn as one mark per ``Range``: a plain date or an interval has
one; a set ("one of" ``[…]``, "all of" ``{…}``) has one per member, so the
marks keep the members apart while the span covers them all.

Parts, ranges and dates are named tuples rather than frozen dataclasses: a
file of distinct dates (a forensic log has one per event) builds several per
event, and a tuple is built in one C call, where a frozen dataclass sets each
field through ``object.__setattr__``.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import NamedTuple

from timeline_app.model.calendar import OPEN_END, OPEN_START


class DateError(ValueError):
    """A string that is not an EDTF date; the message names the form and why."""


class Precision(Enum):
    """The finest unit a date names, or what kind of compound it is."""

    SECOND = "second"
    DAY = "day"
    MONTH = "month"
    SEASON = "season"  # a sub-year grouping, codes 21-41
    YEAR = "year"
    INTERVAL = "interval"
    SET = "set"

    def __init__(self, value: str) -> None:
        #: A day or finer: small enough to be drawn as a point when zoomed out. A plain
        #: attribute, as building an event table reads it for every event.
        self.is_fine = value in ("second", "day")


class Bound(Enum):
    """How one end of a range is known."""

    CLOSED = "closed"  # a date
    OPEN = "open"  # '..': no bound was given (there may be none)
    UNKNOWN = "unknown"  # empty: there is a bound, but it is not known


class DateKind(Enum):
    DATE = "date"
    INTERVAL = "interval"
    ONE_OF = "one of"  # [a,b,…]: one of the members is the date
    ALL_OF = "all of"  # {a,b,…}: every member is part of the date


@dataclass(frozen=True, slots=True)
class Qualifiers:
    approximate: bool = False
    uncertain: bool = False

    def __bool__(self) -> bool:
        return self.approximate or self.uncertain

    def __or__(self, other: Qualifiers) -> Qualifiers:
        return Qualifiers(self.approximate or other.approximate,
                          self.uncertain or other.uncertain)


NO_QUALIFIERS = Qualifiers()


class TimeOfDay(NamedTuple):
    """A time as written: ``offset_minutes`` is None for a floating (zone-less) time."""

    hour: int
    minute: int
    second: int
    fraction: str  # the digits after the decimal point, as written ("" for none)
    offset_minutes: int | None
    zone: str  # as written: "Z", "+04:30", "-04" or ""


class DatePart(NamedTuple):
    """One calendar date of an EDTF string (a year, month, season, day, maybe a time).

    ``year``/``month``/``day`` are the written digits (``"156X"``, ``"1X"``),
    with the year's sign; ``year_value`` is the year when it is fully known
    (for ``Y17E7`` the value 170000000; for ``1950S2`` the estimate 1950).
    Qualifiers are kept per component, as level 2 writes them.
    """

    text: str
    year: str
    year_value: int | None
    month: str | None
    season: int | None
    day: str | None
    time: TimeOfDay | None
    significant_digits: int | None
    year_qualifiers: Qualifiers
    month_qualifiers: Qualifiers
    day_qualifiers: Qualifiers
    precision: Precision
    start: int
    end: int

    @property
    def qualifiers(self) -> Qualifiers:
        year, month, day = self.year_qualifiers, self.month_qualifiers, self.day_qualifiers
        if month is day and (year is month or month is NO_QUALIFIERS):  # the usual case
            return year
        return year | month | day

    @property
    def unspecified(self) -> bool:
        """Some digit is unknown: an ``X``, or digits past the significant ones."""
        return self.significant_digits is not None or "X" in self.text


class Range(NamedTuple):
    """One mark's worth of a date: a date, an interval, or a set member (``a..b``).

    ``low``/``high`` are the same part for a plain date; None on an open or
    unknown side, which ``low_bound``/``high_bound`` tell apart.
    """

    low: DatePart | None
    high: DatePart | None
    low_bound: Bound = Bound.CLOSED
    high_bound: Bound = Bound.CLOSED

    @property
    def start(self) -> int:
        return self.low.start if self.low is not None else OPEN_START

    @property
    def end(self) -> int:
        return self.high.end if self.high is not None else OPEN_END

    @property
    def is_single(self) -> bool:
        return self.low is self.high and self.low is not None

    @property
    def qualifiers(self) -> Qualifiers:
        if self.low is self.high and self.low is not None:
            return self.low.qualifiers
        found = NO_QUALIFIERS
        for part in (self.low, self.high):
            if part is not None:
                found = found | part.qualifiers
        return found

    @property
    def unspecified(self) -> bool:
        low, high = self.low, self.high
        return ((low is not None and low.unspecified)
                or (high is not low and high is not None and high.unspecified))

    @property
    def precision(self) -> Precision:
        if self.is_single and self.low is not None:
            return self.low.precision
        return Precision.INTERVAL


class EdtfDate(NamedTuple):
    """A parsed EDTF string. ``ranges`` are its marks; the rest is derived once.

    ``start``/``end`` are the span of all the ranges together. ``precision``,
    ``approximate``, ``uncertain``, ``unspecified`` and the bounds are plain
    fields set at parse time: layout and filtering read them for every mark,
    and parsing is cached per distinct string.
    """

    text: str
    kind: DateKind
    ranges: tuple[Range, ...]
    start: int
    end: int
    precision: Precision
    approximate: bool
    uncertain: bool
    unspecified: bool
    start_bound: Bound
    end_bound: Bound

    @classmethod
    def of(cls, text: str, kind: DateKind, ranges: tuple[Range, ...]) -> EdtfDate:
        """Derive the span, precision and flags of ``ranges`` (once per distinct string,
        for every date of a file: plain loops, no intermediate objects)."""
        approximate = uncertain = unspecified = False
        for one in ranges:
            for part in ((one.low,) if one.low is one.high else (one.low, one.high)):
                if part is None:
                    continue
                for q in (part.year_qualifiers, part.month_qualifiers, part.day_qualifiers):
                    approximate = approximate or q.approximate
                    uncertain = uncertain or q.uncertain
                unspecified = unspecified or part.unspecified
        if len(ranges) == 1:
            first = last = ranges[0]
        else:
            first = min(ranges, key=lambda r: r.start)
            last = max(ranges, key=lambda r: r.end)
        if kind in (DateKind.ONE_OF, DateKind.ALL_OF):
            precision = Precision.SET
        else:
            precision = ranges[0].precision
        return cls(text, kind, ranges, first.start, last.end, precision, approximate, uncertain,
                   unspecified, first.low_bound, last.high_bound)

    @property
    def is_interval(self) -> bool:
        return self.kind is DateKind.INTERVAL

    @property
    def open_start(self) -> bool:
        """No known start: open (``..``) or unknown (empty)."""
        return self.start_bound is not Bound.CLOSED

    @property
    def open_end(self) -> bool:
        return self.end_bound is not Bound.CLOSED

    @property
    def first_part(self) -> DatePart | None:
        """The earliest known part, e.g. for a source's year in a credit line."""
        parts = [p for r in self.ranges for p in (r.low, r.high) if p is not None]
        return min(parts, key=lambda p: p.start) if parts else None
