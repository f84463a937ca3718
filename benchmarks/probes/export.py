"""Export the whole timeline to PNG at 1920×1080 and to SVG, as ``timeline-app export`` does.

`python -m benchmarks.probes.export FILE --result OUT [--repeats K]`

The file is loaded first (untimed). Each export is timed from building the
page (``ExportPage.for_filter`` with no filter: it filters and picks the
window) to the file written by ``write_image`` (render, encode, atomic write).
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

from benchmarks.probes.common import probe_parser, run_probe
from benchmarks.qt_session import application
from benchmarks.stats import peak_rss_mb, timed
from timeline_app.export.image import write_image
from timeline_app.export.page import ExportPage
from timeline_app.model.events import Timeline
from timeline_app.model.loader import load_report
from timeline_app.query.filters import EventFilter
from timeline_app.render.style import Theme

EXPORT_SIZE = (1920, 1080)
FORMATS = ("png", "svg")


def export_once(timeline: Timeline, path: Path) -> None:
    page = ExportPage.for_filter(timeline, EventFilter(), Theme.light(), date.today())
    write_image(path, page, *EXPORT_SIZE)


def measure(args: argparse.Namespace) -> dict[str, Any]:
    application()
    timeline = load_report(args.file).timeline
    results: dict[str, Any] = {"size": list(EXPORT_SIZE)}
    with tempfile.TemporaryDirectory(prefix="timeline-bench-export-") as folder:
        for name in FORMATS:
            path = Path(folder) / f"timeline.{name}"
            seconds = [timed(lambda p=path: export_once(timeline, p))
                       for _ in range(args.repeats)]
            results[name] = {"seconds": seconds, "median_s": statistics.median(seconds),
                             "bytes": path.stat().st_size}
    results["peak_rss_mb"] = peak_rss_mb()
    return results


def main(argv: list[str] | None = None) -> int:
    parser = probe_parser(__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3)
    return run_probe(parser, measure, argv)


if __name__ == "__main__":
    raise SystemExit(main())
