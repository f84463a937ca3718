"""File → Open Recent: the files opened last, newest first, from the settings."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from timeline_app.view.plain_text import no_mnemonic, plain_tip
from timeline_app.view.settings import AppSettings


class RecentFilesMenu(QMenu):
    """Filled each time it opens; a file that has gone is dropped with a message."""

    def __init__(self, settings: AppSettings, open_file: Callable[[str], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("RecentFilesMenu", "Open &Recent"), parent)
        self._settings, self._open_file = settings, open_file
        self.aboutToShow.connect(self._fill)

    def _fill(self) -> None:
        self.clear()
        recent = self._settings.recent_files()
        for number, path in enumerate(recent, start=1):
            name = no_mnemonic(Path(path).name)
            text = f"&{number % 10} {name}" if number <= 10 else name  # no words to translate
            action = self.addAction(text)
            action.setToolTip(plain_tip(path))
            action.setStatusTip(path)
            action.triggered.connect(lambda _checked=False, p=path: self.open_recent(p))
        if not recent:
            self.addAction(
                QCoreApplication.translate("RecentFilesMenu", "No recent files")).setEnabled(False)
            return
        self.addSeparator()
        self.addAction(QCoreApplication.translate("RecentFilesMenu", "&Clear List"),
                       self._settings.clear_recent_files)

    def open_recent(self, path: str) -> None:
        if Path(path).is_file():
            self._open_file(path)
            return
        self._settings.remove_recent_file(path)
        QMessageBox.information(
            self, QCoreApplication.translate("RecentFilesMenu", "File not found"),
            QCoreApplication.translate("RecentFilesMenu", "{path} no longer exists. It has been "
                                       "removed from the recent files.").format(path=path))
