"""EDTF date-times (``YYYY-MM-DDThh:mm:ss`` with a fraction and an offset) and the real
days of the calendar: reading them, and saying why a text is not one."""

from __future__ import annotations

import re

from timeline_app.model.calendar import days_in_month, seconds_at
from timeline_app.model.dates import NO_QUALIFIERS, DatePart, Precision, TimeOfDay
from timeline_app.model.edtf_hints import hint_for
from timeline_app.wording import month_name, translate

_TIME = re.compile(r"(?P<h>\d{2}):(?P<m>\d{2}):(?P<s>\d{2})(?:\.(?P<frac>\d{1,9}))?"
                   r"(?P<zone>Z|[+-]\d{2}(?::\d{2})?)?")
_PLAIN_DAY = re.compile(r"-?\d{4}-\d{2}-\d{2}")
SIMPLE_TIME = re.compile(r"(-?[0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2})"
                          r"(?:\.([0-9]{1,9}))?(Z|[+-][0-9]{2}(?::[0-9]{2})?)?")


def valid_date_time(text: str) -> DatePart | None:
    """``YYYY-MM-DDThh:mm:ss[.fff][Z|±hh[:mm]]``, or None when it is not a valid one
    (``date_time_problem`` says why)."""
    match = SIMPLE_TIME.fullmatch(text)
    if match is None:
        return None
    year_text, month_text, day_text, hour_text, minute_text, second_text, fraction, zone = \
        match.groups()
    year, month, day = int(year_text), int(month_text), int(day_text)
    hour, minute, second = int(hour_text), int(minute_text), int(second_text)
    zone = zone or ""
    if (year_text == "-0000" or not 1 <= month <= 12 or not 1 <= day <= days_in_month(year, month)
            or hour > 23 or minute > 59 or second > 59 or _offset_problem(zone)):
        return None
    minutes = None if not zone else 0 if zone == "Z" else _signed_minutes(zone)
    start = seconds_at(year, month, day, hour, minute, second) - 60 * (minutes or 0)
    time = TimeOfDay(hour, minute, second, fraction or "", minutes, zone)
    return DatePart(text, year_text, year, month_text, None, day_text, time, None,
                    NO_QUALIFIERS, NO_QUALIFIERS, NO_QUALIFIERS, Precision.SECOND, start,
                    start + 1)


def date_time_problem(text: str) -> str:
    """Why ``text``, which has a T, is not a valid date-time."""
    date_text, _, time_text = text.partition("T")
    if re.fullmatch(r"\d{8}", date_text):
        return hint_for(text)
    if not _PLAIN_DAY.fullmatch(date_text):
        return translate("DateSyntax", "a time of day follows a whole date YYYY-MM-DD, "
                                       "without X or qualifiers")
    match = _TIME.fullmatch(time_text)
    if match is None:
        return _time_hint(time_text)
    hour, minute, second = int(match["h"]), int(match["m"]), int(match["s"])
    if hour > 23:
        return translate("DateSyntax", "hours run from 00 to 23, not {hour}").format(
            hour=match["h"])
    if minute > 59:
        return translate("DateSyntax", "minutes run from 00 to 59, not {minute}").format(
            minute=match["m"])
    if second == 60:
        return translate("DateSyntax", "seconds run from 00 to 59, not {second} (leap "
                                       "seconds are not placed)").format(second=match["s"])
    if second > 59:
        return translate("DateSyntax", "seconds run from 00 to 59, not {second}").format(
            second=match["s"])
    offset_problem = _offset_problem(match["zone"] or "")
    if offset_problem:
        return offset_problem
    year_text, month_text, day_text = date_text.rsplit("-", 2)
    if year_text == "-0000":
        return translate("DateSyntax", "year zero has no sign: write 0000 (1 BCE)")
    return day_problem(int(year_text), int(month_text), int(day_text)) or hint_for(text)


def _signed_minutes(zone: str) -> int:
    sign = -1 if zone[0] == "-" else 1
    return sign * (int(zone[1:3]) * 60 + (int(zone[4:6]) if len(zone) > 3 else 0))


def _offset_problem(zone: str) -> str | None:
    if zone in ("", "Z"):
        return None
    minutes = int(zone[4:6]) if len(zone) > 3 else 0
    if minutes > 59:
        return translate("DateSyntax", "an offset's minutes run from 00 to 59, not "
                                       "{minutes}").format(minutes=zone[4:6])
    if not -12 * 60 <= _signed_minutes(zone) <= 14 * 60:
        return translate("DateSyntax", "the offset {zone} is outside -12:00 to "
                                       "+14:00").format(zone=zone)
    return None


def _time_hint(time_text: str) -> str:
    if re.search("[a-z]", time_text):
        return translate("DateSyntax", "T and Z are capitals")
    if re.fullmatch(r"\d{2}:\d{2}(Z|[+-].*)?", time_text):
        return translate("DateSyntax", "EDTF times have seconds (hh:mm:ss): write the "
                                       "seconds, or give the day alone and the time in "
                                       "display_date")
    if re.fullmatch(r"\d{6}.*", time_text):
        return translate("DateSyntax", "a time is written hh:mm:ss, with colons")
    if re.fullmatch(r"\d{2}:\d{2}:\d{2}.+", time_text):
        return translate("DateSyntax", "an offset is Z, ±hh or ±hh:mm, and nothing "
                                       "follows it")
    return translate("DateSyntax", "expected a time hh:mm:ss after T, then Z or an offset "
                                   "±hh:mm")


def day_problem(year: int, month: int, day: int) -> str | None:
    if not 1 <= month <= 12:
        return translate("DateSyntax", "there is no month {number}").format(number=month)
    month_days = days_in_month(year, month)
    if day == 0 or day > month_days:
        if month == 2 and day == 29:
            if year >= 1:
                return translate("DateSyntax", "{year} is not a leap year").format(year=year)
            return translate("DateSyntax", "{year} ({bce} BCE) is not a leap year").format(
                year=year, bce=1 - year)
        if day == 0 or day > 31:
            return translate("DateSyntax", "there is no day {day}").format(day=day)
        if year >= 1:
            words = translate("DateSyntax", "{month} {year} has {days} days, so there is no "
                                            "day {day}")
        else:
            words = translate("DateSyntax", "{month} {year} ({bce} BCE) has {days} days, so "
                                            "there is no day {day}")
        return words.format(month=month_name(month), number=month, year=year, bce=1 - year,
                            days=month_days, day=day)
    return None
