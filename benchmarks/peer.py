"""The side-by-side table with vis-timeline 8.5.4, from the figures ``benchmarks.side_by_side``
measured: both programs on the same file, in one run, taking the same steps."""

from __future__ import annotations

import json
import statistics
from pathlib import Path
from typing import Any

from benchmarks.cells import DASH, ms, seconds
from benchmarks.side_by_side import RESULTS

PEER = "vis-timeline 8.5.4"
PROGRAMS = (("vis-timeline", PEER), ("timeline_app", "**timeline_app**"))


def side_by_side(path: Path = RESULTS) -> list[str]:
    if not path.exists():
        return ["Not measured yet: `make bench-peer` (it needs npm and Chromium) writes "
                f"{path.relative_to(path.parents[2])}."]
    results: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    machine, steps = results["machine"], results["steps"]
    source = machine.get("source", {})
    lines = [
        f"Measured by `python -m benchmarks.side_by_side` in one run on {machine['cpu']} "
        f"({machine['cores']} cores), at commit `{source.get('commit', '?')}`: for each size "
        "both programs read the same file (`benchmarks/synth.py --mix intervals`: 8 years "
        "of plain intervals in 8 groups) in a fresh process and take the same steps, each "
        f"timed until painted: the first render (reading the file included), {steps} zoom "
        f"steps in, {steps} pans of ⅛ of the width, hiding 4 of the 8 groups and showing "
        f"them again. {PEER} runs in headless Chromium {_browser(results)} at 1600×900; "
        "timeline_app's view is the same size, grouped by category, offscreen. A step "
        "that did not finish within 60 s stops the peer's run.",
        "",
        "| Items | | First render | Zoom step (median / max) | Pan (median / max) "
        "| Hiding half the items | Showing them again |",
        "|---:|---|---|---|---|---|---|",
    ]
    for count, run in sorted(results["sizes"].items(), key=lambda item: int(item[0])):
        for key, name in PROGRAMS:
            lines.append(f"| {int(count):,} | {name} | " + " | ".join(_cells(run[key])) + " |")
    return lines


def _browser(results: dict[str, Any]) -> str:
    versions = {run["vis-timeline"].get("browser") for run in results["sizes"].values()}
    return ", ".join(sorted(v for v in versions if v)) or "(version not recorded)"


def _cells(run: dict[str, Any]) -> list[str]:
    failed = run.get("error", DASH)
    first = seconds(run["first_render_ms"] / 1e3) if "first_render_ms" in run else failed
    cells = [first]
    for key in ("zoom_ms", "pan_ms"):
        times = run.get(key)
        cells.append(f"{ms(statistics.median(times))} / {ms(max(times))} ms" if times
                     else failed if "first_render_ms" in run else DASH)
    for key in ("hide", "show"):
        cells.append(f"{ms(run[key])} ms" if key in run
                     else failed if "zoom_ms" in run else DASH)
    return cells
