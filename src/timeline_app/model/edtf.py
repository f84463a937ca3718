"""Reading EDTF: the Library of Congress Extended Date/Time Format (ISO 8601-2 profile).

All of levels 0 and 1, and the parts of level 2 a chronology needs:

- dates ``1985``, ``1985-04``, ``1985-04-12``, any year from ``-9999`` to ``9999``
  (astronomical numbering: ``0000`` is 1 BCE), and ``Y``-prefixed years beyond
  that (``Y170000002``, ``Y-17E7``);
- date-times ``1985-04-12T23:20:30``, with a fraction of a second, ``Z`` or an
  offset ``±hh``/``±hh:mm``;
- seasons and sub-year groupings ``2001-21`` … ``2001-41``;
- qualifiers ``?``, ``~``, ``%`` after a date or, at level 2, before or after a
  single component (``2004-06~-11``, ``?2004-06-~11``);
- unspecified digits ``X`` anywhere (``201X``, ``1985-XX``, ``156X-12-25``) and
  significant digits ``1950S2``;
- intervals ``A/B`` whose ends may be open (``..``) or unknown (empty);
- the sets "one of" ``[1667,1668,1670..1672]`` and "all of" ``{1960,1961-12}``.

Everything else is refused with a message that names the form, including the
specification's own invalid examples and the 2012 draft's retired forms.
``parse_edtf`` is cached: a large file repeats its date strings many times.
"""

from __future__ import annotations

import re
from functools import lru_cache
from sys import intern

from timeline_app.model import calendar
from timeline_app.model.calendar import (
    MAX_ABS_YEAR,
    OPEN_END,
    OPEN_START,
    days_in_month,
    is_leap,
    seconds_at,
)
from timeline_app.model.dates import (
    NO_QUALIFIERS,
    Bound,
    DateError,
    DateKind,
    DatePart,
    EdtfDate,
    Precision,
    Qualifiers,
    Range,
)
from timeline_app.model.edtf_digits import (
    candidate_years,
    digits_match,
    first_valid,
    next_unit_start,
)
from timeline_app.model.edtf_hints import character_problem, hint_for
from timeline_app.model.edtf_times import (
    date_time_problem,
    day_problem,
    valid_date_time,
)
from timeline_app.wording import translate

#: The months each sub-year code covers, as (first month, last month); a last month
#: past 12 runs into the next year. Codes 21-24 ("independent of location") are read
#: as the meteorological seasons of the northern hemisphere, like 25-28.
SEASON_MONTHS: dict[int, tuple[int, int]] = {
    21: (3, 5), 22: (6, 8), 23: (9, 11), 24: (12, 14),
    25: (3, 5), 26: (6, 8), 27: (9, 11), 28: (12, 14),
    29: (9, 11), 30: (12, 14), 31: (3, 5), 32: (6, 8),
    33: (1, 3), 34: (4, 6), 35: (7, 9), 36: (10, 12),
    37: (1, 4), 38: (5, 8), 39: (9, 12),
    40: (1, 6), 41: (7, 12),
}

_QUALIFYING_CHARACTERS = frozenset("~?%XS")


def may_have_features(text: str) -> bool:
    """Whether the date ``text`` may be qualified (``~ ? %``), have unspecified digits
    (``X``, or significant digits ``S``) or a loose end (``..`` open, or an interval's
    empty side, unknown): a text that cannot need not be parsed to know."""
    return (not _QUALIFYING_CHARACTERS.isdisjoint(text) or ".." in text
            or text.startswith("/") or text.endswith("/"))


_QUALIFIER = {"": NO_QUALIFIERS, "~": Qualifiers(approximate=True),
              "?": Qualifiers(uncertain=True), "%": Qualifiers(True, True)}

_DATE = re.compile(
    r"(?P<yq0>[?~%])?(?P<year>Y-?\d+(?:E\d+)?|-?[\dX]{4})(?:S(?P<sig>\d+))?(?P<yq1>[?~%])?"
    r"(?:-(?P<mq0>[?~%])?(?P<month>[\dX]{2})(?P<mq1>[?~%])?"
    r"(?:-(?P<dq0>[?~%])?(?P<day>[\dX]{2})(?P<dq1>[?~%])?)?)?")
