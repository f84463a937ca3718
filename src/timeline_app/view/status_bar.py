"""The window's status bar: how many events are shown, the file, its warnings and
the progress of a background load."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar, QToolButton, QWidget

from timeline_app.model.problems import Problem, problem_count, summarize_warnings
from timeline_app.view.plain_text import plain_tip

WARNINGS_IN_TOOLTIP = 20


class TimelineStatusBar(QStatusBar):
    """Counts and file on the left and right; a warnings button and a progress bar
    appear only when there is something to show."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.count_label = QLabel(self)
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        self.count_label.setObjectName("shownCount")
        self.count_label.setAccessibleName(
            QCoreApplication.translate("TimelineStatusBar", "Shown events"))
        self.file_label = QLabel(self)
        self.file_label.setTextFormat(Qt.TextFormat.PlainText)  # a file name is not markup
        self.file_label.setObjectName("fileName")
        self.file_label.setAccessibleName(
            QCoreApplication.translate("TimelineStatusBar", "Current file"))
        self.warnings_button = QToolButton(self)
        self.warnings_button.setObjectName("warningsButton")
        self.warnings_button.setAutoRaise(True)
        self.warnings_button.setAccessibleName(
            QCoreApplication.translate("TimelineStatusBar", "Load warnings"))
        self.warnings_button.hide()
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setObjectName("loadProgress")
        self.progress_bar.setAccessibleName(
            QCoreApplication.translate("TimelineStatusBar", "Loading progress"))
        self.progress_bar.setRange(0, 1000)
        self.progress_bar.setMaximumWidth(200)
        self.progress_bar.hide()
        self.addWidget(self.count_label)
        self.addWidget(self.warnings_button)
        self.addPermanentWidget(self.progress_bar)
        self.addPermanentWidget(self.file_label)

    def show_counts(self, shown: int, total: int) -> None:
        self.count_label.setText(
            QCoreApplication.translate("TimelineStatusBar", "{shown} of {total} events shown")
            .format(shown=f"{shown:,}", total=f"{total:,}"))

    def show_file(self, path: Path | None) -> None:
        self.file_label.setText(path.name if path else "")
        self.file_label.setToolTip(plain_tip(str(path)) if path else "")

    def show_warnings(self, warnings: list[Problem], left_out: int = 0) -> None:
        """The button that opens the load warnings: how many, and the rows left out."""
        count = problem_count(warnings)
        self.warnings_button.setVisible(count > 0 or left_out > 0)
        parts = [QCoreApplication.translate(
            "TimelineStatusBar", "%Ln row(s) left out", "", left_out)] if left_out else []
        if count or not left_out:
            parts.append(
                QCoreApplication.translate("TimelineStatusBar", "%Ln warning(s)", "", count))
        self.warnings_button.setText(" · ".join(parts))
        self.warnings_button.setToolTip(plain_tip(
            "\n".join(summarize_warnings(warnings)[:WARNINGS_IN_TOOLTIP])))

    def start_progress(self, path: Path) -> None:
        self.progress_bar.setValue(0)
        self.progress_bar.show()
        self.showMessage(QCoreApplication.translate("TimelineStatusBar", "Loading {file}…")
                         .format(file=path.name))

    def set_progress(self, fraction: float) -> None:
        self.progress_bar.setValue(int(fraction * 1000))

    def end_progress(self) -> None:
        self.progress_bar.hide()
        self.clearMessage()
