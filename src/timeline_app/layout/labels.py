"""Label text: a title as one line, and the label of a mark known by one bound."""

from __future__ import annotations

from timeline_app.model.date_words import Era, short_part
from timeline_app.model.dates import Range
from timeline_app.model.events import Event
from timeline_app.model.languages import event_title
from timeline_app.query.event_table import LOOSE_START
from timeline_app.wording import current, translate


def shown_title(event: Event, own_language: str | None) -> str:
    """The event's title in the interface's language where its file translates it, as
    one line."""
    return one_line(event_title(event, current().language, own_language))


def one_line(text: str) -> str:
    """A title as one label line: a line break reads as a space, never as nothing."""
    return " ".join(text.split()) if "\n" in text or "\r" in text else text


def loose_label(one: Range, side: int, title: str, era: Era) -> str:
    """The label of a mark known by one bound: "by Sep 2025 · title" or
    "from 2024 · title"."""
    if side == LOOSE_START and one.high is not None:
        return translate("Labels", "by {date} · {title}").format(
            date=short_part(one.high, era), title=title)
    if one.low is not None:
        return translate("Labels", "from {date} · {title}").format(
            date=short_part(one.low, era), title=title)
    return title
