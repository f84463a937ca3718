"""The results table: one column per size, one row per measurement."""

from __future__ import annotations

from typing import Any

from benchmarks.cells import (
    DASH,
    Cell,
    Entry,
    cell,
    count,
    median_max,
    megabytes,
    ms,
    seconds,
    spread,
)
from benchmarks.probes.command_line import LISTED_CATEGORY
from benchmarks.probes.filters import DATE_FROM, DATE_TO, SEARCH_WORD

FILTER_NAMES = {
    "category_toggle": "category toggle",
    "hide_half": "hide half",
    "search_keystroke": "search keystroke",
    "date_range": "date range",
    "evidence": "evidence",
}
FILTER_ROWS = (
    ("category_toggle", "category toggle (1 of 8 off, on)"),
    ("hide_half", "hide half (4 of 8 categories off, on)"),
    ("search_keystroke", f"search keystroke (typing “{SEARCH_WORD}”, clearing)"),
    ("date_range", f"date range ({DATE_FROM}–{DATE_TO}, cleared)"),
    ("evidence", "evidence (single-source, day or month, one source, cleared)"),
)
LEVEL_ROWS = (("full", "whole range"), ("year", "1 year"), ("month", "1 month"),
              ("busiest", "busiest sparse view"))
MODES = (("ungrouped", ""), ("grouped", ", grouped"))
PAN_LABELS = {"keys": "Shift+Right pans", "drag": "drag steps (draft frames)"}

Row = tuple[str, Cell]


def _ratio(entry: Entry) -> str:
    load, bare = entry.get("core", {}), entry.get("json", {})
    if "load" not in load or "median_s" not in bare:
        return DASH
    return f"{load['load']['median_s'] / bare['median_s']:.1f}×"


def _typed_ratio(entry: Entry) -> str:
    load, bare = entry.get("core", {}), entry.get("json", {})
    if "load" not in load or "msgspec_median_s" not in bare:
        return DASH
    return f"{load['load']['median_s'] / bare['msgspec_median_s']:.1f}×"


def _validate_ratio(entry: Entry) -> str:
    line, bare = entry.get("command_line", {}), entry.get("json", {})
    if "validate" not in line or "msgspec_median_s" not in bare:
        return DASH
    return f"{line['validate']['seconds'] / bare['msgspec_median_s']:.1f}×"


def _run(command: dict[str, Any]) -> str:
    return f"{seconds(command['seconds'])}, peak {megabytes(command['peak_rss_mb'])}"


def _paint_cell(mode: str, level: str) -> Cell:
    def read(view: dict[str, Any]) -> str:
        summary = view["paint"][mode][level]
        return f"{spread(summary)} ({ms(summary['layout_ms'])})"

    return cell("view", read)


def _app_peak(entry: Entry) -> str:
    peaks = [entry[name]["peak_rss_mb"] for name in ("startup", "window", "view", "export")
             if isinstance(entry.get(name), dict) and "peak_rss_mb" in entry[name]]
    return megabytes(max(peaks)) if peaks else DASH


