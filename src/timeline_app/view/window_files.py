"""The window's files: opening, importing and reloading them, in place or in the
background, and telling what a load found (the problems of a bad file, the rows an
import left out, the warnings); drag and drop.

``MainWindow`` is built on it; the widgets and state it reads are made there.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QDockWidget, QFileDialog, QMainWindow

from timeline_app.formats.opening import OPEN_SUFFIXES, OpenOptions
from timeline_app.identity import DISPLAY_NAME
from timeline_app.model.loader import LoadReport
from timeline_app.model.problems import LoadError, Problem, problem_count, summarize_warnings
from timeline_app.package_data import default_dataset_path
from timeline_app.view.file_loader import FileLoader
from timeline_app.view.filter_panel import FilterPanel
from timeline_app.view.import_dialog import ImportDialog
from timeline_app.view.settings import AppSettings
from timeline_app.view.state import ViewState
from timeline_app.view.status_bar import TimelineStatusBar
from timeline_app.view.text_dialog import TextDialog, problem_lines, problems_text


class WindowFiles(QMainWindow):
    """The file half of the main window."""

    state: ViewState
    status: TimelineStatusBar
    open_action: QAction
    reload_action: QAction
    warnings_action: QAction
    _settings: AppSettings
    _loader: FileLoader
    _path: Path | None
    _options: OpenOptions
    _loading_options: OpenOptions
    _warnings: list[Problem]
    _left_out: list[Problem]
    _fit_filter_dock_on_load: bool
    _rewording: bool
    filter_panel: FilterPanel
    filter_dock: QDockWidget
    list_dock: QDockWidget

    def _update_status(self) -> None:
        self.status.show_counts(len(self.state.shown_events()), self.state.total_count())
        self.status.show_file(self._path)

    def _fit_filter_dock(self) -> None:
        """First run: give the filters the height that shows every category, up to half."""
        wanted = min(self.filter_panel.preferred_height(), self.height() // 2)
        self.resizeDocks([self.filter_dock, self.list_dock], [wanted, self.height() - wanted],
                         Qt.Orientation.Vertical)

    def open_file(self, path: str | os.PathLike[str]) -> None:
        """Open ``path`` in the format found from it; on failure show its problems and
        keep what was loaded."""
        self._load(Path(path), OpenOptions(), keep_view=False)

    def take_over(self, other: WindowFiles) -> None:
        """Show what ``other`` shows: its file, read as it was, what reading it found, the
        stretch of time and the selection (the filters start afresh). The window is
        built again this way when the language changes, since every widget sets its
        words once."""
        if other._path is None:
            return
        self._path, self._options = other._path, other._options
        self._warnings, self._left_out = other._warnings, other._left_out
        self.state.set_timeline(other.state.timeline)
        QTimer.singleShot(0, self.state.prepare_filters)
        self.state.set_visible_range(*other.state.visible_range)
        self.state.select(other.state.selected_id)
        self._update_title()
        self._update_warnings()
        if self._warnings or self._left_out:
            # what reading found is worded in the other language: read the file again,
            # without showing again the rows it leaves out
            self._rewording = True
            self.reload()

    def reload(self) -> None:
        """Read the open file again, as it was read (an import keeps its columns)."""
        if self._path is not None:
            self._load(self._path, self._options, keep_view=True)

    def choose_file(self) -> None:
        path = self._ask_for_file(QCoreApplication.translate("WindowFiles", "Open a File"))
        if path:
            self.open_file(path)

    def choose_import(self) -> None:
        path = self._ask_for_file(QCoreApplication.translate("WindowFiles", "Import a File"))
        if path:
            self.import_file(path)

    def import_file(self, path: str | os.PathLike[str]) -> ImportDialog:
        """Show how ``path`` will be read; Open in the dialog opens what it previewed."""
        dialog = ImportDialog(Path(path), self)
        dialog.accepted.connect(lambda: self._open_previewed(dialog))
        dialog.open()
        return dialog

    def _open_previewed(self, dialog: ImportDialog) -> None:
        preview = dialog.preview
        if preview.report is not None and not self._loader.busy():
            self._on_loaded(preview.path, preview.report, False, preview.options)

    def _ask_for_file(self, title: str) -> str:
        start = str(self._path.parent) if self._path else ""
        path, _ = QFileDialog.getOpenFileName(self, title, start, open_filter())
        return path

    def _load(self, path: Path, options: OpenOptions, *, keep_view: bool) -> None:
        if self._loader.busy():
            self.status.showMessage(
                QCoreApplication.translate("WindowFiles", "Still loading the previous file…"), 3000)
            return
        self._loading_options = options
        self._loader.load(path, keep_view=keep_view, options=options)

    def _on_background_load_started(self, path: Path) -> None:
        self.status.start_progress(path)
        self.open_action.setEnabled(False)
        self.reload_action.setEnabled(False)

    def _on_background_load_finished(self) -> None:
        self.status.end_progress()
        self.open_action.setEnabled(True)
        self.reload_action.setEnabled(True)

    def _on_loaded(self, path: Path, report: LoadReport, keep_view: bool,
                   options: OpenOptions | None = None) -> None:
        self._path = path
        self._options = options if options is not None else self._loading_options
        self._warnings = list(report.warnings)
        self._left_out = list(report.left_out)
        self.state.set_timeline(report.timeline, keep_view=keep_view)
        QTimer.singleShot(0, self.state.prepare_filters)  # after the first paint
        if path.resolve() != default_dataset_path().resolve():
            self._settings.add_recent_file(str(path))
        self._settings.set_last_file(str(path.resolve()))  # the sample too: it is reopened
        self._update_title()
        self._update_warnings()
        if self._left_out and not self._rewording:
            self._show_left_out()
        self._rewording = False
        if self._fit_filter_dock_on_load:
            self._fit_filter_dock_on_load = False
            QTimer.singleShot(0, self._fit_filter_dock)  # once the new checkboxes are laid out

    def _on_load_failed(self, error: LoadError) -> None:
        """Show every problem; with nothing open yet, open the embedded dataset instead."""
        count = len(error.problems)
        self._rewording = False
        default = default_dataset_path()
        if self.state.timeline is None and Path(error.file).resolve() != default.resolve():
            self.open_file(default)
            heading = QCoreApplication.translate(
                "WindowFiles", "{file} could not be opened (%Ln problem(s)). The embedded "
                "dataset is shown instead.", "", count)
        elif self.state.timeline is not None:
            heading = QCoreApplication.translate(
                "WindowFiles", "{file} could not be opened (%Ln problem(s)). The timeline "
                "already open is unchanged.", "", count)
        else:
            heading = QCoreApplication.translate(
                "WindowFiles", "{file} could not be opened (%Ln problem(s)).", "", count)
        dialog = TextDialog(self, QCoreApplication.translate("WindowFiles", "Problems in the file"),
                            heading.format(file=Path(error.file).name), problems_text(error))
        if self.isVisible():
            dialog.exec()
        else:  # at startup: show it once the window is up and the event loop runs
            QTimer.singleShot(0, dialog.exec)

    def _update_title(self) -> None:
        timeline = self.state.timeline
        title = timeline.title if timeline else ""
        self.setWindowTitle(QCoreApplication.translate("WindowFiles", "{title} — {name}").format(
            title=title, name=DISPLAY_NAME) if title else DISPLAY_NAME)
        self.setWindowFilePath(str(self._path) if self._path else "")

    def _update_warnings(self) -> None:
        self.warnings_action.setEnabled(bool(self._warnings or self._left_out))
        self.status.show_warnings(self._warnings, problem_count(self._left_out))
        self._update_status()

    def _show_left_out(self) -> None:
        """After a load that left rows out: which, and why, once the window is up."""
        count, name = problem_count(self._left_out), self._path.name if self._path else ""
        events = len(self.state.timeline.events) if self.state.timeline else 0
        heading = (QCoreApplication.translate(
            "WindowFiles", "{file} was opened with {events} events. 1 row was left out, "
            "because it could not be read; nothing was guessed.") if count == 1
            else QCoreApplication.translate(
            "WindowFiles", "{file} was opened with {events} events. {count} rows were left "
            "out, because they could not be read; nothing was guessed."))
        dialog = TextDialog(self, QCoreApplication.translate("WindowFiles", "Rows left out"),
                            heading.format(file=name, events=f"{events:,}", count=f"{count:,}"),
                            problem_lines(self._left_out))
        dialog.setObjectName("leftOutDialog")
        if self.isVisible():
            dialog.open()
        else:  # at startup: once the window is up and the event loop runs
            QTimer.singleShot(0, dialog.exec)

    def show_warnings(self) -> None:
        """The rows left out, then the warnings, of the open file."""
        if not (self._warnings or self._left_out):
            return
        name = self._path.name if self._path else ""
        parts = []
        if self._left_out:
            parts.append(QCoreApplication.translate("WindowFiles", "Rows left out ({count}):")
                         .format(count=f"{problem_count(self._left_out):,}")
                         + "\n" + problem_lines(self._left_out))
        if self._warnings:
            parts.append(QCoreApplication.translate("WindowFiles", "Warnings ({count}):")
                         .format(count=f"{problem_count(self._warnings):,}")
                         + "\n" + "\n".join(summarize_warnings(self._warnings)))
        TextDialog(self, QCoreApplication.translate("WindowFiles", "Load warnings"),
                   QCoreApplication.translate(
                       "WindowFiles", "{file} loaded; these are worth a look.").format(file=name),
                   "\n\n".join(parts)).exec()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_file(event.mimeData().urls()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        path = dropped_file(event.mimeData().urls())
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.open_file(path)


def dropped_file(urls: list[QUrl]) -> Path | None:
    """The first local file among dropped URLs that the app opens (by its extension)."""
    for url in urls:
        if url.isLocalFile() and url.toLocalFile().lower().endswith(OPEN_SUFFIXES):
            return Path(url.toLocalFile())
    return None


def open_filter() -> str:
    """The file dialog's filters for Open and Import, in the interface's language."""
    return ";;".join((
        QCoreApplication.translate("WindowFiles", "Everything timeline_app opens ({patterns})")
        .format(patterns=" ".join(f"*{s}" for s in OPEN_SUFFIXES)),
        QCoreApplication.translate("WindowFiles", "Timelines and TimelineJS ({patterns})")
        .format(patterns="*.json"),
        QCoreApplication.translate("WindowFiles", "Spreadsheets ({patterns})")
        .format(patterns="*.csv *.tsv *.tab *.txt *.xlsx *.xlsm"),
        QCoreApplication.translate("WindowFiles", "Forensic timelines ({patterns})")
        .format(patterns="*.csv *.jsonl *.ndjson"),
        QCoreApplication.translate("WindowFiles", "All files ({patterns})").format(patterns="*")))
