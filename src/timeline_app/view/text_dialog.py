"""A resizable, scrollable, selectable text dialog (problems, warnings, help), and
the text it shows for a file that could not be loaded."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from timeline_app.model.events import is_clickable_link
from timeline_app.model.problems import LoadError, Problem

MAX_PROBLEMS_SHOWN = 200


class TextDialog(QDialog):
    """A heading over plain or Markdown text; only web links in it ever open."""

    def __init__(self, parent: QWidget | None, title: str, heading: str, text: str,
                 *, markdown: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.resize(760, 480)
        label = QLabel(heading, self)
        label.setTextFormat(Qt.TextFormat.PlainText)  # a heading names files: never markup
        label.setWordWrap(True)
        label.setAccessibleName(heading)
        self._browser = QTextBrowser(self)
        self._browser.setAccessibleName(title)
        self._browser.setOpenLinks(False)
        self._browser.anchorClicked.connect(_open_if_web_link)
        if markdown:
            self._browser.setMarkdown(text)
        else:
            self._browser.setPlainText(text)  # wrapped to the dialog: no sideways scrolling
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self._browser, 1)
        layout.addWidget(buttons)

    def text(self) -> str:
        return self._browser.toPlainText()


def _open_if_web_link(url: QUrl) -> None:
    if is_clickable_link(url.toString()):
        QDesktopServices.openUrl(url)


def problems_text(error: LoadError) -> str:
    """The error's problems (``problem_lines``), and a word when checking stopped early."""
    text = problem_lines(error.problems)
    if error.truncated:
        text += "\n" + QCoreApplication.translate(
            "TextDialog", "Checking stopped there; fix these and validate again to see the rest.")
    return text


def problem_lines(problems: Sequence[Problem]) -> str:
    """The first ``MAX_PROBLEMS_SHOWN`` problems, one a line, and how many more there are."""
    lines = [problem.format() for problem in problems[:MAX_PROBLEMS_SHOWN]]
    hidden = len(problems) - MAX_PROBLEMS_SHOWN
    if hidden > 0:
        lines.append(QCoreApplication.translate("TextDialog", "… and {count} more problems")
                     .format(count=f"{hidden:,}"))
    return "\n".join(lines)
