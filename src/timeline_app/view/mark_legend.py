"""The key to the date marks under the timeline, for the kinds of marks the open
timeline has. It paints with ``render.legend.paint_legend``, the same key that
every export carries, so the screen and the page explain marks alike.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from timeline_app.render.legend import (
    LEGEND_ITEMS,
    LegendItem,
    items_for,
    legend_height,
    paint_legend,
)
from timeline_app.render.style import Theme
from timeline_app.view.state import ViewState


class MarkLegend(QWidget):
    """A strip as tall as the legend needs at the current width (it wraps when narrow)."""

    def __init__(self, state: ViewState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("markLegend")
        self.setAccessibleName("Legend of date marks")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._state = state
        self._theme = Theme.light()
        self._items: tuple[LegendItem, ...] = LEGEND_ITEMS
        state.timeline_changed.connect(self._on_timeline_changed)
        self._on_timeline_changed()

    def item_names(self) -> list[str]:
        return [item.name for item in self._items]

    def _on_timeline_changed(self) -> None:
        marks = self._state.shown.table.marks
        self._items = items_for(marks.ranges, 1 in marks.hollow)
        self.setAccessibleDescription("Date marks: " + "; ".join(self.item_names()))
        self._fit_height()
        self.update()

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self._fit_height()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(600, self._height_at(max(self.width(), 200)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            painter.fillRect(self.rect(), QColor(self._theme.background))
            paint_legend(painter, QRectF(self.rect()), self._theme, self._items)
        finally:
            painter.end()

    def _fit_height(self) -> None:
        self.setFixedHeight(self._height_at(max(self.width(), 200)))

    def _height_at(self, width: int) -> int:
        return math.ceil(legend_height(self._theme, width, self._items))
