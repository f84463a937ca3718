"""Loading a file for the window (any format the app opens): in place when small, in a
thread when large.

Files up to ``SYNC_LOAD_BYTES`` load synchronously (a few milliseconds, and
tests see the result at once); larger files load in a worker thread that
reports its progress, and the window stays responsive. Either way the result
arrives as ``loaded`` or ``failed``, and a failure never touches what is open.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal

from timeline_app.formats.opening import OpenOptions, open_report
from timeline_app.model.loader import LoadReport
from timeline_app.model.problems import LoadError

SYNC_LOAD_BYTES = 4 * 1024 * 1024


class _LoadThread(QThread):
    """Loads one file off the GUI thread; results come back as queued signals."""

    progressed = Signal(float)
    loaded = Signal(object)
    failed = Signal(object)
    crashed = Signal(object)  # an exception that is not a bad file: a defect

    def __init__(self, path: Path, options: OpenOptions, parent: QObject) -> None:
        super().__init__(parent)
        self.path, self.options = path, options

    def run(self) -> None:
        try:
            report = open_report(self.path, self.options, progress=self.progressed.emit)
        except LoadError as error:
            self.failed.emit(error)
        except Exception as error:  # a defect: reported by the window, never lost
            self.crashed.emit(error)
        else:
            self.loaded.emit(report)


class FileLoader(QObject):
    """Loads one file at a time; ``busy()`` while a background load runs."""

    started = Signal(object)  # the Path; a background load began (the window shows progress)
    progressed = Signal(float)  # 0..1
    loaded = Signal(object, object, bool)  # Path, LoadReport, keep_view
    failed = Signal(object)  # LoadError
    finished = Signal()  # a background load ended, either way

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: _LoadThread | None = None

    def busy(self) -> bool:
        return self._thread is not None

    def load(self, path: Path, *, keep_view: bool, options: OpenOptions | None = None) -> None:
        """Load ``path``, read as ``options`` say (default: found from the file); the
        caller checks ``busy()`` first."""
        options = options or OpenOptions()
        try:
            size = path.stat().st_size
        except OSError:
            size = 0  # the loader reports the missing or unreadable file itself
        if size <= SYNC_LOAD_BYTES:
            try:
                report = open_report(path, options)
            except LoadError as error:
                self.failed.emit(error)
            else:
                self._emit_loaded(path, report, keep_view)
            return
        thread = _LoadThread(path, options, self)
        thread.progressed.connect(self.progressed)
        thread.loaded.connect(lambda report: self._emit_loaded(path, report, keep_view))
        thread.failed.connect(self.failed)
        thread.crashed.connect(_report_crash)
        thread.finished.connect(self._on_thread_finished)
        self._thread = thread
        self.started.emit(path)
        thread.start()

    def wait(self) -> None:
        """Block until a background load has finished (the window is closing)."""
        if self._thread is not None:
            self._thread.wait()

    def _emit_loaded(self, path: Path, report: LoadReport, keep_view: bool) -> None:
        self.loaded.emit(path, report, keep_view)

    def _on_thread_finished(self) -> None:
        if self._thread is not None:
            self._thread.deleteLater()
        self._thread = None
        self.finished.emit()


def _report_crash(error: BaseException) -> None:
    """A defect in a background load goes where every defect in the window goes."""
    sys.excepthook(type(error), error, error.__traceback__)
