"""A seeded monkey: thousands of random user actions on the offscreen window (keys, clicks,
drags, the wheel, typing in the fields, category and confidence toggles, menu actions with
their dialogs closed at once, resizes, themes, eras and colourings) must raise no Python
exception and log no Qt critical message."""

from __future__ import annotations

import random
from collections.abc import Callable

from PySide6.QtCore import QPoint, QPointF, Qt, QtMsgType
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox

from timeline_app.view.main_window import MainWindow
from timeline_app.view.shortcuts import ShortcutsDialog

ACTIONS = 5000
SEED = 20261201
KEYS = [Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Home, Qt.Key.Key_End, Qt.Key.Key_Plus,
        Qt.Key.Key_Minus, Qt.Key.Key_Return, Qt.Key.Key_Escape, Qt.Key.Key_Up, Qt.Key.Key_Down,
        Qt.Key.Key_PageUp, Qt.Key.Key_PageDown]
TYPED = ["2019", "2024-04", "-0043", "199X", "bad", "", "forum", "Nanning", "2020/2022", "x"]
SKIPPED_ACTIONS = ("&Quit",)


def test_thousands_of_random_actions_raise_nothing(qtbot, qtlog, window: MainWindow,
                                                   monkeypatch):
    for dialog in (QDialog, ShortcutsDialog):
        monkeypatch.setattr(dialog, "exec", lambda self: 0)
    monkeypatch.setattr(QDialog, "open", lambda self: None)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    for name in ("critical", "information", "question", "warning", "about"):
        monkeypatch.setattr(QMessageBox, name, lambda *a, **k: QMessageBox.StandardButton.No)
    chance = random.Random(SEED)
    view = window.view
    menu_actions = [a for a in window.actions()
                    if a.text() and a.text() not in SKIPPED_ACTIONS and a.isEnabled()]
    fields = [window.filter_panel.search_field, window.filter_panel.from_field,
              window.filter_panel.to_field]
    boxes = list(window.filter_panel.confidence_boxes.values())

    def point() -> QPoint:
        width, height = view.canvas_size()
        return QPoint(chance.randrange(max(width, 1)), chance.randrange(max(height, 1)))

    def key() -> None:
        modifiers = chance.choice([Qt.KeyboardModifier.NoModifier,
                                   Qt.KeyboardModifier.ShiftModifier])
        qtbot.keyClick(view, chance.choice(KEYS), modifiers)

    def click() -> None:
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=point())

    def double_click() -> None:
        qtbot.mouseDClick(view, Qt.MouseButton.LeftButton, pos=point())

    def drag() -> None:
        start, end = point(), point()
        qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=start)
        qtbot.mouseMove(view, end)
        qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=end)

    def wheel() -> None:
        at = QPointF(point())
        modifiers = chance.choice([Qt.KeyboardModifier.NoModifier,
                                   Qt.KeyboardModifier.ShiftModifier,
                                   Qt.KeyboardModifier.ControlModifier])
        QApplication.sendEvent(view, QWheelEvent(
            at, view.mapToGlobal(at), QPoint(0, 0), QPoint(0, chance.choice([-240, -120, 120])),
            Qt.MouseButton.NoButton, modifiers, Qt.ScrollPhase.NoScrollPhase, False))

    def type_in_a_field() -> None:
        field = chance.choice(fields)
        field.clear()
        qtbot.keyClicks(field, chance.choice(TYPED))

    def toggle() -> None:
        ids = list(window.filter_panel._checkboxes)
        if ids and chance.random() < 0.7:
            box = window.filter_panel.category_checkbox(chance.choice(ids))
        else:
            box = chance.choice(boxes)
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))

    def menu_action() -> None:
        action = chance.choice(menu_actions)
        if action.isEnabled():
            action.trigger()

    def resize() -> None:
        window.resize(chance.randrange(500, 1400), chance.randrange(350, 900))

    def view_option() -> None:
        chance.choice([*window.theme_actions.values(), *window.era_actions.values(),
                       *window.colour_actions.values()]).trigger()

    moves: list[Callable[[], None]] = [key, key, click, double_click, drag, wheel, wheel,
                                       type_in_a_field, toggle, menu_action, resize,
                                       view_option]
    for _ in range(ACTIONS):
        chance.choice(moves)()
        QApplication.processEvents()
    assert window.isVisible()
    critical = [r for r in qtlog.records if r.type in (QtMsgType.QtCriticalMsg,
                                                       QtMsgType.QtFatalMsg)]
    assert not critical, [r.message for r in critical]
