"""File → Export image…: where, how big, which range and theme; the format follows the name.

The dialog only collects choices (an ``ImageExportChoice``); painting and
writing are ``export_actions``' job. It remembers the last folder and choices, and asks
before writing over a file.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QSize
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from timeline_app.export.formats import IMAGE_EXTENSIONS, MAX_SIDE, MIN_SIDE, image_format_for

LAST_FOLDER_KEY = "export/last_folder"
LAST_CHOICE_KEY = "export/last_choice"
"""The last choices of the dialog (size, scale, range, theme, title, file name), kept
even when the export then failed, so that trying again starts from them."""


@dataclass(frozen=True, slots=True)
class ImageExportChoice:
    path: Path
    width: int
    height: int
    scale: int
    whole_timeline: bool  # False: the window visible on screen
    dark: bool
    title: str  # empty: the dataset's title


class ExportImageDialog(QDialog):
    """Collects an ``ImageExportChoice``; ``choice()`` is valid after ``accept``."""

    def __init__(self, parent: QWidget | None, view_size: QSize, dark: bool,
                 default_name: str, settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("ExportImageDialog", "Export Image"))
        self.setAccessibleName(QCoreApplication.translate("ExportImageDialog", "Export image"))
        self._settings = settings if settings is not None else QSettings()
        self._view_size = view_size
        folder = str(self._settings.value(LAST_FOLDER_KEY, "") or "")
        start = Path(folder) if folder and Path(folder).is_dir() else Path.home()

        self.path_edit = QLineEdit(str(start / default_name), self)
        self.path_edit.setAccessibleName(QCoreApplication.translate("ExportImageDialog", "File"))
        browse = QPushButton(QCoreApplication.translate("ExportImageDialog", "Browse…"), self)
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)

        self.view_size_button = QRadioButton(QCoreApplication.translate(
            "ExportImageDialog", "Current view ({width} × {height})").format(
            width=view_size.width(), height=view_size.height()), self)
        self.custom_size_button = QRadioButton(
            QCoreApplication.translate("ExportImageDialog", "Custom:"), self)
        self.width_box = self._side_box(
            QCoreApplication.translate("ExportImageDialog", "Width"), 1600)
        self.height_box = self._side_box(
            QCoreApplication.translate("ExportImageDialog", "Height"), 900)
        self._size_group = QButtonGroup(self)
        for button in (self.view_size_button, self.custom_size_button):
            self._size_group.addButton(button)
        self.view_size_button.setChecked(True)
        self.custom_size_button.toggled.connect(self._on_size_mode_changed)
        self._on_size_mode_changed(False)
        size_row = QHBoxLayout()
        for widget in (self.view_size_button, self.custom_size_button, self.width_box,
                       QLabel("×", self), self.height_box):
            size_row.addWidget(widget)
        size_row.addStretch(1)

        self.scale_box = QComboBox(self)
        self.scale_box.setAccessibleName(QCoreApplication.translate("ExportImageDialog", "Scale"))
        self.scale_box.addItem(QCoreApplication.translate("ExportImageDialog", "1×"), 1)
        self.scale_box.addItem(
            QCoreApplication.translate("ExportImageDialog", "2× (sharper PNG)"), 2)
        self.range_box = QComboBox(self)
        self.range_box.setAccessibleName(QCoreApplication.translate("ExportImageDialog", "Range"))
        self.range_box.addItem(
            QCoreApplication.translate("ExportImageDialog", "The visible window"), False)
        self.range_box.addItem(
            QCoreApplication.translate("ExportImageDialog", "The whole filtered timeline"), True)
        self.theme_box = QComboBox(self)
        self.theme_box.setAccessibleName(QCoreApplication.translate("ExportImageDialog", "Theme"))
        self.theme_box.addItem(QCoreApplication.translate("ExportImageDialog", "Light"), False)
        self.theme_box.addItem(QCoreApplication.translate("ExportImageDialog", "Dark"), True)
        self.theme_box.setCurrentIndex(1 if dark else 0)
        self.title_edit = QLineEdit(self)
        self.title_edit.setAccessibleName(QCoreApplication.translate("ExportImageDialog", "Title"))
        self.title_edit.setPlaceholderText(
            QCoreApplication.translate("ExportImageDialog", "The dataset's title"))
        self._confirmed: Path | None = None  # a path the file chooser already asked about
        self._restore_choices()

        form = QFormLayout()
        form.addRow(QCoreApplication.translate("ExportImageDialog", "File:"), path_row)
        form.addRow(QCoreApplication.translate("ExportImageDialog", "Size:"), size_row)
        form.addRow(QCoreApplication.translate("ExportImageDialog", "Scale:"), self.scale_box)
        form.addRow(QCoreApplication.translate("ExportImageDialog", "Range:"), self.range_box)
        form.addRow(QCoreApplication.translate("ExportImageDialog", "Theme:"), self.theme_box)
        form.addRow(QCoreApplication.translate("ExportImageDialog", "Title:"), self.title_edit)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("exportError")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def _side_box(self, name: str, value: int) -> QSpinBox:
        box = QSpinBox(self)
        box.setAccessibleName(name)
        box.setRange(MIN_SIDE, MAX_SIDE)
        box.setValue(value)
        box.setSuffix(QCoreApplication.translate("ExportImageDialog", " px"))
        return box

    def _on_size_mode_changed(self, custom: bool) -> None:
        self.width_box.setEnabled(custom)
        self.height_box.setEnabled(custom)

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, QCoreApplication.translate("ExportImageDialog", "Export Image"),
            self.path_edit.text(), image_filters())
        if path:
            self.path_edit.setText(path)
            self._confirmed = self._path()  # the chooser asked before replacing a file

    def _restore_choices(self) -> None:
        saved = self._settings.value(LAST_CHOICE_KEY, "")
        try:
            last = json.loads(str(saved)) if saved else {}
        except ValueError:
            last = {}
        if not isinstance(last, dict):
            return
        if last.get("custom"):
            self.custom_size_button.setChecked(True)
        for box, key in ((self.width_box, "width"), (self.height_box, "height")):
            if isinstance(last.get(key), int):
                box.setValue(last[key])
        for combo, key in ((self.scale_box, "scale"), (self.range_box, "whole"),
                           (self.theme_box, "dark")):
            index = combo.findData(last.get(key))
            if key in last and index >= 0:
                combo.setCurrentIndex(index)
        if isinstance(last.get("title"), str):
            self.title_edit.setText(last["title"])
        name = last.get("name")
        if isinstance(name, str) and name:
            self.path_edit.setText(str(Path(self.path_edit.text()).with_name(name)))

    def _save_choices(self) -> None:
        choice = self.choice()
        self._settings.setValue(LAST_CHOICE_KEY, json.dumps({
            "custom": self.custom_size_button.isChecked(), "width": self.width_box.value(),
            "height": self.height_box.value(), "scale": choice.scale,
            "whole": choice.whole_timeline, "dark": choice.dark, "title": choice.title,
            "name": choice.path.name}))

    def choice(self) -> ImageExportChoice:
        custom = self.custom_size_button.isChecked()
        width = self.width_box.value() if custom else self._view_size.width()
        height = self.height_box.value() if custom else self._view_size.height()
        return ImageExportChoice(
            self._path(), max(width, MIN_SIDE), max(height, MIN_SIDE),
            self.scale_box.currentData(), self.range_box.currentData(),
            self.theme_box.currentData(), self.title_edit.text().strip())

    def _path(self) -> Path:
        """The chosen path; a name without an extension becomes a PNG. Raises
        ``ValueError`` with a message for a field that names no file."""
        text = self.path_edit.text().strip()
        try:
            path = Path(text).expanduser()
        except RuntimeError:  # ~someone who has no home here
            raise ValueError(QCoreApplication.translate(
                "ExportImageDialog", "{user} is not a user with a home folder on this "
                "computer: write the whole path").format(user=text.split("/")[0])) from None
        if not text or not path.name or path.name in (".", ".."):
            raise ValueError(QCoreApplication.translate(
                "ExportImageDialog", "Name the file to write, such as timeline.png."))
        return path if path.suffix else path.with_suffix(".png")

    def accept(self) -> None:
        try:
            path = self._path()
        except ValueError as error:
            self._show_error(str(error))
            return
        try:
            image_format_for(path)
        except ValueError:
            self._show_error(QCoreApplication.translate(
                "ExportImageDialog", "The format follows the file name's extension: use "
                "{extensions}.").format(extensions=", ".join(IMAGE_EXTENSIONS)))
            return
        if path.exists() and path != self._confirmed and not self._replace_ok(path):
            return
        self._settings.setValue(LAST_FOLDER_KEY, str(path.parent))
        self._save_choices()
        super().accept()

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def _replace_ok(self, path: Path) -> bool:
        """Writing over a file asks first."""
        answer = QMessageBox.question(
            self, QCoreApplication.translate("ExportImageDialog", "Replace the file?"),
            QCoreApplication.translate(
                "ExportImageDialog", "{file} already exists in {folder}. Replace it?").format(
                file=path.name, folder=path.parent),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes


def image_filters() -> str:
    """The file dialog's filters for Export Image…, in the interface's language."""
    return ";;".join((
        QCoreApplication.translate("ExportImageDialog", "PNG image ({patterns})").format(
            patterns="*.png"),
        QCoreApplication.translate("ExportImageDialog", "SVG image ({patterns})").format(
            patterns="*.svg"),
        QCoreApplication.translate("ExportImageDialog", "PDF document ({patterns})").format(
            patterns="*.pdf")))
