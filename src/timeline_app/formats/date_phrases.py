"""Dates written as words, read into EDTF at the precision the words support.

The table of phrasings (docs/import.md lists it with examples):

- a year, a month and year, a day, month and year, in English (``1850``,
  ``March 2019``, ``3 March 2019``, ``March 3, 2019``) or Chinese (``2019年``,
  ``2019年3月``, ``2019年3月5日``), with ``BC``/``BCE``/``AD``/``CE`` or
  ``公元前``/``公元``: ``44 BC`` is the astronomical year -0043;
- a season (``Spring 1849``, ``summer of 1969``, ``winter 1941-42``) and a
  quarter (``Q3 2020``), as EDTF's codes 21-24 and 33-36;
- a decade (``the 1860s``, ``1860年代``) as ``186X``; a century (``17th
  century``, ``19世纪``) as the years it holds, ``1601/1700``. ``the 1800s``
  could be a decade or a century and is not read;
- ``early``, ``mid`` and ``late`` as the first, middle and last third of a
  year, decade or century, approximate;
- ``circa``, ``c.``, ``ca.``, ``about``, ``around``, ``approximately``, ``约``
  as approximate (``~``); ``probably``, ``possibly``, ``perhaps`` or a
  trailing ``?`` as uncertain (``?``);
- ``A to B``, ``from A to B``, ``A-B``, ``A until B`` as an interval;
  ``between A and B`` as one date in that range (``[A..B]``); ``A or B`` as
  one of them (``[A,B]``); ``before A``, ``after A`` and ``by A`` (no later
  than) as one date on that side; ``since A`` as an interval open at its end.

Relative dates (``yesterday``, ``next Friday``) and anything else return
None: the caller reports the cell rather than guess.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from timeline_app.model.calendar import civil_from_seconds
from timeline_app.model.dates import DateError
from timeline_app.model.edtf import parse_edtf

MONTHS = {name: number for number, names in enumerate((
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
    ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
    ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
    ("december", "dec")), 1) for name in names}
SEASONS = {"spring": 21, "summer": 22, "autumn": 23, "fall": 23, "winter": 24,
           "春": 21, "夏": 22, "秋": 23, "冬": 24}
_THIRDS = {"early": 0, "mid": 1, "middle": 1, "late": 2}
_CIRCA = re.compile(r"(?:circa|ca\.|ca|c\.|c|about|around|approximately|approx\.?|"
                    r"roughly|大约|约)\s*(.+)")
_UNCERTAIN = re.compile(r"(?:probably|possibly|perhaps|maybe)\s+(.+)")
_YEAR = re.compile(r"(\d{1,3}(?:,\d{3})+|\d{1,12})\s*(bce|bc|b\.c\.e\.?|b\.c\.?|ce|ad|a\.d\.?|"
                   r"c\.e\.?)?")
_ERA_FIRST = re.compile(r"(ad|a\.d\.|ce)\s+(\d{1,4})")
_MONTH_YEAR = re.compile(r"([a-z]+)\.?,?\s+(?:of\s+)?(.+)")
_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([a-z]+)\.?,?\s+(.+)")
_MONTH_DAY_YEAR = re.compile(r"([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(.+)")
_SEASON = re.compile(r"(spring|summer|autumn|fall|winter)\s+(?:of\s+)?(\d{1,4})"
                     r"(?:\s*[-/]\s*(\d{2,4}))?")
_QUARTER = re.compile(r"q([1-4])\s+(\d{4})|(\d{4})\s+q([1-4])")
_DECADE = re.compile(r"(?:the\s+)?(\d{3})0'?s")
_CENTURY = re.compile(r"(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\s+century(?:\s+(bce|bc|ce|ad))?")
_CHINESE = re.compile(r"(公元前|公元)?(\d{1,4})年"
                      r"(?:(\d{1,2})月(?:(\d{1,2})日)?|([春夏秋冬])(?:季|天)?)?")
_CHINESE_DECADE = re.compile(r"(\d{3})0年代")
_CHINESE_CENTURY = re.compile(r"(公元前)?(\d{1,2})世纪")
_RANGE = re.compile(r"(?:from\s+)?(.+?)\s+(?:to|until|till|through)\s+(.+)|(.+?)\s*-\s*(.+)")


def read_phrase(text: str) -> str | None:
    """The EDTF of a date written as words, or None when the words are not one of the
    phrasings above."""
    phrase = _normal(text)
    for rule in _RULES:
        found = rule(phrase)
        if found is not None:
            return found if _valid(found) else None
    return None


def _normal(text: str) -> str:
    text = text.strip().casefold().replace("–", "-").replace("—", "-").replace("至", " to ")
    return " ".join(text.rstrip(".").split())


def _valid(edtf: str) -> bool:
    try:
        parse_edtf(edtf)
    except DateError:
        return False
    return True


# --- compound phrasings ------------------------------------------------------


def _one_of(phrase: str) -> str | None:
    parts = phrase.split(" or ")
    if len(parts) < 2:
        return None
    dates = [_single(p) for p in parts]
    known = [d for d in dates if d is not None and "/" not in d]
    return f"[{','.join(known)}]" if len(known) == len(dates) else None


def _between(phrase: str) -> str | None:
    match = re.fullmatch(r"between\s+(.+)\s+and\s+(.+)", phrase)
    if match is None:
        return None
    first, last = _single(match[1]), _single(match[2])
    return f"[{first}..{last}]" if first and last else None


def _interval(phrase: str) -> str | None:
    match = _RANGE.fullmatch(phrase)
    if match is None:
        return None
    first_text, last_text = (match[1], match[2]) if match[1] else (match[3], match[4])
    first, last = _single(first_text), _single(last_text)
    if first is None or last is None:
        return None
    return f"{first}/{last}"


def _one_side(phrase: str) -> str | None:
    match = re.fullmatch(r"(before|after|by|no later than|not later than|since|until)\s+(.+)",
                         phrase)
    if match is None:
        return None
    word, date = match[1], _single(match[2])
    if date is None or date.endswith(("~", "?")):
        return None
    if word in ("since",):
        return f"{date}/.."
    if word == "until":
        return f"../{date}"
    if word in ("by", "no later than", "not later than"):
        return f"[..{date}]"
    # "before 1900" is 1899 or earlier; "after 1900" 1901 or later (whole years only)
    bound = parse_edtf(date)
    year, month, day, *_ = civil_from_seconds(bound.start if word == "before" else bound.end)
    if (month, day) != (1, 1) or "/" in date:
        return None
    if word == "before":
        return f"[..{_year_text(year - 1)}]"
    return f"[{_year_text(year)}..]"


def _qualified(phrase: str) -> str | None:
    match = _CIRCA.fullmatch(phrase)
    mark = "~"
    if match is None:
        match = _UNCERTAIN.fullmatch(phrase)
        mark = "?"
    if match is None and phrase.endswith("?"):
        inner = _single(phrase[:-1].strip())
        return _mark(inner, "?")
    if match is None:
        return None
    return _mark(_single(match[1]), mark)


def _mark(date: str | None, mark: str) -> str | None:
    """``date`` qualified with ``mark``; an interval on both ends (a century). Y years
    take no qualifier in EDTF."""
    if date is None or "Y" in date or date[-1] in "~?%":
        return None
    return "/".join(side + mark for side in date.split("/"))


def _third(phrase: str) -> str | None:
    match = re.fullmatch(r"(early|mid|middle|late)[\s-]+(?:in\s+)?(?:the\s+)?(.+)", phrase)
    if match is None:
        return None
    third, rest = _THIRDS[match[1]], match[2]
    year = _year(rest)
    if year is not None and re.fullmatch(r"-?\d{4}", year):
        return f"{year}-{37 + third}~"
    decade = _DECADE.fullmatch(rest)
    if decade is not None:
        first = int(decade[1]) * 10
        low, high = ((0, 3), (4, 6), (7, 9))[third]
        return f"{first + low:04d}~/{first + high:04d}~"
    century = _century_years(rest)
    if century is not None:
        start, end = century
        size = (end - start + 1) // 3
        low = start + third * size
        high = end if third == 2 else low + size - 1
        return f"{_year_text(low)}~/{_year_text(high)}~"
    return None


# --- one date ----------------------------------------------------------------


def _single(phrase: str) -> str | None:
    """One date, not a range: a year, month, day, season, quarter, decade or century
    (a century is an interval of years, but it is one date in words)."""
    for rule in (_year, _day_month_year, _month_day_year, _month_year, _season, _quarter,
                 _decade, _century, _chinese):
        found = rule(phrase)
        if found is not None:
            return found
    return None


def _year(phrase: str) -> str | None:
    era_first = _ERA_FIRST.fullmatch(phrase)
    if era_first is not None:
        return _year_text(int(era_first[2]))
    match = _YEAR.fullmatch(phrase)
    if match is None:
        return None
    number = int(match[1].replace(",", ""))
    era = (match[2] or "").replace(".", "")
    if era in ("bc", "bce"):
        return _year_text(1 - number) if number >= 1 else None
    if not era and len(match[1].replace(",", "")) not in (3, 4):
        return None  # a bare 1- or 2-digit number, or 12 digits, is not a year by itself
    return _year_text(number) if number >= 1 or era else None


def _year_text(year: int) -> str:
    if -9999 <= year <= 9999:
        return f"{year:04d}" if year >= 0 else f"-{-year:04d}"
    return f"Y{year}"


def _four_digit_year(phrase: str) -> str | None:
    found = _year(phrase)
    return found if found is not None and not found.startswith("Y") else None


def _month_year(phrase: str) -> str | None:
    match = _MONTH_YEAR.fullmatch(phrase)
    if match is None or match[1] not in MONTHS:
        return None
    year = _four_digit_year(match[2])
    return None if year is None else f"{year}-{MONTHS[match[1]]:02d}"


def _day_month_year(phrase: str) -> str | None:
    match = _DAY_MONTH_YEAR.fullmatch(phrase)
    if match is None or match[2] not in MONTHS:
        return None
    year = _four_digit_year(match[3])
    return None if year is None else f"{year}-{MONTHS[match[2]]:02d}-{int(match[1]):02d}"


def _month_day_year(phrase: str) -> str | None:
    match = _MONTH_DAY_YEAR.fullmatch(phrase)
    if match is None or match[1] not in MONTHS:
        return None
    year = _four_digit_year(match[3])
    return None if year is None else f"{year}-{MONTHS[match[1]]:02d}-{int(match[2]):02d}"


def _season(phrase: str) -> str | None:
    match = _SEASON.fullmatch(phrase)
    if match is None:
        return None
    year = int(match[2])
    if match[3] is not None:  # "winter 1941-42": only a winter runs into the next year
        following = int(match[3])
        following += (year // 100) * 100 if following < 100 else 0
        if match[1] != "winter" or following != year + 1:
            return None
    return f"{year:04d}-{SEASONS[match[1]]}"


def _quarter(phrase: str) -> str | None:
    match = _QUARTER.fullmatch(phrase)
    if match is None:
        return None
    quarter, year = (match[1], match[2]) if match[1] else (match[4], match[3])
    return f"{year}-{32 + int(quarter)}"


def _decade(phrase: str) -> str | None:
    match = _DECADE.fullmatch(phrase) or _CHINESE_DECADE.fullmatch(phrase)
    if match is None or match[1].endswith("0"):  # the 1800s: a decade or a century?
        return None
    return f"{match[1]}X"


def _century(phrase: str) -> str | None:
    years = _century_years(phrase)
    return None if years is None else f"{_year_text(years[0])}/{_year_text(years[1])}"


def _century_years(phrase: str) -> tuple[int, int] | None:
    """The first and last (astronomical) years of a numbered century."""
    match = _CENTURY.fullmatch(phrase)
    chinese = _CHINESE_CENTURY.fullmatch(phrase) if match is None else None
    if match is None and chinese is None:
        return None
    if match is not None:
        number, before = int(match[1]), match[2] in ("bc", "bce")
    else:
        assert chinese is not None
        number, before = int(chinese[2]), chinese[1] is not None
    if number < 1:
        return None
    if before:  # the 5th century BC: 500 to 401 BC, astronomical -499 to -400
        return 1 - 100 * number, 1 - (100 * (number - 1) + 1)
    return 100 * (number - 1) + 1, 100 * number


def _chinese(phrase: str) -> str | None:
    match = _CHINESE.fullmatch(phrase.replace(" ", ""))
    if match is None:
        return None
    era, year_text, month, day, season = match.groups()
    year = 1 - int(year_text) if era == "公元前" else int(year_text)
    if era == "公元前" and int(year_text) < 1:
        return None
    text = _year_text(year)
    if season:
        return f"{text}-{SEASONS[season]}"
    if month:
        text += f"-{int(month):02d}"
        if day:
            text += f"-{int(day):02d}"
    return text


_RULES: tuple[Callable[[str], str | None], ...] = (
    _single, _qualified, _third, _one_of, _between, _one_side, _interval)
