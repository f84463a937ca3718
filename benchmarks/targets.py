"""The issue's targets at 100,000 events, checked against the results.

Each verdict carries where the time (or memory) went, taken from the measured
parts, so a miss is explained by numbers rather than by guesses.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from benchmarks.cells import Entry, megabytes, ms, seconds, section
from benchmarks.tables import FILTER_NAMES, LEVEL_ROWS, PAN_LABELS

TARGET_EVENTS = 100_000
LOAD_RATIO = 3.0
CSV_RATIO = 3.0
FILTER_MS = 50.0
PAINT_P95_MS = 16.0
USABLE_S = 1.5
PNG_S = 2.0
RSS_MB = 400.0


@dataclass(frozen=True)
class Verdict:
    target: str
    measured: str
    met: bool | None  # None: not measured
    detail: str


def _load(entry: Entry) -> Verdict:
    name = f"Load and validate ≤ {LOAD_RATIO:g}× a bare `json.load`"
    core, bare = section(entry, "core"), section(entry, "json")
    if core is None or bare is None:
        return Verdict(name, "not measured", None, "")
    load = core["load"]
    ratio = load["median_s"] / bare["median_s"]
    detail = (f"JSON parsing {seconds(load['parse_median_s'])} (a bare `json.load` takes "
              f"{seconds(bare['median_s'])}); validation and building the model "
              f"{seconds(load['build_median_s'])}")
    detail += _collections({"full_gc": load.get("full_gc_first_load")}, "during the first load")
    return Verdict(name, f"{ratio:.1f}× ({seconds(load['median_s'])})", ratio <= LOAD_RATIO,
                   detail)


def _csv(entry: Entry) -> Verdict:
    name = f"A CSV opens ≤ {CSV_RATIO:g}× `csv.reader` + the JSON load of the same events"
    sheet = section(entry, "csv")
    if sheet is None:
        return Verdict(name, "not measured", None, "")
    detail = (f"`csv.reader` {seconds(sheet['csv_reader_median_s'])}, the same events as JSON "
              f"{seconds(sheet['json_load_median_s'])}")
    return Verdict(name, f"{sheet['ratio']:.1f}× ({seconds(sheet['median_s'])})",
                   sheet["ratio"] <= CSV_RATIO, detail)


def _filter(entry: Entry) -> Verdict:
    name = f"Any filter change ≤ {FILTER_MS:g} ms"
    window = section(entry, "window")
    if window is None:
        return Verdict(name, "not measured", None, "")
    kind, worst = max(((k, s["max_ms"]) for k, s in window["filters"].items()),
                      key=lambda item: item[1])
    medians = ", ".join(f"{FILTER_NAMES[k]} {ms(s['median_ms'])}"
                        for k, s in window["filters"].items())
    detail = f"medians (ms): {medians}"
    core = section(entry, "core")
    if core is not None:
        core_kind, core_worst = max(((k, s["max_ms"]) for k, s in core["filters"].items()),
                                    key=lambda item: item[1])
        detail += (f"; `EventFilter.apply` alone: at most {ms(core_worst)} ms "
                   f"({FILTER_NAMES[core_kind]}), the rest is the window handing the result "
                   "to the view, the event list and the status bar, and repainting")
    detail += _collections(window, "among the filter changes")
    return Verdict(name, f"worst {ms(worst)} ms ({FILTER_NAMES[kind]})", worst <= FILTER_MS,
                   detail)


def paint_levels(entry: Entry) -> Verdict:
    name = f"Paint p95 ≤ {PAINT_P95_MS:g} ms at every zoom level"
    view = section(entry, "view")
    if view is None:
        return Verdict(name, "not measured", None, "")
    labels = dict(LEVEL_ROWS)
    mode, level, summary = max(((m, lv, s) for m, levels in view["paint"].items()
                                for lv, s in levels.items()), key=lambda item: item[2]["p95_ms"])
    over = sorted(f"{labels[lv]} {m}" for m, levels in view["paint"].items()
                  for lv, s in levels.items() if s["p95_ms"] > PAINT_P95_MS)
    detail = (f"worst level: layout alone {ms(summary['layout_ms'])} ms of a median "
              f"{ms(summary['median_ms'])} ms frame; the rest is painting")
    if over:
        detail += f"; over the limit: {', '.join(over)}"
    return Verdict(name, f"worst p95 {ms(summary['p95_ms'])} ms ({labels[level]}, {mode})",
                   summary["p95_ms"] <= PAINT_P95_MS, detail)


def _paint_motion(entry: Entry) -> Verdict:
    name = f"… and p95 ≤ {PAINT_P95_MS:g} ms while zooming and panning"
    view = section(entry, "view")
    if view is None:
        return Verdict(name, "not measured", None, "")
    series = [(f"zoom, {m}", s) for m, s in view["zoom"].items()]
    series += [(f"{PAN_LABELS[k]} at {dict(LEVEL_ROWS)[lv]}, {m}", s)
               for m, levels in view["pan"].items() for lv, kinds in levels.items()
               for k, s in kinds.items()]
    label, summary = max(series, key=lambda item: item[1]["p95_ms"])
    detail = f"its median {ms(summary['median_ms'])} ms, max {ms(summary['max_ms'])} ms"
    detail += _collections(view, "among all the view's frames")
    return Verdict(name, f"worst p95 {ms(summary['p95_ms'])} ms ({label})",
                   summary["p95_ms"] <= PAINT_P95_MS, detail)


def usable_check(limit: float, name: str) -> Callable[[Entry], Verdict]:
    """The check that the window is usable within ``limit`` seconds of its launch."""
    return lambda entry: _usable(entry, limit, name)


def _usable(entry: Entry, limit: float, name: str) -> Verdict:
    startup = section(entry, "startup")
    if startup is None:
        return Verdict(name, "not measured", None, "")
    usable = startup["launch_to_usable_s"]
    detail = (f"the window itself is shown after {seconds(startup['launch_to_shown_s'])}; "
              f"usable after {seconds(usable)}")
    core = section(entry, "core")
    if core is not None:
        detail += (f", of which loading and validating the file takes about "
                   f"{seconds(core['load']['median_s'])} (core probe)")
    runs = [r for r in startup["runs"] if "full_gc" in r]
    if runs:
        detail += _collections(runs[0], "in the first launch")
    return Verdict(name, seconds(usable), usable <= limit, detail)


def _png(entry: Entry) -> Verdict:
    name = f"PNG export (1920×1080) ≤ {PNG_S:g} s"
    export = section(entry, "export")
    if export is None:
        return Verdict(name, "not measured", None, "")
    png = export["png"]["median_s"]
    return Verdict(name, seconds(png), png <= PNG_S,
                   f"SVG of the same page: {seconds(export['svg']['median_s'])}")


def memory_check(limit: float, name: str) -> Callable[[Entry], Verdict]:
    """The check that the app's peak memory stays within ``limit`` MB."""
    return lambda entry: _memory(entry, limit, name)


