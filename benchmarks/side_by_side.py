"""`python -m benchmarks.side_by_side`: the app and vis-timeline 8.5.4 on one file.

For each size, ``benchmarks/synth.py --mix intervals`` writes one timeline file
(8 years of plain intervals in 8 groups, the shape of the peer's own benchmark data).
Both programs read that same file in a fresh process and take the same steps: the first
render, ten zoom steps, ten pans, hiding half the items (4 of 8 groups) and showing them
again, each until painted (``benchmarks/vis_timeline/steps.js`` in headless Chromium,
driven by playwright-core; ``benchmarks/probes/same_steps.py`` in an offscreen Qt
window). The figures go to benchmarks/results/side-by-side.json, which ``make bench``'s
report turns into docs/performance.md's side-by-side table.

Optional: it needs npm (to install ``benchmarks/vis_timeline``'s two packages) and a
Chromium (``chromium`` or ``chromium-browser`` on the PATH, or ``--chromium``).
``--if-available`` skips it with a message when either is missing.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from benchmarks.machine import REPO, describe
from benchmarks.synth import generate

HARNESS = REPO / "benchmarks" / "vis_timeline"
RESULTS = REPO / "benchmarks" / "results" / "side-by-side.json"
DATA = REPO / "benchmarks" / ".data"
SIZES = (1_000, 10_000, 100_000)
PEER_TIMEOUT_S = 900
"""A whole peer run; each of its steps gives up after 60 s (steps.js)."""


def chromium(given: str | None) -> str | None:
    return given or shutil.which("chromium") or shutil.which("chromium-browser")


def missing(browser: str | None) -> str | None:
    """Why the side-by-side cannot run here, or None."""
    if shutil.which("node") is None or shutil.which("npm") is None:
        return "node and npm are not installed"
    if browser is None:
        return "no Chromium found (install the chromium package, or pass --chromium)"
    return None


def install_harness() -> None:
    """playwright-core and vis-timeline at the versions package.json pins, without a
    lock file (it would record the registry's addresses)."""
    if not (HARNESS / "node_modules" / "vis-timeline").is_dir():
        subprocess.run(["npm", "install", "--no-package-lock", "--no-audit", "--no-fund",
                        "--silent"], cwd=HARNESS, check=True)


def peer_run(path: Path, steps: int, browser: str) -> dict[str, Any]:
    try:
        done = subprocess.run(["node", str(HARNESS / "drive.mjs"), str(path), str(steps),
                               browser], capture_output=True, text=True,
                              timeout=PEER_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        return {"error": f"did not finish within {PEER_TIMEOUT_S} s"}
    if done.returncode != 0:
        return {"error": done.stderr.strip().splitlines()[-1] if done.stderr else "failed"}
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def our_run(path: Path, steps: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "result.json"
        done = subprocess.run([sys.executable, "-m", "benchmarks.probes.same_steps", str(path),
                               "--result", str(out), "--steps", str(steps)],
                              capture_output=True, text=True, cwd=REPO)
        if done.returncode != 0:
            return {"error": done.stderr.strip().splitlines()[-1] if done.stderr else "failed"}
        result: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
        return result


def measure(sizes: tuple[int, ...], steps: int, browser: str) -> dict[str, Any]:
    DATA.mkdir(parents=True, exist_ok=True)
    runs: dict[str, Any] = {}
    for count in sizes:
        path = DATA / f"intervals-{count}.json"
        path.write_text(json.dumps(generate(count, 1, "intervals")), encoding="utf-8")
        print(f"{count:,} items: vis-timeline…", file=sys.stderr)
        peer = peer_run(path, steps, browser)
        print(f"{count:,} items: timeline_app…", file=sys.stderr)
        runs[str(count)] = {"file": path.name, "vis-timeline": peer, "timeline_app":
                            our_run(path, steps)}
    return {"machine": describe(), "steps": steps, "sizes": runs}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.side_by_side",
                                     description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)),
                        help="item counts (default 1000,10000,100000)")
    parser.add_argument("--steps", type=int, default=10, help="zoom steps and pans (10)")
    parser.add_argument("--chromium", help="the Chromium to drive")
    parser.add_argument("--results", type=Path, default=RESULTS)
    parser.add_argument("--doc", type=Path, help="markdown file whose generated part to "
                        "update: the last full run's tables (benchmarks/results/full.json) "
                        "with this run's side-by-side table")
    parser.add_argument("--if-available", action="store_true",
                        help="skip, with a message, where npm or Chromium is missing")
    args = parser.parse_args(argv)
    browser = chromium(args.chromium)
    reason = missing(browser)
    if reason is not None:
        print(f"side by side with vis-timeline: skipped, {reason}", file=sys.stderr)
        return 0 if args.if_available else 1
    assert browser is not None
    install_harness()
    sizes = tuple(int(part) for part in args.sizes.replace("_", "").split(",") if part)
    result = measure(sizes, args.steps, browser)
    args.results.parent.mkdir(parents=True, exist_ok=True)
    args.results.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    print(args.results)
    if args.doc is not None:
        from benchmarks.report import write_document  # it reads this module's results

        full = REPO / "benchmarks" / "results" / "full.json"
        write_document(args.doc, json.loads(full.read_text(encoding="utf-8")),
                       full.relative_to(REPO).as_posix())
        print(args.doc)
    return 0


if __name__ == "__main__":
    sys.exit(main())
