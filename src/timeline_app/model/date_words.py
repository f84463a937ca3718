"""Dates in words: what a parsed EDTF date says, what it spans, and how it was read.

Years are named in the chosen ``Era`` style: ``44 BCE`` (the default), ``44 BC``,
or the astronomical ``-43``. Years from 1 to 999 carry their era (``5 CE``) so
they cannot be mistaken for something else; from 1000 on they stand alone.
Places are whole seconds (``model.calendar``); times read in UTC unless the
date was written without a zone. The words are the interface's
(``timeline_app.wording``): English unless the window installed another language,
whose templates put the parts in its own order ("2024年4月").
"""

from __future__ import annotations

from enum import Enum

from timeline_app.model.calendar import OPEN_END, OPEN_START, civil_from_seconds
from timeline_app.model.dates import Bound, DateKind, DatePart, EdtfDate, Precision, Range
from timeline_app.model.edtf import SEASON_MONTHS
from timeline_app.wording import month_abbreviation, month_name, translate


def season_name(code: int) -> str:
    """The name of an EDTF season or part of a year (codes 21 to 41)."""
    names = {
        21: translate("DateWords", "Spring"), 22: translate("DateWords", "Summer"),
        23: translate("DateWords", "Autumn"), 24: translate("DateWords", "Winter"),
        25: translate("DateWords", "Spring (northern hemisphere)"),
        26: translate("DateWords", "Summer (northern hemisphere)"),
        27: translate("DateWords", "Autumn (northern hemisphere)"),
        28: translate("DateWords", "Winter (northern hemisphere)"),
        29: translate("DateWords", "Spring (southern hemisphere)"),
        30: translate("DateWords", "Summer (southern hemisphere)"),
        31: translate("DateWords", "Autumn (southern hemisphere)"),
        32: translate("DateWords", "Winter (southern hemisphere)"),
        33: translate("DateWords", "Q1"), 34: translate("DateWords", "Q2"),
        35: translate("DateWords", "Q3"), 36: translate("DateWords", "Q4"),
        37: translate("DateWords", "First third"), 38: translate("DateWords", "Second third"),
        39: translate("DateWords", "Last third"),
        40: translate("DateWords", "First half"), 41: translate("DateWords", "Second half"),
    }
    return names[code]


class Era(Enum):
    """How years before year 1 are named."""

    BCE = "bce"  # 44 BCE, 5 CE
    BC = "bc"  # 44 BC, AD 5
    ASTRONOMICAL = "astronomical"  # -43, 5


def year_words(year: int, era: Era = Era.BCE) -> str:
    """A year in words: '2024', '44 BCE' (astronomical -43), '5 CE', '170,000,001 BCE'."""
    if era is Era.ASTRONOMICAL:
        number = f"{year:,}" if abs(year) > 9999 else str(year)
        return translate("DateWords", "{year}", "an astronomical year").format(year=number)
    if year <= 0:
        number = f"{1 - year:,}" if 1 - year > 9999 else str(1 - year)
        return (translate("DateWords", "{year} BCE") if era is Era.BCE
                else translate("DateWords", "{year} BC")).format(year=number)
    if year > 9999:
        return translate("DateWords", "{year}", "a year").format(year=f"{year:,}")
    if year < 1000:
        return (translate("DateWords", "{year} CE") if era is Era.BCE
                else translate("DateWords", "AD {year}")).format(year=year)
    return translate("DateWords", "{year}", "a year").format(year=year)


def month_words(month: int, year: int, era: Era = Era.BCE, *, short: bool = False) -> str:
    """A month of a year: 'April 2024' ('Apr 2024' when ``short``), '2024年4月'."""
    words = (translate("DateWords", "{month} {year}", "a short month") if short
             else translate("DateWords", "{month} {year}", "a month"))
    name = month_abbreviation(month) if short else month_name(month)
    return words.format(month=name, number=month, year=year_words(year, era))


