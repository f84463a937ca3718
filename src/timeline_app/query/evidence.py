"""What an event rests on, as the filters read it: its confidence, the sources it cites,
and the form of its date.

The confidence codes, the sources cited and the forms of each distinct date
(``model.date_forms``) are columns of the stored events (``model.event_store``),
so that a filter on any of them is a C loop over a column, like every other
criterion. Here are the words the filter line and the controls name them by.
"""

from __future__ import annotations

from timeline_app.model.events import CONFIDENCE_LEVELS
from timeline_app.wording import translate

UNSET = "unset"
CONFIDENCE_CHOICES: tuple[str, ...] = (*CONFIDENCE_LEVELS, UNSET)
"""What the confidence filter offers: the three levels, and no level given; an event's
confidence code (``model.store_builder.confidence_code``) is its index here."""

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
    """What a date form means, in the interface language (``model.date_forms.DATE_FORMS``
    in English)."""
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
