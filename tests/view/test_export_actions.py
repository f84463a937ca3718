"""The window's exports as a user reaches them: File menu, Copy Image, the dialog, failures."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QMessageBox

from timeline_app.app import create_main_window
from timeline_app.list_formats import format_csv
from timeline_app.package_data import default_dataset_path
from timeline_app.view.export_dialog import LAST_FOLDER_KEY, ExportImageDialog
from timeline_app.view.main_window import MainWindow

SVG_TEXT = "{http://www.w3.org/2000/svg}text"


@pytest.fixture
def window(qtbot, dataset_file: Path) -> MainWindow:
    win = create_main_window(dataset_file)
    qtbot.addWidget(win)
    win.resize(1100, 700)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def errors(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical",
                        lambda parent, title, text: shown.append(text) or 0)
    return shown


def test_the_file_menu_offers_the_exports_before_the_warnings(window):
    texts = [a.text() for a in window.file_menu.actions()]
    exports = [texts.index(t) for t in ("&Export Image…", "&Copy Image", "Export &Data…")]
    assert exports == sorted(exports)
    assert exports[-1] < texts.index("Load &Warnings…")


def test_ctrl_shift_c_copies_the_view_as_an_image(qtbot, window):
    QGuiApplication.clipboard().clear()
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_C,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    image = QGuiApplication.clipboard().image()
    size = window.export_actions.view_size()
    page = window.export_actions.page(whole_timeline=False, dark=False)
    assert page is not None  # the view itself, with the title, legend and sources around it
    assert (image.width(), image.height()) == page.size_around(size.width(), size.height())
    assert len({image.pixel(x, y) for x in range(0, image.width(), 9)
                for y in range(0, image.height(), 9)}) > 10


def test_an_image_export_of_the_visible_window_names_the_window(window, tmp_path):
    actions = window.export_actions
    dialog = ExportImageDialog(window, QSize(900, 500), False, "t.svg")
    dialog.path_edit.setText(str(tmp_path / "window.svg"))
    choice = dialog.choice()
    assert (choice.width, choice.height, choice.whole_timeline) == (900, 500, False)
    assert actions.write_image_choice(choice)
    texts = " ".join("".join(t.itertext())
                     for t in ET.parse(tmp_path / "window.svg").getroot().iter(SVG_TEXT))
    assert "All events · window " in texts and "Sources: " in texts


def test_a_custom_size_at_2x_gives_a_png_of_twice_the_pixels(window, tmp_path):
    dialog = ExportImageDialog(window, QSize(900, 500), False, "t.png")
    dialog.path_edit.setText(str(tmp_path / "big"))
    dialog.custom_size_button.setChecked(True)
    dialog.width_box.setValue(800)
    dialog.height_box.setValue(400)
    dialog.scale_box.setCurrentIndex(1)
    dialog.range_box.setCurrentIndex(1)
    dialog.theme_box.setCurrentIndex(1)
    choice = dialog.choice()
    assert choice.path == tmp_path / "big.png" and choice.dark and choice.whole_timeline
    assert window.export_actions.write_image_choice(choice)
    image = QImage(str(tmp_path / "big.png"))
    assert (image.width(), image.height()) == (1600, 800)


def test_the_dialog_refuses_an_unknown_extension_and_remembers_the_last_choices(window,
                                                                               tmp_path):
    settings = QSettings()
    dialog = ExportImageDialog(window, QSize(900, 500), False, "t.png", settings)
    dialog.path_edit.setText(str(tmp_path / "out.gif"))
    dialog.accept()
    assert dialog.result() != ExportImageDialog.DialogCode.Accepted
    assert dialog.error_label.isVisibleTo(dialog)
    assert ".png, .svg, .pdf" in dialog.error_label.text()
    dialog.path_edit.setText(str(tmp_path / "out.pdf"))
    dialog.custom_size_button.setChecked(True)
    dialog.width_box.setValue(1234)
    dialog.range_box.setCurrentIndex(1)
    dialog.accept()
    assert dialog.result() == ExportImageDialog.DialogCode.Accepted
    assert settings.value(LAST_FOLDER_KEY) == str(tmp_path)
    again = ExportImageDialog(window, QSize(900, 500), False, "timeline.png", settings)
    assert again.path_edit.text() == str(tmp_path / "out.pdf")
    assert again.custom_size_button.isChecked() and again.width_box.value() == 1234
    assert again.range_box.currentData() is True


def test_writing_over_a_file_asks_first(window, tmp_path, monkeypatch):
    existing = tmp_path / "old.png"
    existing.write_bytes(b"kept")
    asked: list[str] = []

    def answer_no(*args):
        asked.append(args[2])
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer_no)
    dialog = ExportImageDialog(window, QSize(900, 500), False, "t.png", QSettings())
    dialog.path_edit.setText(str(existing))
    dialog.accept()
    assert dialog.result() != ExportImageDialog.DialogCode.Accepted
    assert asked and "old.png already exists" in asked[0]
    assert existing.read_bytes() == b"kept"


def test_an_export_says_in_the_status_bar_what_it_wrote_where(window, tmp_path):
    dialog = ExportImageDialog(window, QSize(900, 500), False, "t.png", QSettings())
    dialog.path_edit.setText(str(tmp_path / "said.png"))
    assert window.export_actions.write_image_choice(dialog.choice())
    assert window.statusBar().currentMessage().startswith("Exported ")
    assert str(tmp_path / "said.png") in window.statusBar().currentMessage()
    assert window.export_actions.write_data(tmp_path / "events.csv")
    assert window.statusBar().currentMessage() == \
        f"Exported {len(window.state.shown_events())} events as CSV to {tmp_path / 'events.csv'}"


def test_a_failed_image_export_shows_an_error_and_keeps_the_old_file(window, tmp_path, errors):
    dialog = ExportImageDialog(window, QSize(900, 500), False, "t.png")
    dialog.path_edit.setText(str(tmp_path / "missing" / "out.png"))
    assert not window.export_actions.write_image_choice(dialog.choice())
    assert len(errors) == 1 and "does not exist" in errors[0]


def test_export_data_writes_the_shown_events_as_csv_or_json(qtbot, window, tmp_path):
    categories = [c.id for c in window.timeline().categories]
    box = window.filter_panel.category_checkbox(categories[0])
    box.setChecked(False)
    qtbot.waitUntil(lambda: len(window.shown_events()) < len(window.timeline().events))
    shown = window.shown_events()
    actions = window.export_actions
    assert actions.write_data(tmp_path / "events.csv")
    written = (tmp_path / "events.csv").read_bytes()
    assert written.startswith(b"\xef\xbb\xbf"), "a CSV for Excel starts with a BOM"
    assert written[3:].decode() == format_csv(window.timeline(), shown)
    assert actions.write_data(tmp_path / "events", "json")
    document = json.loads((tmp_path / "events.json").read_text(encoding="utf-8"))
    assert [e["id"] for e in document["events"]] == [e.id for e in shown]


def test_a_failed_data_export_shows_an_error(window, tmp_path, errors):
    (tmp_path / "a_folder.csv").mkdir()
    assert not window.export_actions.write_data(tmp_path / "a_folder.csv")
    assert len(errors) == 1 and "cannot write" in errors[0]


def test_the_current_view_export_shows_the_events_the_window_shows(qtbot, tmp_path):
    window = create_main_window(default_dataset_path())
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    on_screen = window.view.frame()
    page = window.export_actions.page(whole_timeline=False, dark=False)
    assert page is not None
    size = window.export_actions.view_size()
    width, height = page.size_around(size.width(), size.height())
    exported = page.laid_out(width, height)

    def drawn(frame):
        return sorted(g.event_id for g in (*frame.glyphs, *frame.context))

    assert drawn(exported) == drawn(on_screen)
    assert len(exported.clusters) == len(on_screen.clusters)
    assert f"{len(page.visible_events())} of 51 events" in page.status_line()


@pytest.mark.parametrize(("text", "said"), [
    ("", "Name the file"), (" ", "Name the file"), ("/", "Name the file"),
    (".", "Name the file"), ("~nosuchuser/x.png", "~nosuchuser is not a user")])
def test_a_file_field_that_names_no_file_gets_a_message_not_an_exception(window, text, said):
    dialog = ExportImageDialog(window, QSize(900, 500), False, "t.png", QSettings())
    dialog.path_edit.setText(text)
    dialog.accept()
    assert dialog.result() != ExportImageDialog.DialogCode.Accepted
    assert dialog.error_label.text().startswith(said)
