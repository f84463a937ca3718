"""Which stretch of time an export shows, and its frame."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF

from timeline_app.export.time_window import filter_window, layout_frame
from timeline_app.layout.shown import ShownSet
from timeline_app.model.calendar import seconds_at
from timeline_app.model.edtf import parse_edtf
from timeline_app.model.events import Category, Event
from timeline_app.query.filters import EventFilter
from timeline_app.render.style import Theme

RED = Category("red", "Red things", "#cc0000")


def _shown(events: Sequence[Event]) -> ShownSet:
    return ShownSet(events, [RED])


def test_the_filter_window_is_the_filter_range_even_beyond_the_events(mini_timeline):
    event_filter = EventFilter.from_text(date_from="2010", date_to="2020")
    first, last = filter_window(_shown(event_filter.apply(mini_timeline.events)), event_filter)
    assert first == seconds_at(2010)
    assert last == seconds_at(2021)  # the end of 31 Dec 2020
    assert filter_window(_shown(mini_timeline.events), EventFilter()) == (None, None)


def test_an_open_side_of_the_filter_window_fits_the_events(mini_timeline):
    event_filter = EventFilter.from_text(date_from="2019")
    first, last = filter_window(_shown(event_filter.apply(mini_timeline.events)), event_filter)
    latest = max(e.end for e in mini_timeline.events if not e.date.open_end)
    assert first == seconds_at(2019) and last > latest


def test_an_explicit_range_before_the_data_is_shown_as_asked(qapp) -> None:
    theme = Theme.light()
    first = seconds_at(2010)
    event = Event(id="m", title="An event", date=parse_edtf("2017-04"), category="red")
    frame = layout_frame(ShownSet([event], [RED]), QRectF(0, 0, 800, 300), theme,
                         first=first, last=seconds_at(2018))
    assert frame.scale.visible_places()[0] == first
    assert frame.ticks.minor[0].label == "2010"
