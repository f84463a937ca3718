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

from PySide6.QtCore import Qt
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
from timeline_app.formats.import_preview import ImportPreview, mapping_overrides, preview_import
from timeline_app.formats.opening import InputFormat, OpenOptions
from timeline_app.formats.table import column_letter
from timeline_app.identity import DISPLAY_NAME
from timeline_app.model.problems import Severity, problem_count

#: The choices of "Read as", and the format each forces (None: found from the file).
FORMAT_CHOICES: tuple[tuple[str, InputFormat | None], ...] = (
    ("Found from the file", None),
    ("CSV or TSV", InputFormat.CSV),
    ("Excel workbook (.xlsx)", InputFormat.XLSX),
    ("TimelineJS3 JSON", InputFormat.TIMELINEJS),
    ("Timesketch or Plaso JSON lines", InputFormat.JSONL),
    (f"{DISPLAY_NAME} JSON", InputFormat.TIMELINE),
)
NOT_READ = "(not read)"
PROBLEMS_SHOWN = 500

_FIELD_LABELS = {
    Field.DATE: "Date", Field.START: "Start", Field.END: "End",
    Field.DISPLAY_DATE: "Date as worded", Field.TITLE: "Title", Field.CATEGORY: "Category",
    Field.DESCRIPTION: "Description", Field.SOURCE: "Source", Field.LOCATOR: "Locator",
    Field.URL: "Link", Field.PEOPLE: "People", Field.PLACES: "Places", Field.TAGS: "Tags",
    Field.CONFIDENCE: "Confidence", Field.ID: "Id",
}


class ImportDialog(QDialog):
    """Shows how ``path`` will be read; ``preview`` is what Open opens."""

    def __init__(self, path: Path, parent: QWidget | None = None,
                 options: OpenOptions | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(f"Import {path.name}")
        self.setAccessibleName("Import a file")
        self.resize(960, 680)
        self._path = path
        self._updating = False

        self.format_box = QComboBox(self)
        self.format_box.setAccessibleName("Read the file as")
        for text, _kind in FORMAT_CHOICES:
            self.format_box.addItem(text)
        self.sheet_box = QComboBox(self)
        self.sheet_box.setAccessibleName("Sheet")
        self._sheet_label = QLabel("&Sheet", self)
        self._sheet_label.setBuddy(self.sheet_box)
        self.reader_label = QLabel(self)
        self.reader_label.setWordWrap(True)

        self.table = QTableWidget(self)
        self.table.setObjectName("importPreview")
        self.table.setAccessibleName("The first rows of the file")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)

        self.mapping_group = QGroupBox("Read each field from the column", self)
        self.mapping_group.setAccessibleName("Column of each field")
        self.field_boxes: dict[Field, QComboBox] = {}
        grid = QGridLayout(self.mapping_group)
        for index, field in enumerate(Field):
            box = QComboBox(self.mapping_group)
            box.setAccessibleName(f"Column of {_FIELD_LABELS[field]}")
            box.currentIndexChanged.connect(self._on_mapping_changed)
            label = QLabel(_FIELD_LABELS[field], self.mapping_group)
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
        self.problems_view.setAccessibleName("Problems found")
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
        format_label = QLabel("&Read as", self)
        format_label.setBuddy(self.format_box)
        top.addRow(format_label, self.format_box)
        top.addRow(self._sheet_label, self.sheet_box)
        path_label = QLabel(str(self._path), self)
        path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top.addRow(QLabel("File", self), path_label)
        top.addRow(QLabel("Reading", self), self.reader_label)
        problems = QLabel("&Problems", self)
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
        kinds = [kind for _text, kind in FORMAT_CHOICES]
        self.format_box.setCurrentIndex(kinds.index(preview.options.input_format))
        self.sheet_box.clear()
        self.sheet_box.addItems(list(preview.sheets))
        if preview.options.sheet in preview.sheets:
            self.sheet_box.setCurrentText(preview.options.sheet)
        for widget in (self.sheet_box, self._sheet_label):
            widget.setVisible(bool(preview.sheets))
        self.reader_label.setText(preview.reader.value)

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
        self.mapping_group.setToolTip("" if preview.can_map else
                                      f"Read as {preview.reader.value}: its columns are fixed")
        columns = [NOT_READ] + [f"{column_letter(i)}: {h}" for i, h in enumerate(preview.header)]
        for field, box in self.field_boxes.items():
            box.clear()
            box.addItems(columns if preview.can_map else [NOT_READ])
            column = preview.mapping.get(field)
            box.setCurrentIndex(0 if column is None else column + 1)

    def _show_problems(self, preview: ImportPreview) -> None:
        report = preview.report
        problems = preview.problems
        lines = [p.format() for p in problems[:PROBLEMS_SHOWN]]
        if len(problems) > PROBLEMS_SHOWN:
            lines.append(f"… and {len(problems) - PROBLEMS_SHOWN:,} more")
        self.problems_view.setPlainText("\n".join(lines) or "No problems found.")
        open_button = self.buttons.button(QDialogButtonBox.StandardButton.Open)
        open_button.setEnabled(report is not None)
        if report is None:
            self.summary_label.setText("The file cannot be opened as it is read now: "
                                       "see the problems below.")
            return
        warnings = problem_count(p for p in problems if p.severity is Severity.WARNING)
        events = len(report.timeline.events)
        parts = [f"{events:,} event{'s' if events != 1 else ''} will open"]
        if report.left_out:
            count = problem_count(report.left_out)
            parts.append(f"{count:,} row{'s' if count != 1 else ''} left out")
        if warnings:
            parts.append(f"{warnings:,} warning{'s' if warnings != 1 else ''}")
        self.summary_label.setText(", ".join(parts) + ".")

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
            self._read_again(OpenOptions(FORMAT_CHOICES[index][1]))

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
