"""The columnar core's goals at 10,000,000, 1,000,000 and 100,000 events, checked against
the results.

Each verdict says where the time or memory went, from the measured parts; a goal
whose size this run did not measure says so.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from benchmarks.cells import Entry, megabytes, ms, seconds, section
from benchmarks.tables import FILTER_NAMES
from benchmarks.targets import Verdict, memory_check, paint_levels, usable_check

TEN_MILLION = 10_000_000
MILLION = 1_000_000
HUNDRED_THOUSAND = 100_000
USABLE_MILLION_S = 2.0
RSS_MILLION_MB = 600.0
LOAD_RATIO = 2.0
FILTER_MS = 50.0
USABLE_HUNDRED_THOUSAND_S = 0.5
KEYSTROKE_MS = 16.0
FELT_MS = 100.0

Goal = Callable[[Entry], Verdict]


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


def _command_line(entry: Entry) -> Verdict:
    name = "`validate` and `list --format csv` with a filter, within the machine's memory"
    line = section(entry, "command_line")
    if line is None:
        return Verdict(name, "not measured", None, "")
    validate, listing = line["validate"], line["list_csv"]
    peak = max(validate["peak_rss_mb"], listing["peak_rss_mb"])
    detail = (f"`validate` {seconds(validate['seconds'])} (peak "
              f"{megabytes(validate['peak_rss_mb'])}); `list` of {listing['rows']:,} events "
              f"{seconds(listing['seconds'])} (peak {megabytes(listing['peak_rss_mb'])})")
    return Verdict(name, f"peak {megabytes(peak)} of {megabytes(line['machine_ram_mb'])}",
                   peak < line["machine_ram_mb"], detail)


GOALS: tuple[tuple[int, tuple[Goal, ...]], ...] = (
    (MILLION, (usable_check(USABLE_MILLION_S, f"usable in the window ≤ {USABLE_MILLION_S:g} s"),
               memory_check(RSS_MILLION_MB, f"peak memory ≤ {RSS_MILLION_MB:g} MB"), _load,
               _filters, paint_levels)),
    (TEN_MILLION, (_command_line,)),
    (HUNDRED_THOUSAND, (usable_check(USABLE_HUNDRED_THOUSAND_S, "usable in the window ≤ "
                                     f"{USABLE_HUNDRED_THOUSAND_S:g} s"), _keystroke, _felt)),
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
