"""The window gives the timeline room: the docks share one column and give way when the
window narrows, and tall grouped bands scroll with a scroll bar and the wheel."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from timeline_app.app import create_main_window
from timeline_app.model.calendar import seconds_at
from timeline_app.package_data import default_dataset_path
from timeline_app.view.main_window import MainWindow
from timeline_app.view.text_dialog import TextDialog


@pytest.fixture
def window(qtbot, monkeypatch) -> MainWindow:
    monkeypatch.setattr(TextDialog, "exec", lambda self: 0)
    win = create_main_window(default_dataset_path())
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.mark.parametrize(("size", "share"), [((1280, 800), 0.7), ((800, 500), 0.6)])
def test_the_timeline_keeps_most_of_the_width(qtbot, window, size, share):
    window.resize(*size)
    qtbot.waitUntil(lambda: window.width() == size[0])
    qtbot.waitUntil(lambda: window.view.width() >= share * window.width())


def test_the_details_share_the_docks_column_and_come_forward_on_a_click(qtbot, window):
    assert window.tabifiedDockWidgets(window.list_dock)  # one column, tabbed
    assert window.dockWidgetArea(window.details) == window.dockWidgetArea(window.list_dock)
    glyph = window.view.frame().glyphs[0]
    qtbot.mouseClick(window.view, Qt.MouseButton.LeftButton,
                     pos=QPoint(round(glyph.rect.x + glyph.rect.width / 2),
                                round(glyph.rect.y + glyph.rect.height / 2)))
    assert window.state.selected_id == glyph.event_id
    assert not window.details.visibleRegion().isEmpty()  # its tab is in front


def test_tall_grouped_bands_get_a_scroll_bar_that_reaches_the_last_band(qtbot, window):
    window.group_action.trigger()
    bar = window.view.scroll_bar()
    qtbot.waitUntil(bar.isVisible)
    last = window.view.frame().bands[-1]
    assert last.rect.bottom > window.view.canvas_size()[1]  # below the fold
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=QPoint(bar.width() // 2,
                                                                 bar.height() - 4))
    for _ in range(50):
        if bar.value() == bar.maximum():
            break
        qtbot.mouseClick(bar, Qt.MouseButton.LeftButton,
                         pos=QPoint(bar.width() // 2, bar.height() - 4))
    assert bar.value() == bar.maximum()
    last = window.view.frame().bands[-1]
    assert last.rect.bottom <= window.view.canvas_size()[1] + 1


def test_ctrl_and_the_wheel_scroll_the_bands(qtbot, window):
    window.group_action.trigger()
    view = window.view
    qtbot.waitUntil(view.scroll_bar().isVisible)
    before = view.frame().scroll_y
    QApplication.sendEvent(view, QWheelEvent(QPointF(300, 300), view.mapToGlobal(QPointF(300, 300)),
                                             QPoint(0, 0), QPoint(0, -120),
                                             Qt.MouseButton.NoButton,
                                             Qt.KeyboardModifier.ControlModifier,
                                             Qt.ScrollPhase.NoScrollPhase, False))
    assert view.frame().scroll_y > before
    assert view.scroll_bar().value() == round(view.frame().scroll_y)


def test_the_undated_documents_never_fill_the_width_of_a_quiet_month(qtbot, window):
    undated = {e.id for e in window.timeline().events if e.date.text == "../2025-09"}
    assert len(undated) >= 5
    for year, month in ((2018, 1), (2020, 9)):
        window.view.set_visible_range(seconds_at(year, month), seconds_at(year, month + 1))
        frame = window.view.frame()
        drawn = {g.event_id for g in (*frame.glyphs, *frame.context)}
        assert not drawn & undated, (year, month)
    window.view.set_visible_range(seconds_at(2025, 1), seconds_at(2025, 12))
    frame = window.view.frame()
    marks = [g for g in frame.glyphs if g.event_id in undated]
    assert len(marks) == len(undated)  # drawn at their bound, September 2025
    assert all(g.rect.width < frame.width / 4 for g in marks)
    assert all(g.title.startswith("by Sep 2025 · ") for g in marks)
