"""The event list: a sortable table of the shown events.

It is the keyboard and screen-reader path to every event, so each cell's
accessible text names the event's title and date. The model shows the
``ViewState``'s shown events and sorts them itself (no proxy, no per-row
widgets), which keeps a large timeline's rows fast. Titles and categories are in the
interface language where the file translates them, and the Title column sorts by the
title it shows. Choosing a row selects its event in
the state; the list follows every selection change, from wherever it came,
without announcing it back.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, overload

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from timeline_app.layout.labels import one_line
from timeline_app.model.date_words import Era, describe
from timeline_app.model.event_store import StoredEvents
from timeline_app.model.events import Event, Timeline, chronological_key
from timeline_app.model.languages import category_label, event_title
from timeline_app.query.shown_events import ShownEvents
from timeline_app.view.plain_text import plain_tip
from timeline_app.view.state import ViewState
from timeline_app.view.themes import swatch_icon
from timeline_app.wording import current

DATE, TITLE, CATEGORY = range(3)
COLUMN_COUNT = 3


def _header(section: int) -> str:
    return (QCoreApplication.translate("EventListModel", "Date") if section == DATE
            else QCoreApplication.translate("EventListModel", "Title") if section == TITLE
            else QCoreApplication.translate("EventListModel", "Category"))

AnyIndex = QModelIndex | QPersistentModelIndex


class _Descending(Sequence[Event]):
    """A chronological sequence read from its end, without reading its events: the
    rows of a million shown events sorted newest first."""

    def __init__(self, forward: ShownEvents | StoredEvents) -> None:
        self.forward = forward

    def __len__(self) -> int:
        return len(self.forward)

    @overload
    def __getitem__(self, index: int) -> Event: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[Event, ...]: ...

    def __getitem__(self, index: int | slice) -> Event | tuple[Event, ...]:
        if isinstance(index, slice):
            return tuple(self[i] for i in range(*index.indices(len(self))))
        if not -len(self) <= index < len(self):
            raise IndexError("event list row out of range")
        return self.forward[len(self) - 1 - index % len(self)]


_Found = ShownEvents | StoredEvents | _Descending
"""Rows whose event ids are found without decoding every event."""


def _found_row(rows: _Found, event_id: str) -> int | None:
    if isinstance(rows, _Descending):
        row = _found_row(rows.forward, event_id)
        return None if row is None else len(rows) - 1 - row
    if isinstance(rows, ShownEvents):
        return rows.index_of_id(event_id)
    return rows.position_of(event_id)


class EventListModel(QAbstractTableModel):
    """Rows are events; the Date column shows the EDTF date and sorts by place (a date
    known only by its end, by that end)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._events: Sequence[Event] = ()
        self._row_of: dict[str, int] | None = None
        self._labels: dict[str, str] = {}
        self._icons: dict[str, QIcon] = {}
        self._sort_column = DATE
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._era = Era.BCE
        self._language: str | None = None
        self._own_language: str | None = None

    def set_era(self, era: Era) -> None:
        """Name years in ``era``: the Date column's words change, not its order."""
        self._era = era
        if self._events:
            self.dataChanged.emit(self.index(0, DATE), self.index(len(self._events) - 1, DATE))

    def set_timeline(self, timeline: Timeline | None) -> None:
        categories = timeline.categories if timeline else ()
        self._language = current().language
        self._own_language = timeline.language if timeline else None
        self._labels = {c.id: category_label(c, self._language, self._own_language)
                        for c in categories}
        self._icons = {c.id: swatch_icon(c.color, 10) for c in categories}

    def set_events(self, events: Sequence[Event]) -> None:
        """Show ``events``, which arrive in chronological order, as every filter result does.

        Sorted by date, that order is used as it is (read from its end when newest
        first), and the state's shown events are kept without a copy: re-sorting,
        copying or decoding every row on each filter change would cost more than the
        filter itself.
        """
        self.beginResetModel()
        if self._sort_column == DATE:
            rows: Sequence[Event] = events if isinstance(
                events, tuple | ShownEvents | StoredEvents) else tuple(events)
            if self._sort_order == Qt.SortOrder.DescendingOrder:
                rows = _Descending(rows) if isinstance(rows, ShownEvents | StoredEvents) \
                    else rows[::-1]
            self._events = rows
            self._row_of = None
        else:
            self._events = events
            self._sort_rows()
        self.endResetModel()

    def event_at(self, row: int) -> Event | None:
        return self._events[row] if 0 <= row < len(self._events) else None

    def row_of(self, event_id: str) -> int | None:
        if isinstance(self._events, _Found):
            return _found_row(self._events, event_id)
        if self._row_of is None:  # built on demand: most filter changes never ask
            self._row_of = {e.id: row for row, e in enumerate(self._events)}
        return self._row_of.get(event_id)

    def event_ids(self) -> list[str]:
        return [e.id for e in self._events]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._events)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _header(section)
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        event = self.event_at(index.row()) if index.isValid() else None
        if event is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.ToolTipRole:  # file text: shown, never read as markup
            return plain_tip(self._date_tip(event) if column == DATE
                             else self._cell_text(event, column))
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell_text(event, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return QCoreApplication.translate(
                "EventListModel", "{title}, {date}, {category}").format(
                title=self._title(event), date=event.date_as_written(self._era),
                category=self._labels.get(event.category, event.category))
        if role == Qt.ItemDataRole.DecorationRole and column == CATEGORY:
            return self._icons.get(event.category)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort_column, self._sort_order = column, order
        persistent = self.persistentIndexList()
        held = [(self._events[p.row()].id, p.column()) for p in persistent]
        self._sort_rows()
        self.changePersistentIndexList(
            persistent, [self.index(self.row_of(event_id) or 0, c) for event_id, c in held])
        self.layoutChanged.emit()

    def _cell_text(self, event: Event, column: int) -> str:
        if column == DATE:  # normalised, so that the year always shows and rows compare
            return event.date.text
        if column == TITLE:
            return one_line(self._title(event))
        return self._labels.get(event.category, event.category)

    def _title(self, event: Event) -> str:
        """The title in the interface language where the file translates it."""
        return event_title(event, self._language, self._own_language)

    def _date_tip(self, event: Event) -> str:
        """The source's wording and the date in words."""
        words = describe(event.date, self._era)
        if event.display_date and event.display_date != words:
            return f"{event.display_date}\n{words}"
        return words

    def _sort_rows(self) -> None:
        key = self._sort_key()
        self._events = sorted(self._events, key=key,
                              reverse=self._sort_order == Qt.SortOrder.DescendingOrder)
        self._row_of = None

    def _sort_key(self) -> Callable[[Event], tuple[Any, ...]]:
        if self._sort_column == TITLE:
            return lambda e: (self._title(e).casefold(), e.start, e.id)
        if self._sort_column == CATEGORY:
            labels = self._labels
            return lambda e: (labels.get(e.category, e.category).casefold(), e.start, e.id)
        return chronological_key  # the filter's own order, so a filter change sorts in O(n)


class EventList(QTableView):
    """The table of the state's shown events; emits ``event_activated`` on Enter or
    double-click."""

    event_activated = Signal(str)

    def __init__(self, state: ViewState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("eventList")
        self.setAccessibleName(QCoreApplication.translate("EventList", "Event list"))
        self.setAccessibleDescription(QCoreApplication.translate(
            "EventList", "Shown events with their dates; Enter shows details"))
        self._state = state
        self._model = EventListModel(self)
        self._following = False
        self.setModel(self._model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        header = self.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        header.resizeSection(DATE, self.fontMetrics().horizontalAdvance("2024-09-30") + 14)
        header.resizeSection(CATEGORY, self.fontMetrics().horizontalAdvance("Meetings an") + 30)
        self.setSortingEnabled(True)
        self.sortByColumn(DATE, Qt.SortOrder.AscendingOrder)
        self.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.activated.connect(self._on_activated)
        state.timeline_changed.connect(self._on_timeline_changed)
        state.shown_changed.connect(self._on_shown_changed)
        state.selection_changed.connect(self._follow_selection)
        state.era_changed.connect(lambda: self._model.set_era(state.era))

    def shown_event_ids(self) -> list[str]:
        """The ids of the rows, top to bottom."""
        return self._model.event_ids()

    def selected_event_id(self) -> str | None:
        """The event of the highlighted row, if any."""
        rows = self.selectionModel().selectedRows()
        event = self._model.event_at(rows[0].row()) if rows else None
        return event.id if event is not None else None

    def _on_timeline_changed(self) -> None:
        self._model.set_timeline(self._state.timeline)
        self._on_shown_changed()

    def _on_shown_changed(self) -> None:
        with self._follow():
            self._model.set_events(self._state.shown_events())
        self._follow_selection()

    def _follow_selection(self) -> None:
        """Show the state's selection; never selects anything in the state itself."""
        selected = self._state.selected_id
        row = self._model.row_of(selected) if selected else None
        with self._follow():
            if row is None:
                self.selectionModel().clearSelection()
                return
            index = self._model.index(row, TITLE)
            self.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
            self.scrollTo(index)

    @contextmanager
    def _follow(self) -> Iterator[None]:
        """While active, selection changes come from the state and are not sent back."""
        outer, self._following = self._following, True
        try:
            yield
        finally:
            self._following = outer

    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        if not self._following:
            self._state.select(self.selected_event_id())

    def _on_activated(self, index: QModelIndex) -> None:
        event = self._model.event_at(index.row())
        if event is not None:
            self.event_activated.emit(event.id)