def day_words(year: int, month: int, day: int, era: Era = Era.BCE) -> str:
    """A day: '15 Mar 2019', '2019年3月15日'."""
    return translate("DateWords", "{day} {month} {year}").format(
        day=day, month=month_abbreviation(month), number=month, year=year_words(year, era))


def describe(date: EdtfDate, era: Era = Era.BCE) -> str:
    """The date in words: 'April 2024', 'December 2022 to June 2024', 'from 2024',
    'one of: 1667, 1668, 1670 to 1672'."""
    if date.kind is DateKind.DATE:
        part = date.ranges[0].low
        assert part is not None
        return describe_part(part, era)
    if date.kind is DateKind.INTERVAL:
        return _describe_interval(date.ranges[0], era)
    members = translate("DateWords", ", ").join(_describe_member(r, era) for r in date.ranges)
    kind = (translate("DateWords", "one of: {members}") if date.kind is DateKind.ONE_OF
            else translate("DateWords", "all of: {members}"))
    return kind.format(members=members)


def describe_part(part: DatePart, era: Era = Era.BCE) -> str:
    """One date: '15 Mar 2019', 'Spring 2001', '12 Apr 1985 23:20:30 UTC',
    '12 Apr 1985 23:20:30 (UTC-04:00)'."""
    if part.time is not None:
        time = part.time
        fraction = f".{time.fraction}" if time.fraction else ""
        clock = f"{time.hour:02d}:{time.minute:02d}:{time.second:02d}{fraction}"
        day = day_words(int(part.year), int(part.month or 1), int(part.day or 1), era)
        if time.offset_minutes == 0:  # as its span reads
            return translate("DateWords", "{day} {clock} UTC").format(day=day, clock=clock)
        if time.offset_minutes is None:
            return translate("DateWords", "{day} {clock} (local time, no zone)").format(
                day=day, clock=clock)
        return translate("DateWords", "{day} {clock} (UTC{offset})").format(
            day=day, clock=clock, offset=_offset_words(time.offset_minutes))
    if part.unspecified:
        text = _describe_unspecified(part, era)
    elif part.season is not None:
        text = translate("DateWords", "{season} {year}").format(
            season=season_name(part.season), year=year_words(int(part.year), era))
    elif part.day is not None and part.month is not None:
        text = day_words(int(part.year), int(part.month), int(part.day), era)
    elif part.month is not None:
        text = month_words(int(part.month), int(part.year), era)
    else:
        assert part.year_value is not None
        text = year_words(part.year_value, era)
    return text + _qualifier_words(part)


def short_part(part: DatePart, era: Era = Era.BCE) -> str:
    """One date as briefly as a label wants it: a month as 'Sep 2025', else as
    ``describe_part`` words it."""
    if (part.month is not None and part.day is None and part.time is None
            and part.season is None and not part.unspecified):
        return month_words(int(part.month), int(part.year), era, short=True) \
            + _qualifier_words(part)
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
        return translate("DateWords", "any time")
    if start == OPEN_START:
        return translate("DateWords", "… – {last}").format(last=_place_words(end - 1, era, zone))
    if end == OPEN_END:
        return translate("DateWords", "{first} – …").format(first=_place_words(start, era, zone))
    if zone is not None:
        first, last = _place_words(start, era, zone), _place_words(end - 1, era, zone)
        return first if first == last else _from_to(first, last)
    y0, m0, d0, *_ = civil_from_seconds(start)
    y1, m1, d1, *_ = civil_from_seconds(end - 1)
    if (y0, m0, d0) == (y1, m1, d1):
        return day_words(y0, m0, d0, era)
    if y0 == y1 and m0 == m1:
        return translate("DateWords", "{first}–{last} {month} {year}").format(
            first=d0, last=d1, month=month_abbreviation(m0), number=m0,
            year=year_words(y0, era))
    if y0 == y1:
        return translate("DateWords", "{first} {month} – {last} {last_month} {year}").format(
            first=d0, month=month_abbreviation(m0), number=m0, last=d1,
            last_month=month_abbreviation(m1), last_number=m1, year=year_words(y0, era))
    if (m0, d0, m1, d1) == (1, 1, 12, 31) and (y0 > 9999 or y1 < -9999 or y1 - y0 > 999):
        return _from_to(year_words(y0, era), year_words(y1, era))
    return _from_to(day_words(y0, m0, d0, era), day_words(y1, m1, d1, era))


