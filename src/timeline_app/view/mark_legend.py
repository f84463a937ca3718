"""The key to the date marks under the timeline, for the kinds of marks the open
timeline has. It paints with ``render.legend.paint_legend``, the same key that
every export carries, so the screen and the page explain marks alike. When the
marks are coloured by other than category (View → Colour By), a row of colour
swatches above it says what each colour means.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from timeline_app.layout.colouring import ColourKey
from timeline_app.render.legend import LegendItem, items_for, legend_height, paint_legend
from timeline_app.render.style import Theme
from timeline_app.view.state import ViewState

_SWATCH = 10.0
_KEY_MARGIN = 8.0
_KEY_GAP = 16.0


class MarkLegend(QWidget):
    """A strip as tall as the legend needs at the current width (it wraps when narrow)."""

    def __init__(self, state: ViewState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("markLegend")
        self.setAccessibleName(QCoreApplication.translate("MarkLegend", "Legend of date marks"))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._state = state
        self._theme = Theme.light()
        self._items: tuple[LegendItem, ...] = ()
        self._keys: list[ColourKey] = []
        state.timeline_changed.connect(self._on_timeline_changed)
        state.colouring_changed.connect(self._on_colouring_changed)
        state.shown_changed.connect(self._on_colouring_changed)
        self._on_timeline_changed()

    def colour_keys(self) -> list[str]:
        """The labels of the colour swatches shown (none when coloured by category)."""
        return [key.label for key in self._keys]

    def _on_colouring_changed(self) -> None:
        colouring = self._state.colouring
        self._keys = colouring.legend(self._state.shown_events()) if colouring else []
        self._fit_height()
        self.update()

    def item_names(self) -> list[str]:
        return [item.name for item in self._items]

    def _on_timeline_changed(self) -> None:
        marks = self._state.shown.table.marks
        self._items = items_for(marks.ranges.featured(), 1 in marks.hollow)
        self.setAccessibleDescription(QCoreApplication.translate(
            "MarkLegend", "Date marks: {marks}").format(
                marks=QCoreApplication.translate("MarkLegend", "; ").join(self.item_names())))
        self._on_colouring_changed()

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
            top = self._paint_keys(painter)
            rect = QRectF(self.rect()).adjusted(0, top, 0, 0)
            paint_legend(painter, rect, self._theme, self._items)
        finally:
            painter.end()

    def _key_rows(self, width: float) -> list[list[tuple[ColourKey, float]]]:
        """The swatches wrapped to ``width``: (key, its x) per row."""
        metrics = QFontMetricsF(self.font())
        rows: list[list[tuple[ColourKey, float]]] = [[]] if self._keys else []
        x = _KEY_MARGIN
        for key in self._keys:
            item = _SWATCH + 5 + metrics.horizontalAdvance(key.label) + _KEY_GAP
            if rows[-1] and x + item > width:
                rows.append([])
                x = _KEY_MARGIN
            rows[-1].append((key, x))
            x += item
        return rows

    def _paint_keys(self, painter: QPainter) -> float:
        """The colour swatches; returns the height they took."""
        line = QFontMetricsF(self.font()).height() + 4
        painter.setFont(self.font())
        for row_index, row in enumerate(self._key_rows(self.width())):
            y = row_index * line + 2
            for key, x in row:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(self._theme.category_color(key.color))
                painter.drawRoundedRect(QRectF(x, y + (line - _SWATCH) / 2 - 2, _SWATCH,
                                               _SWATCH), 2, 2)
                painter.setPen(QColor(self._theme.foreground))
                painter.drawText(QRectF(x + _SWATCH + 5, y, self.width(), line - 4),
                                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                                 key.label)
        return len(self._key_rows(self.width())) * line

    def _fit_height(self) -> None:
        self.setFixedHeight(self._height_at(max(self.width(), 200)))

    def _height_at(self, width: int) -> int:
        line = QFontMetricsF(self.font()).height() + 4
        return math.ceil(len(self._key_rows(width)) * line
                         + legend_height(self._theme, width, self._items))
