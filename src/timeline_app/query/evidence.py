"""What an event rests on, as the filters read it: its confidence, the sources it cites,
and the form of its date.

Each is a per-event column built once per table (``query.columns``), so that a
filter on them is a C loop over a column, like every other criterion.
"""

from __future__ import annotations

from collections.abc import Sequence

from timeline_app.model.dates import Bound, Precision
from timeline_app.model.events import CONFIDENCE_LEVELS, Event, cited_by

UNSET = "unset"
CONFIDENCE_CHOICES: tuple[str, ...] = (*CONFIDENCE_LEVELS, UNSET)
"""What the confidence filter offers: the three levels, and no level given."""

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
_PRECISION_FORM = {Precision.SECOND: "time", Precision.DAY: "day", Precision.MONTH: "month",
                   Precision.SEASON: "season", Precision.YEAR: "year",
                   Precision.INTERVAL: "interval", Precision.SET: "set"}


def form_bits(names: frozenset[str]) -> int:
    """The flag bits of the named forms (``DATE_FORM_NAMES``)."""
    return sum(_BIT[name] for name in names)


def date_form_flags(event: Event) -> int:
    """The forms of the event's dates, as bits of ``DATE_FORM_NAMES``."""
    flags = _BIT["alternatives"] if event.alternatives else 0
    for date in (event.date, *(a.date for a in event.alternatives)):
        form = _PRECISION_FORM[date.precision]
        one_bound = any((r.low_bound is Bound.CLOSED) != (r.high_bound is Bound.CLOSED)
                        for r in date.ranges)
        if one_bound:
            flags |= _BIT["one-bound"]
        if not (one_bound and form == "interval"):
            flags |= _BIT[form]
        if date.unspecified:
            flags |= _BIT["unspecified"]
        if date.approximate:
            flags |= _BIT["approximate"]
        if date.uncertain:
            flags |= _BIT["uncertain"]
    return flags


def confidence_code(event: Event) -> int:
    """The index of the event's confidence in ``CONFIDENCE_CHOICES``."""
    return CONFIDENCE_CHOICES.index(event.confidence or UNSET)


def events_by_source(events: Sequence[Event]) -> dict[str, list[int]]:
    """The positions of the events citing each source id (by the event or one of its
    alternative dates), ascending."""
    found: dict[str, list[int]] = {}
    for position, event in enumerate(events):
        for source in dict.fromkeys(c.source for c in cited_by(event)):
            found.setdefault(source, []).append(position)
    return found


def distinct_sources(event: Event) -> int:
    """How many different sources the event cites, its alternatives' included."""
    return len({c.source for c in cited_by(event)})
