"""File → Import…: how a file will be read, shown before anything is opened.

The dialog previews the first rows, shows which column each field is read
from (a choice per field, for a plain spreadsheet), and lists the problems the
import finds: the rows it would leave out and why, and its warnings. Every
change reads the file again through ``formats.import_preview``, which reads it
exactly as opening does, so what the dialog lists is what opening gives.
"Open" takes the events the preview read; nothing is opened on Cancel.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from timeline_app.formats.columns import Field
from timeline_app.formats.import_preview import (
    ImportPreview,
    Reader,
    mapping_overrides,
    preview_import,
)
from timeline_app.formats.opening import InputFormat, OpenOptions
from timeline_app.formats.table import column_letter
from timeline_app.identity import DISPLAY_NAME
from timeline_app.model.problems import Severity, problem_count

FORMAT_KINDS: tuple[InputFormat | None, ...] = (
    None, InputFormat.CSV, InputFormat.XLSX, InputFormat.TIMELINEJS, InputFormat.JSONL,
    InputFormat.TIMELINE)
"""The choices of "Read as": the format each forces (None: found from the file)."""
PROBLEMS_SHOWN = 500


def format_words() -> tuple[str, ...]:
    """The words of each of ``FORMAT_KINDS``, in order."""
    return (QCoreApplication.translate("ImportDialog", "Found from the file"),
            QCoreApplication.translate("ImportDialog", "CSV or TSV"),
            QCoreApplication.translate("ImportDialog", "Excel workbook (.xlsx)"),
            QCoreApplication.translate("ImportDialog", "TimelineJS3 JSON"),
            QCoreApplication.translate("ImportDialog", "Timesketch or Plaso JSON lines"),
            QCoreApplication.translate("ImportDialog", "{name} JSON").format(name=DISPLAY_NAME))


def not_read() -> str:
    """A field's choice of no column."""
    return QCoreApplication.translate("ImportDialog", "(not read)")


def field_words(field: Field) -> str:
    """A field's name, as the mapping labels it."""
    return {
        Field.DATE: QCoreApplication.translate("ImportDialog", "Date"),
        Field.START: QCoreApplication.translate("ImportDialog", "Start"),
        Field.END: QCoreApplication.translate("ImportDialog", "End"),
        Field.DISPLAY_DATE: QCoreApplication.translate("ImportDialog", "Date as worded"),
        Field.TITLE: QCoreApplication.translate("ImportDialog", "Title"),
        Field.CATEGORY: QCoreApplication.translate("ImportDialog", "Category"),
        Field.DESCRIPTION: QCoreApplication.translate("ImportDialog", "Description"),
        Field.SOURCE: QCoreApplication.translate("ImportDialog", "Source"),
        Field.LOCATOR: QCoreApplication.translate("ImportDialog", "Locator"),
        Field.URL: QCoreApplication.translate("ImportDialog", "Link"),
        Field.PEOPLE: QCoreApplication.translate("ImportDialog", "People"),
        Field.PLACES: QCoreApplication.translate("ImportDialog", "Places"),
        Field.TAGS: QCoreApplication.translate("ImportDialog", "Tags"),
        Field.CONFIDENCE: QCoreApplication.translate("ImportDialog", "Confidence"),
        Field.ID: QCoreApplication.translate("ImportDialog", "Id"),
    }[field]


def reader_words(reader: Reader) -> str:
    """How the file will be read, in words."""
    return {
        Reader.TIMELINE: QCoreApplication.translate(
            "ImportDialog", "the app's own timeline format"),
        Reader.SPREADSHEET: QCoreApplication.translate(
            "ImportDialog", "a spreadsheet, column by column"),
        Reader.TIMELINEJS_TEMPLATE: QCoreApplication.translate(
            "ImportDialog", "the TimelineJS template"),
        Reader.FORENSIC: QCoreApplication.translate(
            "ImportDialog", "a forensic timeline (Timesketch or Plaso)"),
        Reader.TIMELINEJS: QCoreApplication.translate("ImportDialog", "TimelineJS3 JSON"),
        Reader.JSONL: QCoreApplication.translate(
            "ImportDialog", "a forensic timeline of JSON lines"),
    }[reader]


