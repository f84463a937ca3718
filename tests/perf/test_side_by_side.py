"""The side-by-side with vis-timeline: the shared file, the app's half of the steps, and
the table made of a run's figures. The peer's half needs npm and Chromium, so it is run
by `make bench-peer`, not here; no time is asserted."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.peer import side_by_side
from benchmarks.synth import generate

REPO = Path(__file__).resolve().parents[2]
pytest.importorskip("PySide6")


def test_the_shared_file_is_eight_years_of_plain_intervals_in_eight_groups():
    document = generate(300, 1, "intervals")
    assert len(document["categories"]) == 8
    years = set()
    for event in document["events"]:
        start, end = event["date"].split("/")
        assert len(start) == len(end) == 10 and start < end  # two days, no qualifier
        years.add(start[:4])
    assert years <= {str(y) for y in range(2017, 2025)} and len(years) == 8


def test_the_apps_half_takes_every_step_and_reports_it(tmp_path):
    file, result = tmp_path / "intervals.json", tmp_path / "ours.json"
    file.write_text(json.dumps(generate(200, 1, "intervals")), encoding="utf-8")
    subprocess.run([sys.executable, "-m", "benchmarks.probes.same_steps", str(file),
                    "--result", str(result), "--steps", "3"], cwd=REPO, check=True,
                   timeout=300)
    figures = json.loads(result.read_text(encoding="utf-8"))
    assert len(figures["zoom_ms"]) == len(figures["pan_ms"]) == 3
    assert all(figures[key] > 0 for key in ("first_render_ms", "hide", "show"))


def test_the_table_shows_both_programs_and_says_where_the_peer_gave_up(tmp_path):
    run = {"machine": {"cpu": "a CPU", "cores": 2, "source": {"commit": "abc1234"}},
           "steps": 2, "sizes": {
               "1000": {"vis-timeline": {"first_render_ms": 940.0, "zoom_ms": [50.0, 70.0],
                                         "pan_ms": [40.0, 60.0], "hide": 211.0, "show": 437.0,
                                         "browser": "156.0"},
                        "timeline_app": {"first_render_ms": 102.0, "zoom_ms": [5.0, 9.0],
                                         "pan_ms": [11.0, 12.0], "hide": 36.0, "show": 30.0}},
               "100000": {"vis-timeline": {"error": "the first render did not finish within 60 s"},
                          "timeline_app": {"first_render_ms": 1500.0, "zoom_ms": [14.0],
                                           "pan_ms": [15.0], "hide": 40.0, "show": 41.0}}}}
    path = tmp_path / "benchmarks" / "results" / "side-by-side.json"
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps(run), encoding="utf-8")
    lines = side_by_side(path)
    assert "| 1,000 | vis-timeline 8.5.4 | 0.940 s | 60.0 / 70.0 ms | 50.0 / 60.0 ms | "\
        "211 ms | 437 ms |" in lines
    assert "| 1,000 | **timeline_app** | 0.102 s | 7.0 / 9.0 ms | 11.5 / 12.0 ms | 36.0 ms | "\
        "30.0 ms |" in lines
    assert any(line.startswith("| 100,000 | vis-timeline 8.5.4 | the first render did not finish "
                               "within 60 s |") for line in lines)
    assert "Chromium 156.0" in lines[0] and "`abc1234`" in lines[0]


def test_without_a_run_the_table_says_how_to_make_one(tmp_path):
    path = tmp_path / "benchmarks" / "results" / "side-by-side.json"
    assert "make bench-peer" in side_by_side(path)[0]
