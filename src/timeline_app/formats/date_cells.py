"""A date cell of a spreadsheet, read as EDTF, never guessed.

In this order: a cell the spreadsheet holds as a date (its format's
precision); EDTF as written (``2019-03``, ``-0043``, ``1985-04-12T23:20:30Z``);
an ISO date-time written with a space instead of ``T`` (to the minute, it is
that whole minute); a year-first date with slashes (``2019/03/04``); a day and
month that only one order makes a date of (``13/4/2019``); then the phrasings
of ``formats.date_phrases``, which mark the event as "date read from text" and
keep the words. Anything else is a problem that says why, and a day and month
that could be either way round (``3/4/2019``) is one of them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from timeline_app.formats.date_phrases import read_phrase
from timeline_app.formats.table import Cell, CellDate
from timeline_app.model.dates import DateError
from timeline_app.model.edtf import parse_edtf
from timeline_app.wording import translate


@dataclass(frozen=True, slots=True)
class DateReading:
    edtf: str
    words: str | None = None  # the cell's words, when the date was read from them


class DateCellError(ValueError):
    """A cell that holds no date the importer can read; the message says why."""


_SPACED = re.compile(r"(-?\d{4}-\d{2}-\d{2}) (\d{2}:\d{2})(:\d{2}(?:\.\d{1,9})?)?"
                     r"\s*(Z|[+-]\d{2}(?::?\d{2})?)?")
_SLASHED = re.compile(r"(\d{4})/(\d{1,2})/(\d{1,2})")
_DAY_MONTH = re.compile(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})")


def read_date(cell: Cell) -> DateReading | None:
    """The cell's date; None when the cell is empty. Raises ``DateCellError``."""
    if isinstance(cell, CellDate):
        return DateReading(cell.edtf)
    text = " ".join(cell.split())
    if not text:
        return None
    if _is_edtf(text):
        return DateReading(text)
    for written in (_spaced(text), _slashed(text), _day_month(text)):
        if written is not None and _is_edtf(written):
            return DateReading(written)
    phrase = read_phrase(text)
    if phrase is not None:
        return DateReading(phrase, text)
    raise DateCellError(translate("DateCells", "{text} is not a date the importer can read: "
                                               "write it as EDTF (2019-03-04, 2019-03, 1850~, "
                                               "186X) or as a phrase such as 'March 2019' or "
                                               "'circa 1850'").format(text=repr(text)))


def _is_edtf(text: str) -> bool:
    try:
        parse_edtf(text)
    except DateError:
        return False
    return True


def _spaced(text: str) -> str | None:
    """``2019-03-04 10:30[:00][Z|+08:00]``: the T of ISO 8601 written as a space."""
    match = _SPACED.fullmatch(text)
    if match is None:
        return None
    day, clock, seconds, zone = match.groups()
    zone = _zone(zone or "")
    if seconds:
        return f"{day}T{clock}{seconds}{zone}"
    return f"{day}T{clock}:00{zone}/{day}T{clock}:59{zone}"  # to the minute: all of it


def _zone(zone: str) -> str:
    if len(zone) == 5 and zone[0] in "+-" and ":" not in zone:  # +0800
        return f"{zone[:3]}:{zone[3:]}"
    return zone


def _slashed(text: str) -> str | None:
    match = _SLASHED.fullmatch(text)
    if match is None:
        return None
    year, month, day = match.groups()
    return f"{year}-{int(month):02d}-{int(day):02d}"


def _day_month(text: str) -> str | None:
    """``13/4/2019`` or ``4.13.2019``: read when only one order makes a date; ``3/4/2019``
    could be either, and is refused rather than guessed."""
    match = _DAY_MONTH.fullmatch(text)
    if match is None:
        return None
    first, second, year = (int(part) for part in match.groups())
    if first > 12 >= second:
        return f"{year:04d}-{second:02d}-{first:02d}"
    if second > 12 >= first:
        return f"{year:04d}-{first:02d}-{second:02d}"
    raise DateCellError(translate("DateCells", "{text} could be {day_first} or {month_first}: "
                                               "the file does not say whether the day or the "
                                               "month comes first, so write it as "
                                               "YYYY-MM-DD").format(
        text=repr(text), day_first=f"{year:04d}-{second:02d}-{first:02d}",
        month_first=f"{year:04d}-{first:02d}-{second:02d}"))
