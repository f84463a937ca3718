"""The keyboard shortcuts dialog's list, generated from what actually handles keys:
the window's actions, the canvas's key bindings and the keys Qt gives the panels."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QAction, QKeySequence

from timeline_app.view.timeline_view import KeyBinding

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


def shortcuts_text(rows: list[tuple[str, str]]) -> str:
    """The rows as two aligned columns of plain text."""
    width = max(len(keys) for keys, _ in rows)
    return "\n".join(f"{keys.ljust(width)}  {what}" for keys, what in rows)