def _memory(entry: Entry, limit: float, name: str) -> Verdict:
    peaks = {label: entry[key]["peak_rss_mb"] for key, label in (
        ("startup", "window at startup"), ("window", "window after the filter changes"),
        ("view", "view while painting"), ("export", "export"))
        if section(entry, key) is not None}
    if not peaks:
        return Verdict(name, "not measured", None, "")
    worst = max(peaks, key=peaks.__getitem__)
    detail = "; ".join(f"{label} {megabytes(mb)}" for label, mb in peaks.items())
    core = section(entry, "core")
    if core is not None:
        detail += f"; loading alone (no Qt) {megabytes(core['load']['peak_rss_mb'])}"
    return Verdict(name, f"{megabytes(peaks[worst])} ({worst})", peaks[worst] <= limit,
                   detail)


def _collections(probe: dict[str, Any], where: str) -> str:
    found = probe.get("full_gc")
    if not found or not found["count"]:
        return ""
    plural = "s" if found["count"] != 1 else ""
    return (f"; {found['count']} full garbage collection{plural} {where}, the longest "
            f"{ms(found['longest_ms'])} ms")


CHECKS: tuple[Callable[[Entry], Verdict], ...] = (
    _load, _csv, _filter, paint_levels, _paint_motion,
    usable_check(USABLE_S, f"Window shown and usable ≤ {USABLE_S:g} s"), _png,
    memory_check(RSS_MB, f"At most {RSS_MB:g} MB RSS"))


def verdicts(sizes: dict[str, Any]) -> list[Verdict] | None:
    entry = sizes.get(str(TARGET_EVENTS))
    return None if entry is None else [check(entry) for check in CHECKS]


def targets_table(sizes: dict[str, Any]) -> list[str]:
    found = verdicts(sizes)
    if found is None:
        return [f"Not evaluated: this run did not measure {TARGET_EVENTS:,} events."]
    lines = ["| Target | Measured | | Where it goes |", "|---|---|---|---|"]
    for verdict in found:
        mark = {True: "met", False: "**missed**", None: "not measured"}[verdict.met]
        lines.append(f"| {verdict.target} | {verdict.measured} | {mark} | {verdict.detail} |")
    return lines
