"""The command line on a file too big for the other probes: `validate`, and `list` with a filter.

`python -m benchmarks.probes.command_line FILE --result OUT`

Each command runs once in its own process, as a user would run it, with the size
limit raised to fit the file; its wall time and peak RSS come from ``os.wait4``.
`list` writes CSV of one category's events to a file, whose rows are counted.
"""

from __future__ import annotations

import argparse
import math
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, BinaryIO

from benchmarks.probes.common import probe_parser, run_probe
from benchmarks.synth import CATEGORIES
from timeline_app.model.loader import MAX_FILE_ENV

LISTED_CATEGORY = CATEGORIES[0][0]


def run_command(arguments: list[str], env: dict[str, str], out: BinaryIO | int
                ) -> dict[str, Any]:
    """Wall seconds, peak RSS and exit status of ``timeline-app ARGUMENTS``."""
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-m", "timeline_app", *arguments], env=env,
                             stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.PIPE)
    assert child.stderr is not None
    errors = child.stderr.read().decode("utf-8", "replace")
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise SystemExit(f"timeline-app {' '.join(arguments)} exited with "
                         f"{child.returncode}: {errors.strip()[-500:]}")
    return {"seconds": seconds, "peak_rss_mb": usage.ru_maxrss / 2**10}


def measure(args: argparse.Namespace) -> dict[str, Any]:
    limit_mb = max(512, math.ceil(args.file.stat().st_size / 2**20) + 1)
    env = dict(os.environ, **{MAX_FILE_ENV: str(limit_mb)})
    validate = run_command(["validate", str(args.file)], env, subprocess.DEVNULL)
    with tempfile.TemporaryDirectory(prefix="timeline-bench-list-") as folder:
        listed = Path(folder) / "listed.csv"
        with listed.open("wb") as out:
            listing = run_command(["list", str(args.file), "--format", "csv",
                                   "--category", LISTED_CATEGORY], env, out)
        with listed.open("rb") as written:
            lines = sum(block.count(b"\n") for block in iter(lambda: written.read(2**20), b""))
        listing.update(category=LISTED_CATEGORY, rows=lines - 1,
                       csv_mb=listed.stat().st_size / 2**20)
    ram_mb = os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE") / 2**20
    return {"size_limit_mb": limit_mb, "machine_ram_mb": ram_mb, "validate": validate,
            "list_csv": listing}


def main(argv: list[str] | None = None) -> int:
    return run_probe(probe_parser(__doc__.splitlines()[0]), measure, argv)


if __name__ == "__main__":
    raise SystemExit(main())
