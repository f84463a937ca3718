"""The window's actions: their words, status tips and shortcuts, and what the view and
help actions do (zoom, search, years, colouring, the one-source preset, theme, about).

``MainWindow`` is built on it and puts the actions in its menus; the widgets they act on
are made there.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMessageBox

from timeline_app import __version__
from timeline_app.identity import DISPLAY_NAME
from timeline_app.layout.colouring import ColourBy
from timeline_app.model.date_words import Era
from timeline_app.package_data import data_format_doc_path, default_dataset_path
from timeline_app.view.details_panel import DetailsPanel
from timeline_app.view.mark_legend import MarkLegend
from timeline_app.view.settings import ThemeChoice
from timeline_app.view.shortcuts import ShortcutsDialog, shortcut_rows
from timeline_app.view.text_dialog import TextDialog
from timeline_app.view.themes import apply_theme
from timeline_app.view.timeline_view import TimelineView
from timeline_app.view.window_files import WindowFiles


class WindowActions(WindowFiles):
    """The action half of the main window."""

    view: TimelineView
    legend: MarkLegend
    details: DetailsPanel
    _colour_before_preset: ColourBy

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
        self._build_file_actions()
        self._build_view_actions()
        self._build_option_groups()
        self.about_action = self._action(
            QCoreApplication.translate("WindowActions", "&About {name}").format(
                name=DISPLAY_NAME),
            QCoreApplication.translate("WindowActions", "About {name}").format(name=DISPLAY_NAME),
            self.show_about)
        self.format_action = self._action(
            QCoreApplication.translate("WindowActions", "&Data Format"),
            QCoreApplication.translate("WindowActions", "The timeline file format"),
            self.show_data_format)
        self.shortcuts_action = self._action(
            QCoreApplication.translate("WindowActions", "&Keyboard Shortcuts"),
            QCoreApplication.translate("WindowActions", "List the keyboard shortcuts"),
            self.show_shortcuts)

    def _build_file_actions(self) -> None:
        key = QKeySequence
        self.open_action = self._action(
            QCoreApplication.translate("WindowActions", "&Open…"),
            QCoreApplication.translate("WindowActions", "Open a timeline, a spreadsheet, a "
                                       "TimelineJS or a forensic timeline file"),
            self.choose_file, (key(key.StandardKey.Open),))
        self.import_action = self._action(
            QCoreApplication.translate("WindowActions", "&Import…"),
            QCoreApplication.translate("WindowActions", "Preview how a file will be read, "
                                       "choose its columns, and open it"),
            self.choose_import, (key("Ctrl+Shift+O"),))
        self.reload_action = self._action(
            QCoreApplication.translate("WindowActions", "&Reload"),
            QCoreApplication.translate("WindowActions", "Reload the current file"),
            self.reload, (key("F5"),))
        self.sample_action = self._action(
            QCoreApplication.translate("WindowActions", "Open &Sample Dataset"),
            QCoreApplication.translate("WindowActions", "Open the embedded chronology of "
                                       "Guangxi's foreign-related rule of law"),
            lambda: self.open_file(default_dataset_path()))
        self.escape_action = self._action(
            QCoreApplication.translate("WindowActions", "Clear Search or Selection"),
            QCoreApplication.translate("WindowActions", "Clear the search, then the selection"),
            self.clear_search_or_selection, (key(Qt.Key.Key_Escape),))
        self.warnings_action = self._action(
            QCoreApplication.translate("WindowActions", "Load &Warnings…"),
            QCoreApplication.translate("WindowActions", "Show the rows left out and the "
                                       "warnings of the file"),
            self.show_warnings)
        self.quit_action = self._action(
            QCoreApplication.translate("WindowActions", "&Quit"),
            QCoreApplication.translate("WindowActions", "Quit"), self.close, (key("Ctrl+Q"),))

    def _build_view_actions(self) -> None:
        key, view = QKeySequence, self.view
        self.zoom_in_action = self._action(
            QCoreApplication.translate("WindowActions", "Zoom &In"),
            QCoreApplication.translate("WindowActions", "Zoom in"), view.zoom_in,
            (key("Ctrl+="), key("Ctrl++")))
        self.zoom_out_action = self._action(
            QCoreApplication.translate("WindowActions", "Zoom &Out"),
            QCoreApplication.translate("WindowActions", "Zoom out"), view.zoom_out,
            (key("Ctrl+-"),))
        self.fit_action = self._action(
            QCoreApplication.translate("WindowActions", "&Fit All"),
            QCoreApplication.translate("WindowActions", "Fit all events"), view.fit_all,
            (key("Ctrl+0"),))
        self.zoom_event_action = self._action(
            QCoreApplication.translate("WindowActions", "Zoom to &Selected Event"),
            QCoreApplication.translate("WindowActions", "Zoom to the selected event"),
            self.zoom_to_selected, (key("Ctrl+E"),))
        self.group_action = self._action(
            QCoreApplication.translate("WindowActions", "&Group by Category"),
            QCoreApplication.translate("WindowActions", "One band per category"),
            self._on_group_toggled, checkable=True)
        self.find_action = self._action(
            QCoreApplication.translate("WindowActions", "&Search…"),
            QCoreApplication.translate("WindowActions", "Search"), self.focus_search,
            (key(key.StandardKey.Find),))
        self.one_source_action = self._action(
            QCoreApplication.translate("WindowActions", "Rests on &One Source"),
            QCoreApplication.translate("WindowActions", "Show only the events that cite a "
                                       "single source, coloured by that source"),
            self.set_one_source_view, checkable=True)

    def _build_option_groups(self) -> None:
        """The exclusive choices: how years are named, what colours the marks, the theme."""
        self.era_group = QActionGroup(self)
        self.era_group.setExclusive(True)
        self.era_actions: dict[Era, QAction] = {}
        for era, text in (
                (Era.BCE, QCoreApplication.translate("WindowActions", "&BCE / CE")),
                (Era.BC, QCoreApplication.translate("WindowActions", "B&C / AD")),
                (Era.ASTRONOMICAL,
                 QCoreApplication.translate("WindowActions", "&Astronomical (0 = 1 BCE)"))):
            action = QAction(text, self.era_group)
            action.setCheckable(True)
            action.setStatusTip(
                QCoreApplication.translate("WindowActions", "How years before year 1 are named"))
            action.triggered.connect(lambda _checked=False, e=era: self.set_era(e))
            self.era_actions[era] = action
        self.colour_group = QActionGroup(self)
        self.colour_group.setExclusive(True)
        self.colour_actions: dict[ColourBy, QAction] = {}
        for mode, text, tip in (
                (ColourBy.CATEGORY, QCoreApplication.translate("WindowActions", "&Category"),
                 QCoreApplication.translate(
                     "WindowActions", "Colour the marks by category; the legend follows")),
                (ColourBy.CONFIDENCE, QCoreApplication.translate("WindowActions", "C&onfidence"),
                 QCoreApplication.translate(
                     "WindowActions", "Colour the marks by confidence; the legend follows")),
                (ColourBy.SOURCE, QCoreApplication.translate("WindowActions", "&Source"),
                 QCoreApplication.translate(
                     "WindowActions", "Colour the marks by source; the legend follows")),
                (ColourBy.PRECISION, QCoreApplication.translate("WindowActions", "&Precision"),
                 QCoreApplication.translate(
                     "WindowActions", "Colour the marks by precision; the legend follows"))):
            action = QAction(text, self.colour_group)
            action.setCheckable(True)
            action.setStatusTip(tip)
            action.triggered.connect(lambda _checked=False, m=mode: self.set_colour_by(m))
            self.colour_actions[mode] = action
        self.theme_group = QActionGroup(self)
        self.theme_group.setExclusive(True)
        self.theme_actions: dict[ThemeChoice, QAction] = {}
        for choice, text in (
                (ThemeChoice.SYSTEM, QCoreApplication.translate("WindowActions", "&System")),
                (ThemeChoice.LIGHT, QCoreApplication.translate("WindowActions", "&Light")),
                (ThemeChoice.DARK, QCoreApplication.translate("WindowActions", "&Dark"))):
            action = QAction(text, self.theme_group)
            action.setCheckable(True)
            action.triggered.connect(lambda _checked=False, c=choice: self.set_theme(c))
            self.theme_actions[choice] = action

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

    # ---- help ------------------------------------------------------------

    def show_about(self) -> None:
        QMessageBox.about(
            self, QCoreApplication.translate("WindowActions", "About {name}").format(
                name=DISPLAY_NAME),
            QCoreApplication.translate(
                "WindowActions", "{name} {version}\n\nA timeline explorer that shows each date "
                "as its source worded it, and every event's sources.").format(
                name=DISPLAY_NAME, version=__version__))

    def show_data_format(self) -> None:
        TextDialog(self, QCoreApplication.translate("WindowActions", "Data format"),
                   QCoreApplication.translate("WindowActions", "The timeline file format"),
                   data_format_doc_path().read_text(encoding="utf-8"), markdown=True).exec()

    def show_shortcuts(self) -> None:
        ShortcutsDialog(self, shortcut_rows(self.actions(), self.view.key_bindings())).exec()