class ImportDialog(QDialog):
    """Shows how ``path`` will be read; ``preview`` is what Open opens."""

    def __init__(self, path: Path, parent: QWidget | None = None,
                 options: OpenOptions | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(
            QCoreApplication.translate("ImportDialog", "Import {file}").format(file=path.name))
        self.setAccessibleName(QCoreApplication.translate("ImportDialog", "Import a file"))
        self.resize(960, 680)
        self._path = path
        self._updating = False

        self.format_box = QComboBox(self)
        self.format_box.setAccessibleName(
            QCoreApplication.translate("ImportDialog", "Read the file as"))
        self.format_box.addItems(list(format_words()))
        self.sheet_box = QComboBox(self)
        self.sheet_box.setAccessibleName(QCoreApplication.translate("ImportDialog", "Sheet"))
        self._sheet_label = QLabel(QCoreApplication.translate("ImportDialog", "&Sheet"), self)
        self._sheet_label.setBuddy(self.sheet_box)
        self.reader_label = QLabel(self)
        self.reader_label.setWordWrap(True)

        self.table = QTableWidget(self)
        self.table.setObjectName("importPreview")
        self.table.setAccessibleName(
            QCoreApplication.translate("ImportDialog", "The first rows of the file"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)

        self.mapping_group = QGroupBox(
            QCoreApplication.translate("ImportDialog", "Read each field from the column"), self)
        self.mapping_group.setAccessibleName(
            QCoreApplication.translate("ImportDialog", "Column of each field"))
        self.field_boxes: dict[Field, QComboBox] = {}
        grid = QGridLayout(self.mapping_group)
        for index, field in enumerate(Field):
            box = QComboBox(self.mapping_group)
            box.setAccessibleName(QCoreApplication.translate(
                "ImportDialog", "Column of {field}").format(field=field_words(field)))
            box.currentIndexChanged.connect(self._on_mapping_changed)
            label = QLabel(field_words(field), self.mapping_group)
            label.setBuddy(box)
            row, column = divmod(index, 3)
            grid.addWidget(label, row, 2 * column)
            grid.addWidget(box, row, 2 * column + 1)
            self.field_boxes[field] = box

        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("importSummary")
        self.summary_label.setWordWrap(True)
        self.problems_view = QPlainTextEdit(self)
        self.problems_view.setObjectName("importProblems")
        self.problems_view.setAccessibleName(
            QCoreApplication.translate("ImportDialog", "Problems found"))
        self.problems_view.setReadOnly(True)
        self.problems_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._layout()

        self.preview = preview_import(path, options or OpenOptions())
        self._show(self.preview)
        self.format_box.currentIndexChanged.connect(self._on_format_changed)
        self.sheet_box.currentIndexChanged.connect(self._on_sheet_changed)

    def _layout(self) -> None:
        top = QFormLayout()
        format_label = QLabel(QCoreApplication.translate("ImportDialog", "&Read as"), self)
        format_label.setBuddy(self.format_box)
        top.addRow(format_label, self.format_box)
        top.addRow(self._sheet_label, self.sheet_box)
        path_label = QLabel(str(self._path), self)
        path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top.addRow(QLabel(QCoreApplication.translate("ImportDialog", "File"), self), path_label)
        top.addRow(QLabel(QCoreApplication.translate("ImportDialog", "Reading"), self),
                   self.reader_label)
        problems = QLabel(QCoreApplication.translate("ImportDialog", "&Problems"), self)
        problems.setBuddy(self.problems_view)
        footer = QHBoxLayout()
        footer.addWidget(self.summary_label, 1)
        footer.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.mapping_group)
        layout.addWidget(problems)
        layout.addWidget(self.problems_view, 2)
        layout.addLayout(footer)

    # ---- showing a preview -------------------------------------------------

    def _show(self, preview: ImportPreview) -> None:
        self._updating = True
        try:
            self._show_format(preview)
            self._show_rows(preview)
            self._show_mapping(preview)
            self._show_problems(preview)
        finally:
            self._updating = False

    def _show_format(self, preview: ImportPreview) -> None:
        self.format_box.setCurrentIndex(FORMAT_KINDS.index(preview.options.input_format))
        self.sheet_box.clear()
        self.sheet_box.addItems(list(preview.sheets))
        if preview.options.sheet in preview.sheets:
            self.sheet_box.setCurrentText(preview.options.sheet)
        for widget in (self.sheet_box, self._sheet_label):
            widget.setVisible(bool(preview.sheets))
        self.reader_label.setText(reader_words(preview.reader))

    def _show_rows(self, preview: ImportPreview) -> None:
        self.table.clear()
        self.table.setColumnCount(len(preview.header))
        self.table.setRowCount(len(preview.rows))
        labels = ([f"{column_letter(i)}: {h}" for i, h in enumerate(preview.header)]
                  if preview.can_map or preview.sheets else list(preview.header))
        self.table.setHorizontalHeaderLabels(labels)
        for row, cells in enumerate(preview.rows):
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        for column in range(self.table.columnCount()):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 260))

    def _show_mapping(self, preview: ImportPreview) -> None:
        self.mapping_group.setEnabled(preview.can_map)
        self.mapping_group.setToolTip("" if preview.can_map else QCoreApplication.translate(
            "ImportDialog", "Read as {reader}: its columns are fixed").format(
            reader=reader_words(preview.reader)))
        columns = [not_read()] + [f"{column_letter(i)}: {h}"
                                  for i, h in enumerate(preview.header)]
        for field, box in self.field_boxes.items():
            box.clear()
            box.addItems(columns if preview.can_map else [not_read()])
            column = preview.mapping.get(field)
            box.setCurrentIndex(0 if column is None else column + 1)

    def _show_problems(self, preview: ImportPreview) -> None:
        report = preview.report
        problems = preview.problems
        lines = [p.format() for p in problems[:PROBLEMS_SHOWN]]
        if len(problems) > PROBLEMS_SHOWN:
            lines.append(QCoreApplication.translate("ImportDialog", "… and {count} more").format(
                count=f"{len(problems) - PROBLEMS_SHOWN:,}"))
        self.problems_view.setPlainText(
            "\n".join(lines) or QCoreApplication.translate("ImportDialog", "No problems found."))
        open_button = self.buttons.button(QDialogButtonBox.StandardButton.Open)
        open_button.setEnabled(report is not None)
        if report is None:
            self.summary_label.setText(QCoreApplication.translate(
                "ImportDialog",
                "The file cannot be opened as it is read now: see the problems below."))
            return
        warnings = problem_count(p for p in problems if p.severity is Severity.WARNING)
        events = len(report.timeline.events)
        parts = [QCoreApplication.translate("ImportDialog", "%Ln event(s) will open", "", events)]
        if report.left_out:
            parts.append(QCoreApplication.translate(
                "ImportDialog", "%Ln row(s) left out", "", problem_count(report.left_out)))
        if warnings:
            parts.append(QCoreApplication.translate("ImportDialog", "%Ln warning(s)", "", warnings))
        # the parts, one after another, as a sentence: "6 events will open, 2 rows left out."
        joined = QCoreApplication.translate("ImportDialog", ", ").join(parts)
        self.summary_label.setText(
            QCoreApplication.translate("ImportDialog", "{parts}.").format(parts=joined))

    # ---- changes -----------------------------------------------------------

    def _read_again(self, options: OpenOptions) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.preview = preview_import(self._path, options)
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._show(self.preview)

    def _on_format_changed(self, index: int) -> None:
        if not self._updating:
            self._read_again(OpenOptions(FORMAT_KINDS[index]))

    def _on_sheet_changed(self, index: int) -> None:
        if not self._updating and index >= 0:
            self._read_again(replace(self.preview.options, sheet=self.sheet_box.itemText(index),
                                     mapping=None))

    def _on_mapping_changed(self, _index: int) -> None:
        if self._updating:
            return
        chosen = {field: (box.currentIndex() - 1 if box.currentIndex() > 0 else None)
                  for field, box in self.field_boxes.items()}
        overrides = mapping_overrides(self.preview.header, chosen)
        self._read_again(replace(self.preview.options, mapping=overrides))
