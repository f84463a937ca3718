"""The small things users notice: Escape, the sample dataset, an empty result, filtered
counts, line breaks in titles, day dates said once, and a window that fits its screen."""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QContextMenuEvent, QGuiApplication, QTextDocumentFragment
from PySide6.QtWidgets import QApplication

from tests.view.interact import mark_centre, toggle_category, type_search
from timeline_app.app import create_main_window
from timeline_app.layout.labels import one_line
from timeline_app.list_formats import format_csv
from timeline_app.model.loader import load
from timeline_app.package_data import default_dataset_path, resource_path
from timeline_app.view import file_loader
from timeline_app.view.settings import AppSettings, ThemeChoice
from timeline_app.view.text_dialog import TextDialog


def test_escape_clears_the_search_then_the_selection(qtbot, window):
    window.state.select("forum-2019")
    type_search(qtbot, window.filter_panel, "forum")
    qtbot.keyClick(window.filter_panel.search_field, Qt.Key.Key_Escape)
    assert window.filter_panel.search_field.text() == ""
    assert window.state.selected_id == "forum-2019"
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)
    assert window.state.selected_id is None


def test_the_sample_dataset_is_one_click_away_and_is_reopened_next_time(qtbot, window):
    window.sample_action.trigger()
    assert window.current_path() == default_dataset_path()
    assert AppSettings().last_file() == str(default_dataset_path().resolve())


def test_an_empty_result_says_so_on_the_timeline(qtbot, window):
    type_search(qtbot, window.filter_panel, "no such words anywhere")
    assert window.state.shown_events() == ()
    assert window.view.no_match_text() == 'No events match: search "no such words anywhere"'


def test_category_counts_show_the_filtered_count_beside_the_total(qtbot, window):
    type_search(qtbot, window.filter_panel, "nanning")
    box = window.filter_panel.category_checkbox("forums")
    qtbot.waitUntil(lambda: box.text() == "Forums (1 of 3)")
    toggle_category(qtbot, window.filter_panel, "agreements")
    window.filter_panel.search_field.clear()
    qtbot.waitUntil(lambda: box.text() == "Forums (3)")
    qtbot.waitUntil(lambda: window.filter_panel.category_checkbox("agreements").text()
                    == "Agreements (0 of 2)")


def test_a_line_break_in_a_title_reads_as_a_space():
    assert one_line("Forum\nopens") == "Forum opens"
    assert one_line("Forum opens") == "Forum opens"


def test_a_day_worded_in_full_is_not_said_again_in_short(qtbot, window, write_dataset,
                                                         dataset_document):
    dataset_document["events"][0].update(date="2024-02-28", display_date="28 February 2024")
    window.open_file(write_dataset(dataset_document, name="days.json"))
    window.state.select(dataset_document["events"][0]["id"])
    text = window.details.plain_text()
    assert "28 February 2024" in text and "Read as" not in text


def test_a_restored_window_larger_than_the_screen_is_brought_onto_it(qtbot, dataset_file,
                                                                     monkeypatch):
    monkeypatch.setattr(TextDialog, "exec", lambda self: 0)
    first = create_main_window(dataset_file)
    qtbot.addWidget(first)
    first.setGeometry(-4000, -3000, 9000, 7000)
    AppSettings().set_geometry(QByteArray(first.saveGeometry()))
    again = create_main_window(dataset_file)
    qtbot.addWidget(again)
    room = again.screen().availableGeometry()
    assert again.width() <= room.width() and again.height() <= room.height()
    assert room.contains(again.geometry().topLeft())


def test_the_csv_export_of_the_data_holds_figures_and_links():
    timeline = load(default_dataset_path())
    text = format_csv(timeline, timeline.events)
    header = text.splitlines()[0].split(",")
    assert "figures" in header and "links" in header
    with_figures = next(e for e in timeline.events if e.figures)
    assert json.dumps(with_figures.figures[0].label, ensure_ascii=False)[1:-1] in text


def test_a_selection_survives_a_filter_and_comes_back_when_it_is_cleared(qtbot, window):
    window.state.select("forum-2019")
    type_search(qtbot, window.filter_panel, "approximate")  # forum-2019 hidden
    assert window.state.selected_id is None
    window.filter_panel.search_field.clear()
    qtbot.waitUntil(lambda: window.state.selected_id == "forum-2019")
    type_search(qtbot, window.filter_panel, "forum")  # still shown: kept throughout
    assert window.state.selected_id == "forum-2019"


def test_right_clicking_an_event_offers_zoom_and_copies_with_its_sources(qtbot, window):
    view = window.view
    point = mark_centre(view, "forum-2019")
    QApplication.sendEvent(view, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point,
                                                   view.mapToGlobal(point)))
    menu = view.last_menu()
    assert menu is not None and window.state.selected_id == "forum-2019"
    actions = {a.text().replace("&", ""): a for a in menu.actions()}
    assert set(actions) == {"Zoom to Event", "Copy Title and Date", "Copy as Citation"}
    actions["Copy Title and Date"].trigger()
    assert QGuiApplication.clipboard().text() == "Forum on judicial cooperation — 15 Mar 2019"
    actions["Copy as Citation"].trigger()
    citation = QGuiApplication.clipboard().text()
    assert citation.startswith("Forum on judicial cooperation — 15 Mar 2019 (EDTF 2019-03-15).")
    assert citation.endswith("Sources: CRI Online (2019), para. 2.")  # with its locator
    menu.close()


def test_the_dock_buttons_are_drawn_light_in_the_dark_theme(qtbot, window):
    window.set_theme(ThemeChoice.DARK)
    sheet = QApplication.instance().styleSheet()
    assert "titlebar-close-icon" in sheet and "titlebar-normal-icon" in sheet
    for name in ("dock-close-light.svg", "dock-float-light.svg"):
        assert resource_path(f"icons/{name}").is_file()
    window.set_theme(ThemeChoice.LIGHT)
    assert QApplication.instance().styleSheet() == ""


def test_file_text_is_never_markup_or_a_mnemonic(qtbot, window, write_dataset, dataset_document):
    dataset_document["categories"][0].update(label="R&D", description="<h1>big</h1>")
    path = write_dataset(dataset_document, name="<h1>BIG.json")
    window.open_file(path)
    box = window.filter_panel.category_checkbox(dataset_document["categories"][0]["id"])
    assert box.text().startswith("R&&D (")  # shown as "R&D", no Alt+D
    assert QTextDocumentFragment.fromHtml(box.toolTip()).toPlainText() == "<h1>big</h1>"
    assert window.status.file_label.textFormat() == Qt.TextFormat.PlainText
    assert window.status.file_label.text() == "<h1>BIG.json"
    model = window.event_list.model()
    row = window.event_list.shown_event_ids().index("markup")
    tip = model.index(row, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert QTextDocumentFragment.fromHtml(tip).toPlainText() == "<b>x</b>"


def test_a_defect_in_a_background_load_is_reported_and_keeps_what_was_open(
        qtbot, window, monkeypatch, write_dataset):
    before = window.timeline()
    caught: list[BaseException] = []
    monkeypatch.setattr(file_loader, "SYNC_LOAD_BYTES", 0)
    monkeypatch.setattr(file_loader, "open_report",
                        lambda *a, **k: (_ for _ in ()).throw(RuntimeError("planted")))
    monkeypatch.setattr(sys, "excepthook", lambda kind, error, trace: caught.append(error))
    window.open_file(write_dataset(name="other.json"))
    qtbot.waitUntil(lambda: not window.is_loading())
    qtbot.waitUntil(lambda: bool(caught))
    assert str(caught[0]) == "planted"
    assert window.timeline() is before
