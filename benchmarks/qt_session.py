"""Qt set-up for the probes: offscreen, throwaway settings, and a paint counter.

Importing this module selects the offscreen platform (unless one is set), so
import it before the QApplication is created.
"""

from __future__ import annotations

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject, QSettings, QStandardPaths
from PySide6.QtWidgets import QApplication, QWidget


def isolate_settings() -> tempfile.TemporaryDirectory[str]:
    """Point QSettings at a fresh directory (as the tests do); keep the handle alive."""
    folder = tempfile.TemporaryDirectory(prefix="timeline-bench-settings-")
    QStandardPaths.setTestModeEnabled(True)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder.name)
    return folder


def application() -> QApplication:
    existing = QApplication.instance()
    return existing if isinstance(existing, QApplication) else QApplication(["timeline-bench"])


class PaintCounter(QObject):
    """Counts the paint events a widget receives (the filter sees each one as it is
    delivered; the paint has finished once the call that delivered it returns)."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False
