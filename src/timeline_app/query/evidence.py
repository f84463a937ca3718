"""What an event rests on, as the filters read it: its confidence, the sources it cites,
and the form of its date.

The confidence codes and the sources cited are columns of the stored events
(``model.event_store``), and ``query.columns`` builds the date forms from the
flags here, once per distinct date, so that a filter on any of them is a C loop
over a column, like every other criterion.
"""

from __future__ import annotations

from timeline_app.model.dates import Bound, DateKind, EdtfDate, Precision
from timeline_app.model.events import CONFIDENCE_LEVELS, Event
from timeline_app.wording import translate

UNSET = "unset"
CONFIDENCE_CHOICES: tuple[str, ...] = (*CONFIDENCE_LEVELS, UNSET)
"""What the confidence filter offers: the three levels, and no level given; an event's
confidence code (``model.store_builder.confidence_code``) is its index here."""

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

def confidence_words(level: str) -> str:
    """A confidence level as the filter line names it: 'single-source', '单一来源'."""
    return {"confirmed": translate("Evidence", "confirmed"),
            "single-source": translate("Evidence", "single-source"),
            "unverified": translate("Evidence", "unverified"),
            UNSET: translate("Evidence", "unset")}[level]


def form_words(name: str) -> str:
    """A date form's short name as the filter line names it: 'one-bound', '单侧有界'."""
    return {
        "time": translate("Evidence", "time", "a date form"),
        "day": translate("Evidence", "day", "a date form"),
        "month": translate("Evidence", "month", "a date form"),
        "season": translate("Evidence", "season", "a date form"),
        "year": translate("Evidence", "year", "a date form"),
        "interval": translate("Evidence", "interval", "a date form"),
        "one-bound": translate("Evidence", "one-bound", "a date form"),
        "set": translate("Evidence", "set", "a date form"),
        "unspecified": translate("Evidence", "unspecified", "a date form"),
        "approximate": translate("Evidence", "approximate", "a date form"),
        "uncertain": translate("Evidence", "uncertain", "a date form"),
        "alternatives": translate("Evidence", "alternatives", "a date form"),
    }[name]


def form_meaning(name: str) -> str:
    """What a date form means, in the interface language (``DATE_FORMS`` in English)."""
    return {
        "time": translate("Evidence", "a time of day"),
        "day": translate("Evidence", "a day"),
        "month": translate("Evidence", "a month"),
        "season": translate("Evidence", "a season, quarter or other part of a year"),
        "year": translate("Evidence", "a year (or coarser, such as a decade)"),
        "interval": translate("Evidence", "an interval with both ends known"),
        "one-bound": translate("Evidence", "bounded on one side only (open or unknown end)"),
        "set": translate("Evidence", "a set of dates (one of, or all of)"),
        "unspecified": translate("Evidence", "unspecified digits (199X)"),
        "approximate": translate("Evidence", "approximate (~)"),
        "uncertain": translate("Evidence", "uncertain (?)"),
        "alternatives": translate("Evidence", "alternative dates that sources give"),
    }[name]



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
