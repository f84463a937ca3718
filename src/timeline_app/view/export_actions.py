"""File menu exports: Export image…, Copy image and Export data….

They read what the ``ViewState`` shows: the image is an ``ExportPage`` of the
shown events (the same painting as the screen), the data is the `list`
command's CSV or JSON of the same events. Every write is atomic; a failure is
a message box, never a traceback.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings, QSize
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QWidget

from timeline_app.atomic_write import WriteError, write_text_atomically
from timeline_app.export.image import render_image, write_image
from timeline_app.export.page import ExportPage
from timeline_app.list_formats import UTF8_BOM, render_events
from timeline_app.model.date_words import iso_place
from timeline_app.render.style import Theme
from timeline_app.view.export_dialog import LAST_FOLDER_KEY, ExportImageDialog, ImageExportChoice
from timeline_app.view.state import ViewState

STATUS_MS = 8000
"""How long the status bar says what an export wrote."""


class ExportActions(QObject):
    """Export Image…, Copy Image (Ctrl+Shift+C) and Export Data… of what ``state`` shows.

    ``canvas_size`` is the size of the painted timeline on screen (the "current
    view" size) and ``is_dark`` whether the window is dark now.
    """

    def __init__(self, state: ViewState, parent: QWidget, canvas_size: Callable[[], QSize],
                 is_dark: Callable[[], bool], settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self._state, self._parent = state, parent
        self._canvas_size, self._is_dark = canvas_size, is_dark
        self._settings = settings if settings is not None else QSettings()
        self.export_image_action = QAction(
            QCoreApplication.translate("ExportActions", "&Export Image…"), parent)
        self.export_image_action.setStatusTip(QCoreApplication.translate(
            "ExportActions", "Export the timeline as a PNG, SVG or PDF image"))
        self.export_image_action.triggered.connect(self.export_image)
        self.copy_image_action = QAction(
            QCoreApplication.translate("ExportActions", "&Copy Image"), parent)
        self.copy_image_action.setShortcut(QKeySequence("Ctrl+Shift+C"))
        self.copy_image_action.setStatusTip(
            QCoreApplication.translate("ExportActions", "Copy the view as an image"))
        self.copy_image_action.triggered.connect(self.copy_image)
        self.export_data_action = QAction(
            QCoreApplication.translate("ExportActions", "Export &Data…"), parent)
        self.export_data_action.setStatusTip(
            QCoreApplication.translate("ExportActions", "Export the shown events as CSV or JSON"))
        self.export_data_action.triggered.connect(self.export_data)
        parent.addActions(self.actions())  # shortcuts work while the menu bar is hidden

    def actions(self) -> list[QAction]:
        return [self.export_image_action, self.copy_image_action, self.export_data_action]

    # ---- pages -------------------------------------------------------------

    def view_size(self) -> QSize:
        return self._canvas_size()

    def page(self, *, whole_timeline: bool, dark: bool, title: str = "") -> ExportPage | None:
        """The page of what the window shows; ``None`` when nothing is open."""
        state = self._state
        timeline = state.timeline
        if timeline is None:
            return None
        theme = Theme.named("dark" if dark else "light")
        if whole_timeline:
            page = ExportPage.for_filter(timeline, state.filter, theme, date.today(), title,
                                         shown=state.shown)
        else:
            first, last = state.scale_for(1).visible_places()
            page = ExportPage(timeline, state.shown, state.filter.describe(timeline),
                              theme, date.today(), title, first, last,
                              QCoreApplication.translate(
                                  "ExportActions", "window {start} to {end}").format(
                                  start=iso_place(first), end=iso_place(last - 1)))
        return dataclasses.replace(page, group_by_category=state.grouped, era=state.era,
                                   colouring=state.colouring)

    # ---- actions -----------------------------------------------------------

    def export_image(self) -> None:
        if self._state.timeline is None:
            return
        dialog = ExportImageDialog(self._parent, self.view_size(), self._is_dark(),
                                   "timeline.png", self._settings)
        if dialog.exec() == ExportImageDialog.DialogCode.Accepted:
            self.write_image_choice(dialog.choice())

    def write_image_choice(self, choice: ImageExportChoice) -> bool:
        page = self.page(whole_timeline=choice.whole_timeline, dark=choice.dark,
                         title=choice.title)
        if page is None:
            return False
        width, height = choice.width, choice.height
        view = self.view_size()
        if not choice.whole_timeline and (width, height) == (view.width(), view.height()):
            width, height = page.size_around(width, height)  # the view, as the window has it
        try:
            written = write_image(choice.path, page, width, height, choice.scale)
        except WriteError as error:
            self._failed(QCoreApplication.translate(
                "ExportActions", "The image could not be exported."), error)
            return False
        self._tell(QCoreApplication.translate(
            "ExportActions", "Exported {width} × {height} to {path}").format(
            width=width * choice.scale, height=height * choice.scale, path=written))
        return True

    def copy_image(self) -> None:
        """Put a PNG of the visible window, at the view's size, on the clipboard."""
        page = self.page(whole_timeline=False, dark=self._is_dark())
        if page is not None:
            size = self.view_size()
            image = render_image(page, *page.size_around(size.width(), size.height()))
            QGuiApplication.clipboard().setImage(image)
            self._tell(QCoreApplication.translate(
                "ExportActions", "Copied the view to the clipboard as an image of "
                "{width} × {height}").format(width=image.width(), height=image.height()))

    def export_data(self) -> None:
        if self._state.timeline is None:
            return
        start = Path(str(self._settings.value(LAST_FOLDER_KEY, "") or Path.home()))
        path, selected = QFileDialog.getSaveFileName(
            self._parent, QCoreApplication.translate("ExportActions", "Export Data"),
            str(start / "events.csv"), data_filters())
        if path:
            self.write_data(Path(path), "json" if "*.json" in selected else "csv")

    def write_data(self, path: Path, default_format: str = "csv") -> bool:
        """Write the shown events as CSV or JSON; the extension wins over ``default_format``."""
        timeline = self._state.timeline
        if timeline is None:
            return False
        suffix = path.suffix.lower().lstrip(".")
        fmt = suffix if suffix in ("csv", "json") else default_format
        if not suffix:
            path = path.with_suffix(f".{fmt}")
        text = render_events(fmt, timeline, self._state.shown_events())
        try:
            write_text_atomically(path, UTF8_BOM + text if fmt == "csv" else text)
        except WriteError as error:
            self._failed(QCoreApplication.translate(
                "ExportActions", "The data could not be exported."), error)
            return False
        self._settings.setValue(LAST_FOLDER_KEY, str(path.parent))
        count = len(self._state.shown_events())
        self._tell(QCoreApplication.translate(
            "ExportActions", "Exported %Ln event(s) as {format} to {path}", "", count).format(
            format=fmt.upper(), path=path))
        return True

    def _tell(self, text: str) -> None:
        """What was written where, in the window's status bar."""
        if isinstance(self._parent, QMainWindow):
            self._parent.statusBar().showMessage(text, STATUS_MS)

    def _failed(self, heading: str, error: WriteError) -> None:
        """A message box: ``heading`` (a sentence), then what the write said."""
        QMessageBox.critical(self._parent,
                             QCoreApplication.translate("ExportActions", "Export failed"),
                             "\n\n".join((heading, str(error))))


def data_filters() -> str:
    """The file dialog's filters for Export Data…, in the interface's language."""
    return ";;".join((
        QCoreApplication.translate("ExportActions", "CSV table ({patterns})").format(
            patterns="*.csv"),
        QCoreApplication.translate("ExportActions", "JSON timeline ({patterns})").format(
            patterns="*.json")))
