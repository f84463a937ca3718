"""Label text: a title as one line, and the label of a mark known by one bound."""

from __future__ import annotations

from timeline_app.model.date_words import Era, short_part
from timeline_app.model.dates import Range
from timeline_app.query.event_table import LOOSE_START


def one_line(text: str) -> str:
    """A title as one label line: a line break reads as a space, never as nothing."""
    return " ".join(text.split()) if "\n" in text or "\r" in text else text


def loose_label(one: Range, side: int, title: str, era: Era) -> str:
    """The label of a mark known by one bound: "by Sep 2025 · title" or
    "from 2024 · title"."""
    if side == LOOSE_START and one.high is not None:
        return f"by {short_part(one.high, era)} · {title}"
    if one.low is not None:
        return f"from {short_part(one.low, era)} · {title}"
    return title
