"""The main window: the timeline in the middle, details, filters and the list in docks,
the menus, the status bar and what the window remembers.

The window owns the ``ViewState`` and builds every widget on it; they talk
to each other only through the state. Loading goes through ``FileLoader``:
a file that fails validation leaves the loaded timeline in place and shows
every problem found.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer, QUrl
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from timeline_app import __version__
from timeline_app.model.date_words import Era
from timeline_app.model.events import Event, Timeline
from timeline_app.model.loader import LoadReport
from timeline_app.model.problems import LoadError, Problem, summarize_warnings
from timeline_app.package_data import data_format_doc_path, default_dataset_path
from timeline_app.view.details_panel import DetailsPanel
from timeline_app.view.event_list import EventList
from timeline_app.view.export_actions import ExportActions
from timeline_app.view.file_loader import FileLoader
from timeline_app.view.filter_panel import FilterPanel
from timeline_app.view.mark_legend import MarkLegend
from timeline_app.view.recent_files_menu import RecentFilesMenu
from timeline_app.view.settings import AppSettings, ThemeChoice
from timeline_app.view.shortcuts import shortcut_rows, shortcuts_text
from timeline_app.view.state import ViewState
from timeline_app.view.status_bar import TimelineStatusBar
from timeline_app.view.text_dialog import TextDialog, problems_text
from timeline_app.view.themes import apply_theme, resolve
from timeline_app.view.timeline_view import TimelineView

APP_NAME = "timeline_app"
FIRST_RUN_SIZE = (1280, 800)


class MainWindow(QMainWindow):
    def __init__(self, settings: AppSettings | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setAccessibleName("timeline_app")
        self.setAcceptDrops(True)
        self._settings = settings or AppSettings()
        self._path: Path | None = None
        self._warnings: list[Problem] = []
        self.state = ViewState(self)
        self._loader = FileLoader(self)

        self.view = TimelineView(self.state, self)
        self.legend = MarkLegend(self.state, self)
        self.setCentralWidget(_stacked("timelineArea", self.view, self.legend))
        self.details = DetailsPanel(self.state, self)
        self.filter_panel = FilterPanel(self.state, self)
        self.filter_dock = self._dock("Filters", "filterDock", self.filter_panel)
        self.event_list = EventList(self.state, self)
        self.list_dock = self._dock("Events", "eventListDock", self.event_list)
        self.status = TimelineStatusBar(self)
        self.setStatusBar(self.status)
        self._build_actions()
        self.export_actions = ExportActions(self.state, self, self._canvas_size,
                                            lambda: resolve(self.theme_choice())
                                            is ThemeChoice.DARK)
        self._build_menus()
        self._wire()
        self._restore_layout()
        self._apply_theme(self._settings.theme())
        self._update_title()
        self._update_status()

    # ---- construction -------------------------------------------------

    def _dock(self, title: str, name: str, widget: QWidget) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setAccessibleName(f"{title} panel")
        dock.setWidget(widget)
        return dock

    def _action(self, text: str, tip: str, slot: object,
                shortcuts: tuple[QKeySequence, ...] = (), *, checkable: bool = False) -> QAction:
        action = QAction(text, self)
        action.setStatusTip(tip)
        action.setShortcuts(list(shortcuts))
        action.setCheckable(checkable)
        action.triggered.connect(slot)
        self.addAction(action)  # shortcuts work even while the menu bar is hidden
        return action

    def _build_actions(self) -> None:
        key, view = QKeySequence, self.view
        self.open_action = self._action("&Open…", "Open a timeline file", self.choose_file,
                                        (key(key.StandardKey.Open),))
        self.reload_action = self._action("&Reload", "Reload the current file", self.reload,
                                          (key("F5"),))
        self.warnings_action = self._action("Load &Warnings…", "Show the warnings of the file",
                                            self.show_warnings)
        self.quit_action = self._action("&Quit", "Quit", self.close, (key("Ctrl+Q"),))
        self.zoom_in_action = self._action("Zoom &In", "Zoom in", view.zoom_in,
                                           (key("Ctrl+="), key("Ctrl++")))
        self.zoom_out_action = self._action("Zoom &Out", "Zoom out", view.zoom_out,
                                            (key("Ctrl+-"),))
        self.fit_action = self._action("&Fit All", "Fit all events", view.fit_all,
                                       (key("Ctrl+0"),))
        self.zoom_event_action = self._action("Zoom to &Selected Event",
                                              "Zoom to the selected event",
                                              self.zoom_to_selected, (key("Ctrl+E"),))
        self.group_action = self._action("&Group by Category", "One band per category",
                                         self._on_group_toggled, checkable=True)
        self.find_action = self._action("&Search…", "Search", self.focus_search,
                                        (key(key.StandardKey.Find),))
        self.era_group = QActionGroup(self)
        self.era_group.setExclusive(True)
        self.era_actions: dict[Era, QAction] = {}
        for era, text in ((Era.BCE, "&BCE / CE"), (Era.BC, "B&C / AD"),
                          (Era.ASTRONOMICAL, "&Astronomical (0 = 1 BCE)")):
            action = QAction(text, self.era_group)
            action.setCheckable(True)
            action.setStatusTip("How years before year 1 are named")
            action.triggered.connect(lambda _checked=False, e=era: self.set_era(e))
            self.era_actions[era] = action
        self.theme_group = QActionGroup(self)
        self.theme_group.setExclusive(True)
        self.theme_actions: dict[ThemeChoice, QAction] = {}
        for choice, text in ((ThemeChoice.SYSTEM, "&System"), (ThemeChoice.LIGHT, "&Light"),
                             (ThemeChoice.DARK, "&Dark")):
            action = QAction(text, self.theme_group)
            action.setCheckable(True)
            action.triggered.connect(lambda _checked=False, c=choice: self.set_theme(c))
            self.theme_actions[choice] = action
        self.about_action = self._action("&About timeline_app", "About timeline_app",
                                         self.show_about)
        self.format_action = self._action("&Data Format", "The timeline file format",
                                          self.show_data_format)
        self.shortcuts_action = self._action("&Keyboard Shortcuts", "List the keyboard shortcuts",
                                             self.show_shortcuts)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("&File")
        self.recent_menu = RecentFilesMenu(self._settings, self.open_file, self)
        self.file_menu.addAction(self.open_action)
        self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addAction(self.reload_action)
        self.file_menu.addSeparator()
        self.file_menu.addActions(self.export_actions.actions())
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.warnings_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

        view_menu = bar.addMenu("&View")
        view_menu.addActions([self.zoom_in_action, self.zoom_out_action, self.fit_action,
                              self.zoom_event_action])
        view_menu.addSeparator()
        view_menu.addAction(self.group_action)
        view_menu.addAction(self.find_action)
        view_menu.addSeparator()
        for dock in (self.details, self.filter_dock, self.list_dock):
            view_menu.addAction(dock.toggleViewAction())
        view_menu.addSeparator()
        years_menu = view_menu.addMenu("&Years")
        years_menu.addActions(list(self.era_actions.values()))
        theme_menu = view_menu.addMenu("&Theme")
        theme_menu.addActions(list(self.theme_actions.values()))

        help_menu = bar.addMenu("&Help")
        help_menu.addActions([self.shortcuts_action, self.format_action])
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)

    def _wire(self) -> None:
        self.state.timeline_changed.connect(self._update_status)
        self.state.shown_changed.connect(self._update_status)
        self.view.event_activated.connect(self._on_event_activated)
        self.event_list.event_activated.connect(self._on_event_activated)
        self.status.warnings_button.clicked.connect(self.show_warnings)
        self._loader.started.connect(self._on_background_load_started)
        self._loader.progressed.connect(self.status.set_progress)
        self._loader.loaded.connect(self._on_loaded)
        self._loader.failed.connect(self._on_load_failed)
        self._loader.finished.connect(self._on_background_load_finished)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_color_scheme_changed)
        self.setTabOrder(self.filter_panel, self.event_list)
        self.setTabOrder(self.event_list, self.view)
        self.setTabOrder(self.view, self.details.widget())

    def _restore_layout(self) -> None:
        left, right = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
        self.addDockWidget(left, self.filter_dock)
        self.addDockWidget(left, self.list_dock)
        self.splitDockWidget(self.filter_dock, self.list_dock, Qt.Orientation.Vertical)
        self.addDockWidget(right, self.details)
        self.group_action.setChecked(self._settings.group_by_category())
        self.state.set_grouped(self.group_action.isChecked())
        self.set_era(self._settings.era())
        geometry, state = self._settings.geometry(), self._settings.window_state()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(*FIRST_RUN_SIZE)
            self.resizeDocks([self.filter_dock, self.details], [360, 340],
                             Qt.Orientation.Horizontal)
        self._fit_filter_dock_on_load = state is None or not self.restoreState(state)

    def _fit_filter_dock(self) -> None:
        """First run: give the filters the height that shows every category, up to half."""
        wanted = min(self.filter_panel.preferred_height(), self.height() // 2)
        self.resizeDocks([self.filter_dock, self.list_dock], [wanted, self.height() - wanted],
                         Qt.Orientation.Vertical)

    def _canvas_size(self) -> QSize:
        return QSize(*self.view.canvas_size())

    # ---- loading --------------------------------------------------------

    def timeline(self) -> Timeline | None:
        return self.state.timeline

    def shown_events(self) -> tuple[Event, ...]:
        return self.state.shown_events()

    def current_path(self) -> Path | None:
        return self._path

    def is_loading(self) -> bool:
        return self._loader.busy()

    def open_file(self, path: str | os.PathLike[str]) -> None:
        """Open ``path``; on failure show its problems and keep what was loaded."""
        self._load(Path(path), keep_view=False)

    def reload(self) -> None:
        if self._path is not None:
            self._load(self._path, keep_view=True)

    def choose_file(self) -> None:
        start = str(self._path.parent) if self._path else ""
        path, _ = QFileDialog.getOpenFileName(self, "Open Timeline", start,
                                              "Timeline files (*.json);;All files (*)")
        if path:
            self.open_file(path)

    def _load(self, path: Path, *, keep_view: bool) -> None:
        if self._loader.busy():
            self.status.showMessage("Still loading the previous file…", 3000)
            return
        self._loader.load(path, keep_view=keep_view)

    def _on_background_load_started(self, path: Path) -> None:
        self.status.start_progress(path)
        self.open_action.setEnabled(False)
        self.reload_action.setEnabled(False)

    def _on_background_load_finished(self) -> None:
        self.status.end_progress()
        self.open_action.setEnabled(True)
        self.reload_action.setEnabled(True)

    def _on_loaded(self, path: Path, report: LoadReport, keep_view: bool) -> None:
        self._path = path
        self._warnings = list(report.warnings)
        self.state.set_timeline(report.timeline, keep_view=keep_view)
        if path.resolve() != default_dataset_path().resolve():
            self._settings.add_recent_file(str(path))
            self._settings.set_last_file(str(path.resolve()))
        self._update_title()
        self._update_warnings()
        if self._fit_filter_dock_on_load:
            self._fit_filter_dock_on_load = False
            QTimer.singleShot(0, self._fit_filter_dock)  # once the new checkboxes are laid out

    def _on_load_failed(self, error: LoadError) -> None:
        """Show every problem; with nothing open yet, open the embedded dataset instead."""
        count = len(error.problems)
        heading = (f"{Path(error.file).name} could not be opened "
                   f"({count:,} problem{'s' if count != 1 else ''}).")
        default = default_dataset_path()
        if self.state.timeline is None and Path(error.file).resolve() != default.resolve():
            self.open_file(default)
            heading += " The embedded dataset is shown instead."
        elif self.state.timeline is not None:
            heading += " The timeline already open is unchanged."
        dialog = TextDialog(self, "Problems in the file", heading, problems_text(error))
        if self.isVisible():
            dialog.exec()
        else:  # at startup: show it once the window is up and the event loop runs
            QTimer.singleShot(0, dialog.exec)

    # ---- selection and view options ---------------------------------------

    def _on_event_activated(self, event_id: str) -> None:
        self.state.select(event_id)
        self.details.show()
        self.details.raise_()

    def zoom_to_selected(self) -> None:
        event_id = self.state.selected_id
        if event_id:
            self.view.zoom_to_event(event_id)

    def focus_search(self) -> None:
        self.filter_dock.show()
        self.filter_dock.raise_()
        self.filter_panel.focus_search()

    def _on_group_toggled(self, on: bool) -> None:
        self.state.set_grouped(on)
        self._settings.set_group_by_category(on)

    def set_era(self, era: Era) -> None:
        """Name years before year 1 in ``era`` everywhere, and remember it."""
        self.era_actions[era].setChecked(True)
        self.state.set_era(era)
        self._settings.set_era(era)

    def set_theme(self, choice: ThemeChoice) -> None:
        self._settings.set_theme(choice)
        self._apply_theme(choice)

    def theme_choice(self) -> ThemeChoice:
        return self._settings.theme()

    def _apply_theme(self, choice: ThemeChoice) -> None:
        self.theme_actions[choice].setChecked(True)
        theme = apply_theme(choice)
        self.view.set_theme(theme)
        self.legend.set_theme(theme)

    def _on_color_scheme_changed(self) -> None:
        if self._settings.theme() is ThemeChoice.SYSTEM:
            self._apply_theme(ThemeChoice.SYSTEM)

    # ---- status, title, warnings ----------------------------------------

    def status_text(self) -> str:
        return self.status.count_label.text()

    def _update_status(self) -> None:
        self.status.show_counts(len(self.state.shown_events()), self.state.total_count())
        self.status.show_file(self._path)

    def _update_title(self) -> None:
        timeline = self.state.timeline
        title = timeline.title if timeline else ""
        self.setWindowTitle(f"{title} — {APP_NAME}" if title else APP_NAME)
        self.setWindowFilePath(str(self._path) if self._path else "")

    def _update_warnings(self) -> None:
        self.warnings_action.setEnabled(bool(self._warnings))
        self.status.show_warnings(self._warnings)
        self._update_status()

    def show_warnings(self) -> None:
        if not self._warnings:
            return
        TextDialog(self, "Load warnings",
                   f"{len(self._warnings):,} warnings in {self._path.name if self._path else ''}."
                   " The file loaded; these are worth a look.",
                   "\n".join(summarize_warnings(self._warnings))).exec()

    # ---- help ------------------------------------------------------------

    def show_about(self) -> None:
        QMessageBox.about(self, f"About {APP_NAME}",
                          f"{APP_NAME} {__version__}\n\nA timeline explorer that shows each "
                          "date as its source worded it, and every event's sources.")

    def show_data_format(self) -> None:
        TextDialog(self, "Data format", "The timeline file format",
                   data_format_doc_path().read_text(encoding="utf-8"), markdown=True).exec()

    def show_shortcuts(self) -> None:
        rows = shortcut_rows(self.actions(), self.view.key_bindings())
        TextDialog(self, "Keyboard shortcuts", "Keyboard shortcuts", shortcuts_text(rows)).exec()

    # ---- Qt overrides ------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_json_file(event.mimeData().urls()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        path = dropped_json_file(event.mimeData().urls())
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.open_file(path)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._loader.wait()
        self._settings.set_geometry(self.saveGeometry())
        self._settings.set_window_state(self.saveState())
        self._settings.sync()
        super().closeEvent(event)


def _stacked(name: str, *widgets: QWidget) -> QWidget:
    """The widgets one above the other, edge to edge."""
    container = QWidget()
    container.setObjectName(name)
    container.setAccessibleName("Timeline and legend")
    layout = QVBoxLayout(container)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    for widget in widgets:
        layout.addWidget(widget)
    return container


def dropped_json_file(urls: list[QUrl]) -> Path | None:
    """The first local ``.json`` file among dropped URLs."""
    for url in urls:
        if url.isLocalFile() and url.toLocalFile().lower().endswith(".json"):
            return Path(url.toLocalFile())
    return None
