"""The interface language as a user meets it: the system's locale, View → Language, the
window built again in the chosen language, and every text of it translated."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator

from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDockWidget,
    QLabel,
    QLineEdit,
    QMenu,
    QTabBar,
    QTableView,
    QTextBrowser,
    QWidget,
)

from timeline_app.app import create_main_window
from timeline_app.package_data import default_dataset_path
from timeline_app.render.interface_language import remembered_choice
from timeline_app.view.main_window import MainWindow

CJK = re.compile(r"[\u4e00-\u9fff]")
NOT_WORDS = re.compile(r"Timeline App|TimelineJS|English|PNG|SVG|PDF|CSV|JSON|EDTF|UTC|"
                       r"\bBCE?\b|\bCE\b|\bAD\b|\w+\.json|[^A-Za-z]")
"""What a Chinese text may hold besides Chinese: names (the app's, TimelineJS, English in
the language menu), format names, era abbreviations beside their Chinese, file names,
and anything that is not a Latin letter."""


def _chinese_window(qtbot, language: str = "zh_CN") -> MainWindow:
    window = create_main_window(default_dataset_path(), language)
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _english_words(text: str) -> bool:
    """Latin words left in a text once what may stay in a Chinese interface is taken out."""
    return re.search(r"[A-Za-z]{2,}", NOT_WORDS.sub(" ", text.replace("&", ""))) is not None


def _menu_texts(menu: QMenu) -> Iterator[str]:
    for action in menu.actions():
        if action.text():
            yield action.text()
            yield action.statusTip()
        if action.menu() is not None:
            yield from _menu_texts(action.menu())


def _widget_texts(window: QWidget) -> Iterator[str]:
    for label in window.findChildren(QLabel):
        if label.isVisible() and not label.objectName().startswith("details"):
            yield label.text()
    for button in window.findChildren(QAbstractButton):
        if button.isVisible():
            yield button.text()
            yield button.toolTip()
    for field in window.findChildren(QLineEdit):
        yield field.placeholderText()
    for dock in window.findChildren(QDockWidget):
        yield dock.windowTitle()
    for bar in window.findChildren(QTabBar):
        yield from (bar.tabText(i) for i in range(bar.count()))
    for table in window.findChildren(QTableView):
        model = table.model()
        yield from (str(model.headerData(c, table.horizontalHeader().orientation()))
                    for c in range(model.columnCount()))
    for widget in window.findChildren(QWidget):
        yield widget.accessibleName()


def test_the_system_locale_chooses_chinese_for_a_chinese_reader():
    code = ("from timeline_app.render.interface_language import system_language;"
            "print(system_language())")
    for locale, language in (("zh_CN.UTF-8", "zh_CN"), ("zh_SG.UTF-8", "zh_CN"),
                             ("en_GB.UTF-8", "en"), ("zh_TW.UTF-8", "en"), ("de_DE.UTF-8", "en")):
        env = {**os.environ, "LANG": locale}
        found = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                               text=True, check=True).stdout.strip()
        assert found == language, locale


def test_every_menu_and_widget_text_of_the_chinese_window_is_chinese(qtbot, restore_english):
    window = _chinese_window(qtbot)
    texts = [t for menu in window.menuBar().findChildren(QMenu) for t in _menu_texts(menu)]
    texts += [action.text() for action in window.menuBar().actions()]
    texts += list(_widget_texts(window))
    left = sorted({t for t in texts if t and _english_words(re.sub(r"<[^>]*>", "", t))})
    assert left == [], "\n".join(left)
    assert sum(bool(CJK.search(t)) for t in texts) > 150
    assert window.menuBar().actions()[0].text() == "文件(&F)"


def test_the_chinese_window_dates_its_axis_and_details_in_chinese(qtbot, restore_english):
    window = _chinese_window(qtbot, "zh")  # as --lang zh names it
    timeline = window.timeline()
    assert timeline is not None
    event = next(e for e in timeline.events if e.date.text == "2024-04")
    window.state.select(event.id)
    details = window.details.findChild(QTextBrowser, "detailsText")
    assert details is not None and "2024年4月" in details.toPlainText()
    ticks = window.view.frame().ticks.minor
    assert ticks and all(tick.label.endswith("年") for tick in ticks)


def test_choosing_a_language_in_the_view_menu_rebuilds_the_window_in_it(qtbot,
                                                                       restore_english):
    window = create_main_window(default_dataset_path())
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    timeline = window.timeline()
    assert timeline is not None
    chosen = timeline.events[3].id
    window.state.select(chosen)
    window.language_menu.actions_by_choice["zh_CN"].trigger()
    qtbot.waitUntil(lambda: not window.isVisible())
    (successor,) = [w for w in QApplication.topLevelWidgets()
                    if isinstance(w, MainWindow) and w.isVisible()]
    qtbot.addWidget(successor)
    assert successor.menuBar().actions()[0].text() == "文件(&F)"
    assert successor.timeline() is timeline  # the same file, not read again
    assert successor.state.selected_id == chosen
    assert remembered_choice() == "zh_CN"
    assert successor.language_menu.actions_by_choice["zh_CN"].isChecked()
    successor.language_menu.actions_by_choice["en"].trigger()
    qtbot.waitUntil(lambda: not successor.isVisible())
    assert remembered_choice() == "en"