def _from_to(first: str, last: str) -> str:
    return translate("DateWords", "{first} – {last}").format(first=first, last=last)


def interpretation(date: EdtfDate, era: Era = Era.BCE) -> list[str]:
    """How the app read what the specification leaves open, one sentence each."""
    notes: list[str] = []
    for one in date.ranges:
        for part in dict.fromkeys(p for p in (one.low, one.high) if p is not None):
            notes += _part_interpretation(part, era)
    if any(r.low_bound is Bound.UNKNOWN or r.high_bound is Bound.UNKNOWN for r in date.ranges):
        notes.append(translate(
            "DateWords", "An empty end is unknown: there is one, but no source gives it."))
    if any(r.low_bound is Bound.OPEN or r.high_bound is Bound.OPEN for r in date.ranges):
        notes.append(translate(
            "DateWords", "An end written '..' is open: no bound is given, and there may be none."))
    if date.kind is DateKind.ONE_OF:
        notes.append(translate(
            "DateWords", "One of the members is the date; the others are alternatives."))
    elif date.kind is DateKind.ALL_OF:
        notes.append(translate("DateWords", "Every member is part of the date."))
    return list(dict.fromkeys(notes))


def _part_interpretation(part: DatePart, era: Era) -> list[str]:
    notes = []
    if part.season is not None:
        first, last = SEASON_MONTHS[part.season]
        words = (translate("DateWords", "{season} is read as {first}–{last} (into the next year).")
                 if last > 12 else translate("DateWords", "{season} is read as {first}–{last}."))
        last_month = (last - 1) % 12 + 1
        notes.append(words.format(season=season_name(part.season), first=month_name(first),
                                  last=month_name(last_month), first_number=first,
                                  last_number=last_month))
    if part.significant_digits is not None and part.year_value is not None:
        notes.append(translate(
            "DateWords", "%n significant digit(s): some year in {span}, estimated as {year}.",
            "", part.significant_digits).format(span=span_words(part.start, part.end, era),
                                                year=year_words(part.year_value, era)))
    if part.time is not None:
        if part.time.offset_minutes is None:
            notes.append(translate(
                "DateWords", "No time zone was given: the time is placed as written."))
        elif part.time.offset_minutes != 0:
            notes.append(translate("DateWords", "Written at UTC{offset}; placed at {place}.")
                         .format(offset=_offset_words(part.time.offset_minutes),
                                 place=_place_words(part.start, era, "UTC")))
    if part.unspecified and part.significant_digits is None:
        notes.append(translate(
            "DateWords", "X marks an unspecified digit: {text} allows any date in {span}.")
            .format(text=part.text.strip("?~%"), span=span_words(part.start, part.end, era)))
    return notes


def _describe_interval(one: Range, era: Era) -> str:
    low = describe_part(one.low, era) if one.low is not None else None
    high = describe_part(one.high, era) if one.high is not None else None
    if low is None:
        assert high is not None
        words = (translate("DateWords", "until {date}, start unknown")
                 if one.low_bound is Bound.UNKNOWN else translate("DateWords", "until {date}"))
        return words.format(date=high)
    if high is None:
        words = (translate("DateWords", "from {date}, end unknown")
                 if one.high_bound is Bound.UNKNOWN else translate("DateWords", "from {date}"))
        return words.format(date=low)
    return translate("DateWords", "{first} to {last}").format(first=low, last=high)


