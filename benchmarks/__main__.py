"""`python -m benchmarks`: measure, write the JSON results and docs/performance.md.

With no options: 1,000, 10,000, 100,000 and 1,000,000 events for everything,
and the command line (`validate`, `list`) at 1,000,000 and 10,000,000 events;
results go to benchmarks/results/full.json and docs/performance.md is
regenerated. ``--quick`` measures 1,000 events only, to check that the harness
still works; it writes its JSON to the temporary folder and leaves the docs
alone unless ``--doc`` is given.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

from benchmarks.machine import REPO
from benchmarks.report import write_document
from benchmarks.runner import Plan, run

FULL = Plan(gui_sizes=(1_000, 10_000, 100_000, 1_000_000),
            core_sizes=(1_000, 10_000, 100_000, 1_000_000),
            mixed_sizes=(100_000,), command_line_sizes=(1_000_000, 10_000_000))
QUICK = Plan(gui_sizes=(1_000,), core_sizes=(1_000,), command_line_sizes=(1_000,))
FULL_RESULTS = REPO / "benchmarks" / "results" / "full.json"
DOC = REPO / "docs" / "performance.md"


def sizes(text: str) -> tuple[int, ...]:
    return tuple(int(part.replace("_", "")) for part in text.split(",") if part)


def parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m benchmarks",
                                     description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="1,000 events only")
    parser.add_argument("--sizes", type=sizes, help="event counts for everything, e.g. 200,5000")
    parser.add_argument("--core-sizes", type=sizes,
                        help="event counts for the Qt-free core (default: --sizes)")
    parser.add_argument("--command-line-sizes", type=sizes,
                        help="event counts for `validate` and `list` (default: none)")
    parser.add_argument("--frames", type=int, help="frames per zoom level (default 40)")
    parser.add_argument("--steps", type=int, help="zoom steps and pan steps (default 20)")
    parser.add_argument("--startup-runs", type=int, help="launches to time (default 3)")
    parser.add_argument("--results", type=Path, help="JSON file to write")
    parser.add_argument("--doc", type=Path, help="markdown file whose generated part to update")
    return parser.parse_args(argv)


def plan_for(args: argparse.Namespace) -> tuple[Plan, str]:
    base, mode = (QUICK, "quick") if args.quick else (FULL, "full")
    if args.sizes is not None or args.core_sizes is not None or args.command_line_sizes:
        base, mode = Plan(gui_sizes=args.sizes or (),
                          core_sizes=args.core_sizes if args.core_sizes is not None
                          else args.sizes or (),
                          command_line_sizes=args.command_line_sizes or ()), "custom"
    overrides = {name: value for name, value in (
        ("frames", args.frames), ("steps", args.steps), ("startup_runs", args.startup_runs))
        if value is not None}
    if overrides:
        mode = "custom"
    return Plan(base.gui_sizes, base.core_sizes, base.mixed_sizes, base.command_line_sizes,
                **{"startup_runs": base.startup_runs, "frames": base.frames,
                   "steps": base.steps, **overrides}), mode


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    plan, mode = plan_for(args)
    full = mode == "full"
    results_path = args.results or (FULL_RESULTS if full else
                                    Path(tempfile.gettempdir()) / f"timeline_app-bench-{mode}.json")
    doc = args.doc or (DOC if full else None)

    def log(line: str) -> None:
        print(line, file=sys.stderr, flush=True)

    results = run(plan, mode, log)
    results_path.parent.mkdir(parents=True, exist_ok=True)
    results_path.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    log(f"results: {results_path}")
    if doc is not None:
        name = (results_path.relative_to(REPO).as_posix() if results_path.is_relative_to(REPO)
                else results_path.name)
        write_document(doc, results, name)
        log(f"document: {doc}")
    failed = [name for group in ("sizes", "mixed") for entry in results[group].values()
              for name, value in entry.items() if isinstance(value, dict) and "error" in value]
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
