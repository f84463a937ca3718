"""The problems found in a file, as the window shows them: in its language, and in the new
one after View → Language."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication

from timeline_app.app import create_main_window
from timeline_app.view.main_window import MainWindow
from timeline_app.view.text_dialog import TextDialog


def _shown(qtbot, path: Path, language: str | None = None) -> MainWindow:
    window = create_main_window(path, language)
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_chinese_window_words_the_problems_of_a_bad_file_in_chinese(
        qtbot, dialogs: list[TextDialog], dataset_file: Path, dataset_document: dict[str, Any],
        write_dataset: Callable[..., Path], restore_english) -> None:
    dataset_document["events"][0]["date"] = "2024-13"
    dataset_document["events"][1]["category"] = ["a", "list"]
    bad = write_dataset(dataset_document, "bad.json")
    window = _shown(qtbot, dataset_file, "zh_CN")
    window.open_file(bad)
    qtbot.waitUntil(lambda: bool(dialogs))
    text = dialogs[-1].text()
    assert "events[0].date: '2024-13' 不是日期" in text  # the path and the value kept
    assert "events[1].category" in text and "列表" in text
    assert "is not a date" not in text and "must be" not in text


def test_after_a_language_change_the_warnings_of_the_open_file_are_in_the_new_language(
        qtbot, dialogs: list[TextDialog], dataset_document: dict[str, Any],
        write_dataset: Callable[..., Path], restore_english) -> None:
    del dataset_document["events"][0]["sources"]
    path = write_dataset(dataset_document, "unsourced.json")
    window = _shown(qtbot, path)
    window.show_warnings()
    assert "the event has no source" in dialogs[-1].text()
    before = set(QApplication.topLevelWidgets())
    window.language_menu.actions_by_choice["zh_CN"].trigger()
    qtbot.waitUntil(lambda: not window.isVisible())
    (successor,) = [w for w in QApplication.topLevelWidgets()
                    if isinstance(w, MainWindow) and w not in before]
    qtbot.addWidget(successor)
    qtbot.waitUntil(lambda: not successor.is_loading())
    successor.show_warnings()
    text = dialogs[-1].text()
    assert "该事件没有来源" in text and "the event has no source" not in text
    assert text.count("events[0]") == 1  # worded once, in one language
