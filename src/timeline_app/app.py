"""The QApplication and the main window, wired together; nothing else lives here."""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from timeline_app import __version__
from timeline_app.crash_log import LOGGER, record_crash, start_logging, stop_logging
from timeline_app.display_check import display_problem
from timeline_app.identity import APP_ID, DISPLAY_NAME, OLD_SETTINGS_NAME, ORGANIZATION
from timeline_app.package_data import default_dataset_path, resource_path
from timeline_app.render.interface_language import (
    chosen_language,
    install_language,
    installed_translations,
)
from timeline_app.render.style import cjk_family
from timeline_app.view.main_window import MainWindow
from timeline_app.view.settings import AppSettings, adopt_old_settings
from timeline_app.wording import current

ICON = f"icons/hicolor/scalable/apps/{APP_ID}.svg"


def ensure_application(language: str | None = None) -> QApplication:
    """The running QApplication, created and named (for QSettings) if there is none yet,
    speaking ``language`` as ``--lang`` names it (``zh`` is ``zh_CN``; by default the one
    chosen in View → Language, else the system's; a ``ValueError`` when unknown)."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName(ORGANIZATION)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationDisplayName(DISPLAY_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)  # desktop shells match the window to its entry
    adopt_old_settings(OLD_SETTINGS_NAME, OLD_SETTINGS_NAME)
    app.setStyle("Fusion")  # the one style whose palette the dark theme fully controls
    # the bundled Chinese font last: menus and data in Chinese read on a machine without one
    font = app.font()
    if cjk_family() not in font.families():
        font.setFamilies([*font.families(), cjk_family()])
        app.setFont(font)
    wanted = chosen_language(language)
    if wanted != current().language or installed_translations() == 0:
        install_language(wanted)
    icon = resource_path(ICON)
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def create_main_window(path: str | os.PathLike[str] | None = None,
                       language: str | None = None) -> QMainWindow:
    """Build the window on ``path``, else the last file opened, else the embedded dataset,
    in ``language`` (see ``ensure_application``).

    The event loop is not started: this is the seam tests and screenshot
    scripts use. Small files are loaded before this returns.
    """
    ensure_application(language)
    settings = AppSettings()
    window = _new_window(settings)
    window.open_file(Path(path) if path is not None else _remembered_file(settings))
    return window


def _new_window(settings: AppSettings) -> MainWindow:
    window = MainWindow(settings)
    window.language_chosen.connect(lambda language: show_in_language(window, language))
    return window


def show_in_language(window: MainWindow, language: str) -> MainWindow:
    """The window built again in ``language`` on what it showed, in its place; the old one
    closes (saving its layout first, which the new one restores). Unchanged when it
    already speaks ``language``."""
    if language == current().language:
        return window
    install_language(language)
    window.save_layout()
    successor = _new_window(AppSettings())
    successor.take_over(window)
    if window.isVisible():
        successor.show()
    window.close()
    window.deleteLater()
    return successor


def run_gui(path: str | os.PathLike[str] | None = None, language: str | None = None) -> int:
    """Show the window and run until it closes; 1 (with a message) when there is no display."""
    problem = display_problem()
    if problem is not None:
        print(problem, file=sys.stderr)
        return 1
    app = ensure_application()
    start_logging()
    sys.excepthook = show_crash  # an exception in a slot reaches the user, not just stderr
    quit_on_interrupt(app)
    window = create_main_window(path, language)
    window.show()
    LOGGER.info("the window is shown")
    try:
        return app.exec()
    finally:
        stop_logging()


def quit_on_interrupt(app: QApplication) -> None:
    """Ctrl+C in the terminal closes the windows, as closing them by hand does (the state
    is saved), and the app exits 0. Python runs a signal handler only between bytecodes,
    never while Qt's loop waits in C++, so a timer wakes the interpreter a few times a
    second."""
    signal.signal(signal.SIGINT, lambda signum, frame: app.closeAllWindows())
    waker = QTimer(app)
    waker.timeout.connect(lambda: None)
    waker.start(200)


def show_crash(kind: type[BaseException], error: BaseException,
               trace: TracebackType | None) -> None:
    """An unexpected exception in the window: log it, and say what happened and where the
    log is. The window stays open; what was loaded is unchanged."""
    del kind, trace  # the error carries its traceback
    message = record_crash(error)
    parent = QApplication.activeWindow()
    QMessageBox.critical(
        parent,
        QCoreApplication.translate("CrashDialog", "{name}: internal error").format(
            name=DISPLAY_NAME),
        QCoreApplication.translate("CrashDialog", "Something went wrong inside {name}.\n\n"
                                   "{message}").format(name=DISPLAY_NAME, message=message))


def _remembered_file(settings: AppSettings) -> Path:
    last = settings.last_file()
    if last and Path(last).is_file():
        return Path(last)
    return default_dataset_path()
