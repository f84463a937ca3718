"""Load and validate a file, then filter it: the Qt-free core alone.

`python -m benchmarks.probes.core FILE --result OUT [--repeats K]`

Load: ``load_report`` as the window calls it; its progress callback marks
where JSON parsing ends and validation + model building begins. Peak RSS is
read right after the first load, before anything else allocates.
Filters: ``EventFilter.from_text`` + ``apply`` over all events, per kind.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from benchmarks.probes.common import probe_parser, run_probe
from benchmarks.probes.filters import sequences
from benchmarks.stats import FullCollections, peak_rss_mb, summarize, timed
from timeline_app.model.events import Timeline
from timeline_app.model.loader import load_report

PARSED = 0.5
"""``load_report`` reports this fraction once the JSON is parsed."""

FILTER_PASSES = 3


def timed_load(path: Path) -> tuple[Timeline, float, float]:
    """The timeline, the seconds to parse its JSON and the seconds to validate and build it."""
    marks: list[float] = []

    def progress(fraction: float) -> None:
        if fraction >= PARSED and not marks:
            marks.append(time.perf_counter())

    start = time.perf_counter()
    timeline = load_report(path, progress=progress).timeline
    end = time.perf_counter()
    parsed = marks[0] if marks else end
    return timeline, parsed - start, end - parsed


def measure(args: argparse.Namespace) -> dict[str, Any]:
    parse: list[float] = []
    build: list[float] = []
    with FullCollections() as collections:
        timeline, parse_s, build_s = timed_load(args.file)
    rss = peak_rss_mb()
    parse.append(parse_s)
    build.append(build_s)
    for _ in range(args.repeats - 1):
        del timeline
        timeline, parse_s, build_s = timed_load(args.file)
        parse.append(parse_s)
        build.append(build_s)
    totals = [p + b for p, b in zip(parse, build, strict=True)]
    return {
        "events": len(timeline.events),
        "load": {"seconds": totals, "median_s": statistics.median(totals),
                 "parse_median_s": statistics.median(parse),
                 "build_median_s": statistics.median(build), "peak_rss_mb": rss,
                 "full_gc_first_load": collections.summary()},
        "filters": filter_times(timeline),
        "peak_rss_mb": peak_rss_mb(),
    }


def filter_times(timeline: Timeline) -> dict[str, Any]:
    samples: dict[str, list[float]] = defaultdict(list)
    steps = sequences([c.id for c in timeline.categories])
    for _ in range(FILTER_PASSES):
        for kind, filters in steps.items():
            for event_filter in filters:
                samples[kind].append(timed(lambda f=event_filter: f.apply(timeline.events)))
    return {kind: summarize(seconds) for kind, seconds in samples.items()}


def main(argv: list[str] | None = None) -> int:
    parser = probe_parser(__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3)
    return run_probe(parser, measure, argv)


if __name__ == "__main__":
    raise SystemExit(main())
