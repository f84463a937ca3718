"""What a user does to the widgets, as plain helpers, so view tests read like it.

In the spirit of TiLiA's ``interact.py``: each helper sends real mouse or key
input to the widget (through ``qtbot``), never calls the slot behind it.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent
from PySide6.QtWidgets import QApplication, QWidget

from timeline_app.view.event_list import TITLE, EventList
from timeline_app.view.filter_panel import FilterPanel
from timeline_app.view.timeline_view import TimelineView


def mark_centre(view: TimelineView, event_id: str) -> QPoint:
    """Where the event's mark is drawn on the canvas; it must be on screen."""
    glyph = view.frame().glyph_for(event_id)
    assert glyph is not None, f"{event_id} has no mark on screen"
    return QPoint(round(glyph.rect.x + glyph.rect.width / 2),
                  round(glyph.rect.y + glyph.rect.height / 2))


def click_event(qtbot, view: TimelineView, event_id: str) -> None:
    """Click an event's mark on the timeline."""
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=mark_centre(view, event_id))


def click_empty_canvas(qtbot, view: TimelineView) -> None:
    """Click the bottom right corner of the canvas, above the overview strip."""
    width, height = view.canvas_size()
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=QPoint(width - 10, height - 10))


def click_row(qtbot, table: EventList, event_id: str) -> None:
    """Click an event's row in the event list."""
    row = table.shown_event_ids().index(event_id)
    rect = table.visualRect(table.model().index(row, TITLE))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def toggle_category(qtbot, panel: FilterPanel, category_id: str) -> None:
    """Click a category's check box (a check box reacts on its box and label only)."""
    box = panel.category_checkbox(category_id)
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def type_search(qtbot, panel: FilterPanel, text: str) -> None:
    """Type into the search field and wait out the typing pause."""
    qtbot.keyClicks(panel.search_field, text)
    qtbot.waitUntil(lambda: panel.state.filter.search == panel.search_field.text().strip())


def type_date(qtbot, panel: FilterPanel, field: str, text: str) -> None:
    """Type into the From or To field (``field``: "from" or "to")."""
    qtbot.keyClicks(panel.from_field if field == "from" else panel.to_field, text)


def drag_into(widget: QWidget, mime: QMimeData) -> QDragEnterEvent:
    """Drag ``mime`` into ``widget`` (the event it answered). Qt 6.12 takes the position as
    a QPointF and deprecates the QPoint that older releases require."""
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    try:
        enter = QDragEnterEvent(QPointF(200, 200), Qt.DropAction.CopyAction, mime, buttons,
                                modifiers)
    except TypeError:
        enter = QDragEnterEvent(QPoint(200, 200), Qt.DropAction.CopyAction, mime, buttons,
                                modifiers)
    QApplication.sendEvent(widget, enter)
    return enter
