"""The yardsticks for loading: the same file made Python values, and nothing else.

`python -m benchmarks.probes.json_baseline FILE --result OUT [--repeats K] [--typed-only]`

- ``json.load`` with the garbage collector running (``seconds``, ``median_s``), as a
  script would read the file;
- ``json.load`` and msgspec's typed decoding into ``Document`` structs, each with the
  collector paused, the way the loader itself runs (``model.long_lived``): the floors
  the issue measures the loader against. The structs hold every field of the format
  as the files carry it (dates stay strings; nothing is validated beyond the types).
"""

from __future__ import annotations

import argparse
import gc
import json
import statistics
from collections.abc import Callable
from pathlib import Path
from typing import Any

import msgspec

from benchmarks.probes.common import probe_parser, run_probe
from benchmarks.stats import peak_rss_mb, timed


class Citation(msgspec.Struct):
    source: str
    locator: str | None = None


class Figure(msgspec.Struct):
    label: str
    value: int | float
    unit: str | None = None


class Alternative(msgspec.Struct):
    date: str
    display_date: str | None = None
    sources: list[Citation] = []
    note: str | None = None


class Event(msgspec.Struct):
    id: str
    title: str
    date: str
    category: str
    display_date: str | None = None
    summary: str | None = None
    actors: list[str] = []
    places: list[str] = []
    tags: list[str] = []
    figures: list[Figure] = []
    sources: list[Citation] = []
    alternatives: list[Alternative] = []
    confidence: str | None = None
    links: list[str] = []


class Category(msgspec.Struct):
    id: str
    label: str
    color: str
    description: str | None = None


class Source(msgspec.Struct):
    id: str
    title: str
    publisher: str
    author: str | None = None
    published: str | None = None
    url: str | None = None
    language: str | None = None


class Document(msgspec.Struct):
    title: str
    events: list[Event]
    description: str | None = None
    categories: list[Category] = []
    sources: list[Source] = []


DECODER = msgspec.json.Decoder(Document)


def bare_json_load(path: Path) -> Any:
    with path.open(encoding="utf-8") as handle:
        return json.load(handle)


def typed_decode(path: Path) -> Document:
    return DECODER.decode(path.read_bytes())


def paused(action: Callable[[], Any]) -> float:
    """Seconds ``action()`` took with the garbage collector paused, as the loader runs."""
    gc.collect()
    gc.disable()
    try:
        return timed(action)
    finally:
        gc.enable()


def measure(args: argparse.Namespace) -> dict[str, Any]:
    typed = [paused(lambda: typed_decode(args.file)) for _ in range(args.repeats)]
    result: dict[str, Any] = {"msgspec_median_s": statistics.median(typed),
                              "msgspec_peak_rss_mb": peak_rss_mb()}
    if args.typed_only:
        return result
    seconds = [timed(lambda: bare_json_load(args.file)) for _ in range(args.repeats)]
    json_paused = [paused(lambda: bare_json_load(args.file)) for _ in range(args.repeats)]
    return {**result, "seconds": seconds, "median_s": statistics.median(seconds),
            "paused_median_s": statistics.median(json_paused), "peak_rss_mb": peak_rss_mb()}


def main(argv: list[str] | None = None) -> int:
    parser = probe_parser(__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--typed-only", action="store_true",
                        help="msgspec alone: a file whose `json.load` would not fit in memory")
    return run_probe(parser, measure, argv)


if __name__ == "__main__":
    raise SystemExit(main())
