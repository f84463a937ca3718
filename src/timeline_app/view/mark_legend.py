"""The key to the date marks under the timeline: exact day, span, approximate,
uncertain, open end. It paints with ``render.legend.paint_legend``, the same
key that every export carries, so the screen and the page explain marks alike.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from timeline_app.render.legend import legend_height, paint_legend
from timeline_app.render.style import Theme


class MarkLegend(QWidget):
    """A strip as tall as the legend needs at the current width (it wraps when narrow)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("markLegend")
        self.setAccessibleName("Legend of date marks")
        self.setAccessibleDescription(
            "A dot is an exact day; a bar spans a month, a year or an interval; faded ends "
            "mean approximate; a dashed outline means uncertain; a fade to one side means "
            "an open end.")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._theme = Theme.light()
        self._fit_height()

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
            paint_legend(painter, QRectF(self.rect()), self._theme)
        finally:
            painter.end()

    def _fit_height(self) -> None:
        self.setFixedHeight(self._height_at(max(self.width(), 200)))

    def _height_at(self, width: int) -> int:
        return math.ceil(legend_height(self._theme, width))
