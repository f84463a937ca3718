"""The shown set: which events of a timeline's event table are shown, and which of
its marks, with what laying them out needs and keeps between frames.

A ``ShownSet`` is built once per timeline (``ShownSet(events, categories)``
builds the ``EventTable``); a filter change calls ``narrowed_to`` with the
byte mask ``EventFilter.select`` computed over that table's events, and the
table turns it into a mask over marks. Narrowing shares the table's sorted
orders (``IntervalIndex.restricted``, ``DensityIndex.restricted``), so it
never re-sorts, and it starts an empty lane cache. Keep one while zooming
and panning so that cache pays off.

Lanes (``layout.lanes``) are assigned per window-aligned chunk around the view
at a quantised zoom level and cached per (window, grouping, sizes, limit):
panning inside a chunk never moves a mark to another lane.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property
from types import MappingProxyType

from timeline_app.layout.frame import FADE_PX, RangeLook
from timeline_app.layout.lanes import LaneWindow, lanes_for
from timeline_app.model.events import Category, Event, Period
from timeline_app.model.languages import category_label
from timeline_app.query.density import DensityIndex
from timeline_app.query.event_table import EventTable
from timeline_app.query.interval_index import IntervalIndex
from timeline_app.query.shown_events import ShownEvents
from timeline_app.wording import current

_LANE_CACHE_SIZE = 32

Lanes = tuple[dict[int, int], list[int]]
"""(lane per mark position, lane count per band)."""


@dataclass(frozen=True, slots=True)
class Bands:
    """The category bands of a grouped frame: one per category with shown events."""

    categories: tuple[str, ...]  # category ids, in band order
    labels: tuple[str, ...]
    of_code: tuple[int, ...]  # band per category code of the table; -1 when not shown

    def __len__(self) -> int:
        return len(self.categories)


class ShownSet:
    """The shown events of one timeline's ``EventTable``, their marks, and the indexes
    over those marks."""

    def __init__(self, events: Sequence[Event], categories: Sequence[Category] = (),
                 periods: Sequence[Period] = (), language: str | None = None) -> None:
        self._init(EventTable(events, categories), None, {}, tuple(periods), language)

    def _init(self, table: EventTable, mask: bytes | None, looks: dict[int, RangeLook],
              periods: tuple[Period, ...], language: str | None) -> None:
        """Show the events of ``table`` set in ``mask`` (None: all), and their marks."""
        self.table = table
        #: The language of the timeline's own texts (``Timeline.language``): labels are
        #: shown in the interface's language where the file has them translated.
        self.language = language
        #: The timeline's periods, drawn behind the events whatever the filter.
        self.periods = periods
        #: ``range_look`` of each range laid out so far, by ``id``, shared by the sets
        #: narrowed from one table: a frame reads the look of every mark it draws, and
        #: the ranges live as long as the table.
        self.looks = looks
        self.mask = mask
        self.mark_mask = None if mask is None else table.mark_mask(mask)
        self._index: IntervalIndex | None = None  # built (or restricted) on first use
        if mask is None or self.mark_mask is None:
            self.events: Sequence[Event] = table.events
            self.density: DensityIndex = table.density
        else:
            self.events = ShownEvents(table.events, mask)
            self.density = table.density.restricted(self.mark_mask)
        totals = self.density.category_totals()
        present = [code for code, total in enumerate(totals) if total]
        wanted = current().language
        labels = {c.id: category_label(c, wanted, language) for c in table.categories}
        self.category_colors = MappingProxyType({c.id: c.color for c in table.categories})
        band_categories = tuple(table.category_ids[c] for c in present)
        of_code = [-1] * len(totals)
        for band, code in enumerate(present):
            of_code[code] = band
        self.bands = Bands(band_categories, tuple(labels.get(c, c) for c in band_categories),
                           tuple(of_code))
        self._lanes: OrderedDict[tuple[LaneWindow, bool, float, float, int], Lanes] = \
            OrderedDict()

    @property
    def index(self) -> IntervalIndex:
        """The interval index over the shown marks (positions into the table's marks)."""
        if self._index is None:
            full = self.table.index
            self._index = full if self.mark_mask is None else full.restricted(self.mark_mask)
        return self._index

    def bounded_counts(self, spans: Sequence[tuple[int, int]]) -> list[int]:
        """Shown marks bounded on both sides that overlap each ``[lo, hi)`` of ``spans``:
        what the overview strip draws, so that a date known by one bound is no spike at
        it. The shown marks' counts less those of the shown loose ones."""
        los, his = [lo for lo, _ in spans], [hi for _, hi in spans]
        counts = self.density.visible_counts(los, his)
        if not self.table.has_loose_marks:
            return counts
        loose = self._loose_density.visible_counts(los, his)
        return [count - minus for count, minus in zip(counts, loose, strict=True)]

    @cached_property
    def _loose_density(self) -> DensityIndex:
        loose = self.table.loose_density
        if self.mark_mask is None:
            return loose
        return loose.restricted(self.table.loose_mask(self.mark_mask))

    def events_of_marks(self, positions: Iterable[int]) -> tuple[Event, ...]:
        """The events owning the marks at ``positions``, once each, in table order."""
        owners = self.table.marks.event
        wanted = set(positions) if owners is None else {owners[p] for p in positions}
        events = self.table.events
        return tuple(events[p] for p in sorted(wanted))

    def known_range(self) -> tuple[int, int] | None:
        """The places ``[lo, hi)`` the known ends of the shown marks cover: an open start
        contributes its end, and an open end its start, so ``2024/..`` does not stretch
        a view to the end of time. Read off the sorted density columns."""
        return self.density.finite_range()

    def narrowed_to(self, mask: bytes | None) -> ShownSet:
        """The positions of this set's table set in ``mask`` (a filter's ``select``;
        None: all), sharing the table."""
        if mask is not None and 0 not in mask:
            mask = None
        narrowed = ShownSet.__new__(ShownSet)
        narrowed._init(self.table, mask, self.looks, self.periods, self.language)
        return narrowed

    def position_of(self, event_id: str) -> int | None:
        """The index in ``events`` of a shown event, or None."""
        position = self.table.position_of(event_id)
        if position is None or self.mask is None:
            return position
        return self.mask.count(1, 0, position) if self.mask[position] else None

    def event(self, event_id: str | None) -> Event | None:
        """A shown event by id; None when it is not shown (or no id is given)."""
        position = self.position_of(event_id) if event_id else None
        return None if position is None else self.events[position]

    def lanes(self, window: LaneWindow, grouped: bool, reserve_px: float, marker_px: float,
              limit: int) -> Lanes:
        """The lanes of the events overlapping ``window`` (``layout.lanes.lanes_for``);
        lanes from ``limit`` (what a band can show) up all come out as ``limit``."""
        key = (window, grouped, reserve_px, marker_px, limit)
        cached = self._lanes.get(key)
        if cached is not None:
            self._lanes.move_to_end(key)
            return cached
        marks = self.table.marks
        positions = self.index.query_positions(window.first, window.last)
        band_count = len(self.bands) if grouped else 1
        band_of = self.bands.of_code if grouped else (0,) * len(self.bands.of_code)
        result = lanes_for(positions, marks.start, marks.end, marks.fine, marks.category,
                           band_of, band_count, window, reserve_px, marker_px, limit,
                           marks.loose if self.table.has_loose_marks else b"", FADE_PX)
        self._lanes[key] = result
        if len(self._lanes) > _LANE_CACHE_SIZE:
            self._lanes.popitem(last=False)
        return result
