"""Opening other formats in the window: File → Open and drag and drop take every format,
File → Import… previews a file, lets the user choose its columns, and lists the
problems before anything is opened; rows left out are told in a dialog."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox

from tests.formats.conftest import FIXTURES
from tests.view.interact import drag_into
from timeline_app.formats.columns import Field
from timeline_app.formats.opening import OPEN_SUFFIXES
from timeline_app.view.import_dialog import ImportDialog, not_read
from timeline_app.view.main_window import MainWindow
from timeline_app.view.window_files import open_filter

SHEET = "Wann,Was,Notiz\n2019-03,Forum opened,first\n3/4/2019,Ambiguous day,second\n" \
        "2021,Court founded,third\n"




@pytest.fixture
def sheet(tmp_path: Path) -> Path:
    path = tmp_path / "sheet.csv"
    path.write_text(SHEET, encoding="utf-8")
    return path


def drop(window: MainWindow, path: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    enter = drag_into(window, mime)
    assert enter.isAccepted()
    QApplication.sendEvent(window, QDropEvent(QPointF(200, 200), Qt.DropAction.CopyAction, mime,
                                              Qt.MouseButton.LeftButton,
                                              Qt.KeyboardModifier.NoModifier))


def choose(box, text: str) -> None:
    """Pick an entry of a combo box as a user does: by its text."""
    index = box.findText(text)
    assert index >= 0, text
    box.setCurrentIndex(index)


def test_the_open_dialog_offers_every_format_the_app_reads():
    first = open_filter().split(";;")[0]
    for suffix in OPEN_SUFFIXES:
        assert f"*{suffix}" in first


@pytest.mark.parametrize("name", ["chronology.csv", "chronology.timelinejs.json",
                                  "template.csv", "plaso.jsonl", "timesketch.csv"])
def test_dropping_any_format_opens_it(window, name):
    drop(window, FIXTURES / name)
    assert window.current_path() == FIXTURES / name
    assert window.timeline().events


def test_a_dropped_file_with_unreadable_rows_opens_and_says_which_were_left_out(
        window, dialogs, sheet):
    (sheet.parent / "plain.csv").write_text("Date,Title\n2019-03,Forum\nsoon,Later\n",
                                            encoding="utf-8")
    drop(window, sheet.parent / "plain.csv")
    assert [e.title for e in window.timeline().events] == ["Forum"]
    left_out = [d for d in dialogs if d.objectName() == "leftOutDialog"]
    assert len(left_out) == 1
    assert "row 3, column A (Date)" in left_out[0].text()
    assert window.status.warnings_button.text() == "1 row left out"


def test_import_previews_the_rows_and_reads_the_columns_the_user_chooses(qtbot, window, sheet):
    dialog = window.import_file(sheet)
    assert dialog.table.rowCount() == 3
    assert dialog.table.horizontalHeaderItem(0).text() == "A: Wann"
    assert "no column holds dates" in dialog.problems_view.toPlainText()
    open_button = dialog.buttons.button(QDialogButtonBox.StandardButton.Open)
    assert not open_button.isEnabled()  # nothing opens before the columns are chosen

    choose(dialog.field_boxes[Field.DATE], "A: Wann")
    choose(dialog.field_boxes[Field.TITLE], "B: Was")
    problems = dialog.problems_view.toPlainText()
    assert "row 3, column A (Wann): '3/4/2019' could be" in problems
    assert dialog.summary_label.text() == "2 events will open, 1 row left out."
    assert open_button.isEnabled()

    qtbot.mouseClick(open_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert [e.title for e in window.timeline().events] == ["Forum opened", "Court founded"]
    assert ("Notiz", "first") in window.timeline().events[0].fields  # kept, not thrown away


def test_reload_reads_an_imported_file_with_the_columns_chosen(window, sheet):
    dialog = window.import_file(sheet)
    choose(dialog.field_boxes[Field.DATE], "A: Wann")
    choose(dialog.field_boxes[Field.TITLE], "B: Was")
    dialog.accept()
    sheet.write_text(SHEET + "2022,Added later,fourth\n", encoding="utf-8")
    window.reload_action.trigger()
    assert [e.title for e in window.timeline().events][-1] == "Added later"


def test_a_column_can_be_left_unread(window):
    dialog = window.import_file(FIXTURES / "worded.csv")
    assert dialog.field_boxes[Field.CATEGORY].currentText() == "C: Category"
    choose(dialog.field_boxes[Field.CATEGORY], not_read())
    dialog.accept()
    letters = next(e for e in window.timeline().events if e.title == "Letters catalogued")
    assert ("Category", "Archive") in letters.fields


def test_cancel_opens_nothing(window, sheet):
    before = window.timeline()
    dialog = window.import_file(FIXTURES / "chronology.csv")
    dialog.reject()
    assert window.timeline() is before


def test_a_template_is_read_as_timelinejs_with_its_columns_fixed(qtbot):
    dialog = ImportDialog(FIXTURES / "template.csv")
    qtbot.addWidget(dialog)
    assert dialog.reader_label.text() == "the TimelineJS template"
    assert not dialog.mapping_group.isEnabled()
    assert "no headline" in dialog.problems_view.toPlainText()


def test_a_workbook_offers_its_sheets(qtbot, tmp_path):
    book = Workbook()
    events = book.active
    assert events is not None
    events.title = "Events"
    events.append(["Date", "Title"])
    events.append(["2019-03", "Forum"])
    book.create_sheet("Notes")
    book.save(tmp_path / "book.xlsx")
    dialog = ImportDialog(tmp_path / "book.xlsx")
    qtbot.addWidget(dialog)
    assert [dialog.sheet_box.itemText(i) for i in range(dialog.sheet_box.count())] == [
        "Events", "Notes"]
    assert dialog.summary_label.text() == "1 event will open."
    choose(dialog.sheet_box, "Notes")
    assert dialog.preview.report is None
    assert "the sheet 'Notes' is empty" in dialog.problems_view.toPlainText()
    assert dialog.sheet_box.currentText() == "Notes"