def rows() -> list[tuple[str, list[Row]]]:
    """(group heading, rows) in the order the table shows them."""
    load = [
        ("events", cell("core", lambda c: count(c["events"]))),
        ("file size", lambda e: f"{e['file_mb']:,.1f} MB"),
        ("`load_report` (load + validate)", cell("core", lambda c: seconds(c["load"]["median_s"]))),
        ("… of which JSON parsing", cell("core", lambda c: seconds(c["load"]["parse_median_s"]))),
        ("… of which validation + model", cell("core",
                                               lambda c: seconds(c["load"]["build_median_s"]))),
        ("bare `json.load`", cell("json", lambda j: seconds(j["median_s"]))),
        ("ratio to bare `json.load`", _ratio),
        ("`json.load`, collector paused (as the loader runs)",
         cell("json", lambda j: seconds(j["paused_median_s"]))),
        ("msgspec typed decoding, collector paused",
         cell("json", lambda j: seconds(j["msgspec_median_s"]))),
        ("ratio to msgspec typed decoding", _typed_ratio),
        ("peak RSS after loading", cell("core", lambda c: megabytes(c["load"]["peak_rss_mb"]))),
    ]
    command_line = [
        ("`timeline-app validate FILE`", cell("command_line", lambda c: _run(c["validate"]))),
        ("… its ratio to msgspec typed decoding", _validate_ratio),
        (f"`timeline-app list FILE --format csv --category {LISTED_CATEGORY}` to a file",
         cell("command_line", lambda c: f"{_run(c['list_csv'])}, {c['list_csv']['rows']:,} "
                                        f"rows ({c['list_csv']['csv_mb']:,.0f} MB)")),
    ]
    core_filters = [(label, cell("core", lambda c, k=kind: median_max(c["filters"][k])))
                    for kind, label in FILTER_ROWS]
    window_filters = [(label, cell("window", lambda w, k=kind: median_max(w["filters"][k])))
                      for kind, label in FILTER_ROWS]
    startup = [
        ("launch → window shown (first paint)",
         cell("startup", lambda s: seconds(s["launch_to_shown_s"]))),
        ("launch → usable (timeline painted)",
         cell("startup", lambda s: seconds(s["launch_to_usable_s"]))),
        ("`create_main_window` → usable",
         cell("startup", lambda s: seconds(s["create_to_usable_s"]))),
        ("peak RSS of the app (any GUI probe)", _app_peak),
    ]
    paint = [
        ("busiest sparse view: days shown (events)",
         cell("view", lambda v: f"{v['busiest']['span_days']:,.0f} ({v['busiest']['visible']:,})")),
        *((f"{label}{suffix}", _paint_cell(mode, level))
          for mode, suffix in MODES for level, label in LEVEL_ROWS),
    ]
    motion = [
        *((f"20 zoom steps{suffix}", cell("view", lambda v, m=mode: spread(v["zoom"][m])))
          for mode, suffix in MODES),
        *((f"20 {PAN_LABELS[kind]} at {label}{suffix}",
           cell("view", lambda v, m=mode, lv=level, k=kind: spread(v["pan"][m][lv][k])))
          for mode, suffix in MODES for level, label in LEVEL_ROWS[1:3] for kind in PAN_LABELS),
    ]
    spreadsheet = [
        ("`open_report` of the CSV", cell("csv", lambda c: f"{seconds(c['median_s'])} "
                                                          f"({c['csv_mb']:,.1f} MB)")),
        ("`csv.reader` over it", cell("csv", lambda c: seconds(c["csv_reader_median_s"]))),
        ("`load_report` of the same events as JSON",
         cell("csv", lambda c: seconds(c["json_load_median_s"]))),
        ("ratio to the two together", cell("csv", lambda c: f"{c['ratio']:.1f}×")),
    ]
    export = [
        ("PNG 1920×1080", cell("export", lambda x: f"{seconds(x['png']['median_s'])} "
                                                   f"({x['png']['bytes'] / 2**10:,.0f} KB)")),
        ("SVG 1920×1080", cell("export", lambda x: f"{seconds(x['svg']['median_s'])} "
                                                   f"({x['svg']['bytes'] / 2**10:,.0f} KB)")),
    ]
    return [
        ("Load and validate (median of 3 loads; 1 load from 1,000,000 on)", load),
        ("The command line, a fresh process each, one run (wall time, peak RSS)", command_line),
        ("Open a spreadsheet of the same events (CSV, median of 3)", spreadsheet),
        ("Filter change, Qt-free core (`EventFilter.apply`), median / max ms", core_filters),
        ("Filter change in the window, until repainted, median / max ms", window_filters),
        ("First window (median of the launches)", startup),
        ("Paint per frame, 1600×900, median / p95 / max ms (layout alone)", paint),
        ("Frames while zooming and panning, median / p95 / max ms", motion),
        ("Export (median of 3)", export),
    ]


def results_table(sizes: dict[str, Entry], mixed: dict[str, Entry] | None = None) -> list[str]:
    """One column per size of the standard mix, then one per size of the deep mix."""
    columns = [(f"{int(c):,}", sizes[c]) for c in sorted(sizes, key=int)]
    columns += [(f"{int(c):,} deep mix", (mixed or {})[c]) for c in sorted(mixed or {}, key=int)]
    lines = ["| | " + " | ".join(name for name, _ in columns) + " |",
             "|---|" + "---:|" * len(columns)]
    for heading, group in rows():
        lines.append(f"| **{heading}** |" + " |" * len(columns))
        for label, read in group:
            lines.append(f"| {label} | " + " | ".join(read(entry) for _, entry in columns) + " |")
    return lines


def failures(sizes: dict[str, Entry], mixed: dict[str, Entry] | None = None) -> list[str]:
    """One line per probe that failed, with its reason."""
    found = []
    for group, suffix in ((sizes, ""), (mixed or {}, " (deep mix)")):
        for size in sorted(group, key=int):
            for name, value in group[size].items():
                if isinstance(value, dict) and "error" in value:
                    found.append(f"- {int(size):,} events{suffix}, `{name}`: {value['error']}")
    return found
