"""From launch until the main window is shown and usable.

`python -m benchmarks.probes.startup FILE --result OUT --launched T`

``T`` is the parent's ``CLOCK_MONOTONIC`` reading taken just before it started
this process (the one clock two processes share). The window is built with
``create_main_window(FILE)`` and shown, and the real event loop runs until:

- shown: the timeline view has received its first paint event;
- usable: the timeline view has painted with the file's timeline in it (big
  files load in the window's background thread, so this can come later).

Each mark is taken in a zero-delay timer queued by the paint event, so it
falls after that paint has finished.
"""

from __future__ import annotations

import time

STARTED = time.clock_gettime(time.CLOCK_MONOTONIC)  # before Qt and the app are imported

import argparse  # noqa: E402
from typing import Any  # noqa: E402

from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QMainWindow  # noqa: E402

from benchmarks.probes.common import probe_parser, run_probe  # noqa: E402
from benchmarks.qt_session import application, isolate_settings  # noqa: E402
from benchmarks.stats import FullCollections, peak_rss_mb  # noqa: E402
from timeline_app.app import create_main_window  # noqa: E402

TIMEOUT_MS = 300_000


def now() -> float:
    return time.clock_gettime(time.CLOCK_MONOTONIC)


class StartupWatch(QObject):
    """Records the first paint of the window's view, and the first with the timeline in it."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.shown: float | None = None
        self.usable: float | None = None
        window.view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.usable is None:
            QTimer.singleShot(0, self._after_paint)
        return False

    def _after_paint(self) -> None:
        if self.shown is None:
            self.shown = now()
        if self.usable is None and self.window.timeline() is not None:
            self.usable = now()
            application().quit()


def measure(args: argparse.Namespace) -> dict[str, Any]:
    settings = isolate_settings()
    app = application()
    with FullCollections() as collections:
        before_create = now()
        window = create_main_window(args.file)
        watch = StartupWatch(window)
        window.show()
        QTimer.singleShot(TIMEOUT_MS, app.quit)
        app.exec()
    settings.cleanup()
    if watch.shown is None or watch.usable is None:
        return {"error": f"the window was not usable within {TIMEOUT_MS / 1000:.0f} s"}
    view = window.view
    return {
        "launch_to_python_s": STARTED - args.launched,
        "launch_to_shown_s": watch.shown - args.launched,
        "launch_to_usable_s": watch.usable - args.launched,
        "create_to_usable_s": watch.usable - before_create,
        "view_size": [view.width(), view.height()],
        "full_gc": collections.summary(),
        "peak_rss_mb": peak_rss_mb(),
    }


def main(argv: list[str] | None = None) -> int:
    parser = probe_parser(__doc__.splitlines()[0])
    parser.add_argument("--launched", type=float, required=True,
                        help="CLOCK_MONOTONIC seconds when the parent started this process")
    return run_probe(parser, measure, argv)


if __name__ == "__main__":
    raise SystemExit(main())
