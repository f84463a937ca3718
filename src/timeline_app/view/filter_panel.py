"""The filter controls: search, a date range and one checkbox per category.

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

from dataclasses import replace

from PySide6.QtCore import QSignalBlocker, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from timeline_app.model.dates import DateError
from timeline_app.model.edtf import parse_edtf
from timeline_app.query.evidence import CONFIDENCE_CHOICES, DATE_FORMS, UNSET
from timeline_app.query.filters import EventFilter
from timeline_app.view.plain_text import no_mnemonic, plain_tip
from timeline_app.view.state import ViewState
from timeline_app.view.themes import swatch_icon

DEBOUNCE_MS = 150
NOTES_DELAY_MS = 120
SEARCH_PLACEHOLDER = "Search titles, summaries, people, places…"
_INVALID_STYLE = "QLineEdit { border: 2px solid #d32f2f; border-radius: 3px; padding: 1px; }"


_CONFIDENCE_TEXT = {"confirmed": "Confirmed", "single-source": "Single source",
                    "unverified": "Unverified", UNSET: "Not given"}

#: The choices of the "read from text" control and the filter value each sets.
TEXT_DATE_CHOICES: tuple[tuple[str, bool | None], ...] = (
    ("All dates", None), ("Only dates read from text", True),
    ("No dates read from text", False))

DATE_FIELD_TIP = ("Any EDTF date, and the range takes its whole span: 2019, 2019-03, "
                  "2019-03-15, -0043 (44 BCE), 199X, 2001-21 (spring), "
                  "1985-04-12T23:20:30Z, Y-170000000")


class FilterPanel(QWidget):
    """Sets the state's filter whenever the user changes a control."""

    range_problem = Signal(str)  # why the date range is not applied; "" when it is

    def __init__(self, state: ViewState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filterPanel")
        self.setAccessibleName("Filters")
        self._state = state
        self._checkboxes: dict[str, QCheckBox] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._update_filter)

        self.search_field = QLineEdit(self)
        self.search_field.setObjectName("searchField")
        self.search_field.setAccessibleName("Search events")
        self.search_field.setPlaceholderText(SEARCH_PLACEHOLDER)
        self.search_field.setClearButtonEnabled(True)
        self.search_field.textChanged.connect(self._timer.start)

        self.from_field = self._date_field("dateFrom", "From date", "e.g. 2019-03 or -0043")
        self.to_field = self._date_field("dateTo", "To date", "e.g. 2024-04-30 or 199X")

        self.within_box = QCheckBox("Wholly &within the range", self)
        self.within_box.setObjectName("withinRange")
        self.within_box.setAccessibleName("Only events whose whole date falls within the range")
        self.within_box.setToolTip("Leave out the events that only may fall in the range: "
                                   "a span that reaches past it, or a date known by one "
                                   "bound whose open side reaches into it")
        self.within_box.toggled.connect(self._update_filter)
        self.may_fall_label = QLabel(self)
        self.may_fall_label.setObjectName("mayFallNote")
        self.may_fall_label.setWordWrap(True)
        self.may_fall_label.setVisible(False)

        self.text_dates = QComboBox(self)
        self.text_dates.setObjectName("textDates")
        self.text_dates.setAccessibleName("Dates read from text")
        self.text_dates.setToolTip("Events whose date an importer read from words such as "
                                   "'early 2024' or 'circa 1850'")
        for text, _value in TEXT_DATE_CHOICES:
            self.text_dates.addItem(text)
        self.text_dates.currentIndexChanged.connect(self._update_filter)
        self._text_dates_label = QLabel("&Dates", self)
        self._text_dates_label.setBuddy(self.text_dates)
        for widget in (self.text_dates, self._text_dates_label):
            widget.setVisible(False)  # until a timeline with worded dates is shown

        self._build_evidence()

        self._all_button = QPushButton("&All", self)
        self._all_button.setAccessibleName("Show all categories")
        self._all_button.clicked.connect(lambda: self.set_all_categories(True))
        self._none_button = QPushButton("&None", self)
        self._none_button.setAccessibleName("Hide all categories")
        self._none_button.clicked.connect(lambda: self.set_all_categories(False))

        self.category_box = QWidget(self)
        self.category_box.setObjectName("categoryFilter")
        self.category_box.setAccessibleName("Categories")
        self._category_layout = QVBoxLayout(self.category_box)
        self._category_layout.setContentsMargins(0, 0, 0, 0)
        self._category_layout.addStretch(1)
        self._scroll = QScrollArea(self)
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self._scroll.setWidget(self.category_box)
        self._scroll.setAccessibleName("Category list")

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
        search_label = QLabel("&Search", self)
        search_label.setBuddy(self.search_field)
        form.addRow(search_label, self.search_field)
        for text, field in (("F&rom", self.from_field), ("&To", self.to_field)):  # Alt+F is File
            label = QLabel(text, self)
            label.setBuddy(field)
            form.addRow(label, field)
        form.addRow("", self.within_box)
        form.addRow("", self.may_fall_label)
        form.addRow(self._text_dates_label, self.text_dates)
        confidence = QGridLayout()
        confidence.setContentsMargins(0, 0, 0, 0)
        for index, box in enumerate(self.confidence_boxes.values()):
            confidence.addWidget(box, index // 2, index % 2)
        form.addRow(QLabel("Confidence", self), confidence)
        form.addRow(QLabel("Date forms", self), self.forms_button)
        form.addRow("", self.one_source_box)
        sources = QHBoxLayout()
        sources.addWidget(self.sources_label, 1)
        sources.addWidget(self.clear_sources_button)
        form.addRow("", sources)
        for label in self.findChildren(QLabel):
            # The mnemonic underline splits the text into runs and Qt clipped the
            # kerned "o" of "To" to a "c"; unkerned text draws whole.
            font = label.font()
            font.setKerning(False)
            label.setFont(font)

        buttons = QHBoxLayout()
        buttons.addWidget(QLabel("Categories", self), 1)
        buttons.addWidget(self._all_button)
        buttons.addWidget(self._none_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(scroll, 1)

    def _build_evidence(self) -> None:
        """The controls on what events rest on: confidence, date forms, one source, and
        the sources chosen in the Sources panel (``set_sources``)."""
        self._sources: frozenset[str] | None = None
        self.confidence_boxes: dict[str, QCheckBox] = {}
        for level in CONFIDENCE_CHOICES:
            box = QCheckBox(_CONFIDENCE_TEXT[level], self)
            box.setObjectName(f"confidence-{level}")
            box.setAccessibleName(f"Show {_CONFIDENCE_TEXT[level].lower()} events")
            box.setChecked(True)
            box.toggled.connect(self._update_filter)
            self.confidence_boxes[level] = box
        self.forms_button = QToolButton(self)
        self.forms_button.setObjectName("dateForms")
        self.forms_button.setAccessibleName("Date forms shown")
        self.forms_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.forms_button)
        self.form_actions: dict[str, QAction] = {}
        for name, meaning in DATE_FORMS:
            action = menu.addAction(meaning.capitalize())
            action.setCheckable(True)
            action.setChecked(True)
            action.toggled.connect(self._update_filter)
            self.form_actions[name] = action
        menu.addSeparator()
        menu.addAction("Show &All Forms", lambda: self._set_all_forms(True))
        self.forms_button.setMenu(menu)
        self.one_source_box = QCheckBox("Rests on &one source", self)
        self.one_source_box.setObjectName("oneSource")
        self.one_source_box.setAccessibleName("Only events that cite a single source")
        self.one_source_box.toggled.connect(self._update_filter)
        self.sources_label = QLabel(self)
        self.sources_label.setObjectName("sourcesNote")
        self.sources_label.setWordWrap(True)
        self.clear_sources_button = QPushButton("Clear", self)
        self.clear_sources_button.setAccessibleName("Show the events of every source")
        self.clear_sources_button.clicked.connect(lambda: self.set_sources(None))
        self._show_sources()

    def set_sources(self, ids: frozenset[str] | None) -> None:
        """Keep only the events citing one of ``ids`` (None: any source)."""
        if ids == self._sources:
            return
        self._sources = ids
        self._show_sources()
        self._update_filter()

    def set_one_source(self, on: bool) -> None:
        self.one_source_box.setChecked(on)

    def _show_sources(self) -> None:
        chosen = self._sources is not None
        for widget in (self.sources_label, self.clear_sources_button):
            widget.setVisible(chosen)
        if self._sources is not None:
            count = len(self._sources)
            self.sources_label.setText(f"Citing {count:,} chosen source{'s' * (count != 1)}")

    def _set_all_forms(self, checked: bool) -> None:
        for action in self.form_actions.values():
            with QSignalBlocker(action):
                action.setChecked(checked)
        self._update_filter()

    def _with_evidence(self, base: EventFilter) -> EventFilter:
        """``base`` with the evidence criteria the controls set."""
        levels = [c for c, box in self.confidence_boxes.items() if box.isChecked()]
        forms = [f for f, action in self.form_actions.items() if action.isChecked()]
        shown_forms = "all" if len(forms) == len(self.form_actions) else f"{len(forms)} of " \
            f"{len(self.form_actions)}"
        self.forms_button.setText(f"{shown_forms} ▾")
        return replace(base, confidences=None if len(levels) == len(CONFIDENCE_CHOICES)
                       else frozenset(levels), sources=self._sources,
                       date_forms=None if len(forms) == len(self.form_actions)
                       else frozenset(forms), one_source=self.one_source_box.isChecked())

    def _date_field(self, name: str, accessible: str, placeholder: str) -> QLineEdit:
        field = QLineEdit(self)
        field.setObjectName(name)
        field.setAccessibleName(accessible)
        field.setPlaceholderText(placeholder)
        field.setToolTip(DATE_FIELD_TIP)
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
            for index, category in enumerate(timeline.categories):
                text = f"{category.label} ({counts.get(category.id, 0):,})"
                box = QCheckBox(no_mnemonic(text), self.category_box)
                box.setObjectName(f"category-{category.id}")
                box.setIcon(swatch_icon(category.color, 12))
                box.setAccessibleName(f"Show {text}")
                if category.description:
                    box.setToolTip(plain_tip(category.description))
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
                  TEXT_DATE_CHOICES[self.text_dates.currentIndex()][1],
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
        self._state.set_filter(self._with_evidence(new_filter))
        self.range_problem.emit(f"The date range is not applied: {problems[0]}" if problems
                                else "")

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
        for category in timeline.categories:
            box = self._checkboxes.get(category.id)
            if box is None:
                continue
            total, now = totals.get(category.id, 0), shown.get(category.id, 0)
            counts = f"{total:,}" if now == total else f"{now:,} of {total:,}"
            box.setText(no_mnemonic(f"{category.label} ({counts})"))
            box.setAccessibleName(f"Show {category.label} ({counts})")

    def _show_may_fall(self) -> None:
        """Say how many of the shown events only may fall in the range; ticking
        "within" hides them."""
        count = self._state.may_fall_count()
        shown = len(self._state.shown_events())
        self.may_fall_label.setVisible(count > 0)
        if count:
            self.may_fall_label.setText(
                f"{count:,} of the {shown:,} shown only may fall in the range: their dates "
                "reach past it, or are known by one bound only.")

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
    field.setToolTip(error or DATE_FIELD_TIP)
    field.setAccessibleDescription(error or "")
