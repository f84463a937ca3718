"""The filter panel's controls on what events rest on: confidence, date forms, one source,
and the sources chosen in the Sources panel.

``EvidenceControls`` makes the widgets (children of the panel, in the rows it adds to
the panel's form), calls ``changed`` whenever one of them changes, and adds what they
say to the panel's filter (``applied_to``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QSignalBlocker
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QWidget,
)

from timeline_app.model.date_forms import DATE_FORMS
from timeline_app.query.evidence import CONFIDENCE_CHOICES, UNSET
from timeline_app.query.filters import EventFilter


def _confidence_texts() -> dict[str, tuple[str, str]]:
    """Each confidence level's check box text and accessible name."""
    return {
        "confirmed": (QCoreApplication.translate("EvidenceControls", "Confirmed"),
                      QCoreApplication.translate("EvidenceControls", "Show confirmed events")),
        "single-source": (QCoreApplication.translate("EvidenceControls", "Single source"),
                          QCoreApplication.translate("EvidenceControls",
                                                     "Show single source events")),
        "unverified": (QCoreApplication.translate("EvidenceControls", "Unverified"),
                       QCoreApplication.translate("EvidenceControls",
                                                  "Show unverified events")),
        UNSET: (QCoreApplication.translate("EvidenceControls", "Not given"),
                QCoreApplication.translate("EvidenceControls", "Show not given events")),
    }


class EvidenceControls:
    """The evidence controls of ``panel``; ``changed`` is called on every change."""

    def __init__(self, panel: QWidget, changed: Callable[[], None]) -> None:
        self._panel, self._changed = panel, changed
        self._sources: frozenset[str] | None = None
        self.confidence_boxes: dict[str, QCheckBox] = {}
        texts = _confidence_texts()
        for level in CONFIDENCE_CHOICES:
            text, accessible = texts[level]
            box = QCheckBox(text, panel)
            box.setObjectName(f"confidence-{level}")
            box.setAccessibleName(accessible)
            box.setChecked(True)
            box.toggled.connect(changed)
            self.confidence_boxes[level] = box
        self.forms_button = QToolButton(panel)
        self.forms_button.setObjectName("dateForms")
        self.forms_button.setAccessibleName(
            QCoreApplication.translate("EvidenceControls", "Date forms shown"))
        self.forms_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.forms_button)
        self.form_actions: dict[str, QAction] = {}
        for name, meaning in DATE_FORMS:
            action = menu.addAction(meaning.capitalize())
            action.setCheckable(True)
            action.setChecked(True)
            action.toggled.connect(changed)
            self.form_actions[name] = action
        menu.addSeparator()
        menu.addAction(QCoreApplication.translate("EvidenceControls", "Show &All Forms"),
                       lambda: self._set_all_forms(True))
        self.forms_button.setMenu(menu)
        self.one_source_box = QCheckBox(
            QCoreApplication.translate("EvidenceControls", "Rests on &one source"), panel)
        self.one_source_box.setObjectName("oneSource")
        self.one_source_box.setAccessibleName(QCoreApplication.translate(
            "EvidenceControls", "Only events that cite a single source"))
        self.one_source_box.toggled.connect(changed)
        self.sources_label = QLabel(panel)
        self.sources_label.setObjectName("sourcesNote")
        self.sources_label.setWordWrap(True)
        self.clear_sources_button = QPushButton(
            QCoreApplication.translate("EvidenceControls", "Clear"), panel)
        self.clear_sources_button.setAccessibleName(
            QCoreApplication.translate("EvidenceControls", "Show the events of every source"))
        self.clear_sources_button.clicked.connect(lambda: self.set_sources(None))
        self._show_sources()

    def add_rows(self, form: QFormLayout) -> None:
        """The controls' rows, at the end of ``form``."""
        confidence = QGridLayout()
        confidence.setContentsMargins(0, 0, 0, 0)
        for index, box in enumerate(self.confidence_boxes.values()):
            confidence.addWidget(box, index // 2, index % 2)
        panel = self._panel
        form.addRow(QLabel(QCoreApplication.translate("EvidenceControls", "Confidence"), panel),
                    confidence)
        form.addRow(QLabel(QCoreApplication.translate("EvidenceControls", "Date forms"), panel),
                    self.forms_button)
        form.addRow("", self.one_source_box)
        sources = QHBoxLayout()
        sources.addWidget(self.sources_label, 1)
        sources.addWidget(self.clear_sources_button)
        form.addRow("", sources)

    def set_sources(self, ids: frozenset[str] | None) -> None:
        """Keep only the events citing one of ``ids`` (None: any source)."""
        if ids == self._sources:
            return
        self._sources = ids
        self._show_sources()
        self._changed()

    def _show_sources(self) -> None:
        chosen = self._sources is not None
        for widget in (self.sources_label, self.clear_sources_button):
            widget.setVisible(chosen)
        if self._sources is not None:
            count = len(self._sources)  # a plain name: lupdate skips a call with len() in it
            self.sources_label.setText(QCoreApplication.translate(
                "EvidenceControls", "Citing %Ln chosen source(s)", "", count))

    def _set_all_forms(self, checked: bool) -> None:
        for action in self.form_actions.values():
            with QSignalBlocker(action):
                action.setChecked(checked)
        self._changed()

    def applied_to(self, base: EventFilter) -> EventFilter:
        """``base`` with the evidence criteria the controls set."""
        levels = [c for c, box in self.confidence_boxes.items() if box.isChecked()]
        forms = [f for f, action in self.form_actions.items() if action.isChecked()]
        every_form = len(forms) == len(self.form_actions)
        self.forms_button.setText(
            QCoreApplication.translate("EvidenceControls", "all ▾") if every_form
            else QCoreApplication.translate("EvidenceControls", "{shown} of {total} ▾").format(
                shown=len(forms), total=len(self.form_actions)))
        return replace(base, confidences=None if len(levels) == len(CONFIDENCE_CHOICES)
                       else frozenset(levels), sources=self._sources,
                       date_forms=None if every_form else frozenset(forms),
                       one_source=self.one_source_box.isChecked())
