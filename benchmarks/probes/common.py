"""The command line every probe shares: a timeline file in, a JSON result file out."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

Measure = Callable[[argparse.Namespace], dict[str, Any]]


def probe_parser(description: str) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("file", type=Path, help="timeline file to measure")
    parser.add_argument("--result", type=Path, required=True, help="JSON file to write")
    return parser


def run_probe(parser: argparse.ArgumentParser, measure: Measure,
              argv: list[str] | None = None) -> int:
    """Parse ``argv``, run ``measure`` and write what it returns as JSON."""
    args = parser.parse_args(argv)
    result = measure(args)
    args.result.write_text(json.dumps(result, indent=1), encoding="utf-8")
    return 0
