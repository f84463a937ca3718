"""The main window as a user drives it: open, filter, select, zoom, drop, remember."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QPalette
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from tests.view.interact import click_row, drag_into, toggle_category
from timeline_app import app as app_module
from timeline_app.app import create_main_window
from timeline_app.view import file_loader
from timeline_app.view.main_window import MainWindow
from timeline_app.view.settings import AppSettings, ThemeChoice
from timeline_app.view.shortcuts import ShortcutsDialog


def shown_ids(win: MainWindow) -> list[str]:
    return [e.id for e in win.state.shown_events()]


def test_the_window_builds_from_the_embedded_dataset_with_its_named_parts(qtbot, dialogs):
    win = create_main_window()
    qtbot.addWidget(win)
    assert win.timeline() is not None and len(win.timeline().events) > 0
    for name in ("timelineView", "detailsPanel", "categoryFilter", "searchField", "eventList"):
        assert win.findChild(QWidget, name) is not None, name
    total = len(win.timeline().events)
    assert win.status_text() == f"{total} of {total} events shown"
    assert win.windowTitle() == f"{win.timeline().title} — Timeline App"
    assert dialogs == []


def test_every_dock_and_control_has_an_accessible_name(window):
    for widget in window.findChildren(QWidget):
        if widget.focusPolicy() != Qt.FocusPolicy.NoFocus and widget.isVisible() \
                and widget.objectName() and not widget.objectName().startswith("qt_"):
            assert widget.accessibleName(), widget.objectName()


def test_the_status_bar_counts_shown_events_and_names_the_file(window, dataset_file):
    assert window.status_text() == "6 of 6 events shown"
    assert window.status.file_label.text() == dataset_file.name


def test_clicking_an_event_in_the_list_shows_its_details_and_selects_it_on_the_timeline(
        qtbot, window):
    click_row(qtbot, window.event_list, "training-2024")
    assert window.state.selected_id == "training-2024"
    assert window.state.selected_id == "training-2024"
    assert "Training course for clerks" in window.details.plain_text()


def test_right_and_left_on_the_timeline_step_through_events_and_the_list_follows(qtbot, window):
    click_row(qtbot, window.event_list, "forum-2019")
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Right)
    following = window.state.selected_id
    assert following not in (None, "forum-2019")
    assert window.event_list.selected_event_id() == following
    assert window.state.selected_id == following
    qtbot.keyClick(window.view, Qt.Key.Key_Left)
    assert window.state.selected_id == "forum-2019"
    assert window.event_list.selected_event_id() == "forum-2019"


def test_a_markup_title_shows_literally_in_the_details(qtbot, window):
    click_row(qtbot, window.event_list, "markup")
    assert "<b>x</b>" in window.details.plain_text()


def test_unticking_a_category_hides_its_events_from_the_timeline_the_list_and_the_count(
        qtbot, window):
    toggle_category(qtbot, window.filter_panel, "forums")
    expected = ["accord-2021", "markup", "training-2024"]
    assert shown_ids(window) == expected
    assert window.event_list.shown_event_ids() == expected
    assert window.status_text() == "3 of 6 events shown"


def test_hiding_the_selected_event_clears_the_details(qtbot, window):
    click_row(qtbot, window.event_list, "forum-2019")
    toggle_category(qtbot, window.filter_panel, "forums")
    assert window.state.selected_id is None
    assert window.state.selected_id is None


def test_searching_filters_as_the_user_types(qtbot, window):
    qtbot.keyClicks(window.filter_panel.search_field, "nanning")
    qtbot.waitUntil(lambda: window.status_text() == "2 of 6 events shown")
    assert shown_ids(window) == ["forum-2019", "markup"]


def test_ctrl_f_puts_the_cursor_in_the_search_field(qtbot, window):
    window.activateWindow()
    window.find_action.trigger()
    qtbot.waitUntil(window.filter_panel.search_field.hasFocus)


def test_a_date_range_filters_the_view_and_the_list(qtbot, window):
    qtbot.keyClicks(window.filter_panel.from_field, "2024")
    qtbot.waitUntil(lambda: window.status_text() == "3 of 6 events shown")
    assert window.event_list.shown_event_ids() == ["forum-open", "markup", "training-2024"]


def test_zooming_in_narrows_the_visible_range_and_fit_all_restores_it(window):
    fitted = window.view.visible_range()
    window.zoom_in_action.trigger()
    zoomed = window.view.visible_range()
    assert zoomed[1] - zoomed[0] < fitted[1] - fitted[0]
    window.zoom_out_action.trigger()
    window.zoom_in_action.trigger()
    window.fit_action.trigger()
    assert window.view.visible_range() == pytest.approx(fitted)


def test_zoom_shortcuts_include_ctrl_equals_and_ctrl_plus(window):
    keys = [s.toString() for s in window.zoom_in_action.shortcuts()]
    assert "Ctrl+=" in keys and "Ctrl++" in keys
    assert window.fit_action.shortcut().toString() == "Ctrl+0"


def test_a_bad_file_lists_its_problems_and_keeps_the_loaded_timeline(
        window, dialogs, write_dataset, dataset_document):
    dataset_document["events"][1]["date"] = "2019-13"
    before = window.timeline()
    window.open_file(write_dataset(dataset_document, name="broken.json"))
    assert len(dialogs) == 1
    assert "events[1].date" in dialogs[0].text()
    assert "broken.json" in dialogs[0].text()
    assert window.timeline() is before
    assert window.status_text() == "6 of 6 events shown"


def test_a_file_that_is_not_json_reports_the_line_and_keeps_the_data(window, dialogs, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"title": "x", "events": [,]}', encoding="utf-8")
    window.open_file(bad)
    assert "bad.json:1:" in dialogs[0].text()
    assert window.timeline().title == "Fixture chronology"


def test_only_the_first_two_hundred_problems_are_listed_with_a_count_of_the_rest(
        window, dialogs, write_dataset, dataset_document):
    event = dataset_document["events"][0]
    dataset_document["events"] = [dict(event, id=f"e{i}", date="bad") for i in range(250)]
    window.open_file(write_dataset(dataset_document, name="many.json"))
    lines = dialogs[0].text().splitlines()
    assert len(lines) == 201
    assert lines[-1] == "… and 50 more problems"


def test_warnings_after_a_good_load_are_counted_in_the_status_bar(
        qtbot, window, dialogs, write_dataset, dataset_document):
    dataset_document["events"][0]["links"] = ["javascript:alert(1)"]
    del dataset_document["events"][1]["sources"]
    window.open_file(write_dataset(dataset_document, name="warned.json"))
    assert window.status.warnings_button.isVisible()
    assert window.status.warnings_button.text() == "2 warnings"
    assert "events[0].links[0]" in window.status.warnings_button.toolTip()
    qtbot.mouseClick(window.status.warnings_button, Qt.MouseButton.LeftButton)
    assert "events[1]" in dialogs[-1].text()


def test_reload_reads_the_file_again_and_keeps_the_selection(qtbot, window, dataset_file,
                                                           dataset_document):
    click_row(qtbot, window.event_list, "markup")
    dataset_document["title"] = "Edited chronology"
    dataset_file.write_text(json.dumps(dataset_document), encoding="utf-8")
    window.reload_action.trigger()
    assert window.windowTitle() == "Edited chronology — Timeline App"
    assert window.state.selected_id == "markup"


def test_dropping_a_json_file_on_the_window_opens_it(qtbot, window, write_dataset,
                                                     dataset_document):
    dataset_document["title"] = "Dropped chronology"
    path = write_dataset(dataset_document, name="dropped.json")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    enter = drag_into(window, mime)  # Qt delivers a drop only to the widget entered
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(200, 200), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, drop)
    assert window.timeline().title == "Dropped chronology"
    assert window.current_path() == path


def test_large_files_load_in_the_background_with_progress(qtbot, window, write_dataset,
                                                          dataset_document, monkeypatch):
    monkeypatch.setattr(file_loader, "SYNC_LOAD_BYTES", 0)
    dataset_document["title"] = "Background chronology"
    window.open_file(write_dataset(dataset_document, name="big.json"))
    qtbot.waitUntil(lambda: window.timeline().title == "Background chronology")
    qtbot.waitUntil(lambda: not window.is_loading())
    assert not window.status.progress_bar.isVisible()
    assert window.open_action.isEnabled()


def test_opened_files_are_remembered_as_recent_and_reopened_next_time(
        qtbot, window, write_dataset, dataset_document, dialogs):
    dataset_document["title"] = "Second chronology"
    second = write_dataset(dataset_document, name="second.json")
    window.open_file(second)
    window.close()
    assert AppSettings().recent_files()[0] == str(second.resolve())
    again = create_main_window()
    qtbot.addWidget(again)
    assert again.timeline().title == "Second chronology"
    again.recent_menu.aboutToShow.emit()
    assert [a.text() for a in again.recent_menu.actions()][:2] == ["&1 second.json",
                                                                   "&2 fixture.json"]


def test_a_missing_recent_file_is_removed_with_a_message(window, write_dataset, monkeypatch):
    gone = write_dataset(name="gone.json")
    window.open_file(gone)
    gone.unlink()
    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "information",
                        lambda parent, title, text: messages.append(text))
    window.recent_menu.open_recent(str(gone.resolve()))
    assert "no longer exists" in messages[0]
    assert str(gone.resolve()) not in AppSettings().recent_files()


def test_the_chosen_theme_is_applied_and_remembered(qtbot, window):
    window.theme_actions[ThemeChoice.DARK].trigger()
    assert QApplication.instance().palette().color(QPalette.ColorRole.Window).lightness() < 100
    window.close()
    again = create_main_window()
    qtbot.addWidget(again)
    assert again.theme_choice() is ThemeChoice.DARK
    assert again.theme_actions[ThemeChoice.DARK].isChecked()
    again.theme_actions[ThemeChoice.LIGHT].trigger()
    assert QApplication.instance().palette().color(QPalette.ColorRole.Window).lightness() > 150


def test_group_by_category_is_applied_and_remembered(qtbot, window):
    window.group_action.trigger()
    assert window.state.grouped
    window.close()
    again = create_main_window()
    qtbot.addWidget(again)
    assert again.group_action.isChecked() and again.state.grouped


def test_a_bad_file_at_startup_shows_the_embedded_dataset_and_the_problems(
        qtbot, dialogs, write_dataset, dataset_document):
    dataset_document["events"][0]["category"] = "nowhere"
    win = create_main_window(write_dataset(dataset_document, name="startup.json"))
    qtbot.addWidget(win)
    qtbot.waitUntil(lambda: len(dialogs) == 1)
    assert "events[0].category" in dialogs[0].text()
    assert win.timeline() is not None and win.timeline().title != "Fixture chronology"


@pytest.fixture
def shortcut_tables(monkeypatch) -> list[list[tuple[str, str]]]:
    """The rows of every shortcuts dialog opened, recorded instead of shown."""
    shown: list[list[tuple[str, str]]] = []

    def record(dialog: ShortcutsDialog) -> int:
        table = dialog.table
        shown.append([(table.item(r, 0).text(), table.item(r, 1).text())
                      for r in range(table.rowCount())])
        return 0

    monkeypatch.setattr(ShortcutsDialog, "exec", record)
    return shown


def test_help_lists_the_keyboard_shortcuts_and_the_data_format(window, dialogs,
                                                               shortcut_tables):
    window.shortcuts_action.trigger()
    window.format_action.trigger()
    assert any(keys == "Ctrl+0" for keys, _ in shortcut_tables[0])
    assert "events" in dialogs[0].text()


def test_the_shortcut_table_names_every_shortcut_key_and_mouse_gesture(window,
                                                                      shortcut_tables):
    window.shortcuts_action.trigger()
    rows = shortcut_tables[0]
    text = " ".join(f"{keys} {what}" for keys, what in rows)
    for action in window.actions():
        for shortcut in action.shortcuts():
            assert shortcut.toString() in text, action.text()
    for binding in window.view.key_bindings():
        assert f"{binding.label}" in text and binding.description in text
    assert ("Ctrl+Wheel, or the scroll bar", "Scroll the category bands up or down") in rows


def test_run_gui_without_a_display_says_what_is_missing_and_returns_one(monkeypatch, capsys):
    monkeypatch.setattr(app_module, "display_problem", lambda: "no DISPLAY is set")
    assert app_module.run_gui(None) == 1
    assert "no DISPLAY is set" in capsys.readouterr().err


def test_dragging_a_file_the_app_does_not_open_is_refused(window, tmp_path):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "photo.png"))])
    enter = drag_into(window, mime)
    assert not enter.isAccepted()
