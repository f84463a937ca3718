"""The forms of a date, as bits a column can hold: its precision, whether it is an
interval, bounded on one side or a set, and its unspecified digits and qualifiers.

The store works them out once per distinct date text while it is built
(``model.store_builder``), where the text was just parsed, so that a filter on
the form of a date (``query.evidence``) is a loop over a column.
"""

from __future__ import annotations

from timeline_app.model.dates import Bound, DateKind, EdtfDate, Precision
from timeline_app.model.events import Event

#: The forms of a date a filter can select, by name, with what each means. An event
#: has every form one of its dates (its own and its alternatives') has.
DATE_FORMS: tuple[tuple[str, str], ...] = (
    ("time", "a time of day"),
    ("day", "a day"),
    ("month", "a month"),
    ("season", "a season, quarter or other part of a year"),
    ("year", "a year (or coarser, such as a decade)"),
    ("interval", "an interval with both ends known"),
    ("one-bound", "bounded on one side only (open or unknown end)"),
    ("set", "a set of dates (one of, or all of)"),
    ("unspecified", "unspecified digits (199X)"),
    ("approximate", "approximate (~)"),
    ("uncertain", "uncertain (?)"),
    ("alternatives", "alternative dates that sources give"),
)
DATE_FORM_NAMES: tuple[str, ...] = tuple(name for name, _ in DATE_FORMS)
_BIT = {name: 1 << i for i, name in enumerate(DATE_FORM_NAMES)}
_PRECISION_BIT = {precision: _BIT[form] for precision, form in (
    (Precision.SECOND, "time"), (Precision.DAY, "day"), (Precision.MONTH, "month"),
    (Precision.SEASON, "season"), (Precision.YEAR, "year"), (Precision.INTERVAL, "interval"),
    (Precision.SET, "set"))}


def form_bits(names: frozenset[str]) -> int:
    """The flag bits of the named forms (``DATE_FORM_NAMES``)."""
    return sum(_BIT[name] for name in names)


def date_form_flags(event: Event) -> int:
    """The forms of the event's dates, as bits of ``DATE_FORM_NAMES``."""
    flags = date_flags(event.date)
    for alternative in event.alternatives:
        flags |= date_flags(alternative.date)
    return flags | _BIT["alternatives"] if event.alternatives else flags


def date_flags(date: EdtfDate) -> int:
    """The forms of one date, as bits of ``DATE_FORM_NAMES``."""
    flags = _PRECISION_BIT[date.precision]
    if date.kind is not DateKind.DATE and any(
            (r.low_bound is Bound.CLOSED) != (r.high_bound is Bound.CLOSED) for r in date.ranges):
        flags = flags & ~_BIT["interval"] | _BIT["one-bound"]
    if date.unspecified:
        flags |= _BIT["unspecified"]
    if date.approximate:
        flags |= _BIT["approximate"]
    if date.uncertain:
        flags |= _BIT["uncertain"]
    return flags
