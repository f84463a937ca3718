"""The overview strip under the timeline: the whole data range with the density of
the shown events, and the visible window marked on it. Dragging the window, or
pressing beside it, moves the view.

It reads the ``ViewState`` and maps days to pixels with a ``TimeScale`` of the
whole range, the same mapping object the canvas uses.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import QWidget

from timeline_app.layout.scale import TimeScale
from timeline_app.render.style import Theme
from timeline_app.view.state import ViewState

OVERVIEW_HEIGHT = 36
OVERVIEW_BINS = 240


class OverviewStrip(QWidget):
    """The whole range with event density; the current window is marked and draggable."""

    drag_finished = Signal()

    def __init__(self, state: ViewState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overviewStrip")
        self.setAccessibleName("Timeline overview")
        self.setAccessibleDescription("Event density over the whole range; drag to move the view")
        self.setFixedHeight(OVERVIEW_HEIGHT)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self._state = state
        self._bins: list[int] = []
        self._theme = Theme.light()
        self._grab_offset: float | None = None
        state.timeline_changed.connect(self._on_shown_changed)
        state.shown_changed.connect(self._on_shown_changed)
        state.range_changed.connect(self.update)

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.update()

    def is_dragging(self) -> bool:
        return self._grab_offset is not None

    def _scale(self) -> TimeScale:
        """The whole range across the strip."""
        return self._state.fitted_scale(max(self.width(), 1))

    def _on_shown_changed(self) -> None:
        scale = self._scale()
        self._bins = self._state.shown.density.start_histogram(scale.first, scale.last,
                                                               OVERVIEW_BINS)
        self.update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._on_shown_changed()

    def paintEvent(self, event: QPaintEvent) -> None:
        theme, scale = self._theme, self._scale()
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(theme.band_alternate))
        if self._bins:
            tallest = max(self._bins) or 1
            column = self.width() / len(self._bins)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(theme.muted))
            for i, count in enumerate(self._bins):
                if count:
                    bar = max(2.0, (self.height() - 6) * count / tallest)
                    painter.drawRect(QRectF(i * column, self.height() - 2 - bar, column, bar))
        first, last = self._state.visible_range
        left, right = scale.x_for(first), scale.x_for(last)
        window = QRectF(left, 1, max(right - left, 4.0), self.height() - 2)
        fill = QColor(theme.selection)
        fill.setAlphaF(0.2)
        painter.fillRect(window, fill)
        painter.setPen(QPen(QColor(theme.selection), 1.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(window)
        painter.setPen(QColor(theme.grid))
        painter.drawLine(0, 0, self.width(), 0)
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        place = self._scale().place_for(event.position().x())
        first, last = self._state.visible_range
        if not first <= place <= last:
            # jump: centre the window where the user pressed, then drag from there
            span = last - first
            self._state.set_visible_range(place - span / 2, place + span / 2)
        self._grab_offset = place - self._state.visible_range[0]
        self.setCursor(Qt.CursorShape.ClosedHandCursor)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._grab_offset is None:
            return
        first, last = self._state.visible_range
        start = self._scale().place_for(event.position().x()) - self._grab_offset
        self._state.set_visible_range(start, start + last - first)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        was_dragging = self.is_dragging()
        self._grab_offset = None
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        if was_dragging:
            self.drag_finished.emit()