_SIMPLE = re.compile(r"(-?[0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?([~?%])?")
_SIMPLE_LONG_YEAR = re.compile(r"Y-?[1-9][0-9]{4,}")


@lru_cache(maxsize=65536)
def parse_edtf(text: str) -> EdtfDate:
    """Parse an EDTF string; raise DateError naming the form and the reason."""
    if not isinstance(text, str):
        raise DateError(translate("DateSyntax", "expected a date string, got {kind}").format(
            kind=type(text).__name__))
    simple = _fast_part(text)
    if simple is not None:
        qualifiers = simple.year_qualifiers
        return EdtfDate(text, DateKind.DATE, (Range(simple, simple),), simple.start, simple.end,
                        simple.precision, qualifiers.approximate, qualifiers.uncertain, False,
                        Bound.CLOSED, Bound.CLOSED)
    interval = _simple_interval(text)
    if interval is not None:
        return interval
    _check_characters(text)
    if text[0] in "[{":
        return _parse_set(text)
    if "/" in text:
        return _parse_interval(text)
    part = _parse_part(text, text)
    return EdtfDate.of(text, DateKind.DATE, (Range(part, part),))


def _fast_part(text: str) -> DatePart | None:
    """The most common dates, read directly: ``_simple_part``, a date-time
    (``valid_date_time``) or a plain Y year (``Y-170000000``). None for anything else,
    an invalid one included: the general path reads it, or words why not. Every date
    of a forensic timeline is distinct, so each is parsed, and parsing is the load."""
    if "T" in text:
        return valid_date_time(text)
    if text[:1] == "Y":
        if _SIMPLE_LONG_YEAR.fullmatch(text) is None:
            return None
        value = int(text[1:])
        return None if abs(value) > MAX_ABS_YEAR else \
            _year_part(text, text, value, value, value, None, NO_QUALIFIERS)
    return _simple_part(text)


