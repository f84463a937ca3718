"""Colour by category, confidence, source or date form: which colour each mark takes, and
the legend that goes with it.

Marks are coloured by category unless a ``Colouring`` says otherwise: it maps
each event to a key ("confidence:single-source") and each key to a colour and
a legend label. Counts (clusters) keep no per-key split in the other modes and
are drawn in one neutral colour: their density is counted per category.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from enum import Enum

from timeline_app.model.date_forms import DATE_FORMS, date_form_flags
from timeline_app.model.events import Event, Source, Timeline, cited_by
from timeline_app.query.evidence import CONFIDENCE_CHOICES, UNSET, form_meaning
from timeline_app.wording import translate

#: Colours that read on light and dark backgrounds (ColorBrewer "Dark2" and "Set1" hues).
CONFIDENCE_COLORS = {"confirmed": "#1b9e77", "single-source": "#e6ab02",
                     "unverified": "#d95f02", UNSET: "#8c8c8c"}
SERIES = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2",
          "#7f7f7f", "#bcbd22", "#17becf")
"""Tableau 10, in order: one colour per source or date form, repeating after ten."""
NO_SOURCE = "source:"
NEUTRAL = "counts:"
"""The colour key of counts when marks are not coloured by category: no colour is known
for it, so it is drawn in the palette's neutral grey."""


class ColourBy(Enum):
    CATEGORY = "category"
    CONFIDENCE = "confidence"
    SOURCE = "source"
    PRECISION = "precision"


@dataclass(frozen=True, slots=True)
class ColourKey:
    key: str
    label: str
    color: str


@dataclass(frozen=True)
class Colouring:
    """How marks are coloured in a mode other than by category."""

    mode: ColourBy
    keys: tuple[ColourKey, ...]
    key_of: Callable[[Event], str]

    @property
    def colors(self) -> Mapping[str, str]:
        return {k.key: k.color for k in self.keys}

    def legend(self, events: Sequence[Event]) -> list[ColourKey]:
        """The keys the ``events`` use, in the keys' order."""
        used = set(map(self.key_of, events))
        return [k for k in self.keys if k.key in used]


def colouring_for(mode: ColourBy, timeline: Timeline) -> Colouring | None:
    """The colouring of ``mode`` for ``timeline``; None colours by category."""
    if mode is ColourBy.CONFIDENCE:
        keys = tuple(ColourKey(f"confidence:{c}", _confidence_label(c), CONFIDENCE_COLORS[c])
                     for c in CONFIDENCE_CHOICES)
        return Colouring(mode, keys, _confidence_key)
    if mode is ColourBy.SOURCE:
        return Colouring(mode, _source_keys(timeline.sources), _source_key)
    if mode is ColourBy.PRECISION:
        keys = tuple(ColourKey(f"form:{name}", _capitalized(form_meaning(name)),
                               SERIES[i % len(SERIES)])
                     for i, (name, _meaning) in enumerate(DATE_FORMS[:_PRECISION_FORMS]))
        return Colouring(mode, keys, _form_key)
    return None


def _confidence_label(level: str) -> str:
    return {"confirmed": translate("Colouring", "Confirmed"),
            "single-source": translate("Colouring", "Single source"),
            "unverified": translate("Colouring", "Unverified"),
            UNSET: translate("Colouring", "No confidence given")}[level]


def _capitalized(text: str) -> str:
    return text[:1].upper() + text[1:]


def _confidence_key(event: Event) -> str:
    return f"confidence:{event.confidence or UNSET}"


def _source_keys(sources: Sequence[Source]) -> tuple[ColourKey, ...]:
    keys = [ColourKey(f"source:{s.id}", s.credit(), SERIES[i % len(SERIES)])
            for i, s in enumerate(sources)]
    return (*keys, ColourKey(NO_SOURCE, translate("Colouring", "No source"), "#8c8c8c"))


def _source_key(event: Event) -> str:
    """The event's first source: where it comes from, first of all."""
    cited = cited_by(event)
    return f"source:{cited[0].source}" if cited else NO_SOURCE


_PRECISION_FORMS = 8
"""The forms up to "set" in ``DATE_FORMS`` say how precise a date is; the rest are
qualifiers, which the marks themselves show."""


def _form_key(event: Event) -> str:
    """How precise the event's date is: the first of its forms in ``DATE_FORMS`` order."""
    flags = date_form_flags(event)
    for i, (name, _meaning) in enumerate(DATE_FORMS[:_PRECISION_FORMS]):
        if flags & (1 << i):
            return f"form:{name}"
    return f"form:{DATE_FORMS[0][0]}"
