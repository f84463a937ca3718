"""The shortcuts dialog: a table generated from what actually handles keys (the window's
actions, the canvas's key bindings, the keys Qt gives the panels) and the mouse
gestures of the timeline."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
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


def panel_keys() -> list[tuple[str, str]]:
    """Keys the standard widgets handle themselves."""
    return [
        ("Up / Down", QCoreApplication.translate(
            "ShortcutsDialog", "Move through the event list (list focused)")),
        ("Tab / Shift+Tab", QCoreApplication.translate(
            "ShortcutsDialog", "Move between the panels")),
    ]


def mouse_gestures() -> list[tuple[str, str]]:
    """What the mouse does on the timeline (``TimelineView`` handles these)."""
    return [
        (QCoreApplication.translate("ShortcutsDialog", "Wheel"),
         QCoreApplication.translate("ShortcutsDialog", "Zoom in or out around the pointer")),
        (QCoreApplication.translate("ShortcutsDialog", "Shift+Wheel"),
         QCoreApplication.translate("ShortcutsDialog", "Pan left or right")),
        (QCoreApplication.translate("ShortcutsDialog", "Ctrl+Wheel, or the scroll bar"),
         QCoreApplication.translate("ShortcutsDialog", "Scroll the category bands up or down")),
        (QCoreApplication.translate("ShortcutsDialog", "Drag"),
         QCoreApplication.translate("ShortcutsDialog", "Pan")),
        (QCoreApplication.translate("ShortcutsDialog", "Click"),
         QCoreApplication.translate("ShortcutsDialog", "Select an event, or zoom into a cluster")),
        (QCoreApplication.translate("ShortcutsDialog", "Double-click"),
         QCoreApplication.translate("ShortcutsDialog", "Zoom to an event and show its details")),
        (QCoreApplication.translate("ShortcutsDialog", "Drag on the overview strip"),
         QCoreApplication.translate("ShortcutsDialog", "Move the visible window")),
    ]


def shortcut_rows(actions: Iterable[QAction],
                  canvas: Iterable[KeyBinding]) -> list[tuple[str, str]]:
    """(keys, what they do) for every action with a shortcut, then the canvas keys,
    then the panels' keys."""
    rows = []
    for action in actions:
        keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()]
        if keys:
            rows.append((_either(keys), action.statusTip() or action.text()))
    rows += [(binding.label, QCoreApplication.translate(
        "ShortcutsDialog", "{what} (timeline focused)").format(what=binding.description))
        for binding in canvas]
    rows += panel_keys()
    rows += mouse_gestures()
    return rows


def _either(keys: list[str]) -> str:
    """Several shortcuts of one action: 'Ctrl+= or Ctrl++'."""
    text = keys[0]
    for key in keys[1:]:
        text = QCoreApplication.translate("ShortcutsDialog", "{keys} or {key}").format(
            keys=text, key=key)
    return text


class ShortcutsDialog(QDialog):
    """The rows as a two-column table: keys or gesture, and what it does."""

    def __init__(self, parent: QWidget | None, rows: list[tuple[str, str]]) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("ShortcutsDialog", "Keyboard and mouse"))
        self.setAccessibleName(QCoreApplication.translate(
            "ShortcutsDialog", "Keyboard shortcuts and mouse gestures"))
        self.resize(720, 520)
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setObjectName("shortcutsTable")
        self.table.setAccessibleName(
            QCoreApplication.translate("ShortcutsDialog", "Shortcuts and gestures"))
        self.table.setHorizontalHeaderLabels([
            QCoreApplication.translate("ShortcutsDialog", "Keys or mouse"),
            QCoreApplication.translate("ShortcutsDialog", "What it does")])
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
