"""The shortcuts dialog: a table generated from what actually handles keys (the window's
actions, the canvas's key bindings, the keys Qt gives the panels) and the mouse
gestures of the timeline."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


@dataclass(frozen=True, slots=True)
class KeyBinding:
    """Keys the canvas handles itself, as the shortcuts dialog lists them."""

    label: str  # as shown, e.g. "Shift+Left / Shift+Right"
    description: str
    keys: tuple[Qt.Key, ...]
    shift: bool
    handler: Callable[[Qt.Key], None]


#: Keys the standard widgets handle themselves.
PANEL_KEYS = (
    ("Up / Down", "Move through the event list (list focused)"),
    ("Tab / Shift+Tab", "Move between the panels"),
)
#: What the mouse does on the timeline (``TimelineView`` handles these).
MOUSE_GESTURES = (
    ("Wheel", "Zoom in or out around the pointer"),
    ("Shift+Wheel", "Pan left or right"),
    ("Ctrl+Wheel, or the scroll bar", "Scroll the category bands up or down"),
    ("Drag", "Pan"),
    ("Click", "Select an event, or zoom into a cluster"),
    ("Double-click", "Zoom to an event and show its details"),
    ("Drag on the overview strip", "Move the visible window"),
)


def shortcut_rows(actions: Iterable[QAction],
                  canvas: Iterable[KeyBinding]) -> list[tuple[str, str]]:
    """(keys, what they do) for every action with a shortcut, then the canvas keys,
    then the panels' keys."""
    rows = []
    for action in actions:
        keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()]
        if keys:
            rows.append((" or ".join(keys), action.statusTip() or action.text()))
    rows += [(binding.label, f"{binding.description} (timeline focused)") for binding in canvas]
    rows += PANEL_KEYS
    rows += MOUSE_GESTURES
    return rows


class ShortcutsDialog(QDialog):
    """The rows as a two-column table: keys or gesture, and what it does."""

    def __init__(self, parent: QWidget | None, rows: list[tuple[str, str]]) -> None:
        super().__init__(parent)
        self.setWindowTitle("Keyboard and mouse")
        self.setAccessibleName("Keyboard shortcuts and mouse gestures")
        self.resize(720, 520)
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setObjectName("shortcutsTable")
        self.table.setAccessibleName("Shortcuts and gestures")
        self.table.setHorizontalHeaderLabels(["Keys or mouse", "What it does"])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        for row, (keys, what) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(keys))
            self.table.setItem(row, 1, QTableWidgetItem(what))
        self.table.resizeColumnToContents(0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
