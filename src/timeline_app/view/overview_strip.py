"""The overview strip under the timeline: the whole data range with the density of
the shown events, and the visible window marked on it. Dragging the window, or
pressing beside it, moves the view.

The density is counted per calendar bin (months, quarters, years or runs of
years: ``layout.calendar_bins``), over the marks bounded on both sides, at the
places they are drawn: a date known by one bound only ("no later than
September 2025") is no spike at that bound. The tooltip names the bin and says
what a date filter of that bin keeps, counted by the filter the exports use, so
the strip and an export of the same range agree.

It reads the ``ViewState`` and maps places to pixels with a ``TimeScale`` of the
whole range, the same mapping object the canvas uses.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QEvent, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QToolTip, QWidget

from timeline_app.layout.calendar_bins import CalendarBin, CalendarBins, calendar_bins
from timeline_app.layout.scale import TimeScale
from timeline_app.model.date_words import Era
from timeline_app.render.style import Theme
from timeline_app.view.state import ViewState

OVERVIEW_HEIGHT = 36
MIN_BIN_PX = 4
"""The narrowest a bin is drawn: the strip picks the finest calendar unit that allows it."""


class OverviewStrip(QWidget):
    """The whole range with event density; the current window is marked and draggable."""

    drag_finished = Signal()

    def __init__(self, state: ViewState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overviewStrip")
        self.setAccessibleName(QCoreApplication.translate("OverviewStrip", "Timeline overview"))
        self.setAccessibleDescription(QCoreApplication.translate(
            "OverviewStrip", "Event density over the whole range; drag to move the view"))
        self.setFixedHeight(OVERVIEW_HEIGHT)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self._state = state
        self._bins = CalendarBins("year", ())
        self._bins_key: tuple[int, int, int, Era] | None = None
        self._counts: list[int] = []
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
        key = (math.floor(scale.first), math.ceil(scale.last),
               max(1, self.width() // MIN_BIN_PX), self._state.era)
        if key != self._bins_key:  # a filter change keeps the bins: only counts change
            self._bins_key = key
            self._bins = calendar_bins(*key)
        shown = self._state.shown
        self._counts = shown.bounded_counts([(b.start, b.end) for b in self._bins.bins])
        self.update()

    def bins(self) -> CalendarBins:
        return self._bins

    def counts(self) -> list[int]:
        """Events drawn in each bin (bounded on both sides), in the order of ``bins()``."""
        return self._counts

    def bin_at(self, x: float) -> CalendarBin | None:
        place = self._scale().place_for(x)
        return next((b for b in self._bins.bins if b.start <= place < b.end), None)

    def tooltip_for(self, bin_: CalendarBin) -> str:
        """The bin, its count, and what a date filter of that bin keeps."""
        index = self._bins.bins.index(bin_)
        kept, may = self._state.range_counts(bin_.start, bin_.end, bin_.edtf, bin_.edtf)
        text = QCoreApplication.translate(
            "OverviewStrip", "{bin} (a {unit}): {count} events drawn in it. A date range of "
            "{edtf} keeps {kept}, {may} of which only may fall in it.") if may \
            else QCoreApplication.translate(
                "OverviewStrip", "{bin} (a {unit}): {count} events drawn in it. A date range "
                "of {edtf} keeps {kept}.")
        return text.format(bin=bin_.label, unit=self._bins.unit_words,
                           count=f"{self._counts[index]:,}", edtf=bin_.edtf, kept=f"{kept:,}",
                           may=f"{may:,}")

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            found = self.bin_at(event.pos().x())
            if found is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.tooltip_for(found), self)
            return True
        return super().event(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._on_shown_changed()

    def paintEvent(self, event: QPaintEvent) -> None:
        theme, scale = self._theme, self._scale()
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(theme.band_alternate))
        if self._counts:
            tallest = max(self._counts) or 1
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(theme.muted))
            for bin_, count in zip(self._bins.bins, self._counts, strict=True):
                if count:
                    left, right = scale.x_for(bin_.start), scale.x_for(bin_.end)
                    bar = max(2.0, (self.height() - 6) * count / tallest)
                    painter.drawRect(QRectF(left, self.height() - 2 - bar,
                                            max(right - left - 0.5, 1.0), bar))
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
