"""The example files in data/examples/ load cleanly, cite a source for every date, and
read with the spans their sources give."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline_app.model.calendar import seconds_at
from timeline_app.model.date_words import describe
from timeline_app.model.events import Timeline, cited_by
from timeline_app.model.loader import load_report

EXAMPLES = Path(__file__).resolve().parents[1] / "data" / "examples"
NAMES = ("roman-republic.json", "deep-time.json", "apollo-11.json")


def _timeline(name: str) -> Timeline:
    report = load_report(EXAMPLES / name)
    assert report.warnings == []
    return report.timeline


def _event(timeline: Timeline, event_id: str):
    return next(e for e in timeline.events if e.id == event_id)


def test_the_examples_are_the_ones_the_readme_shows():
    assert sorted(p.name for p in EXAMPLES.glob("*.json")) == sorted(NAMES)


@pytest.mark.parametrize("name", NAMES)
def test_every_example_event_cites_a_source_the_file_lists(name):
    timeline = _timeline(name)
    listed = {s.id for s in timeline.sources}
    for event in timeline.events:
        assert cited_by(event), event.id
        assert {c.source for c in cited_by(event)} <= listed, event.id


def test_the_roman_example_reads_its_years_before_the_common_era():
    timeline = _timeline("roman-republic.json")
    ides = _event(timeline, "caesar-assassinated")
    assert (ides.start, ides.end) == (seconds_at(-43, 3), seconds_at(-43, 4))
    assert describe(ides.date) == "March 44 BCE"
    assert describe(_event(timeline, "augustus-dies").date) == "August 14 CE"


def test_the_deep_time_example_holds_the_age_of_the_universe_beside_the_stone_age():
    timeline = _timeline("deep-time.json")
    big_bang = _event(timeline, "big-bang")
    assert big_bang.start == seconds_at(-13_806_998_050)
    assert big_bang.end == seconds_at(-13_766_998_049)  # the end of the last year named
    assert _event(timeline, "oldest-homo-sapiens").end == seconds_at(-279_049)


def test_the_apollo_example_places_each_event_in_its_second_utc():
    landing = _event(_timeline("apollo-11.json"), "eagle-lands")
    assert (landing.start, landing.end - landing.start) == (seconds_at(1969, 7, 20, 20, 17, 39),
                                                            1)
