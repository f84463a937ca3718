"""The main window: the timeline in the middle, details, filters and the list in docks.

The window owns the one filter pass: the filter panel builds an
``EventFilter``, the window runs its ``select`` once over the timeline view's
column table (a byte mask by position, the same criteria as ``apply``), the
view narrows to it and the same shown events go to the list and the status
bar, so they never disagree about what is shown.

Loading never loses data: a file that fails validation leaves the previous
timeline in place and shows every problem found. Files up to
``SYNC_LOAD_BYTES`` load synchronously (a few milliseconds, and tests see the
result at once); larger files load in a worker thread with a progress bar in
the status bar, and the window stays responsive.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, QThread, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from timeline_app import __version__
from timeline_app.model.events import Event, Timeline, is_clickable_link
from timeline_app.model.filters import EventFilter
from timeline_app.model.loader import LoadReport, load_report
from timeline_app.model.problems import LoadError, Problem, summarize_warnings
from timeline_app.package_data import data_format_doc_path, default_dataset_path
from timeline_app.view.details_panel import DetailsPanel
from timeline_app.view.event_list import EventList
from timeline_app.view.export_actions import install_export_actions
from timeline_app.view.filter_panel import FilterPanel
from timeline_app.view.mark_legend import MarkLegend
from timeline_app.view.settings import AppSettings, ThemeChoice
from timeline_app.view.themes import apply_theme
from timeline_app.view.timeline_view import TimelineView

APP_NAME = "timeline_app"
SYNC_LOAD_BYTES = 4 * 1024 * 1024
MAX_PROBLEMS_SHOWN = 200
FIRST_RUN_SIZE = (1280, 800)

SHORTCUTS = (
    ("Ctrl+O", "Open a timeline file"),
    ("F5", "Reload the current file"),
    ("Ctrl+Shift+C", "Copy the view as an image"),
    ("Ctrl+F", "Search"),
    ("Ctrl+= or Ctrl++", "Zoom in"),
    ("Ctrl+-", "Zoom out"),
    ("Ctrl+0", "Fit all events"),
    ("Ctrl+E", "Zoom to the selected event"),
    ("Left / Right", "Previous / next event (timeline focused)"),
    ("Shift+Left / Shift+Right", "Pan (timeline focused)"),
    ("Home / End", "First / last event (timeline focused)"),
    ("+ / -", "Zoom in / out (timeline focused)"),
    ("Enter", "Show the selected event's details"),
    ("Up / Down", "Move through the event list (list focused)"),
    ("Tab / Shift+Tab", "Move between the panels"),
    ("Ctrl+Q", "Quit"),
)


class TextDialog(QDialog):
    """A resizable, scrollable, selectable text dialog (problems, warnings, help)."""

    def __init__(self, parent: QWidget | None, title: str, heading: str, text: str,
                 *, markdown: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.resize(760, 480)
        label = QLabel(heading, self)
        label.setWordWrap(True)
        label.setAccessibleName(heading)
        self._browser = QTextBrowser(self)
        self._browser.setAccessibleName(title)
        self._browser.setOpenLinks(False)
        self._browser.anchorClicked.connect(_open_if_web_link)
        if markdown:
            self._browser.setMarkdown(text)
        else:
            self._browser.setPlainText(text)
            self._browser.setLineWrapMode(QTextBrowser.LineWrapMode.NoWrap)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self._browser, 1)
        layout.addWidget(buttons)

    def text(self) -> str:
        return self._browser.toPlainText()


class _LoadThread(QThread):
    """Loads one file off the GUI thread; results come back as queued signals."""

    progressed = Signal(float)
    loaded = Signal(object)
    failed = Signal(object)

    def __init__(self, path: Path, parent: QWidget) -> None:
        super().__init__(parent)
        self.path = path

    def run(self) -> None:
        try:
            report = load_report(self.path, progress=self.progressed.emit)
        except LoadError as error:
            self.failed.emit(error)
        else:
            self.loaded.emit(report)


class MainWindow(QMainWindow):
    def __init__(self, settings: AppSettings | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setAccessibleName("timeline_app")
        self.setAcceptDrops(True)
        self._settings = settings or AppSettings()
        self._timeline: Timeline | None = None
        self._path: Path | None = None
        self._warnings: list[Problem] = []
        self._shown: Sequence[Event] = ()
        self._loader: _LoadThread | None = None

        self.view = TimelineView(self)
        self.view.setAccessibleName("Timeline")
        self.legend = MarkLegend(self)
        self.setCentralWidget(_stacked("timelineArea", self.view, self.legend))
        self.details = DetailsPanel(self)
        self.filter_panel = FilterPanel(self)
        self.filter_dock = self._dock("Filters", "filterDock", self.filter_panel)
        self.event_list = EventList(self)
        self.list_dock = self._dock("Events", "eventListDock", self.event_list)
        self._build_status_bar()
        self._build_actions()
        self._build_menus()
        self.export_actions = install_export_actions(self)
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

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.count_label = QLabel(self)
        self.count_label.setObjectName("shownCount")
        self.count_label.setAccessibleName("Shown events")
        self.file_label = QLabel(self)
        self.file_label.setObjectName("fileName")
        self.file_label.setAccessibleName("Current file")
        self.warnings_button = QToolButton(self)
        self.warnings_button.setObjectName("warningsButton")
        self.warnings_button.setAutoRaise(True)
        self.warnings_button.setAccessibleName("Load warnings")
        self.warnings_button.hide()
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setObjectName("loadProgress")
        self.progress_bar.setAccessibleName("Loading progress")
        self.progress_bar.setRange(0, 1000)
        self.progress_bar.setMaximumWidth(200)
        self.progress_bar.hide()
        bar.addWidget(self.count_label)
        bar.addWidget(self.warnings_button)
        bar.addPermanentWidget(self.progress_bar)
        bar.addPermanentWidget(self.file_label)

    def _action(self, text: str, slot: object, shortcuts: tuple[QKeySequence, ...] = (),
                *, checkable: bool = False) -> QAction:
        action = QAction(text, self)
        action.setShortcuts(list(shortcuts))
        action.setCheckable(checkable)
        action.triggered.connect(slot)
        self.addAction(action)  # shortcuts work even while the menu bar is hidden
        return action

    def _build_actions(self) -> None:
        key = QKeySequence
        self.open_action = self._action("&Open…", self.choose_file,
                                        (key(key.StandardKey.Open),))
        self.reload_action = self._action("&Reload", self.reload, (key("F5"),))
        self.warnings_action = self._action("Load &Warnings…", self.show_warnings)
        self.quit_action = self._action("&Quit", self.close, (key("Ctrl+Q"),))
        self.zoom_in_action = self._action("Zoom &In", self.view.zoom_in,
                                           (key("Ctrl+="), key("Ctrl++")))
        self.zoom_out_action = self._action("Zoom &Out", self.view.zoom_out, (key("Ctrl+-"),))
        self.fit_action = self._action("&Fit All", self.view.fit_all, (key("Ctrl+0"),))
        self.zoom_event_action = self._action("Zoom to &Selected Event",
                                              self.zoom_to_selected, (key("Ctrl+E"),))
        self.group_action = self._action("&Group by Category", self._on_group_toggled,
                                         checkable=True)
        self.find_action = self._action("&Search…", self.focus_search,
                                        (key(key.StandardKey.Find),))
        self.theme_group = QActionGroup(self)
        self.theme_group.setExclusive(True)
        self.theme_actions: dict[ThemeChoice, QAction] = {}
        for choice, text in ((ThemeChoice.SYSTEM, "&System"), (ThemeChoice.LIGHT, "&Light"),
                             (ThemeChoice.DARK, "&Dark")):
            action = QAction(text, self.theme_group)
            action.setCheckable(True)
            action.triggered.connect(lambda _checked=False, c=choice: self.set_theme(c))
            self.theme_actions[choice] = action
        self.about_action = self._action("&About timeline_app", self.show_about)
        self.format_action = self._action("&Data Format", self.show_data_format)
        self.shortcuts_action = self._action("&Keyboard Shortcuts", self.show_shortcuts)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("&File")
        self.recent_menu = QMenu("Open &Recent", self)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self._build_file_menu(self.file_menu)

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
        theme_menu = view_menu.addMenu("&Theme")
        theme_menu.addActions(list(self.theme_actions.values()))

        help_menu = bar.addMenu("&Help")
        help_menu.addActions([self.shortcuts_action, self.format_action])
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)

    def _build_file_menu(self, menu: QMenu) -> None:
        """Fill the File menu; ``install_export_actions`` later inserts the
        export entries before the warnings entry."""
        menu.addAction(self.open_action)
        menu.addMenu(self.recent_menu)
        menu.addAction(self.reload_action)
        menu.addSeparator()
        menu.addAction(self.warnings_action)
        menu.addSeparator()
        menu.addAction(self.quit_action)

    def _wire(self) -> None:
        self.filter_panel.filter_changed.connect(self._on_filter_changed)
        self.view.event_selected.connect(self._on_view_selected)
        self.view.event_activated.connect(self._on_event_activated)
        self.event_list.event_chosen.connect(self._on_list_chosen)
        self.event_list.event_activated.connect(self._on_event_activated)
        self.warnings_button.clicked.connect(self.show_warnings)
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
        self.view.set_group_by_category(self.group_action.isChecked())
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

    # ---- loading --------------------------------------------------------

    def timeline(self) -> Timeline | None:
        return self._timeline

    def current_path(self) -> Path | None:
        return self._path

    def is_loading(self) -> bool:
        return self._loader is not None

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
        if self._loader is not None:
            self.statusBar().showMessage("Still loading the previous file…", 3000)
            return
        try:
            size = path.stat().st_size
        except OSError:
            size = 0  # the loader reports the missing or unreadable file itself
        if size <= SYNC_LOAD_BYTES:
            try:
                report = load_report(path)
            except LoadError as error:
                self._on_load_failed(error)
            else:
                self._on_loaded(path, report, keep_view=keep_view)
            return
        self._start_background_load(path, keep_view)

    def _start_background_load(self, path: Path, keep_view: bool) -> None:
        loader = _LoadThread(path, self)
        loader.progressed.connect(lambda f: self.progress_bar.setValue(int(f * 1000)))
        loader.loaded.connect(lambda report: self._on_loaded(path, report, keep_view=keep_view))
        loader.failed.connect(self._on_load_failed)
        loader.finished.connect(self._on_background_load_finished)
        self._loader = loader
        self.progress_bar.setValue(0)
        self.progress_bar.show()
        self.statusBar().showMessage(f"Loading {path.name}…")
        self.open_action.setEnabled(False)
        self.reload_action.setEnabled(False)
        loader.start()

    def _on_background_load_finished(self) -> None:
        if self._loader is not None:
            self._loader.deleteLater()
        self._loader = None
        self.progress_bar.hide()
        self.statusBar().clearMessage()
        self.open_action.setEnabled(True)
        self.reload_action.setEnabled(True)

    def _on_loaded(self, path: Path, report: LoadReport, *, keep_view: bool) -> None:
        selected = self.view.selected_event_id() if keep_view else None
        visible = self.view.visible_range() if keep_view else None
        self._timeline, self._path = report.timeline, path
        self._warnings = list(report.warnings)
        self.view.set_timeline(report.timeline)
        self.details.set_timeline(report.timeline)
        self.filter_panel.set_timeline(report.timeline, self.view.event_table().category_counts())
        self.event_list.set_timeline(report.timeline)
        self._apply_filter(self.filter_panel.current_filter())
        if visible is not None:
            self.view.set_visible_range(*visible)
        if selected in report.timeline.event_by_id and selected in self.view.shown_event_ids():
            self._select(selected, ensure_visible=False)
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
        if self._timeline is None and Path(error.file).resolve() != default.resolve():
            self.open_file(default)
            heading += " The embedded dataset is shown instead."
        elif self._timeline is not None:
            heading += " The timeline already open is unchanged."
        dialog = TextDialog(self, "Problems in the file", heading, problems_text(error))
        if self.isVisible():
            dialog.exec()
        else:  # at startup: show it once the window is up and the event loop runs
            QTimer.singleShot(0, dialog.exec)

    # ---- filtering and selection ---------------------------------------

    def shown_events(self) -> list[Event]:
        return list(self._shown)

    def _on_filter_changed(self, event_filter: EventFilter) -> None:
        self._apply_filter(event_filter)

    def _apply_filter(self, event_filter: EventFilter) -> None:
        # Filtered by position over the view's prebuilt columns (the same
        # EventFilter semantics as apply()), so no event list is mapped back.
        self.view.set_shown_mask(event_filter.select(self.view.event_table()))
        self._shown = self.view.shown_events()
        self.event_list.set_events(self._shown)
        selected = self.details.shown_event_id()
        event = self._timeline.event_by_id.get(selected) if self._timeline and selected else None
        if selected is not None and (event is None or not event_filter.matches(event)):
            self._select(None)
        self._update_status()

    def _select(self, event_id: str | None, *, ensure_visible: bool = True) -> None:
        self.view.select_event(event_id, ensure_visible=ensure_visible)
        self.event_list.select_event(event_id)
        self.details.show_event(event_id)

    def _on_view_selected(self, event_id: str) -> None:
        self.event_list.select_event(event_id or None)
        self.details.show_event(event_id or None)

    def _on_list_chosen(self, event_id: str) -> None:
        self.view.select_event(event_id or None)
        self.details.show_event(event_id or None)

    def _on_event_activated(self, event_id: str) -> None:
        self._select(event_id)
        self.details.show()
        self.details.raise_()

    def zoom_to_selected(self) -> None:
        event_id = self.view.selected_event_id()
        if event_id:
            self.view.zoom_to_event(event_id)

    def focus_search(self) -> None:
        self.filter_dock.show()
        self.filter_dock.raise_()
        self.filter_panel.focus_search()

    # ---- view options ----------------------------------------------------

    def _on_group_toggled(self, on: bool) -> None:
        self.view.set_group_by_category(on)
        self._settings.set_group_by_category(on)

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
        return self.count_label.text()

    def _update_status(self) -> None:
        total = len(self._timeline.events) if self._timeline else 0
        self.count_label.setText(f"{len(self._shown):,} of {total:,} events shown")
        self.file_label.setText(self._path.name if self._path else "")
        self.file_label.setToolTip(str(self._path) if self._path else "")

    def _update_title(self) -> None:
        title = self._timeline.title if self._timeline else ""
        self.setWindowTitle(f"{title} — {APP_NAME}" if title else APP_NAME)
        self.setWindowFilePath(str(self._path) if self._path else "")

    def _update_warnings(self) -> None:
        count = len(self._warnings)
        self.warnings_action.setEnabled(count > 0)
        self.warnings_button.setVisible(count > 0)
        self.warnings_button.setText(f"{count:,} warning{'s' if count != 1 else ''}")
        self.warnings_button.setToolTip("\n".join(summarize_warnings(self._warnings)[:20]))
        self._update_status()

    def show_warnings(self) -> None:
        if not self._warnings:
            return
        TextDialog(self, "Load warnings",
                   f"{len(self._warnings):,} warnings in {self._path.name if self._path else ''}."
                   " The file loaded; these are worth a look.",
                   "\n".join(summarize_warnings(self._warnings))).exec()

    # ---- recent files ----------------------------------------------------

    def recent_files(self) -> list[str]:
        return self._settings.recent_files()

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self._settings.recent_files()
        for number, path in enumerate(recent, start=1):
            prefix = f"&{number % 10} " if number <= 10 else ""
            action = self.recent_menu.addAction(f"{prefix}{Path(path).name}")
            action.setToolTip(path)
            action.setStatusTip(path)
            action.triggered.connect(lambda _checked=False, p=path: self.open_recent(p))
        if not recent:
            self.recent_menu.addAction("No recent files").setEnabled(False)
            return
        self.recent_menu.addSeparator()
        self.recent_menu.addAction("&Clear List", self._settings.clear_recent_files)

    def open_recent(self, path: str) -> None:
        if Path(path).is_file():
            self.open_file(path)
            return
        self._settings.remove_recent_file(path)
        QMessageBox.information(self, "File not found",
                                f"{path} no longer exists. It has been removed from the "
                                "recent files.")

    # ---- help ------------------------------------------------------------

    def show_about(self) -> None:
        QMessageBox.about(self, f"About {APP_NAME}",
                          f"{APP_NAME} {__version__}\n\nA timeline explorer that shows each "
                          "date as its source worded it, and every event's sources.")

    def show_data_format(self) -> None:
        TextDialog(self, "Data format", "The timeline file format",
                   data_format_text(), markdown=True).exec()

    def show_shortcuts(self) -> None:
        width = max(len(keys) for keys, _ in SHORTCUTS)
        text = "\n".join(f"{keys.ljust(width)}  {what}" for keys, what in SHORTCUTS)
        TextDialog(self, "Keyboard shortcuts", "Keyboard shortcuts", text).exec()

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
        if self._loader is not None:
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


def problems_text(error: LoadError) -> str:
    """The first ``MAX_PROBLEMS_SHOWN`` problems, one a line, and how many more there are."""
    lines = [problem.format() for problem in error.problems[:MAX_PROBLEMS_SHOWN]]
    hidden = len(error.problems) - MAX_PROBLEMS_SHOWN
    if hidden > 0:
        lines.append(f"… and {hidden:,} more problems")
    if error.truncated:
        lines.append("Checking stopped there; fix these and validate again to see the rest.")
    return "\n".join(lines)


def data_format_text() -> str:
    """docs/data-format.md, which the wheel also carries."""
    return data_format_doc_path().read_text(encoding="utf-8")


def _open_if_web_link(url: QUrl) -> None:
    if is_clickable_link(url.toString()):
        QDesktopServices.openUrl(url)