def _simple_part(text: str) -> DatePart | None:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` of a year from -9999 to 9999, with at
    most a qualifier at the end; None for anything else (see ``_fast_part``)."""
    match = _SIMPLE.fullmatch(text)
    if match is None:
        return None
    year_text, month_text, day_text, mark = match.groups()
    if year_text == "-0000":
        return None
    # a file holds each year, month and day many times over: keep one string of each
    year_text = intern(year_text)
    year = int(year_text)
    qualifiers = _QUALIFIER[mark or ""]
    if month_text is None:
        start = seconds_at(year)
        return DatePart(text, year_text, year, None, None, None, None, None, qualifiers,
                        NO_QUALIFIERS, NO_QUALIFIERS, Precision.YEAR, start,
                        start + (366 if is_leap(year) else 365) * calendar.SECONDS_PER_DAY)
    month_text = intern(month_text)
    month = int(month_text)
    if not 1 <= month <= 12:
        return None
    month_days = days_in_month(year, month)
    if day_text is None:
        start = seconds_at(year, month)
        return DatePart(text, year_text, year, month_text, None, None, None, None, qualifiers,
                        qualifiers, NO_QUALIFIERS, Precision.MONTH, start,
                        start + month_days * calendar.SECONDS_PER_DAY)
    day_text = intern(day_text)
    day = int(day_text)
    if not 1 <= day <= month_days:
        return None
    start = seconds_at(year, month, day)
    return DatePart(text, year_text, year, month_text, None, day_text, None, None, qualifiers,
                    qualifiers, qualifiers, Precision.DAY, start,
                    start + calendar.SECONDS_PER_DAY)


def _simple_interval(text: str) -> EdtfDate | None:
    """``A/B`` of simple dates or ``..``, read directly; None for anything else."""
    low_text, slash, high_text = text.partition("/")
    if not slash or "/" in high_text:
        return None
    low = None if low_text == ".." else _fast_part(low_text)
    high = None if high_text == ".." else _fast_part(high_text)
    if (low is None and low_text != "..") or (high is None and high_text != "..") \
            or (low is None and high is None) \
            or (low is not None and high is not None and high.end <= low.start):
        return None  # the general path reads it, or words why not
    low_bound = Bound.OPEN if low is None else Bound.CLOSED
    high_bound = Bound.OPEN if high is None else Bound.CLOSED
    approximate = any(p is not None and p.year_qualifiers.approximate for p in (low, high))
    uncertain = any(p is not None and p.year_qualifiers.uncertain for p in (low, high))
    return EdtfDate(text, DateKind.INTERVAL, (Range(low, high, low_bound, high_bound),),
                    low.start if low is not None else OPEN_START,
                    high.end if high is not None else OPEN_END, Precision.INTERVAL,
                    approximate, uncertain, False, low_bound, high_bound)


def _fail(whole: str, reason: str, **parts: object) -> DateError:
    """``reason`` is a whole clause, translated by the caller; ``parts`` fill it in."""
    return DateError(translate("DateSyntax", "{text} is not a date: {reason}").format(
        text=repr(whole), reason=reason.format(**parts) if parts else reason))


def _check_characters(text: str) -> None:
    problem = character_problem(text)
    if problem is not None:
        raise _fail(text, problem)


# --- sets and intervals -------------------------------------------------------


def _parse_set(text: str) -> EdtfDate:
    opening = text[0]
    closing = "]" if opening == "[" else "}"
    kind = DateKind.ONE_OF if opening == "[" else DateKind.ALL_OF
    if text[-1] != closing or closing in text[1:-1] or "[" in text[1:] or "{" in text[1:]:
        raise _fail(text, translate("DateSyntax", "a set opened with {opening} closes with "
                                                  "{closing}, once"),
                    opening=repr(opening), closing=repr(closing))
    inner = text[1:-1]
    if not inner:
        raise _fail(text, translate("DateSyntax", "a set needs at least one member"))
    members = inner.split(",")
    ranges = tuple(_set_member(member, text, first=i == 0, last=i == len(members) - 1)
                   for i, member in enumerate(members))
    return EdtfDate.of(text, kind, ranges)


def _set_member(member: str, whole: str, *, first: bool, last: bool) -> Range:
    if not member:
        raise _fail(whole, translate("DateSyntax", "a set has an empty member (two commas, "
                                                   "or a comma at an end)"))
    if ".." not in member:
        part = _parse_part(member, whole)
        return Range(part, part)
    low_text, _, high_text = member.partition("..")
    if ".." in high_text or (not low_text and not high_text):
        raise _fail(whole, translate("DateSyntax", "{member} is not a set member: write "
                                                   "a..b, ..b or a.."), member=repr(member))
    if not low_text and not first:
        raise _fail(whole, translate("DateSyntax", "only the first member of a set may start "
                                                   "with '..'"))
    if not high_text and not last:
        raise _fail(whole, translate("DateSyntax", "only the last member of a set may end "
                                                   "with '..'"))
    low = _parse_part(low_text, whole) if low_text else None
    high = _parse_part(high_text, whole) if high_text else None
    if low is not None and high is not None:
        if low.precision is not high.precision:
            raise _fail(whole, translate("DateSyntax", "the ends of {member} have different "
                                                       "precisions"), member=repr(member))
        if high.end <= low.start:
            raise _fail(whole, translate("DateSyntax", "{member} ends before it starts"),
                        member=repr(member))
    return Range(low, high, Bound.CLOSED if low else Bound.OPEN,
                 Bound.CLOSED if high else Bound.OPEN)


def _parse_interval(text: str) -> EdtfDate:
    parts = text.split("/")
    if len(parts) != 2:
        raise _fail(text, translate("DateSyntax", "an interval has exactly one '/'"))
    ends: list[tuple[DatePart | None, Bound]] = []
    for side in parts:
        if side == "":
            ends.append((None, Bound.UNKNOWN))
        elif side == "..":
            ends.append((None, Bound.OPEN))
        else:
            ends.append((_fast_part(side) or _parse_part(side, text), Bound.CLOSED))
    (low, low_bound), (high, high_bound) = ends
    if low is None and high is None:
        raise _fail(text, translate("DateSyntax", "an interval needs at least one known end"))
    if low is not None and high is not None and high.end <= low.start:
        raise _fail(text, translate("DateSyntax", "the interval ends before it starts"))
    return EdtfDate.of(text, DateKind.INTERVAL, (Range(low, high, low_bound, high_bound),))


# --- one date -------------------------------------------------------------------


def _parse_part(text: str, whole: str) -> DatePart:
    if "T" in text:
        return _parse_date_time(text, whole)
    match = _DATE.fullmatch(text)
    if match is None:
        raise _fail(whole, hint_for(text))
    year, month, day = match["year"], match["month"], match["day"]
    if "~" in text or "?" in text or "%" in text:
        q = {name: _QUALIFIER[match[name] or ""]
             for name in ("yq0", "yq1", "mq0", "mq1", "dq0", "dq1")}
        year_q = q["yq0"] | q["yq1"] | q["mq1"] | q["dq1"]
        month_q = q["mq0"] | q["mq1"] | q["dq1"]
        day_q = q["dq0"] | q["dq1"]
    else:
        year_q = month_q = day_q = NO_QUALIFIERS
    significant = int(match["sig"]) if match["sig"] is not None else None
    if year.startswith("Y"):
        return _long_year(text, whole, year, significant, month, year_q)
    if year == "-0000":
        raise _fail(whole, translate("DateSyntax", "year zero has no sign: write 0000 (1 BCE)"))
    if significant is not None:
        if month is not None or "X" in year:
            raise _fail(whole, translate("DateSyntax", "significant digits (S) go on a year "
                                                       "alone, without X"))
        value = int(year)
        return _significant_part(text, whole, year, value, significant, year_q)
    if month is not None and "X" not in month and 21 <= int(month) <= 41:
        if day is not None:
            raise _fail(whole, translate("DateSyntax", "a season or sub-year grouping "
                                                       "({code}) has no day"), code=month)
        if "X" in year:
            raise _fail(whole, translate("DateSyntax", "a season takes a whole year, without X"))
        return _season_part(text, whole, int(year), int(month), year_q | month_q)
    return _calendar_part(text, whole, year, month, day, year_q, month_q, day_q)


def _parse_date_time(text: str, whole: str) -> DatePart:
    part = valid_date_time(text)
    if part is None:
        raise _fail(whole, date_time_problem(text))
    return part


def _check_day(whole: str, year: int, month: int, day: int) -> None:
    problem = day_problem(year, month, day)
    if problem:
        raise _fail(whole, problem)


def _check_year(whole: str, year: int) -> None:
    if abs(year) > MAX_ABS_YEAR:
        raise _fail(whole, translate("DateSyntax", "year {year:,} is further than {limit:,} "
                                                   "years from year 0, the furthest this app "
                                                   "can place"), year=year, limit=MAX_ABS_YEAR)


def _long_year(text: str, whole: str, year: str, significant: int | None, month: str | None,
               qualifiers: Qualifiers) -> DatePart:
    """``Y170000002``, ``Y-17E7``, ``Y3388E2S3``: a year and nothing more."""
    if month is not None:
        raise _fail(whole, translate("DateSyntax", "a Y year is a year alone: it takes no "
                                                   "month or day"))
    if qualifiers:
        raise _fail(whole, translate("DateSyntax", "a Y year takes no ~, ? or %: give its "
                                                   "significant digits with S instead "
                                                   "(Y-17E7S2)"))
    digits = year[1:].lstrip("-")
    mantissa, _, exponent = digits.partition("E")
    if mantissa.startswith("0"):
        raise _fail(whole, translate("DateSyntax", "a Y year has no leading zeros"))
    if not exponent and len(mantissa) <= 4:
        raise _fail(whole, translate("DateSyntax", "Y is only for years of more than four "
                                                   "digits: write {year}"),
                    year=f"{'-' if year[1] == '-' else ''}{mantissa.zfill(4)}")
    sign = -1 if year[1] == "-" else 1
    if exponent and int(exponent) > 12:
        raise _fail(whole, translate("DateSyntax", "the exponent E{exponent} is beyond the "
                                                   "years this app can place"), exponent=exponent)
    value = sign * int(mantissa) * 10 ** int(exponent or 0)
    _check_year(whole, value)
    if significant is not None:
        return _significant_part(text, whole, year, value, significant, qualifiers)
    return _year_part(text, year, value, value, value, None, qualifiers)


def _significant_part(text: str, whole: str, year: str, value: int, significant: int,
                      qualifiers: Qualifiers) -> DatePart:
    """The first ``significant`` digits of the year are known; the rest may be anything.

    ``1950S2`` is some year from 1900 to 1999, estimated 1950.
    """
    digits = str(abs(value))
    if not 1 <= significant <= len(digits):
        raise _fail(whole, translate("DateSyntax", "S{significant} asks for more significant "
                                                   "digits than the {digits} of the year "
                                                   "{year}"),
                    significant=significant, digits=len(digits), year=value)
    rest = len(digits) - significant
    low = int(digits[:significant] + "0" * rest)
    high = int(digits[:significant] + "9" * rest)
    first, last = (low, high) if value >= 0 else (-high, -low)
    _check_year(whole, first)
    _check_year(whole, last)
    return _year_part(text, year, value, first, last, significant, qualifiers)


def _year_part(text: str, year: str, value: int | None, first: int, last: int,
               significant: int | None, qualifiers: Qualifiers) -> DatePart:
    return DatePart(text, year, value, None, None, None, None, significant, qualifiers,
                    NO_QUALIFIERS, NO_QUALIFIERS, Precision.YEAR, seconds_at(first),
                    seconds_at(last + 1))


def _season_part(text: str, whole: str, year: int, code: int,
                 qualifiers: Qualifiers) -> DatePart:
    first_month, last_month = SEASON_MONTHS[code]
    end_year, end_month = divmod(last_month, 12)  # the month after the last, in its year
    return DatePart(text, f"{year:04d}" if year >= 0 else f"-{-year:04d}", year,
                    f"{code}", code, None, None, None, qualifiers, qualifiers,
                    NO_QUALIFIERS, Precision.SEASON, seconds_at(year, first_month),
                    seconds_at(year + end_year, end_month + 1))


def _calendar_part(text: str, whole: str, year: str, month: str | None, day: str | None,
                   year_q: Qualifiers, month_q: Qualifiers, day_q: Qualifiers) -> DatePart:
    """A year, month or day, any of whose digits may be X (unspecified)."""
    if month is not None and "X" not in month and not 1 <= int(month) <= 12:
        if int(month) == 0 or int(month) > 41:
            raise _fail(whole, translate("DateSyntax", "there is no month {number}"),
                        number=int(month))
        raise _fail(whole, translate("DateSyntax", "there is no month {number} (seasons are "
                                                   "21-41)"), number=int(month))
    if "X" not in text:
        return _exact_part(text, whole, year, month, day, year_q, month_q, day_q)
    years = candidate_years(year)
    months = [m for m in range(1, 13) if digits_match(month, m)] if month is not None else []
    days = [d for d in range(1, 32) if digits_match(day, d)] if day is not None else []
    if month is not None and not months:
        raise _fail(whole, translate("DateSyntax", "no month matches {pattern}"), pattern=month)
    if day is not None and not days:
        raise _fail(whole, translate("DateSyntax", "no day matches {pattern}"), pattern=day)
    earliest = first_valid(years, months, days, month is not None, day is not None)
    latest = first_valid(years[::-1], months[::-1], days[::-1], month is not None,
                          day is not None)
    if earliest is None or latest is None:
        raise _fail(whole, translate("DateSyntax", "no calendar date matches {text}"), text=text)
    precision = (Precision.DAY if day is not None else
                 Precision.MONTH if month is not None else Precision.YEAR)
    start = seconds_at(*earliest)
    end = next_unit_start(*latest, precision)
    value = int(year) if "X" not in year else None
    return DatePart(text, year, value, month, None, day, None, None, year_q, month_q, day_q,
                    precision, start, end)


def _exact_part(text: str, whole: str, year: str, month: str | None, day: str | None,
                year_q: Qualifiers, month_q: Qualifiers, day_q: Qualifiers) -> DatePart:
    """A year, month or day with every digit known: the common case, computed directly."""
    value = int(year)
    if day is not None and month is not None:
        _check_day(whole, value, int(month), int(day))
        start = seconds_at(value, int(month), int(day))
        end, precision = start + calendar.SECONDS_PER_DAY, Precision.DAY
    elif month is not None:
        number = int(month)
        start = seconds_at(value, number)
        end, precision = seconds_at(value + number // 12, number % 12 + 1), Precision.MONTH
    else:
        start, end, precision = seconds_at(value), seconds_at(value + 1), Precision.YEAR
    return DatePart(text, year, value, month, None, day, None, None, year_q, month_q, day_q,
                    precision, start, end)
