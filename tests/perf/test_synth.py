"""The benchmark generator is deterministic and writes valid files of the promised mix."""

import io
import json
from collections import Counter

from benchmarks.synth import MIXES, generate, write
from timeline_app.model.loader import load_report


def test_the_same_count_and_seed_give_the_same_data():
    assert generate(500, seed=7) == generate(500, seed=7)
    assert generate(500, seed=7) != generate(500, seed=8)


def test_the_streamed_file_has_the_bytes_of_the_whole_document_dumped_at_once():
    for mix in MIXES:
        streamed = io.StringIO()
        write(streamed, 300, seed=3, mix=mix)
        assert streamed.getvalue() == json.dumps(generate(300, seed=3, mix=mix),
                                                 ensure_ascii=False)
    empty = io.StringIO()
    write(empty, 0)
    assert json.loads(empty.getvalue()) == generate(0)


def test_generated_files_are_valid_without_warnings(tmp_path):
    path = tmp_path / "synth.json"
    path.write_text(json.dumps(generate(2000)), encoding="utf-8")
    report = load_report(path)
    assert len(report.timeline.events) == 2000 and report.warnings == []


def test_the_mix_is_mostly_days_with_some_months_years_and_ranges(tmp_path):
    path = tmp_path / "synth.json"
    path.write_text(json.dumps(generate(5000)), encoding="utf-8")
    timeline = load_report(path).timeline
    precisions = Counter(e.precision.value for e in timeline.events)
    assert 0.75 < precisions["day"] / 5000 < 0.85
    assert precisions["month"] and precisions["year"] and precisions["interval"]
    assert any(e.date.open_end or e.date.open_start for e in timeline.events)
    assert len({e.category for e in timeline.events}) == 8
    assert all(20 <= len(e.title) <= 60 for e in timeline.events)


def test_the_deep_mix_holds_deep_time_bce_dates_and_times_of_day(tmp_path):
    path = tmp_path / "deep.json"
    path.write_text(json.dumps(generate(3000, mix="deep")), encoding="utf-8")
    report = load_report(path)
    events = report.timeline.events
    assert len(events) == 3000 and report.warnings == []
    years = [e.date.first_part.year_value for e in events if e.date.first_part is not None]
    assert sum(y < -9999 for y in years) > 800  # deep time
    assert sum(-9999 <= y <= 0 for y in years) > 800  # BCE
    assert sum(e.precision.value == "second" for e in events) > 800  # times of day
