"""Calendar bins over a range of places: months, quarters, years, or runs of years.

The overview strip counts events per bin, and a bin is a stretch of the calendar
a reader can name ("Mar 2020", "Q2 2020", "2020", "1990s"), never an arbitrary
slice of pixels: the count then means what a date filter of that bin keeps.
The unit is the finest whose bins number at most ``max_bins`` over the range.
"""

from __future__ import annotations

from dataclasses import dataclass

from timeline_app.model.calendar import civil_from_seconds, seconds_at
from timeline_app.model.date_words import Era, month_words, year_words
from timeline_app.wording import translate

#: (unit name, months per bin) for the units finer than a year
_MONTH_UNITS = (("month", 1), ("quarter", 3))
#: years per bin from a year up: 1, 10, 100, … 10**12
_YEAR_STEPS = tuple(10 ** k for k in range(13))
_YEAR_NAMES = {1: "year", 10: "decade", 100: "century", 1000: "millennium"}


@dataclass(frozen=True, slots=True)
class CalendarBin:
    start: int  # the first place in the bin
    end: int  # the first place after it
    label: str  # "Mar 2020", "Q2 2020", "2020", "1990s", "1900s", "2000 BCE – 1001 BCE"
    edtf: str  # the bin as an EDTF date, as a date filter takes it


@dataclass(frozen=True, slots=True)
class CalendarBins:
    unit: str  # "month", "quarter", "year", "decade", "century", "millennium", "10,000 years"
    bins: tuple[CalendarBin, ...]

    @property
    def unit_words(self) -> str:
        """The unit in the interface's language: 'month', '季度', '10,000 years'."""
        named = {"month": translate("CalendarBins", "month"),
                 "quarter": translate("CalendarBins", "quarter"),
                 "year": translate("CalendarBins", "year"),
                 "decade": translate("CalendarBins", "decade"),
                 "century": translate("CalendarBins", "century"),
                 "millennium": translate("CalendarBins", "millennium")}.get(self.unit)
        if named is not None:
            return named
        return translate("CalendarBins", "{count} years").format(
            count=self.unit.removesuffix(" years"))


def calendar_bins(lo: int, hi: int, max_bins: int, era: Era = Era.BCE) -> CalendarBins:
    """The bins covering the places ``[lo, hi)``, of the finest unit that keeps them to
    ``max_bins`` or fewer."""
    first_year, first_month = civil_from_seconds(lo)[:2]
    last_year, last_month = civil_from_seconds(max(hi - 1, lo))[:2]
    months = (last_year - first_year) * 12 + (last_month - first_month) + 1
    for unit, size in _MONTH_UNITS:
        if -(-months // size) <= max_bins:
            return CalendarBins(unit, _month_bins(first_year, first_month, last_year,
                                                  last_month, size, era))
    for step in _YEAR_STEPS:
        first = first_year // step * step
        if (last_year - first) // step + 1 <= max_bins:
            return CalendarBins(_YEAR_NAMES.get(step, f"{step:,} years"),
                                _year_bins(first, last_year, step, era))
    step = _YEAR_STEPS[-1]
    return CalendarBins(f"{step:,} years",
                        _year_bins(first_year // step * step, last_year, step, era))


def _month_bins(year: int, month: int, last_year: int, last_month: int, size: int,
                era: Era) -> tuple[CalendarBin, ...]:
    month = (month - 1) // size * size + 1
    bins = []
    while (year, month) <= (last_year, last_month):
        next_year, next_month = (year + 1, 1) if month + size > 12 else (year, month + size)
        if size == 1:
            label = month_words(month, year, era, short=True)
            edtf = f"{_iso_year(year)}-{month:02d}"
        else:
            quarter = (month - 1) // 3 + 1
            label = translate("CalendarBins", "Q{quarter} {year}").format(
                quarter=quarter, year=year_words(year, era))
            edtf = f"{_iso_year(year)}-{32 + quarter}"
        bins.append(CalendarBin(seconds_at(year, month), seconds_at(next_year, next_month),
                                label, edtf))
        year, month = next_year, next_month
    return tuple(bins)


def _year_bins(first: int, last_year: int, step: int, era: Era) -> tuple[CalendarBin, ...]:
    bins = []
    year = first
    while year <= last_year:
        end = year + step
        if step == 1:
            label, edtf = year_words(year, era), _iso_year(year)
        else:
            label = translate("DateWords", "{first} – {last}").format(
                first=year_words(year, era), last=year_words(end - 1, era))
            edtf = f"{_iso_year(year)}/{_iso_year(end - 1)}"
        bins.append(CalendarBin(seconds_at(year), seconds_at(end), label, edtf))
        year = end
    return tuple(bins)


def _iso_year(year: int) -> str:
    """A year as EDTF writes it: four digits with a sign below zero, ``Y`` beyond."""
    if -9999 <= year <= 9999:
        return f"-{-year:04d}" if year < 0 else f"{year:04d}"
    return f"Y{year}"
