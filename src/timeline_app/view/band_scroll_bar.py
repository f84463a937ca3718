"""The canvas's vertical scroll bar: shown while the bands are taller than the room under
the axis (and the period and context rows), at the canvas's right edge."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt
from PySide6.QtWidgets import QScrollBar, QWidget

from timeline_app.layout.frame import Frame


class BandScrollBar(QScrollBar):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.setObjectName("timelineScrollBar")
        self.setAccessibleName(
            QCoreApplication.translate("BandScrollBar", "Scroll the category bands"))
        self.setCursor(Qt.CursorShape.ArrowCursor)
        self.hide()

    def fit(self, frame: Frame, step: float) -> None:
        """Fit to ``frame``: its bands' height against the room they have, scrolled as the
        frame is; ``step`` is one arrow click (a lane)."""
        top = frame.bands[0].rect.y + frame.scroll_y if frame.bands else frame.height
        room = frame.height - top
        overflow = frame.content_height - room
        with QSignalBlocker(self):
            if overflow <= 0.5:
                self.hide()
                return
            self.setRange(0, round(overflow))  # rounded as the value is: the end is reached
            self.setPageStep(max(1, round(room)))
            self.setSingleStep(round(step))
            self.setValue(round(frame.scroll_y))
        width = self.sizeHint().width()
        self.setGeometry(round(frame.width) - width, round(top), width, max(1, round(room)))
        self.show()
