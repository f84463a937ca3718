"""The yardstick for loading: a bare ``json.load`` of the same file, nothing else.

`python -m benchmarks.probes.json_baseline FILE --result OUT [--repeats K]`
"""

from __future__ import annotations

import argparse
import json
import statistics
from pathlib import Path
from typing import Any

from benchmarks.probes.common import probe_parser, run_probe
from benchmarks.stats import peak_rss_mb, timed


def bare_json_load(path: Path) -> Any:
    with path.open(encoding="utf-8") as handle:
        return json.load(handle)


def measure(args: argparse.Namespace) -> dict[str, Any]:
    seconds = [timed(lambda: bare_json_load(args.file)) for _ in range(args.repeats)]
    return {"seconds": seconds, "median_s": statistics.median(seconds),
            "peak_rss_mb": peak_rss_mb()}


def main(argv: list[str] | None = None) -> int:
    parser = probe_parser(__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3)
    return run_probe(parser, measure, argv)


if __name__ == "__main__":
    raise SystemExit(main())
