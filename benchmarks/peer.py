"""Our figures beside vis-timeline 8.5.4's, typed in from an earlier issue.

The peer figures are that issue's: vis-timeline 8.5.4 in headless Chromium on
this class of 2-core machine, on the peer's own data file (8 years of plain
intervals in 8 groups), not on ``benchmarks.synth``'s mix (25 years, with
qualifiers): a rough comparison until both are measured on one file. Ours are
matched as:

- first render ≈ launch of a fresh process → main window usable (the file
  loaded, validated and painted);
- zoom step ≈ the median frame during 20 zoom steps, grouped by category
  (8 bands, as the peer's 8 groups);
- hiding half the items ≈ hiding 4 of 8 categories in the window, until
  repainted (the worse of hiding and showing them again).
"""

from __future__ import annotations

from typing import Any

from benchmarks.cells import DASH, Entry, ms, seconds, section

PEER = "vis-timeline 8.5.4"
NOT_MEASURED = "not measured"

PEER_ROWS: tuple[tuple[int, str, str, str, str], ...] = (
    # items, setting, first render, zoom step (median), hiding half the items
    (1_000, PEER, "about 1.0 s", "27 ms", NOT_MEASURED),
    (10_000, PEER, "34 s", "34 ms", NOT_MEASURED),
    (10_000, f"{PEER}, clustering on", "1.9 s", "1.2 s", "10 s"),
)


def _ours(entry: Entry) -> tuple[str, str, str]:
    startup, view, window = (section(entry, k) for k in ("startup", "view", "window"))
    first = seconds(startup["launch_to_usable_s"]) if startup else DASH
    zoom = f"{ms(view['zoom']['grouped']['median_ms'])} ms" if view else DASH
    hide = f"{ms(window['filters']['hide_half']['max_ms'])} ms" if window else DASH
    return first, zoom, hide


def side_by_side(sizes: dict[str, Any]) -> list[str]:
    ours = sorted(int(s) for s in sizes if "view" in sizes[s])
    lines = ["| Items | | First render | Zoom step (median) | Hiding half the items |",
             "|---:|---|---|---|---|"]
    for count in sorted({*ours, *(row[0] for row in PEER_ROWS)}):
        for items, setting, *figures in PEER_ROWS:
            if items == count:
                lines.append(f"| {count:,} | {setting} | " + " | ".join(figures) + " |")
        if count not in {row[0] for row in PEER_ROWS}:
            lines.append(f"| {count:,} | {PEER} | " + " | ".join([NOT_MEASURED] * 3) + " |")
        figures = _ours(sizes[str(count)]) if count in ours else (DASH, DASH, DASH)
        lines.append(f"| {count:,} | **timeline_app** | " + " | ".join(figures) + " |")
    return lines
