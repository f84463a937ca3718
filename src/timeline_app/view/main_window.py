"""The main window: the timeline in the middle, details, filters and the list in docks,
the menus, the status bar and what the window remembers.

The window owns the ``ViewState`` and builds every widget on it; they talk
to each other only through the state. Loading goes through ``FileLoader``:
a file that fails validation leaves the loaded timeline in place and shows
every problem found. The actions and what they do are ``window_actions``', the
files ``window_files``'.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QDockWidget, QScrollArea, QVBoxLayout, QWidget

from timeline_app.formats.opening import OpenOptions
from timeline_app.identity import DISPLAY_NAME
from timeline_app.layout.colouring import ColourBy
from timeline_app.model.events import Event, Timeline
from timeline_app.model.problems import Problem
from timeline_app.view.details_panel import DetailsPanel
from timeline_app.view.dock_column import clamp_to_screen, dock_width, fit_dock_column
from timeline_app.view.event_list import EventList
from timeline_app.view.export_actions import ExportActions
from timeline_app.view.file_loader import FileLoader
from timeline_app.view.filter_panel import FilterPanel
from timeline_app.view.language_menu import LanguageMenu
from timeline_app.view.mark_legend import MarkLegend
from timeline_app.view.recent_files_menu import RecentFilesMenu
from timeline_app.view.settings import AppSettings, ThemeChoice
from timeline_app.view.sources_panel import SourcesPanel
from timeline_app.view.state import ViewState
from timeline_app.view.status_bar import TimelineStatusBar
from timeline_app.view.themes import resolve
from timeline_app.view.timeline_view import TimelineView
from timeline_app.view.window_actions import WindowActions

FIRST_RUN_SIZE = (1280, 800)
LAYOUT_VERSION = 2
"""The version of the saved dock layout. Version 2 moved the details beside the list, so
a layout saved before it (the details in a column of their own) gives way to the new one."""


class MainWindow(WindowActions):
    language_chosen = Signal(str)
    """View → Language: the language to show (the app builds the window again in it)."""

    def __init__(self, settings: AppSettings | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setAccessibleName(DISPLAY_NAME)
        self.setAcceptDrops(True)
        self._settings = settings or AppSettings()
        self._path: Path | None = None
        self._options = OpenOptions()  # how the open file was read, for Reload
        self._loading_options = OpenOptions()  # how the file being loaded is read
        self._warnings: list[Problem] = []
        self._rewording = False
        self._left_out: list[Problem] = []
        self._colour_before_preset = ColourBy.CATEGORY
        self._range_problem = ""  # the status bar's message while the date range is not applied
        self.state = ViewState(self)
        self._loader = FileLoader(self)

        self.view = TimelineView(self.state, self)
        self.legend = MarkLegend(self.state, self)
        self.setCentralWidget(_stacked("timelineArea", self.view, self.legend))
        self.details = DetailsPanel(self.state, self)
        self.filter_panel = FilterPanel(self.state, self)
        # in a scroll area: in a short window the filters scroll rather than squeeze
        filters = QScrollArea(self)
        filters.setObjectName("filterScroll")
        filters.setAccessibleName(QCoreApplication.translate("MainWindow", "Filters, scrolling"))
        filters.setWidgetResizable(True)
        filters.setFrameShape(QScrollArea.Shape.NoFrame)
        filters.setWidget(self.filter_panel)
        filters.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        filters.setMinimumWidth(self.filter_panel.minimumSizeHint().width()
                                + filters.verticalScrollBar().sizeHint().width())
        self.filter_dock = self._dock(
            QCoreApplication.translate("MainWindow", "Filters"),
            QCoreApplication.translate("MainWindow", "Filters panel"), "filterDock", filters)
        self.event_list = EventList(self.state, self)
        self.list_dock = self._dock(
            QCoreApplication.translate("MainWindow", "Events"),
            QCoreApplication.translate("MainWindow", "Events panel"), "eventListDock",
            self.event_list)
        self.sources_panel = SourcesPanel(self.state, self.filter_panel.set_sources, self)
        self.sources_dock = self._dock(
            QCoreApplication.translate("MainWindow", "Sources"),
            QCoreApplication.translate("MainWindow", "Sources panel"), "sourcesDock",
            self.sources_panel)
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
        self.view.setFocus()  # the arrow keys work on the timeline at once

    # ---- construction -------------------------------------------------

    def _dock(self, title: str, accessible_name: str, name: str, widget: QWidget) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setAccessibleName(accessible_name)
        dock.setWidget(widget)
        return dock

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&File"))
        self.recent_menu = RecentFilesMenu(self._settings, self.open_file, self)
        self.file_menu.addAction(self.open_action)
        self.file_menu.addAction(self.import_action)
        self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addAction(self.sample_action)
        self.file_menu.addAction(self.reload_action)
        self.file_menu.addSeparator()
        self.file_menu.addActions(self.export_actions.actions())
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.warnings_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

        view_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&View"))
        view_menu.addActions([self.zoom_in_action, self.zoom_out_action, self.fit_action,
                              self.zoom_event_action])
        view_menu.addSeparator()
        view_menu.addAction(self.group_action)
        view_menu.addAction(self.find_action)
        view_menu.addSeparator()
        for dock in (self.details, self.filter_dock, self.list_dock, self.sources_dock):
            view_menu.addAction(dock.toggleViewAction())
        view_menu.addSeparator()
        colour_menu = view_menu.addMenu(QCoreApplication.translate("MainWindow", "Colour &By"))
        colour_menu.addActions(list(self.colour_actions.values()))
        view_menu.addAction(self.one_source_action)
        years_menu = view_menu.addMenu(QCoreApplication.translate("MainWindow", "&Years"))
        years_menu.addActions(list(self.era_actions.values()))
        theme_menu = view_menu.addMenu(QCoreApplication.translate("MainWindow", "&Theme"))
        theme_menu.addActions(list(self.theme_actions.values()))
        self.language_menu = LanguageMenu(self.language_chosen.emit, self)
        view_menu.addMenu(self.language_menu)

        help_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
        help_menu.addActions([self.shortcuts_action, self.format_action])
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)

    def _wire(self) -> None:
        self.state.timeline_changed.connect(self._update_status)
        self.state.shown_changed.connect(self._update_status)
        self.view.event_activated.connect(self._on_event_activated)
        self.state.selection_changed.connect(self._on_selection_changed)
        self.event_list.event_activated.connect(self._on_event_activated)
        self.status.warnings_button.clicked.connect(self.show_warnings)
        self.filter_panel.range_problem.connect(self._on_range_problem)
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
        """One column of docks on the left, so that the timeline keeps the width: the
        filters over a tab group of the event list, the sources and the details (raised
        when an event is chosen on the timeline)."""
        left = Qt.DockWidgetArea.LeftDockWidgetArea
        self.addDockWidget(left, self.filter_dock)
        self.addDockWidget(left, self.list_dock)
        self.splitDockWidget(self.filter_dock, self.list_dock, Qt.Orientation.Vertical)
        for dock in (self.sources_dock, self.details):
            self.addDockWidget(left, dock)
            self.tabifyDockWidget(self.list_dock, dock)
        self.list_dock.raise_()
        self.group_action.setChecked(self._settings.group_by_category())
        self.state.set_grouped(self.group_action.isChecked())
        self.set_era(self._settings.era())
        self.set_colour_by(self._settings.colour_by())
        geometry, state = self._settings.geometry(), self._settings.window_state()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(*FIRST_RUN_SIZE)
        else:
            clamp_to_screen(self)
            self.resizeDocks([self.filter_dock], [dock_width(self.width())],
                             Qt.Orientation.Horizontal)
        self._fit_filter_dock_on_load = (state is None
                                         or not self.restoreState(state, LAYOUT_VERSION))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        fit_dock_column(self, self.filter_dock)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        fit_dock_column(self, self.filter_dock)

    def _canvas_size(self) -> QSize:
        return QSize(*self.view.canvas_size())

    # ---- what is open (opening, importing, reloading: window_files.py) ----

    def timeline(self) -> Timeline | None:
        return self.state.timeline

    def shown_events(self) -> Sequence[Event]:
        return self.state.shown_events()

    def current_path(self) -> Path | None:
        return self._path

    def is_loading(self) -> bool:
        return self._loader.busy()

    # ---- status ------------------------------------------------------------

    def status_text(self) -> str:
        return self.status.count_label.text()

    def _on_range_problem(self, text: str) -> None:
        """While the date range is not applied, the status bar says why."""
        if text:
            self.status.showMessage(text)
        elif self._range_problem and self.status.currentMessage() == self._range_problem:
            self.status.clearMessage()
        self._range_problem = text

    # ---- Qt overrides ------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        self._loader.wait()
        self.save_layout()
        super().closeEvent(event)

    def save_layout(self) -> None:
        """Remember the window's size, place and docks, for the next window to restore."""
        self._settings.set_geometry(self.saveGeometry())
        self._settings.set_window_state(self.saveState(LAYOUT_VERSION))
        self._settings.sync()


def _stacked(name: str, *widgets: QWidget) -> QWidget:
    """The widgets one above the other, edge to edge."""
    container = QWidget()
    container.setObjectName(name)
    container.setAccessibleName(QCoreApplication.translate("MainWindow", "Timeline and legend"))
    layout = QVBoxLayout(container)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    for widget in widgets:
        layout.addWidget(widget)
    return container
