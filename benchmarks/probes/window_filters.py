"""Filter changes in the main window, from the user's action until the screen is repainted.

`python -m benchmarks.probes.window_filters FILE --result OUT [--repeats K]`

The window is built with ``create_main_window(FILE)``, shown and waited for
(untimed). Each change (see ``benchmarks.probes.filters``) is then timed from
the action to the end of the ``QApplication.processEvents()`` call that
repaints everything it made dirty (the view must have painted):

- category toggle: ``setChecked`` on one of the filter panel's category
  checkboxes, the real click path, off and then on again (two samples);
- hide half, search keystroke and date range: the filter its controls would
  build, set on the window's ``ViewState`` as the panel sets it, as one
  change. For search this leaves out the panel's typing debounce
  (``debounce_ms`` after the last keystroke, by design).

Either way the state applies the filter once, and the timeline view (new
shown set), the event list and the status bar follow its ``shown_changed``.
"""

from __future__ import annotations

import argparse
import time
from collections import defaultdict
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QMainWindow

from benchmarks.probes.common import probe_parser, run_probe
from benchmarks.probes.filters import sequences
from benchmarks.qt_session import PaintCounter, application, isolate_settings
from benchmarks.stats import FullCollections, peak_rss_mb, summarize
from timeline_app.app import create_main_window
from timeline_app.view.filter_panel import debounce_ms

WAIT_STEP_S = 0.01
LOAD_TIMEOUT_S = 300.0


def wait_until_loaded(window: QMainWindow) -> None:
    app = application()
    deadline = time.perf_counter() + LOAD_TIMEOUT_S
    while window.is_loading() or window.timeline() is None:
        if time.perf_counter() > deadline:
            raise TimeoutError(f"the file did not load within {LOAD_TIMEOUT_S:.0f} s")
        app.processEvents()
        time.sleep(WAIT_STEP_S)
    app.processEvents()


class Repaints:
    """Times an action up to the end of the repaint it causes."""

    def __init__(self, window: QMainWindow) -> None:
        self.counter = PaintCounter(window.view)

    def time(self, action: Callable[[], Any]) -> float:
        painted = self.counter.count
        start = time.perf_counter()
        action()
        application().processEvents()
        elapsed = time.perf_counter() - start
        if self.counter.count == painted:
            raise RuntimeError("the filter change did not repaint the timeline view")
        return elapsed


def measure(args: argparse.Namespace) -> dict[str, Any]:
    settings = isolate_settings()
    window = create_main_window(args.file)
    window.show()
    wait_until_loaded(window)
    timeline = window.timeline()
    category_ids = [c.id for c in timeline.categories]
    repaints = Repaints(window)
    set_filter = window.state.set_filter
    toggled = window.filter_panel.category_checkbox(category_ids[0])
    samples: dict[str, list[float]] = defaultdict(list)
    with FullCollections() as collections:
        for _ in range(args.repeats):
            for kind, filters in sequences(category_ids).items():
                if kind == "category_toggle":  # the real click path: off, then on again
                    samples[kind].append(repaints.time(lambda: toggled.setChecked(False)))
                    samples[kind].append(repaints.time(lambda: toggled.setChecked(True)))
                    continue
                for event_filter in filters:
                    samples[kind].append(repaints.time(lambda f=event_filter: set_filter(f)))
    settings.cleanup()
    view = window.view
    return {
        "filters": {kind: summarize(seconds) for kind, seconds in samples.items()},
        "view_size": [view.width(), view.height()],
        "debounce_ms_not_included": debounce_ms(window.state.total_count()),
        "full_gc": collections.summary(),
        "peak_rss_mb": peak_rss_mb(),
    }


def main(argv: list[str] | None = None) -> int:
    parser = probe_parser(__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=2)
    return run_probe(parser, measure, argv)


if __name__ == "__main__":
    raise SystemExit(main())
