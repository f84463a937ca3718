"""The filter controls: search, a date range and one checkbox per category, with the
controls on evidence (``view.evidence_controls``).

The panel builds an ``EventFilter`` from its controls and sets it on the
``ViewState``, which applies it once for every view. Typing is debounced so
that a large file is not filtered on every keystroke; checkbox clicks apply
at once.
Date bounds take the CLI's EDTF text ("2019", "2024-04", "2019-03-15"); an
invalid bound, or a range that runs backwards, is marked in red with the reason
as its tooltip, and no range is applied until the text is fixed (the window's
status bar says so); the other controls still apply.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSignalBlocker, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from timeline_app.model.dates import DateError
from timeline_app.model.edtf import parse_edtf
from timeline_app.model.languages import category_description, category_label
from timeline_app.query.filters import EventFilter
from timeline_app.view.evidence_controls import EvidenceControls
from timeline_app.view.plain_text import no_mnemonic, plain_tip
from timeline_app.view.state import ViewState
from timeline_app.view.themes import swatch_icon
from timeline_app.wording import current

DEBOUNCE_MS = 150
"""How long typing must pause before a search runs on a large timeline, where a search
takes long enough to hold up the next keystroke."""
QUICK_DEBOUNCE_MS = 50
"""The pause on a timeline of up to ``QUICK_DEBOUNCE_EVENTS``, whose search is quick:
what a user waits for after the last keystroke is the pause plus the search."""
QUICK_DEBOUNCE_EVENTS = 200_000
NOTES_DELAY_MS = 120
_INVALID_STYLE = "QLineEdit { border: 2px solid #d32f2f; border-radius: 3px; padding: 1px; }"
_TEXT_DATE_VALUES: tuple[bool | None, ...] = (None, True, False)
"""The filter value each choice of the "read from text" control sets, in its order."""


def search_placeholder() -> str:
    return QCoreApplication.translate("FilterPanel", "Search titles, summaries, people, places…")


def date_field_tip() -> str:
    """The forms a date bound takes: the tooltip of a valid bound."""
    return QCoreApplication.translate(
        "FilterPanel", "Any EDTF date, and the range takes its whole span: 2019, 2019-03, "
        "2019-03-15, -0043 (44 BCE), 199X, 2001-21 (spring), 1985-04-12T23:20:30Z, "
        "Y-170000000")


class FilterPanel(QWidget):
    """Sets the state's filter whenever the user changes a control."""

    range_problem = Signal(str)  # why the date range is not applied; "" when it is

    def __init__(self, state: ViewState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filterPanel")
        self.setAccessibleName(QCoreApplication.translate("FilterPanel", "Filters"))
        self._state = state
        self._checkboxes: dict[str, QCheckBox] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._update_filter)

        self.search_field = QLineEdit(self)
        self.search_field.setObjectName("searchField")
        self.search_field.setAccessibleName(
            QCoreApplication.translate("FilterPanel", "Search events"))
        self.search_field.setPlaceholderText(search_placeholder())
        self.search_field.setClearButtonEnabled(True)
        self.search_field.textChanged.connect(self._timer.start)

        self.from_field = self._date_field(
            "dateFrom", QCoreApplication.translate("FilterPanel", "From date"),
            QCoreApplication.translate("FilterPanel", "e.g. 2019-03 or -0043"))
        self.to_field = self._date_field(
            "dateTo", QCoreApplication.translate("FilterPanel", "To date"),
            QCoreApplication.translate("FilterPanel", "e.g. 2024-04-30 or 199X"))

        self.within_box = QCheckBox(
            QCoreApplication.translate("FilterPanel", "Wholly &within the range"), self)
        self.within_box.setObjectName("withinRange")
        self.within_box.setAccessibleName(QCoreApplication.translate(
            "FilterPanel", "Only events whose whole date falls within the range"))
        self.within_box.setToolTip(QCoreApplication.translate(
            "FilterPanel", "Leave out the events that only may fall in the range: a span "
            "that reaches past it, or a date known by one bound whose open side reaches "
            "into it"))
        self.within_box.toggled.connect(self._update_filter)
        self.may_fall_label = QLabel(self)
        self.may_fall_label.setObjectName("mayFallNote")
        self.may_fall_label.setWordWrap(True)
        self.may_fall_label.setVisible(False)

        self.text_dates = QComboBox(self)
        self.text_dates.setObjectName("textDates")
        self.text_dates.setAccessibleName(
            QCoreApplication.translate("FilterPanel", "Dates read from text"))
        self.text_dates.setToolTip(QCoreApplication.translate(
            "FilterPanel", "Events whose date an importer read from words such as "
            "'early 2024' or 'circa 1850'"))
        self.text_dates.addItems([  # in the order of _TEXT_DATE_VALUES
            QCoreApplication.translate("FilterPanel", "All dates"),
            QCoreApplication.translate("FilterPanel", "Only dates read from text"),
            QCoreApplication.translate("FilterPanel", "No dates read from text")])
        self.text_dates.currentIndexChanged.connect(self._update_filter)
        self._text_dates_label = QLabel(QCoreApplication.translate("FilterPanel", "&Dates"),
                                        self)
        self._text_dates_label.setBuddy(self.text_dates)
        for widget in (self.text_dates, self._text_dates_label):
            widget.setVisible(False)  # until a timeline with worded dates is shown

        self.evidence = EvidenceControls(self, self._update_filter)
        self.confidence_boxes = self.evidence.confidence_boxes
        self.one_source_box = self.evidence.one_source_box
        self.sources_label = self.evidence.sources_label
        self.clear_sources_button = self.evidence.clear_sources_button

        self._all_button = QPushButton(QCoreApplication.translate("FilterPanel", "&All"), self)
        self._all_button.setAccessibleName(
            QCoreApplication.translate("FilterPanel", "Show all categories"))
        self._all_button.clicked.connect(lambda: self.set_all_categories(True))
        self._none_button = QPushButton(QCoreApplication.translate("FilterPanel", "&None"),
                                        self)
        self._none_button.setAccessibleName(
            QCoreApplication.translate("FilterPanel", "Hide all categories"))
        self._none_button.clicked.connect(lambda: self.set_all_categories(False))

        self.category_box = QWidget(self)
        self.category_box.setObjectName("categoryFilter")
        self.category_box.setAccessibleName(
            QCoreApplication.translate("FilterPanel", "Categories"))
        self._category_layout = QVBoxLayout(self.category_box)
        self._category_layout.setContentsMargins(0, 0, 0, 0)
        self._category_layout.addStretch(1)
        self._scroll = QScrollArea(self)
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self._scroll.setWidget(self.category_box)
        self._scroll.setAccessibleName(
            QCoreApplication.translate("FilterPanel", "Category list"))

        self._layout(self._scroll)
        state.timeline_changed.connect(self._on_timeline_changed)
        # the notes and counts follow a moment after the timeline repaints: a filter
        # change first shows its events, then says how many of them may fall and so on
        self._notes_timer = QTimer(self)
        self._notes_timer.setSingleShot(True)
        self._notes_timer.setInterval(NOTES_DELAY_MS)
        self._notes_timer.timeout.connect(self.show_notes)
        state.shown_changed.connect(self._notes_timer.start)

    def _layout(self, scroll: QScrollArea) -> None:
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        # narrow, the labels go above their fields: the panel gives way to the timeline
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        search_label = QLabel(QCoreApplication.translate("FilterPanel", "&Search"), self)
        search_label.setBuddy(self.search_field)
        form.addRow(search_label, self.search_field)
        for text, field in ((QCoreApplication.translate("FilterPanel", "F&rom"),  # Alt+F: File
                             self.from_field),
                            (QCoreApplication.translate("FilterPanel", "&To"), self.to_field)):
            label = QLabel(text, self)
            label.setBuddy(field)
            form.addRow(label, field)
        form.addRow("", self.within_box)
        form.addRow("", self.may_fall_label)
        form.addRow(self._text_dates_label, self.text_dates)
        self.evidence.add_rows(form)
        for label in self.findChildren(QLabel):
            # The mnemonic underline splits the text into runs and Qt clipped the
            # kerned "o" of "To" to a "c"; unkerned text draws whole.
            font = label.font()
            font.setKerning(False)
            label.setFont(font)

        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(QCoreApplication.translate("FilterPanel", "Categories"), self),
                          1)
        buttons.addWidget(self._all_button)
        buttons.addWidget(self._none_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(scroll, 1)

    def set_sources(self, ids: frozenset[str] | None) -> None:
        """Keep only the events citing one of ``ids`` (None: any source)."""
        self.evidence.set_sources(ids)

    def set_one_source(self, on: bool) -> None:
        self.one_source_box.setChecked(on)

    def _date_field(self, name: str, accessible: str, placeholder: str) -> QLineEdit:
        field = QLineEdit(self)
        field.setObjectName(name)
        field.setAccessibleName(accessible)
        field.setPlaceholderText(placeholder)
        field.setToolTip(date_field_tip())
        field.setClearButtonEnabled(True)
        field.textChanged.connect(self._timer.start)
        return field

    @property
    def state(self) -> ViewState:
        return self._state

    def _on_timeline_changed(self) -> None:
        """One checkbox per category; a category kept from the previous file keeps its
        state, and the filter follows the new boxes."""
        timeline = self._state.timeline
        self._timer.setInterval(debounce_ms(self._state.total_count()))
        previous = {cid: box.isChecked() for cid, box in self._checkboxes.items()}
        for box in self._checkboxes.values():
            self._category_layout.removeWidget(box)
            box.deleteLater()
        self._checkboxes = {}
        worded = self._state.has_dates_read_from_text()
        self.text_dates.setVisible(worded)
        self._text_dates_label.setVisible(worded)
        if not worded:
            with QSignalBlocker(self.text_dates):
                self.text_dates.setCurrentIndex(0)
        if timeline is not None:
            counts = self._state.category_totals()
            language = current().language
            for index, category in enumerate(timeline.categories):
                box = QCheckBox(self.category_box)
                box.setObjectName(f"category-{category.id}")
                box.setIcon(swatch_icon(category.color, 12))
                self._label_box(box, category_label(category, language, timeline.language),
                                f"{counts.get(category.id, 0):,}")
                description = category_description(category, language, timeline.language)
                if description:
                    box.setToolTip(plain_tip(description))
                box.setChecked(previous.get(category.id, True))
                box.toggled.connect(self._update_filter)
                self._category_layout.insertWidget(index, box)
                self._checkboxes[category.id] = box
        self._update_filter()

    def category_checkbox(self, category_id: str) -> QCheckBox:
        return self._checkboxes[category_id]

    def set_all_categories(self, checked: bool) -> None:
        for box in self._checkboxes.values():
            with QSignalBlocker(box):
                box.setChecked(checked)
        self._update_filter()

    def preferred_height(self) -> int:
        """The height that shows every control and every category without scrolling."""
        scroll_hint = self._scroll.sizeHint().height()
        return self.sizeHint().height() - scroll_hint + self.category_box.sizeHint().height() + 4

    def focus_search(self) -> None:
        self.search_field.setFocus()
        self.search_field.selectAll()

    def has_invalid_input(self) -> bool:
        return any(field.property("invalid") for field in (self.from_field, self.to_field))

    def _update_filter(self, *_args: object) -> None:
        """Set the filter the controls describe. While a date bound is invalid, or the
        range runs backwards, the range is not applied (the other controls are) and
        ``range_problem`` says why; it says "" once the range is good again."""
        self._timer.stop()
        problems = [p for p in (self._check_date(f) for f in (self.from_field, self.to_field))
                    if p]
        checked = [cid for cid, box in self._checkboxes.items() if box.isChecked()]
        categories = None if len(checked) == len(self._checkboxes) else checked
        others = (self.search_field.text().strip(),
                  _TEXT_DATE_VALUES[self.text_dates.currentIndex()],
                  self.within_box.isChecked())
        new_filter = None
        if not problems:
            try:
                new_filter = EventFilter.from_text(categories, self.from_field.text().strip(),
                                                   self.to_field.text().strip(), *others)
            except DateError as error:  # both bounds parse but the range runs backwards
                reason = str(error).replace("--from: ", "").replace("--to: ", "")
                _mark(self.to_field, reason)
                problems.append(reason)
        if new_filter is None:
            new_filter = EventFilter.from_text(categories, None, None, *others)
        self.within_box.setEnabled(new_filter.has_range)
        self._state.set_filter(self.evidence.applied_to(new_filter))
        self.range_problem.emit(QCoreApplication.translate(
            "FilterPanel", "The date range is not applied: {problem}").format(
                problem=problems[0]) if problems else "")

    def show_notes(self) -> None:
        """The may-fall note and the category counts, for the shown events."""
        self._notes_timer.stop()
        self._show_may_fall()
        self._show_category_counts()

    def _show_category_counts(self) -> None:
        """Each category's shown events beside its total while a filter narrows them."""
        timeline = self._state.timeline
        if timeline is None or not self._checkboxes:
            return
        totals = self._state.category_totals()
        shown = totals if self._state.filter.is_empty else self._state.shown_category_counts()
        language = current().language
        for category in timeline.categories:
            box = self._checkboxes.get(category.id)
            if box is None:
                continue
            total, now = totals.get(category.id, 0), shown.get(category.id, 0)
            counts = f"{total:,}" if now == total else QCoreApplication.translate(
                "FilterPanel", "{shown} of {total}").format(shown=f"{now:,}", total=f"{total:,}")
            self._label_box(box, category_label(category, language, timeline.language), counts)

    @staticmethod
    def _label_box(box: QCheckBox, label: str, counts: str) -> None:
        """A category's check box: its label and its counts ("3", or "1 of 3")."""
        text = QCoreApplication.translate("FilterPanel", "{category} ({counts})").format(
            category=label, counts=counts)
        box.setText(no_mnemonic(text))
        box.setAccessibleName(
            QCoreApplication.translate("FilterPanel", "Show {category}").format(category=text))

    def _show_may_fall(self) -> None:
        """Say how many of the shown events only may fall in the range; ticking
        "within" hides them."""
        count = self._state.may_fall_count()
        shown = len(self._state.shown_events())
        self.may_fall_label.setVisible(count > 0)
        if count:
            self.may_fall_label.setText(QCoreApplication.translate(
                "FilterPanel", "{count} of the {shown} shown only may fall in the range: their "
                "dates reach past it, or are known by one bound only.").format(
                    count=f"{count:,}", shown=f"{shown:,}"))

    def _check_date(self, field: QLineEdit) -> str:
        """Why the bound is not a date ("" when it is, or is empty), marked on the field."""
        text = field.text().strip()
        try:
            if text:
                parse_edtf(text)
        except DateError as error:
            _mark(field, str(error))
            return str(error)
        _mark(field, None)
        return ""


def _mark(field: QLineEdit, error: str | None) -> None:
    """Show an invalid bound inline: red border, the reason as tooltip and description;
    a valid one has the forms it takes as its tooltip."""
    field.setProperty("invalid", error is not None)
    field.setStyleSheet(_INVALID_STYLE if error else "")
    field.setToolTip(error or date_field_tip())
    field.setAccessibleDescription(error or "")


def debounce_ms(events: int) -> int:
    """The pause typing needs before a search runs, for a timeline of ``events``."""
    return QUICK_DEBOUNCE_MS if events <= QUICK_DEBOUNCE_EVENTS else DEBOUNCE_MS
