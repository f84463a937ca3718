"""The main window: the timeline in the middle, details, filters and the list in docks,
the menus, the status bar and what the window remembers.

The window owns the ``ViewState`` and builds every widget on it; they talk
to each other only through the state. Loading goes through ``FileLoader``:
a file that fails validation leaves the loaded timeline in place and shows
every problem found.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QGuiApplication,
    QKeySequence,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QDockWidget,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from timeline_app import __version__
from timeline_app.formats.opening import OpenOptions
from timeline_app.identity import DISPLAY_NAME
from timeline_app.layout.colouring import ColourBy
from timeline_app.model.date_words import Era
from timeline_app.model.events import Event, Timeline
from timeline_app.model.problems import Problem
from timeline_app.package_data import data_format_doc_path, default_dataset_path
from timeline_app.view.details_panel import DetailsPanel
from timeline_app.view.dock_column import clamp_to_screen, dock_width, fit_dock_column
from timeline_app.view.event_list import EventList
from timeline_app.view.export_actions import ExportActions
from timeline_app.view.file_loader import FileLoader
from timeline_app.view.filter_panel import FilterPanel
from timeline_app.view.mark_legend import MarkLegend
from timeline_app.view.recent_files_menu import RecentFilesMenu
from timeline_app.view.settings import AppSettings, ThemeChoice
from timeline_app.view.shortcuts import ShortcutsDialog, shortcut_rows
from timeline_app.view.sources_panel import SourcesPanel
from timeline_app.view.state import ViewState
from timeline_app.view.status_bar import TimelineStatusBar
from timeline_app.view.text_dialog import TextDialog
from timeline_app.view.themes import apply_theme, resolve
from timeline_app.view.timeline_view import TimelineView
from timeline_app.view.window_files import WindowFiles

FIRST_RUN_SIZE = (1280, 800)
LAYOUT_VERSION = 2
"""The version of the saved dock layout. Version 2 moved the details beside the list, so
a layout saved before it (the details in a column of their own) gives way to the new one."""


class MainWindow(WindowFiles):
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
        self._left_out: list[Problem] = []
        self._colour_before_preset = ColourBy.CATEGORY
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
        filters.setAccessibleName("Filters, scrolling")
        filters.setWidgetResizable(True)
        filters.setFrameShape(QScrollArea.Shape.NoFrame)
        filters.setWidget(self.filter_panel)
        filters.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        filters.setMinimumWidth(self.filter_panel.minimumSizeHint().width()
                                + filters.verticalScrollBar().sizeHint().width())
        self.filter_dock = self._dock("Filters", "filterDock", filters)
        self.event_list = EventList(self.state, self)
        self.list_dock = self._dock("Events", "eventListDock", self.event_list)
        self.sources_panel = SourcesPanel(self.state, self.filter_panel.set_sources, self)
        self.sources_dock = self._dock("Sources", "sourcesDock", self.sources_panel)
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
        self.open_action = self._action("&Open…", "Open a timeline, a spreadsheet, a "
                                        "TimelineJS or a forensic timeline file",
                                        self.choose_file, (key(key.StandardKey.Open),))
        self.import_action = self._action("&Import…", "Preview how a file will be read, "
                                          "choose its columns, and open it",
                                          self.choose_import, (key("Ctrl+Shift+O"),))
        self.reload_action = self._action("&Reload", "Reload the current file", self.reload,
                                          (key("F5"),))
        self.sample_action = self._action("Open &Sample Dataset", "Open the embedded "
                                          "chronology of Guangxi's foreign-related rule of law",
                                          lambda: self.open_file(default_dataset_path()))
        self.escape_action = self._action("Clear Search or Selection", "Clear the search, "
                                          "then the selection", self.clear_search_or_selection,
                                          (key(Qt.Key.Key_Escape),))
        self.warnings_action = self._action("Load &Warnings…", "Show the rows left out and "
                                            "the warnings of the file", self.show_warnings)
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
        self.colour_group = QActionGroup(self)
        self.colour_group.setExclusive(True)
        self.colour_actions: dict[ColourBy, QAction] = {}
        for mode, text in ((ColourBy.CATEGORY, "&Category"), (ColourBy.CONFIDENCE, "C&onfidence"),
                           (ColourBy.SOURCE, "&Source"), (ColourBy.PRECISION, "&Precision")):
            action = QAction(text, self.colour_group)
            action.setCheckable(True)
            action.setStatusTip(f"Colour the marks by {mode.value}; the legend follows")
            action.triggered.connect(lambda _checked=False, m=mode: self.set_colour_by(m))
            self.colour_actions[mode] = action
        self.one_source_action = self._action(
            "Rests on &One Source", "Show only the events that cite a single source, "
            "coloured by that source", self.set_one_source_view, checkable=True)
        self.theme_group = QActionGroup(self)
        self.theme_group.setExclusive(True)
        self.theme_actions: dict[ThemeChoice, QAction] = {}
        for choice, text in ((ThemeChoice.SYSTEM, "&System"), (ThemeChoice.LIGHT, "&Light"),
                             (ThemeChoice.DARK, "&Dark")):
            action = QAction(text, self.theme_group)
            action.setCheckable(True)
            action.triggered.connect(lambda _checked=False, c=choice: self.set_theme(c))
            self.theme_actions[choice] = action
        self.about_action = self._action(f"&About {DISPLAY_NAME}", f"About {DISPLAY_NAME}",
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

        view_menu = bar.addMenu("&View")
        view_menu.addActions([self.zoom_in_action, self.zoom_out_action, self.fit_action,
                              self.zoom_event_action])
        view_menu.addSeparator()
        view_menu.addAction(self.group_action)
        view_menu.addAction(self.find_action)
        view_menu.addSeparator()
        for dock in (self.details, self.filter_dock, self.list_dock, self.sources_dock):
            view_menu.addAction(dock.toggleViewAction())
        view_menu.addSeparator()
        colour_menu = view_menu.addMenu("Colour &By")
        colour_menu.addActions(list(self.colour_actions.values()))
        view_menu.addAction(self.one_source_action)
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

    def shown_events(self) -> tuple[Event, ...]:
        return self.state.shown_events()

    def current_path(self) -> Path | None:
        return self._path

    def is_loading(self) -> bool:
        return self._loader.busy()

    # ---- selection and view options ---------------------------------------

    def _on_selection_changed(self) -> None:
        """An event chosen on the timeline shows its details (an event chosen in the
        list keeps the list in front)."""
        if self.state.selected_id is not None and self.view.hasFocus():
            self.details.show()
            self.details.raise_()

    def _on_event_activated(self, event_id: str) -> None:
        self.state.select(event_id)
        self.details.show()
        self.details.raise_()

    def clear_search_or_selection(self) -> None:
        """Escape: the first press clears the search, the next the selection."""
        if self.filter_panel.search_field.text():
            self.filter_panel.search_field.clear()
        elif self.state.selected_id is not None:
            self.state.select(None)

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

    def set_colour_by(self, mode: ColourBy) -> None:
        """Colour the marks by ``mode`` on screen and in exports, and remember it."""
        self.colour_actions[mode].setChecked(True)
        self.state.set_colour_by(mode)
        self._settings.set_colour_by(mode)

    def set_one_source_view(self, on: bool) -> None:
        """The preset "rests on one source": only events citing one source, coloured by
        it; turned off, every event again, coloured as before."""
        self.one_source_action.setChecked(on)
        self.filter_panel.set_one_source(on)
        if on:
            self._colour_before_preset = self.state.colour_by
            self.set_colour_by(ColourBy.SOURCE)
        else:
            self.set_colour_by(self._colour_before_preset)

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

    # ---- status ------------------------------------------------------------

    def status_text(self) -> str:
        return self.status.count_label.text()

    def _on_range_problem(self, text: str) -> None:
        """While the date range is not applied, the status bar says why."""
        if text:
            self.status.showMessage(text)
        elif self.status.currentMessage().startswith("The date range is not applied"):
            self.status.clearMessage()

    # ---- help ------------------------------------------------------------

    def show_about(self) -> None:
        QMessageBox.about(self, f"About {DISPLAY_NAME}",
                          f"{DISPLAY_NAME} {__version__}\n\nA timeline explorer that shows each "
                          "date as its source worded it, and every event's sources.")

    def show_data_format(self) -> None:
        TextDialog(self, "Data format", "The timeline file format",
                   data_format_doc_path().read_text(encoding="utf-8"), markdown=True).exec()

    def show_shortcuts(self) -> None:
        ShortcutsDialog(self, shortcut_rows(self.actions(), self.view.key_bindings())).exec()

    # ---- Qt overrides ------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        self._loader.wait()
        self._settings.set_geometry(self.saveGeometry())
        self._settings.set_window_state(self.saveState(LAYOUT_VERSION))
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
