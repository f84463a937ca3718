"""The columnar core's goals at 1,000,000 and 100,000 events, checked against the results.

Each verdict says where the time or memory went, from the measured parts; a goal
whose size this run did not measure says so.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from benchmarks.cells import Entry, megabytes, ms, seconds, section
from benchmarks.tables import FILTER_NAMES, LEVEL_ROWS
from benchmarks.targets import Verdict

MILLION = 1_000_000
HUNDRED_THOUSAND = 100_000
USABLE_MILLION_S = 2.0
RSS_MILLION_MB = 600.0
LOAD_RATIO = 2.0
FILTER_MS = 50.0
PAINT_P95_MS = 16.0
USABLE_HUNDRED_THOUSAND_S = 0.5
KEYSTROKE_MS = 16.0
FELT_MS = 100.0

Goal = Callable[[Entry], Verdict]


def _usable(limit: float) -> Goal:
    def check(entry: Entry) -> Verdict:
        name = f"usable in the window ≤ {limit:g} s"
        startup = section(entry, "startup")
        if startup is None:
            return Verdict(name, "not measured", None, "")
        usable = startup["launch_to_usable_s"]
        detail = (f"the window is shown after {seconds(startup['launch_to_shown_s'])}, "
                  f"then waits for the file")
        core = section(entry, "core")
        if core is not None:
            load = core["load"]
            detail += (f"; loading alone takes {seconds(load['median_s'])} (parsing "
                       f"{seconds(load['parse_median_s'])}, validating and building the "
                       f"model {seconds(load['build_median_s'])})")
        return Verdict(name, seconds(usable), usable <= limit, detail)
    return check


def _memory(entry: Entry) -> Verdict:
    name = f"peak memory ≤ {RSS_MILLION_MB:g} MB"
    peaks = {label: entry[key]["peak_rss_mb"] for key, label in (
        ("startup", "window at startup"), ("window", "window after the filter changes"),
        ("view", "view while painting"), ("export", "export"), ("core", "core"))
        if section(entry, key) is not None}
    if not peaks:
        return Verdict(name, "not measured", None, "")
    worst = max(peaks, key=peaks.__getitem__)
    detail = "; ".join(f"{label} {megabytes(mb)}" for label, mb in peaks.items())
    return Verdict(name, f"{megabytes(peaks[worst])} ({worst})",
                   peaks[worst] <= RSS_MILLION_MB, detail)


def _load(entry: Entry) -> Verdict:
    name = f"load and validate, core, ≤ {LOAD_RATIO:g}× msgspec typed decoding"
    core, bare = section(entry, "core"), section(entry, "json")
    if core is None or bare is None or "msgspec_median_s" not in bare:
        return Verdict(name, "not measured", None, "")
    load, typed = core["load"], bare["msgspec_median_s"]
    ratio = load["median_s"] / typed
    detail = (f"msgspec {seconds(typed)}; of the load, parsing "
              f"{seconds(load['parse_median_s'])} and validating and building the model "
              f"{seconds(load['build_median_s'])}")
    return Verdict(name, f"{ratio:.1f}× ({seconds(load['median_s'])})", ratio <= LOAD_RATIO,
                   detail)


def _filters(entry: Entry) -> Verdict:
    name = f"any filter change, search keystroke included, until repainted ≤ {FILTER_MS:g} ms"
    window = section(entry, "window")
    if window is None:
        return Verdict(name, "not measured", None, "")
    filters = window["filters"]
    kind, worst = max(((k, s["max_ms"]) for k, s in filters.items()), key=lambda kv: kv[1])
    medians = ", ".join(f"{FILTER_NAMES[k]} {ms(s['median_ms'])}" for k, s in filters.items())
    return Verdict(name, f"worst {ms(worst)} ms ({FILTER_NAMES[kind]})", worst <= FILTER_MS,
                   f"medians (ms): {medians}")


def _paint(entry: Entry) -> Verdict:
    name = f"paint p95 at every zoom ≤ {PAINT_P95_MS:g} ms"
    view = section(entry, "view")
    if view is None:
        return Verdict(name, "not measured", None, "")
    labels = dict(LEVEL_ROWS)
    mode, level, summary = max(((m, lv, s) for m, levels in view["paint"].items()
                                for lv, s in levels.items()), key=lambda item: item[2]["p95_ms"])
    return Verdict(name, f"worst p95 {ms(summary['p95_ms'])} ms ({labels[level]}, {mode})",
                   summary["p95_ms"] <= PAINT_P95_MS,
                   f"layout alone {ms(summary['layout_ms'])} ms of a median "
                   f"{ms(summary['median_ms'])} ms frame")


def _keystroke(entry: Entry) -> Verdict:
    name = f"search keystroke, until repainted ≤ {KEYSTROKE_MS:g} ms"
    window = section(entry, "window")
    if window is None:
        return Verdict(name, "not measured", None, "")
    search = window["filters"]["search_keystroke"]
    return Verdict(name, f"median {ms(search['median_ms'])}, max {ms(search['max_ms'])} ms",
                   search["max_ms"] <= KEYSTROKE_MS,
                   "each letter of the word and the clearing, applied as the panel applies "
                   "them; the timeline, the overview, the list and the legend repainted")


def _felt(entry: Entry) -> Verdict:
    name = f"felt after a keystroke, the typing pause included, ≤ {FELT_MS:g} ms"
    window = section(entry, "window")
    if window is None or "debounce_ms_not_included" not in window:
        return Verdict(name, "not measured", None, "")
    pause = window["debounce_ms_not_included"]
    worst = window["filters"]["search_keystroke"]["max_ms"]
    return Verdict(name, f"{ms(pause + worst)} ms", pause + worst <= FELT_MS,
                   f"the pause the search field waits for ({pause} ms) plus the slowest "
                   f"keystroke ({ms(worst)} ms)")


GOALS: tuple[tuple[int, tuple[Goal, ...]], ...] = (
    (MILLION, (_usable(USABLE_MILLION_S), _memory, _load, _filters, _paint)),
    (HUNDRED_THOUSAND, (_usable(USABLE_HUNDRED_THOUSAND_S), _keystroke, _felt)),
)


def goals_table(sizes: dict[str, Any]) -> list[str]:
    lines = ["| At | Goal | Measured | | Where it goes |", "|---|---|---|---|---|"]
    for count, goals in GOALS:
        entry = sizes.get(str(count), {})
        for goal in goals:
            verdict = goal(entry)
            mark = {True: "met", False: "**missed**", None: "not measured"}[verdict.met]
            lines.append(f"| {count:,} | {verdict.target} | {verdict.measured} | {mark} | "
                         f"{verdict.detail} |")
    return lines
