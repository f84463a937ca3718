"""The column of docks beside the timeline: how wide it may be, and how it gives way when
the window narrows, so that the timeline keeps its room; and a restored window brought
onto its screen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow

DOCK_SHARE = 0.3
"""The most of the window's width the docks take before the timeline."""
MIN_DOCK_PX = 200
DOCK_PX = 340
"""The docks' width when the window has room for it."""


def dock_width(window_width: int) -> int:
    """The docks' column: ``DOCK_PX``, but never more than ``DOCK_SHARE`` of the window."""
    return max(MIN_DOCK_PX, min(DOCK_PX, round(window_width * DOCK_SHARE)))


def fit_dock_column(window: QMainWindow, dock: QDockWidget) -> None:
    """The docks give way first: when the window narrows, their column (``dock``'s)
    shrinks to its share, or its narrowest, and the timeline keeps the rest."""
    if dock.isVisible() and not dock.isFloating() \
            and dock.width() > window.width() * DOCK_SHARE + 1:
        window.resizeDocks([dock], [dock_width(window.width())], Qt.Orientation.Horizontal)


def clamp_to_screen(window: QMainWindow) -> None:
    """A restored window fits the screen it is on (a monitor may have gone)."""
    room = window.screen().availableGeometry()
    width, height = min(window.width(), room.width()), min(window.height(), room.height())
    window.resize(width, height)
    x = min(max(window.x(), room.left()), room.right() - width + 1)
    y = min(max(window.y(), room.top()), room.bottom() - height + 1)
    window.move(x, y)
