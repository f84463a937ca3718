"""File menu exports: Export image…, Copy image and Export data….

The window's one filter pass decides what is shown; the exports reuse it:
the image is an ``ExportPage`` of the shown events (the same painting as the
screen), the data is the `list` command's CSV or JSON of the same events.
Every write is atomic; a failure is a message box, never a traceback.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path
from typing import Protocol, cast

from PySide6.QtCore import QObject, QSettings, QSize
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from timeline_app.atomic_write import WriteError, write_text_atomically
from timeline_app.export.image import render_image, write_image
from timeline_app.export.page import ExportPage
from timeline_app.list_formats import render_events
from timeline_app.model.events import Event, Timeline
from timeline_app.model.filters import EventFilter
from timeline_app.render.style import Theme
from timeline_app.view.export_dialog import LAST_FOLDER_KEY, ExportImageDialog, ImageExportChoice
from timeline_app.view.settings import ThemeChoice
from timeline_app.view.themes import resolve
from timeline_app.view.timeline_view import OVERVIEW_HEIGHT, TimelineView

DATA_FILTERS = "CSV table (*.csv);;JSON timeline (*.json)"


class _FilterSource(Protocol):
    def current_filter(self) -> EventFilter: ...


class ExportSource(Protocol):
    """What the exports need from the main window (a QWidget)."""

    view: TimelineView
    filter_panel: _FilterSource
    file_menu: QMenu
    warnings_action: QAction

    def timeline(self) -> Timeline | None: ...

    def shown_events(self) -> list[Event]: ...

    def theme_choice(self) -> ThemeChoice: ...


class ExportActions(QObject):
    """The three actions, in the File menu before the window's warnings entry."""

    def __init__(self, window: ExportSource, settings: QSettings | None = None) -> None:
        parent = cast(QWidget, window)
        super().__init__(parent)
        self._window, self._parent = window, parent
        self._settings = settings if settings is not None else QSettings()
        self.export_image_action = QAction("&Export Image…", parent)
        self.export_image_action.triggered.connect(self.export_image)
        self.copy_image_action = QAction("&Copy Image", parent)
        self.copy_image_action.setShortcut(QKeySequence("Ctrl+Shift+C"))
        self.copy_image_action.triggered.connect(self.copy_image)
        self.export_data_action = QAction("Export &Data…", parent)
        self.export_data_action.triggered.connect(self.export_data)
        actions = [self.export_image_action, self.copy_image_action, self.export_data_action]
        parent.addActions(actions)  # shortcuts work while the menu bar is hidden
        window.file_menu.insertActions(window.warnings_action, actions)
        window.file_menu.insertSeparator(window.warnings_action)

    # ---- pages -------------------------------------------------------------

    def view_size(self) -> QSize:
        view = self._window.view
        return QSize(view.width(), max(view.height() - OVERVIEW_HEIGHT, 1))

    def page(self, *, whole_timeline: bool, dark: bool, title: str = "") -> ExportPage | None:
        """The page of what the window shows; ``None`` when nothing is open."""
        timeline = self._window.timeline()
        if timeline is None:
            return None
        theme = Theme.dark() if dark else Theme.light()
        event_filter = self._window.filter_panel.current_filter()
        view = self._window.view
        if whole_timeline:
            page = ExportPage.for_filter(timeline, event_filter, theme, date.today(), title)
        else:
            first, last = view.visible_range()
            page = ExportPage(timeline, tuple(self._window.shown_events()),
                              event_filter.describe(timeline), theme, date.today(), title,
                              first, last, f"window {_day_text(first)} to {_day_text(last)}")
        return dataclasses.replace(page, group_by_category=view.group_by_category())

    def _is_dark(self) -> bool:
        return resolve(self._window.theme_choice()) is ThemeChoice.DARK

    # ---- actions -----------------------------------------------------------

    def export_image(self) -> None:
        if self._window.timeline() is None:
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
        try:
            write_image(choice.path, page, choice.width, choice.height, choice.scale)
        except WriteError as error:
            self._failed("The image could not be exported", error)
            return False
        return True

    def copy_image(self) -> None:
        """Put a PNG of the visible window, at the view's size, on the clipboard."""
        page = self.page(whole_timeline=False, dark=self._is_dark())
        if page is not None:
            size = self.view_size()
            image = render_image(page, max(size.width(), 320), max(size.height(), 320))
            QGuiApplication.clipboard().setImage(image)

    def export_data(self) -> None:
        if self._window.timeline() is None:
            return
        start = Path(str(self._settings.value(LAST_FOLDER_KEY, "") or Path.home()))
        path, selected = QFileDialog.getSaveFileName(self._parent, "Export Data",
                                                     str(start / "events.csv"), DATA_FILTERS)
        if path:
            self.write_data(Path(path), "json" if "json" in selected.lower() else "csv")

    def write_data(self, path: Path, default_format: str = "csv") -> bool:
        """Write the shown events as CSV or JSON; the extension wins over ``default_format``."""
        timeline = self._window.timeline()
        if timeline is None:
            return False
        suffix = path.suffix.lower().lstrip(".")
        fmt = suffix if suffix in ("csv", "json") else default_format
        if not suffix:
            path = path.with_suffix(f".{fmt}")
        try:
            write_text_atomically(path, render_events(fmt, timeline, self._window.shown_events()))
        except WriteError as error:
            self._failed("The data could not be exported", error)
            return False
        self._settings.setValue(LAST_FOLDER_KEY, str(path.parent))
        return True

    def _failed(self, heading: str, error: WriteError) -> None:
        QMessageBox.critical(self._parent, "Export failed", f"{heading}.\n\n{error}")


def install_export_actions(window: ExportSource) -> ExportActions:
    """Add Export Image…, Copy Image (Ctrl+Shift+C) and Export Data… to the File menu."""
    return ExportActions(window)


def _day_text(day: float) -> str:
    return date.fromordinal(max(int(day), 1)).isoformat()
