"""Dates in words: what a parsed EDTF date says, what it spans, and how it was read.

Years are named in the chosen ``Era`` style: ``44 BCE`` (the default), ``44 BC``,
or the astronomical ``-43``. Years from 1 to 999 carry their era (``5 CE``) so
they cannot be mistaken for something else; from 1000 on they stand alone.
Places are whole seconds (``model.calendar``); times read in UTC unless the
date was written without a zone.
"""

from __future__ import annotations

from enum import Enum

from timeline_app.model.calendar import MONTH_NAMES, OPEN_END, OPEN_START, civil_from_seconds
from timeline_app.model.dates import Bound, DateKind, DatePart, EdtfDate, Precision, Range
from timeline_app.model.edtf import SEASON_MONTHS

MONTH_ABBR = ("", "Jan", "Feb", "Mar", "Apr", "May", "Jun",
              "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
"""Month abbreviations by month number (index 0 is unused)."""

SEASON_NAMES = {
    21: "Spring", 22: "Summer", 23: "Autumn", 24: "Winter",
    25: "Spring (northern hemisphere)", 26: "Summer (northern hemisphere)",
    27: "Autumn (northern hemisphere)", 28: "Winter (northern hemisphere)",
    29: "Spring (southern hemisphere)", 30: "Summer (southern hemisphere)",
    31: "Autumn (southern hemisphere)", 32: "Winter (southern hemisphere)",
    33: "Q1", 34: "Q2", 35: "Q3", 36: "Q4",
    37: "First third", 38: "Second third", 39: "Last third",
    40: "First half", 41: "Second half",
}


class Era(Enum):
    """How years before year 1 are named."""

    BCE = "bce"  # 44 BCE, 5 CE
    BC = "bc"  # 44 BC, AD 5
    ASTRONOMICAL = "astronomical"  # -43, 5


def year_words(year: int, era: Era = Era.BCE) -> str:
    """A year in words: '2024', '44 BCE' (astronomical -43), '5 CE', '170,000,001 BCE'."""
    if era is Era.ASTRONOMICAL:
        return f"{year:,}" if abs(year) > 9999 else str(year)
    if year <= 0:
        number = 1 - year
        return f"{number:,} {'BCE' if era is Era.BCE else 'BC'}" if number > 9999 else \
            f"{number} {'BCE' if era is Era.BCE else 'BC'}"
    if year > 9999:
        return f"{year:,}"
    if year < 1000:
        return f"{year} CE" if era is Era.BCE else f"AD {year}"
    return str(year)


def describe(date: EdtfDate, era: Era = Era.BCE) -> str:
    """The date in words: 'April 2024', 'December 2022 to June 2024', 'from 2024',
    'one of: 1667, 1668, 1670 to 1672'."""
    if date.kind is DateKind.DATE:
        part = date.ranges[0].low
        assert part is not None
        return describe_part(part, era)
    if date.kind is DateKind.INTERVAL:
        return _describe_interval(date.ranges[0], era)
    members = ", ".join(_describe_member(r, era) for r in date.ranges)
    return f"{date.kind.value}: {members}"


def describe_part(part: DatePart, era: Era = Era.BCE) -> str:
    """One date: '15 Mar 2019', 'Spring 2001', '12 Apr 1985 23:20:30 UTC',
    '12 Apr 1985 23:20:30 (UTC-04:00)'."""
    if part.time is not None:
        time = part.time
        fraction = f".{time.fraction}" if time.fraction else ""
        clock = f"{time.hour:02d}:{time.minute:02d}:{time.second:02d}{fraction}"
        day = f"{int(part.day or 1)} {MONTH_ABBR[int(part.month or 1)]} " \
              f"{year_words(int(part.year), era)}"
        if time.offset_minutes == 0:
            return f"{day} {clock} UTC"  # as its span reads
        zone = (f"UTC{_offset_words(time.offset_minutes)}" if time.offset_minutes is not None
                else "local time, no zone")
        return f"{day} {clock} ({zone})"
    if part.unspecified:
        text = _describe_unspecified(part, era)
    elif part.season is not None:
        text = f"{SEASON_NAMES[part.season]} {year_words(int(part.year), era)}"
    elif part.day is not None and part.month is not None:
        text = (f"{int(part.day)} {MONTH_ABBR[int(part.month)]} "
                f"{year_words(int(part.year), era)}")
    elif part.month is not None:
        text = f"{MONTH_NAMES[int(part.month)]} {year_words(int(part.year), era)}"
    else:
        assert part.year_value is not None
        text = year_words(part.year_value, era)
    return text + _qualifier_words(part)


def short_part(part: DatePart, era: Era = Era.BCE) -> str:
    """One date as briefly as a label wants it: a month as 'Sep 2025', else as
    ``describe_part`` words it."""
    if (part.month is not None and part.day is None and part.time is None
            and part.season is None and not part.unspecified):
        return (f"{MONTH_ABBR[int(part.month)]} {year_words(int(part.year), era)}"
                + _qualifier_words(part))
    return describe_part(part, era)


def describe_span(date: EdtfDate, era: Era = Era.BCE) -> str:
    """The span in words: '1–30 Apr 2024', '1 Dec 2022 – 30 Jun 2024',
    '13 Apr 1985 03:20:30 UTC', '1 Jan 2024 – …'."""
    times = [part.time for r in date.ranges for part in (r.low, r.high)
             if part is not None and part.time is not None]
    zone = None if not times else "" if all(t.offset_minutes is None for t in times) else "UTC"
    return span_words(date.start, date.end, era, zone)


def span_words(start: int, end: int, era: Era = Era.BCE, zone: str | None = None) -> str:
    """Words for the places ``[start, end)``; open ends read as '…'. With a ``zone``
    the seconds are named too, followed by the zone ("UTC", or "" for a time
    written without one)."""
    if start == OPEN_START and end == OPEN_END:
        return "any time"
    if start == OPEN_START:
        return f"… – {_place_words(end - 1, era, zone)}"
    if end == OPEN_END:
        return f"{_place_words(start, era, zone)} – …"
    if zone is not None:
        first, last = _place_words(start, era, zone), _place_words(end - 1, era, zone)
        return first if first == last else f"{first} – {last}"
    y0, m0, d0, *_ = civil_from_seconds(start)
    y1, m1, d1, *_ = civil_from_seconds(end - 1)
    if (y0, m0, d0) == (y1, m1, d1):
        return _day_words(y0, m0, d0, era)
    if y0 == y1 and m0 == m1:
        return f"{d0}–{d1} {MONTH_ABBR[m0]} {year_words(y0, era)}"
    if y0 == y1:
        return f"{d0} {MONTH_ABBR[m0]} – {d1} {MONTH_ABBR[m1]} {year_words(y0, era)}"
    if (m0, d0, m1, d1) == (1, 1, 12, 31) and (y0 > 9999 or y1 < -9999 or y1 - y0 > 999):
        return f"{year_words(y0, era)} – {year_words(y1, era)}"
    return f"{_day_words(y0, m0, d0, era)} – {_day_words(y1, m1, d1, era)}"


def interpretation(date: EdtfDate, era: Era = Era.BCE) -> list[str]:
    """How the app read what the specification leaves open, one sentence each."""
    notes: list[str] = []
    for one in date.ranges:
        for part in dict.fromkeys(p for p in (one.low, one.high) if p is not None):
            notes += _part_interpretation(part, era)
    if any(r.low_bound is Bound.UNKNOWN or r.high_bound is Bound.UNKNOWN for r in date.ranges):
        notes.append("An empty end is unknown: there is one, but no source gives it.")
    if any(r.low_bound is Bound.OPEN or r.high_bound is Bound.OPEN for r in date.ranges):
        notes.append("An end written '..' is open: no bound is given, and there may be none.")
    if date.kind is DateKind.ONE_OF:
        notes.append("One of the members is the date; the others are alternatives.")
    elif date.kind is DateKind.ALL_OF:
        notes.append("Every member is part of the date.")
    return list(dict.fromkeys(notes))


def _part_interpretation(part: DatePart, era: Era) -> list[str]:
    notes = []
    if part.season is not None:
        first, last = SEASON_MONTHS[part.season]
        months = f"{MONTH_NAMES[first]}–{MONTH_NAMES[(last - 1) % 12 + 1]}"
        extra = " (into the next year)" if last > 12 else ""
        notes.append(f"{SEASON_NAMES[part.season]} is read as {months}{extra}.")
    if part.significant_digits is not None and part.year_value is not None:
        notes.append(f"{part.significant_digits} significant digit"
                     f"{'s' if part.significant_digits != 1 else ''}: some year in "
                     f"{span_words(part.start, part.end, era)}, estimated as "
                     f"{year_words(part.year_value, era)}.")
    if part.time is not None:
        if part.time.offset_minutes is None:
            notes.append("No time zone was given: the time is placed as written.")
        elif part.time.offset_minutes != 0:
            notes.append(f"Written at UTC{_offset_words(part.time.offset_minutes)}; placed at "
                         f"{_place_words(part.start, era, 'UTC')}.")
    if part.unspecified and part.significant_digits is None:
        notes.append(f"X marks an unspecified digit: {part.text.strip('?~%')} allows any "
                     f"date in {span_words(part.start, part.end, era)}.")
    return notes


def _describe_interval(one: Range, era: Era) -> str:
    low = describe_part(one.low, era) if one.low is not None else None
    high = describe_part(one.high, era) if one.high is not None else None
    if low is None:
        assert high is not None
        return f"until {high}" + (", start unknown" if one.low_bound is Bound.UNKNOWN else "")
    if high is None:
        return f"from {low}" + (", end unknown" if one.high_bound is Bound.UNKNOWN else "")
    return f"{low} to {high}"


def _describe_member(one: Range, era: Era) -> str:
    if one.is_single and one.low is not None:
        return describe_part(one.low, era)
    if one.low is None and one.high is not None:
        return f"{describe_part(one.high, era)} or earlier"
    if one.high is None and one.low is not None:
        return f"{describe_part(one.low, era)} or later"
    assert one.low is not None and one.high is not None
    return f"{describe_part(one.low, era)} to {describe_part(one.high, era)}"


def _describe_unspecified(part: DatePart, era: Era) -> str:
    """'some year in 2010–2019', 'some day in April 1985', '25 Dec, some year in 1560–1569'."""
    y0, m0, *_ = civil_from_seconds(part.start)
    y1, m1, *_ = civil_from_seconds(part.end - 1)
    years = year_words(y0, era) if y0 == y1 else f"{year_words(y0, era)}–{year_words(y1, era)}"
    if part.precision is Precision.YEAR:
        return f"some year in {years}"
    if part.precision is Precision.MONTH:
        if y0 == y1 and (m0, m1) != (1, 12):
            return f"some month in {MONTH_ABBR[m0]}–{MONTH_ABBR[m1]} {years}"
        if y0 == y1:
            return f"some month in {years}"
        if part.month is not None and "X" not in part.month:
            return f"{MONTH_NAMES[int(part.month)]}, some year in {years}"
        return f"some month in {years}"
    if y0 == y1 and m0 == m1:
        return f"some day in {MONTH_NAMES[m0]} {years}"
    fixed_month = part.month is not None and "X" not in part.month
    fixed_day = part.day is not None and "X" not in part.day
    if fixed_month and fixed_day:
        return f"{int(part.day or 1)} {MONTH_ABBR[int(part.month or 1)]}, some year in {years}"
    if fixed_month:
        return f"some day in {MONTH_NAMES[int(part.month or 1)]}, some year in {years}"
    if y0 == y1:
        return f"some day in {years}"
    return f"a day matching {part.text.strip('?~%')} in {years}"


def _qualifier_words(part: DatePart) -> str:
    components = [(name, q) for name, q in (("year", part.year_qualifiers),
                                           ("month", part.month_qualifiers),
                                           ("day", part.day_qualifiers)) if q]
    if not components:
        return ""
    whole = len(components) == sum(x is not None for x in (part.year, part.month, part.day))
    words = []
    for kind, flag in (("approx.", "approximate"), ("uncertain", "uncertain")):
        names = [name for name, q in components if getattr(q, flag)]
        if names:
            words.append(kind if whole and len(names) == len(components)
                         else f"{' and '.join(names)} {kind}")
    return f" ({', '.join(words)})"


def _offset_words(minutes: int) -> str:
    sign = "+" if minutes >= 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"{sign}{hours:02d}:{rest:02d}"


def _day_words(year: int, month: int, day: int, era: Era) -> str:
    return f"{day} {MONTH_ABBR[month]} {year_words(year, era)}"


def _place_words(place: int, era: Era, zone: str | None) -> str:
    year, month, day, hour, minute, second = civil_from_seconds(place)
    words = _day_words(year, month, day, era)
    if zone is None:
        return words
    return f"{words} {hour:02d}:{minute:02d}:{second:02d}{' ' + zone if zone else ''}"


def iso_year(year: int) -> str:
    """ISO 8601 year, astronomical: '2024', '0000', '-0043', and expanded (signed)
    beyond four digits: '+12345', '-170000000'."""
    if 0 <= year <= 9999:
        return f"{year:04d}"
    if -9999 <= year < 0:
        return f"-{-year:04d}"
    return f"{year:+d}"


def iso_place(place: int, zone: str | None = None) -> str:
    """A place as ISO 8601: '-0043-03-15', or with a ``zone`` its time too
    ('1985-04-12T23:20:30Z' with "Z"; no suffix with ""). Empty for an open end."""
    if place in (OPEN_START, OPEN_END):
        return ""
    year, month, day, hour, minute, second = civil_from_seconds(place)
    text = f"{iso_year(year)}-{month:02d}-{day:02d}"
    if zone is None:
        return text
    return f"{text}T{hour:02d}:{minute:02d}:{second:02d}{zone}"
