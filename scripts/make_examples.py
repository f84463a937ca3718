"""Write docs/examples/: PNG, SVG and PDF exports of the embedded dataset.

Runs the real command line (`timeline-app export`), headless, so the examples
show exactly what users get:

    python scripts/make_examples.py [--out DIR]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from timeline_app import cli

ROOT = Path(__file__).resolve().parents[1]

EXAMPLES: dict[str, list[str]] = {
    "timeline.png": ["--width", "1600", "--height", "900"],
    "timeline.svg": ["--width", "1600", "--height", "900"],
    "timeline.pdf": ["--width", "1600", "--height", "900"],
    "timeline-dark.png": ["--width", "1600", "--height", "900", "--theme", "dark"],
    "timeline-filtered.pdf": ["--width", "1200", "--height", "700", "--category", "meetings",
                              "--category", "agreements", "--from", "2019", "--to", "2024",
                              "--title", "Meetings and agreements, 2019–2024"],
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "examples")
    out = parser.parse_args().out
    out.mkdir(parents=True, exist_ok=True)
    for name, options in EXAMPLES.items():
        status = cli.main(["export", "-o", str(out / name), *options])
        if status != cli.EXIT_OK:
            return status
    return cli.EXIT_OK


if __name__ == "__main__":
    raise SystemExit(main())
