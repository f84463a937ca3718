"""The side-by-side's steps in the app, as ``benchmarks/vis_timeline/steps.js`` takes them
in vis-timeline, on the same file.

`python -m benchmarks.probes.same_steps FILE --result OUT [--steps S]`

A ``TimelineView`` of the peer's page size (1600 × 900), grouped by category as the
peer groups by its groups, shown offscreen in a fresh process:

- first render: from reading the file (loading and validating it) to the end of the
  first paint, as the page times from parsing the file to its first painted redraw;
- ``S`` zoom steps in from the whole range (×1.5 each; the peer's ``zoomIn(0.5)``) and
  ``S`` pans of ⅛ of the width, each until repainted;
- hiding half the categories (4 of 8, as the page hides 4 of its 8 groups) and showing
  them again, each until repainted.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from typing import Any

from benchmarks.probes.common import probe_parser, run_probe
from benchmarks.probes.view_frames import Frames
from benchmarks.qt_session import application, isolate_settings
from benchmarks.stats import peak_rss_mb
from timeline_app.model.loader import load_report
from timeline_app.query.filters import EventFilter
from timeline_app.view.state import ViewState
from timeline_app.view.timeline_view import TimelineView

PAGE_SIZE = (1600, 900)


def measure(args: argparse.Namespace) -> dict[str, Any]:
    settings = isolate_settings()
    app = application()
    state = ViewState()
    state.set_grouped(True)
    view = TimelineView(state)
    view.resize(*PAGE_SIZE)
    view.show()
    app.processEvents()  # shown and exposed, empty, as the peer's page is before its script
    frames = Frames(view)
    start = time.perf_counter()
    timeline = load_report(args.file).timeline
    frames.time(lambda: state.set_timeline(timeline))
    first_render = time.perf_counter() - start

    def step(change: Callable[[], object]) -> float:
        return frames.time(change) * 1e3

    zooms = [step(view.zoom_in) for _ in range(args.steps)]
    step(view.fit_all)

    def pan() -> None:
        first, last = view.visible_range()
        shift = (last - first) / 8
        view.set_visible_range(first + shift, last + shift)

    pans = [step(pan) for _ in range(args.steps)]
    step(view.fit_all)
    ids = [c.id for c in timeline.categories]
    kept = frozenset(ids[len(ids) // 2:])
    hide = step(lambda: state.set_filter(EventFilter(categories=kept)))
    show = step(lambda: state.set_filter(EventFilter()))
    settings.cleanup()
    return {"first_render_ms": first_render * 1e3, "zoom_ms": zooms, "pan_ms": pans,
            "hide": hide, "show": show, "peak_rss_mb": peak_rss_mb()}


def main(argv: list[str] | None = None) -> int:
    parser = probe_parser(__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=10)
    return run_probe(parser, measure, argv)


if __name__ == "__main__":
    raise SystemExit(main())
