"""Telling a crash from a bad file: the log every run writes to, and what a crash says.

A bad file is a message and exit status 1; a crash, a defect of the app's own, is
exit status 3 with a short message that points to the log, where the traceback
is. The log is ``timeline_app/timeline_app.log`` in the XDG state folder
(``$XDG_STATE_HOME``, else ``~/.local/state``), written with the standard
``logging`` module; ``faulthandler`` writes there too, so that even a crash in
Qt's own code leaves its Python stack behind.
"""

from __future__ import annotations

import faulthandler
import logging
import os
import traceback
from pathlib import Path
from typing import IO

from timeline_app.wording import translate

EXIT_CRASH = 3
LOGGER = logging.getLogger("timeline_app")
_fault_file: IO[str] | None = None


def log_path() -> Path:
    state = os.environ.get("XDG_STATE_HOME", "").strip()
    base = Path(state) if state and Path(state).is_absolute() else Path.home() / ".local" / "state"
    return base / "timeline_app" / "timeline_app.log"


def start_logging() -> Path | None:
    """Log to the file (warnings and worse, and crashes), and let ``faulthandler`` dump
    there; the path, or None when the folder cannot be written (then nothing is
    logged, and a crash says so)."""
    global _fault_file
    path = log_path()
    if LOGGER.handlers:
        return path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.FileHandler(path, encoding="utf-8")
        _fault_file = path.open("a", encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    LOGGER.addHandler(handler)
    LOGGER.setLevel(logging.INFO)
    faulthandler.enable(_fault_file)
    return path


def stop_logging() -> None:
    """Close the log (the window has closed): ``faulthandler`` lets go of the file."""
    global _fault_file
    if faulthandler.is_enabled():
        faulthandler.disable()
    for handler in list(LOGGER.handlers):
        LOGGER.removeHandler(handler)
        handler.close()
    if _fault_file is not None:
        _fault_file.close()
        _fault_file = None


def record_crash(error: BaseException) -> str:
    """Log ``error`` with its traceback; the short message for the user."""
    path = start_logging()
    LOGGER.error("internal error\n%s", "".join(traceback.format_exception(error)))
    what = f"{type(error).__name__}: {error}"
    if path is None:
        return translate("CrashLog", "internal error (a defect of timeline_app, not a problem "
                         "with your file): {error}; no log could be written").format(error=what)
    return translate("CrashLog", "internal error (a defect of timeline_app, not a problem with "
                     "your file): {error}; the details are in {path}").format(error=what,
                                                                             path=path)
