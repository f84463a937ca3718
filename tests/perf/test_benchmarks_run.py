"""The benchmark harness runs end to end on a tiny file and writes well-formed results.

No time is asserted here: times are what the benchmark reports, not what tests check.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.probes.command_line import LISTED_CATEGORY
from benchmarks.report import BEGIN, END, write_document
from benchmarks.synth import generate

pytest.importorskip("PySide6")

REPO = Path(__file__).resolve().parents[2]
SIZE = 200


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict, Path]:
    folder = tmp_path_factory.mktemp("bench")
    results, doc = folder / "results.json", folder / "performance.md"
    doc.write_text("# Performance\n\nHand-written intro.\n", encoding="utf-8")
    subprocess.run([sys.executable, "-m", "benchmarks", "--sizes", str(SIZE), "--frames", "3",
                    "--steps", "2", "--startup-runs", "1", "--command-line-sizes", str(SIZE),
                    "--results", str(results),
                    "--doc", str(doc)], cwd=REPO, check=True, timeout=300)
    return json.loads(results.read_text(encoding="utf-8")), doc


def test_every_probe_should_report_numbers_and_no_errors(run) -> None:
    results, _ = run
    entry = results["sizes"][str(SIZE)]
    assert set(entry) >= {"json", "core", "csv", "startup", "window", "view", "export",
                          "command_line"}
    assert not [name for name, value in entry.items()
                if isinstance(value, dict) and "error" in value]
    assert entry["core"]["events"] == SIZE
    assert entry["core"]["load"]["median_s"] > 0 and entry["json"]["median_s"] > 0
    assert entry["csv"]["events"] == SIZE  # every row of the spreadsheet opens
    assert entry["csv"]["ratio"] == entry["csv"]["median_s"] / entry["csv"]["yardstick_s"]
    assert set(entry["window"]["filters"]) == {"category_toggle", "hide_half",
                                               "search_keystroke", "date_range", "evidence"}
    for levels in entry["view"]["paint"].values():
        for summary in levels.values():
            assert summary["median_ms"] <= summary["p95_ms"] <= summary["max_ms"]
    assert entry["startup"]["launch_to_shown_s"] <= entry["startup"]["launch_to_usable_s"]
    assert entry["export"]["png"]["bytes"] > 0 and entry["export"]["svg"]["bytes"] > 0


def test_the_command_line_probe_should_list_every_event_of_its_category(run) -> None:
    line = run[0]["sizes"][str(SIZE)]["command_line"]
    wanted = sum(event["category"] == LISTED_CATEGORY for event in generate(SIZE)["events"])
    assert line["list_csv"]["rows"] == wanted > 0
    assert line["validate"]["seconds"] > 0 and line["validate"]["peak_rss_mb"] > 0


def test_the_results_should_describe_the_machine(run) -> None:
    machine = run[0]["machine"]
    assert machine["cores"] >= 1 and machine["python"] and machine["pyside6"]


def test_the_document_should_keep_the_hand_written_part_and_show_the_tables(run) -> None:
    text = run[1].read_text(encoding="utf-8")
    assert text.startswith("# Performance\n\nHand-written intro.\n")
    assert text.count(BEGIN) == 1 and text.count(END) == 1
    assert f"| | {SIZE} |" in text and "vis-timeline 8.5.4" in text


def test_regenerating_should_replace_only_the_generated_part(run, tmp_path) -> None:
    results, doc = run
    copy = tmp_path / "performance.md"
    copy.write_text(doc.read_text(encoding="utf-8") + "\n## Analysis\n\nKept.\n",
                    encoding="utf-8")
    write_document(copy, results, "results.json")
    text = copy.read_text(encoding="utf-8")
    assert text.count(BEGIN) == 1 and text.endswith("## Analysis\n\nKept.\n")
    assert text.startswith("# Performance\n\nHand-written intro.\n")
