"""The one owner of what the window shows.

``ViewState`` holds the timeline, its Qt-free shown set (``layout.shown``),
the active filter, the selection, the visible range, the grouping and how
years are named (the era). Every
widget and the exports read it and subscribe to its signals, in the spirit
of thetimelineproj's ``ViewProperties`` and napari's ``ViewerModel``; none
keeps its own copy of the selection or of the shown events.

The rules live here, once:
- a filter change is ``EventFilter.select`` over the timeline's event table
  (a byte mask by position) and ``ShownSet.narrowed_to`` that mask: no event
  list is mapped back and nothing is re-sorted;
- the selection survives a filter change while its event is still shown;
- the visible range is clamped to the data range plus a margin, which comes
  from the whole timeline, so filtering never changes how far one can zoom.

The visible range is kept as a ``TimeScale`` one pixel wide: its exact origin
and span, which a view of any width shows through ``scale_for``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from itertools import compress

from PySide6.QtCore import QObject, Signal

from timeline_app.layout.colouring import ColourBy, Colouring, colouring_for
from timeline_app.layout.scale import TimeScale
from timeline_app.layout.shown import ShownSet
from timeline_app.model.date_words import Era
from timeline_app.model.events import Event, Timeline
from timeline_app.model.long_lived import building_long_lived
from timeline_app.query.filters import EventFilter

_WIDTH = 1.0
"""The width of the scale that holds the visible range: views rescale it."""


class ViewState(QObject):
    """What is shown, and the signals that say when it changed."""

    timeline_changed = Signal()  # a new timeline (or none): everything else changed too
    shown_changed = Signal()  # the filter changed which events are shown
    selection_changed = Signal()
    range_changed = Signal()  # the visible range
    grouping_changed = Signal()
    era_changed = Signal()
    colouring_changed = Signal()  # what the marks are coloured by

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timeline: Timeline | None = None
        self._full = ShownSet(())
        self._shown = self._full
        self._filter = EventFilter()
        self._selected: str | None = None
        self._chosen: str | None = None  # the user's selection, even while a filter hides it
        self._fitted = TimeScale.fit_range(None, _WIDTH)
        self._range = self._fitted
        self._grouped = False
        self._era = Era.BCE
        self._colour_by = ColourBy.CATEGORY
        self._colouring: Colouring | None = None

    # --- reading ------------------------------------------------------------

    @property
    def timeline(self) -> Timeline | None:
        return self._timeline

    @property
    def colour_by(self) -> ColourBy:
        return self._colour_by

    @property
    def colouring(self) -> Colouring | None:
        """How marks are coloured when not by category (``layout.colouring``)."""
        return self._colouring

    @property
    def shown(self) -> ShownSet:
        """The shown set: the shown positions of the timeline's event table."""
        return self._shown

    def shown_events(self) -> Sequence[Event]:
        """The shown events, in chronological order (shared, never copied)."""
        return self._shown.events

    def total_count(self) -> int:
        return len(self._full.events)

    def shown_category_counts(self) -> dict[str, int]:
        """Shown events per category id."""
        table, mask = self._full.table, self._shown.mask
        if mask is None:
            return table.category_counts()
        codes = table.category
        kept = bytes(compress(codes, mask)) if isinstance(codes, bytes) else \
            list(compress(codes, mask))
        return {c: kept.count(code) for code, c in enumerate(table.category_ids)}

    def category_totals(self) -> dict[str, int]:
        """Events per category id in the whole timeline."""
        return self._full.table.category_counts()

    @property
    def filter(self) -> EventFilter:
        return self._filter

    @property
    def selected_id(self) -> str | None:
        return self._selected

    def selected_event(self) -> Event | None:
        return self._shown.event(self._selected)

    @property
    def visible_range(self) -> tuple[float, float]:
        """The visible places ``[first, last)``, as floats (coarse: for exact places
        use ``scale_for``)."""
        return self._range.first, self._range.last

    @property
    def grouped(self) -> bool:
        return self._grouped

    @property
    def era(self) -> Era:
        return self._era

    def range_counts(self, start: int, end: int, start_text: str, end_text: str
                     ) -> tuple[int, int]:
        """What the active filter with ``[start, end)`` as its date range would keep, and
        how many of those only may fall in it: the overview strip's tooltip, counted
        by the one filter the exports use."""
        ranged = replace(self._filter, start=start, end=end, start_text=start_text,
                         end_text=end_text, within=False)
        table = self._full.table
        mask = ranged.select(table)
        kept = len(table) if mask is None else mask.count(1)
        return kept, ranged.may_fall(table, mask)

    def prepare_filters(self) -> None:
        """Build what the filters read beyond the layout's columns (confidence, date
        forms, source counts, the spans as arrays, the search index) now, while the
        user is looking at the first frame, rather than on the first filter change that
        needs it."""
        table = self._full.table
        _ = (table.confidence, table.date_forms, table.source_counts,  # cached on first read
             table.spans.arrays, table.search_index)

    def may_fall_count(self) -> int:
        """How many shown events only may fall in the filter's date range
        (``EventFilter.may_fall``); 0 without a range."""
        return self._filter.may_fall(self._full.table, self._shown.mask)

    def has_dates_read_from_text(self) -> bool:
        """Whether an importer read some event's date from words (a filter offers them)."""
        return 1 in self._full.table.read_from_text

    def scale_for(self, width: float) -> TimeScale:
        """The visible range across ``width`` pixels, with the view's limits."""
        return self._range.with_width(width)

    def fitted_scale(self, width: float) -> TimeScale:
        """The whole data range (plus margins) across ``width`` pixels."""
        return self._fitted.with_width(width)

    # --- changing -----------------------------------------------------------

    def set_timeline(self, timeline: Timeline | None, *, keep_view: bool = False) -> None:
        """Show ``timeline`` through the active filter, fitted to the view.

        With ``keep_view`` (a reload), the visible range and the selection stay
        where they still can.
        """
        kept_range, kept_selection = self._range, self._selected
        self._timeline = timeline
        with building_long_lived():
            self._full = (ShownSet(timeline.events, timeline.categories, timeline.periods,
                                   timeline.language)
                          if timeline is not None else ShownSet(()))
        self._fitted = TimeScale.fit_range(self._full.known_range(), _WIDTH)
        self._shown = self._full.narrowed_to(self._filter.select(self._full.table))
        self._colouring = (colouring_for(self._colour_by, timeline)
                           if timeline is not None else None)
        self._selected = self._chosen = None
        self._range = self._fitted
        if keep_view:
            self._selected = kept_selection if self._shown.event(kept_selection) else None
            self._chosen = self._selected
            self._range = kept_range.with_width(_WIDTH).with_limits(self._fitted.min_place,
                                                                    self._fitted.max_place)
        self.timeline_changed.emit()

    def set_filter(self, event_filter: EventFilter) -> None:
        """Show what ``event_filter`` selects; keeps the range and, while its event
        is still shown, the selection. A selection the filter hides comes back when a
        later filter shows its event again (unless the user chose another meanwhile)."""
        if event_filter == self._filter:
            return
        self._filter = event_filter
        self._shown = self._full.narrowed_to(event_filter.select(self._full.table))
        self.shown_changed.emit()
        if self._selected is not None and self._shown.event(self._selected) is None:
            self._set_selected(None)
        elif self._selected is None and self._shown.event(self._chosen) is not None:
            self._set_selected(self._chosen)

    def select(self, event_id: str | None) -> None:
        """Select a shown event (None, or an id that is not shown: nothing)."""
        event = self._shown.event(event_id)
        self._chosen = event.id if event is not None else None
        self._set_selected(self._chosen)

    def _set_selected(self, selected: str | None) -> None:
        if selected != self._selected:
            self._selected = selected
            self.selection_changed.emit()

    def set_visible_range(self, first: float, last: float) -> None:
        """Show the places ``[first, last)``, clamped to the limits."""
        self.show_scale(self._range.with_range(first, last))

    def show_scale(self, scale: TimeScale) -> None:
        """Show what ``scale`` shows (a view's zoomed or panned scale), clamped to the
        limits; exact to the second however far from year 0."""
        shown = scale.with_width(_WIDTH).with_limits(self._fitted.min_place,
                                                      self._fitted.max_place)
        if shown != self._range:
            self._range = shown
            self.range_changed.emit()

    def fit_all(self) -> None:
        self.show_scale(self._fitted)

    def set_grouped(self, on: bool) -> None:
        if on != self._grouped:
            self._grouped = on
            self.grouping_changed.emit()

    def set_era(self, era: Era) -> None:
        if era is not self._era:
            self._era = era
            self.era_changed.emit()

    def set_colour_by(self, mode: ColourBy) -> None:
        if mode is not self._colour_by:
            self._colour_by = mode
            self._colouring = (colouring_for(mode, self._timeline)
                               if self._timeline is not None else None)
            self.colouring_changed.emit()
