"""Open a spreadsheet of the same events, against its yardstick: `csv.reader` over the file
plus our JSON load of the events it gives.

`python -m benchmarks.probes.csv_import FILE --result OUT [--repeats K]`

The spreadsheet is written from FILE's events (not timed) the way a person keeps
one: a row per event with Date (EDTF), Title, Category (its label), Description,
Source (its title), Locator, People, Places and Tags, lists joined with "; ".
``open_report`` then reads it as the window does: the delimiter sniffed, the
columns matched, every date cell read and every event validated. The yardstick
is the two costs no importer can avoid: splitting the file into cells
(``csv.reader``) and loading the same events as the app's JSON (the imported
timeline written out with ``serialize``, loaded with ``load_report``).
"""

from __future__ import annotations

import argparse
import csv
import json
import statistics
import tempfile
from pathlib import Path
from typing import Any

from benchmarks.probes.common import probe_parser, run_probe
from benchmarks.stats import peak_rss_mb, timed
from timeline_app.formats.opening import open_report
from timeline_app.model.loader import load_report
from timeline_app.model.serialize import subset_document

HEADER = ("Date", "Title", "Category", "Description", "Source", "Locator", "People",
          "Places", "Tags")


def write_spreadsheet(document: dict[str, Any], path: Path) -> None:
    labels = {c["id"]: c["label"] for c in document.get("categories", [])}
    titles = {s["id"]: s["title"] for s in document.get("sources", [])}
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        for event in document["events"]:
            cited = event.get("sources") or [{}]
            writer.writerow((event["date"], event["title"], labels.get(event["category"], ""),
                             event.get("summary", ""), titles.get(cited[0].get("source"), ""),
                             cited[0].get("locator", ""), "; ".join(event.get("actors", [])),
                             "; ".join(event.get("places", [])),
                             "; ".join(event.get("tags", []))))


def read_cells(path: Path) -> int:
    with path.open(encoding="utf-8", newline="") as handle:
        return sum(1 for _ in csv.reader(handle))


def measure(args: argparse.Namespace) -> dict[str, Any]:
    document = json.loads(args.file.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory(prefix="timeline-bench-csv-") as folder:
        sheet, same_json = Path(folder) / "events.csv", Path(folder) / "imported.json"
        write_spreadsheet(document, sheet)
        del document
        report = open_report(sheet)
        events = len(report.timeline.events)
        same_json.write_text(json.dumps(subset_document(report.timeline,
                                                        report.timeline.events)),
                             encoding="utf-8")
        del report
        opened = [timed(lambda: open_report(sheet)) for _ in range(args.repeats)]
        rss = peak_rss_mb()
        cells = [timed(lambda: read_cells(sheet)) for _ in range(args.repeats)]
        loads = [timed(lambda: load_report(same_json)) for _ in range(args.repeats)]
        size_mb = sheet.stat().st_size / 2**20
    yardstick = statistics.median(cells) + statistics.median(loads)
    return {"events": events, "csv_mb": size_mb, "seconds": opened,
            "median_s": statistics.median(opened), "csv_reader_median_s":
            statistics.median(cells), "json_load_median_s": statistics.median(loads),
            "yardstick_s": yardstick, "ratio": statistics.median(opened) / yardstick,
            "peak_rss_mb": rss}


def main(argv: list[str] | None = None) -> int:
    parser = probe_parser(__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3)
    return run_probe(parser, measure, argv)


if __name__ == "__main__":
    raise SystemExit(main())