def _describe_member(one: Range, era: Era) -> str:
    if one.is_single and one.low is not None:
        return describe_part(one.low, era)
    if one.low is None and one.high is not None:
        return translate("DateWords", "{date} or earlier").format(
            date=describe_part(one.high, era))
    if one.high is None and one.low is not None:
        return translate("DateWords", "{date} or later").format(date=describe_part(one.low, era))
    assert one.low is not None and one.high is not None
    return translate("DateWords", "{first} to {last}").format(
        first=describe_part(one.low, era), last=describe_part(one.high, era))


def _describe_unspecified(part: DatePart, era: Era) -> str:
    """'some year in 2010–2019', 'some day in April 1985', '25 Dec, some year in 1560–1569'."""
    y0, m0, *_ = civil_from_seconds(part.start)
    y1, m1, *_ = civil_from_seconds(part.end - 1)
    years = year_words(y0, era) if y0 == y1 else translate("DateWords", "{first}–{last}").format(
        first=year_words(y0, era), last=year_words(y1, era))
    if part.precision is Precision.YEAR:
        return translate("DateWords", "some year in {years}").format(years=years)
    if part.precision is Precision.MONTH:
        if y0 == y1 and (m0, m1) != (1, 12):
            return translate("DateWords", "some month in {first}–{last} {years}").format(
                first=month_abbreviation(m0), last=month_abbreviation(m1), number=m0,
                last_number=m1, years=years)
        if y0 == y1:
            return translate("DateWords", "some month in {years}").format(years=years)
        if part.month is not None and "X" not in part.month:
            return translate("DateWords", "{month}, some year in {years}").format(
                month=month_name(int(part.month)), number=int(part.month), years=years)
        return translate("DateWords", "some month in {years}").format(years=years)
    if y0 == y1 and m0 == m1:
        return translate("DateWords", "some day in {month} {years}").format(
            month=month_name(m0), number=m0, years=years)
    fixed_month = part.month is not None and "X" not in part.month
    fixed_day = part.day is not None and "X" not in part.day
    if fixed_month and fixed_day:
        return translate("DateWords", "{day} {month}, some year in {years}").format(
            day=int(part.day or 1), month=month_abbreviation(int(part.month or 1)),
            number=int(part.month or 1), years=years)
    if fixed_month:
        return translate("DateWords", "some day in {month}, some year in {years}").format(
            month=month_name(int(part.month or 1)), number=int(part.month or 1), years=years)
    if y0 == y1:
        return translate("DateWords", "some day in {years}").format(years=years)
    return translate("DateWords", "a day matching {text} in {years}").format(
        text=part.text.strip("?~%"), years=years)


def _qualifier_words(part: DatePart) -> str:
    components = [(name, q) for name, q in (
        (translate("DateWords", "year", "a date's component"), part.year_qualifiers),
        (translate("DateWords", "month", "a date's component"), part.month_qualifiers),
        (translate("DateWords", "day", "a date's component"), part.day_qualifiers)) if q]
    if not components:
        return ""
    whole = len(components) == sum(x is not None for x in (part.year, part.month, part.day))
    words = []
    for flag, whole_word, some_words in (
            ("approximate", translate("DateWords", "approx."),
             translate("DateWords", "{components} approx.")),
            ("uncertain", translate("DateWords", "uncertain"),
             translate("DateWords", "{components} uncertain"))):
        names = [name for name, q in components if getattr(q, flag)]
        if names:
            words.append(whole_word if whole and len(names) == len(components)
                         else some_words.format(
                             components=translate("DateWords", " and ").join(names)))
    return translate("DateWords", " ({qualifiers})").format(
        qualifiers=translate("DateWords", ", ").join(words))


def _offset_words(minutes: int) -> str:
    sign = "+" if minutes >= 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"{sign}{hours:02d}:{rest:02d}"


def _place_words(place: int, era: Era, zone: str | None) -> str:
    year, month, day, hour, minute, second = civil_from_seconds(place)
    words = day_words(year, month, day, era)
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
