"""The Sources panel: every source of the open timeline with its publisher, date and how
many events cite it; selecting sources filters the view to their events.

Selecting rows calls ``on_chosen`` with the chosen source ids (None when no row
is selected): the window hands them to the filter panel, which owns the one
filter. The counts are of the whole timeline, and of the events shown.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from timeline_app.model.date_words import describe_part
from timeline_app.query.masks import as_array
from timeline_app.view.plain_text import plain_tip
from timeline_app.view.state import ViewState

_NONE = np.zeros(0, dtype=np.intp)
_ID = Qt.ItemDataRole.UserRole


class _CountItem(QTableWidgetItem):
    """Sorts by the number it shows."""

    def __lt__(self, other: QTableWidgetItem) -> bool:
        mine, theirs = self.data(Qt.ItemDataRole.EditRole), other.data(Qt.ItemDataRole.EditRole)
        return bool(mine < theirs) if isinstance(mine, int) and isinstance(theirs, int) \
            else super().__lt__(other)


class SourcesPanel(QWidget):
    def __init__(self, state: ViewState, on_chosen: Callable[[frozenset[str] | None], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sourcesPanel")
        self.setAccessibleName(QCoreApplication.translate("SourcesPanel", "Sources"))
        self._state, self._on_chosen = state, on_chosen
        headers = [QCoreApplication.translate("SourcesPanel", "Source"),
                   QCoreApplication.translate("SourcesPanel", "Publisher"),
                   QCoreApplication.translate("SourcesPanel", "Published"),
                   QCoreApplication.translate("SourcesPanel", "Events")]
        self.table = QTableWidget(0, len(headers), self)
        self.table.setObjectName("sourcesTable")
        self.table.setAccessibleName(QCoreApplication.translate(
            "SourcesPanel", "Sources of the timeline; select some to show their events"))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setSortingEnabled(True)
        self.table.itemSelectionChanged.connect(self._on_selection)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        state.timeline_changed.connect(self._fill)
        state.shown_changed.connect(self._on_shown_changed)
        self._counts_stale = False

    def _on_shown_changed(self) -> None:
        """Counted now when the panel is seen, else when it is next shown: a hidden panel
        costs a filter change nothing."""
        if self.isVisible() and not self.visibleRegion().isEmpty():  # not behind a tab
            self._show_counts()
        else:
            self._counts_stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._counts_stale:
            self._show_counts()

    def source_ids(self) -> list[str]:
        """The ids of the rows, in the order shown."""
        return [self._item(row, 0).data(_ID) for row in range(self.table.rowCount())]

    def _item(self, row: int, column: int) -> QTableWidgetItem:
        item = self.table.item(row, column)
        assert item is not None  # every cell is filled in _fill
        return item

    def _fill(self) -> None:
        timeline = self._state.timeline
        self.table.setSortingEnabled(False)
        self.table.clearSelection()
        self.table.setRowCount(0)
        if timeline is not None:
            self.table.setRowCount(len(timeline.sources))
            for row, source in enumerate(timeline.sources):
                title = QTableWidgetItem(source.title)
                title.setData(_ID, source.id)
                title.setToolTip(plain_tip(source.url or source.title))
                published = describe_part(source.published.ranges[0].low) \
                    if source.published is not None and source.published.ranges[0].low \
                    else ""
                self.table.setItem(row, 0, title)
                self.table.setItem(row, 1, QTableWidgetItem(source.publisher))
                self.table.setItem(row, 2, QTableWidgetItem(published))
                self.table.setItem(row, 3, _CountItem())
        self.table.setSortingEnabled(True)
        self._show_counts()

    def _show_counts(self) -> None:
        """Each source's events shown, of those citing it in the whole timeline."""
        self._counts_stale = False
        table = self._state.shown.table
        everywhere = table.by_source
        mask = self._state.shown.mask
        self.table.setSortingEnabled(False)
        for row in range(self.table.rowCount()):
            ident = self._item(row, 0).data(_ID)
            positions = everywhere.get(ident, _NONE)
            shown = len(positions) if mask is None \
                else int(np.count_nonzero(as_array(mask)[positions]))
            item = self._item(row, 3)
            item.setData(Qt.ItemDataRole.EditRole, shown)
            item.setToolTip(plain_tip(QCoreApplication.translate(
                "SourcesPanel", "{shown} of the {total} events citing it are shown").format(
                    shown=f"{shown:,}", total=f"{len(positions):,}")))
        self.table.setSortingEnabled(True)

    def _on_selection(self) -> None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        ids = frozenset(self._item(row, 0).data(_ID) for row in rows)
        self._on_chosen(ids or None)
