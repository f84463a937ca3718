"""Runs every probe for every size, each in a fresh process, and gathers the results.

Data files come from ``benchmarks.synth`` (seed 1) in a temporary folder.
Qt probes run with ``QT_QPA_PLATFORM=offscreen``. A probe that fails or
times out is recorded as ``{"error": ...}``, never as a number.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from benchmarks.machine import REPO, describe

SEED = 1
PROBE_TIMEOUT_S = 900
BIG = 1_000_000
"""From this size on, loads are timed once, not three times."""
CSV_MAX = 100_000
"""Spreadsheet imports are measured up to this size (the import issue's target)."""

Log = Callable[[str], None]


@dataclass(frozen=True)
class Plan:
    gui_sizes: tuple[int, ...]  # everything, Qt included
    core_sizes: tuple[int, ...]  # the Qt-free core only (load, validate, filter)
    mixed_sizes: tuple[int, ...] = ()  # everything, on the deep mix (deep time, BCE, times)
    command_line_sizes: tuple[int, ...] = ()  # `validate` and `list`; alone when not above
    startup_runs: int = 3
    frames: int = 40
    steps: int = 20

    @property
    def sizes(self) -> list[int]:
        return sorted(set(self.gui_sizes) | set(self.core_sizes) | set(self.command_line_sizes))


def run(plan: Plan, mode: str, log: Log) -> dict[str, Any]:
    started = time.perf_counter()
    results: dict[str, Any] = {
        "schema": 1, "mode": mode, "seed": SEED,
        "generated_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "plan": asdict(plan), "machine": describe(), "sizes": {}, "mixed": {},
    }
    with tempfile.TemporaryDirectory(prefix="timeline-bench-") as folder:
        for count in plan.sizes:
            path = Path(folder) / f"synth-{count}.json"
            results["sizes"][str(count)] = measure_size(plan, count, path, log)
            path.unlink()
        for count in plan.mixed_sizes:
            path = Path(folder) / f"synth-{count}-deep.json"
            results["mixed"][str(count)] = measure_size(plan, count, path, log, mix="deep",
                                                        gui=True)
            path.unlink()
    results["wall_s"] = time.perf_counter() - started
    results["load_average_at_end"] = [round(x, 2) for x in os.getloadavg()]
    return results


def measure_size(plan: Plan, count: int, path: Path, log: Log, *, mix: str = "standard",
                 gui: bool | None = None) -> dict[str, Any]:
    """Every probe on a generated file of ``count`` events of ``mix``; the GUI probes
    when ``gui`` (by default: when ``count`` is one of the plan's GUI sizes)."""
    log(f"{count:,} events ({mix} mix): generating")
    subprocess.run([sys.executable, "-m", "benchmarks.synth", str(count), "--seed", str(SEED),
                    "--mix", mix, "-o", str(path)], cwd=REPO, env=_env(), check=True)
    repeats = ["--repeats", "1" if count >= BIG else "3"]
    entry: dict[str, Any] = {"events": count, "file_mb": path.stat().st_size / 2**20,
                             "mix": mix}
    probe = _Prober(path, count, log)
    if mix == "standard" and count in plan.command_line_sizes:
        entry["command_line"] = probe("command_line", [])
        if count not in plan.core_sizes and count not in plan.gui_sizes:
            entry["json"] = probe("json_baseline", [*repeats, "--typed-only"])
            return entry
    entry["json"] = probe("json_baseline", repeats)
    entry["core"] = probe("core", repeats)
    if count <= CSV_MAX and mix == "standard":
        entry["csv"] = probe("csv_import", repeats)
    if gui if gui is not None else count in plan.gui_sizes:
        entry["startup"] = combine_startups(
            [probe("startup", [], launched=True) for _ in range(plan.startup_runs)])
        entry["window"] = probe("window_filters", [])
        entry["view"] = probe("view_frames", ["--frames", str(plan.frames),
                                              "--steps", str(plan.steps)])
        entry["export"] = probe("export", repeats)
    return entry


class _Prober:
    """Runs one probe module on one file in a fresh process and returns its JSON."""

    def __init__(self, path: Path, count: int, log: Log) -> None:
        self.path, self.count, self.log = path, count, log

    def __call__(self, name: str, extra: list[str], *, launched: bool = False) -> dict[str, Any]:
        with tempfile.TemporaryDirectory(prefix="timeline-bench-probe-") as folder:
            result = Path(folder) / "result.json"
            command = [sys.executable, "-m", f"benchmarks.probes.{name}", str(self.path),
                       "--result", str(result), *extra]
            started = time.perf_counter()
            if launched:  # the startup probe measures from here
                command += ["--launched", repr(time.clock_gettime(time.CLOCK_MONOTONIC))]
            try:
                done = subprocess.run(command, cwd=REPO, env=_env(), capture_output=True,
                                      text=True, timeout=PROBE_TIMEOUT_S)
            except subprocess.TimeoutExpired:
                return self._failed(name, f"timed out after {PROBE_TIMEOUT_S} s")
            if done.returncode != 0 or not result.exists():
                tail = done.stderr.strip().splitlines()[-3:]
                return self._failed(name, " / ".join(tail) or f"exit code {done.returncode}")
            self.log(f"{self.count:,} events: {name} done in "
                     f"{time.perf_counter() - started:.1f} s")
            return json.loads(result.read_text(encoding="utf-8"))

    def _failed(self, name: str, reason: str) -> dict[str, Any]:
        self.log(f"{self.count:,} events: {name} FAILED: {reason}")
        return {"error": reason}


def combine_startups(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """Medians over the launches that worked (each launch is a separate process)."""
    good = [r for r in runs if "error" not in r]
    if not good:
        return runs[0]
    combined: dict[str, Any] = {
        key: statistics.median(r[key] for r in good)
        for key in ("launch_to_python_s", "launch_to_shown_s", "launch_to_usable_s",
                    "create_to_usable_s")}
    combined.update(runs=runs, view_size=good[0]["view_size"],
                    peak_rss_mb=max(r["peak_rss_mb"] for r in good))
    return combined


def _env() -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    return env
