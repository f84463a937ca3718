"""TimelineJS3 files open with their dates' precision, BCE years, title slide, eras,
groups and media, their HTML as plain text; and a timeline converts back to TimelineJS."""

from __future__ import annotations

import json

import pytest

from timeline_app.formats.opening import open_report
from timeline_app.formats.timelinejs import SlideDateError, slide_date
from timeline_app.formats.timelinejs_writer import timelinejs_document
from timeline_app.model.edtf import parse_edtf
from timeline_app.model.events import (
    AlternativeDate,
    Category,
    CategoryTranslation,
    Event,
    EventTranslation,
    Timeline,
    TimelineTranslation,
)


@pytest.mark.parametrize(("date", "edtf"), [
    ({"year": 1969}, "1969"), ({"year": "1969", "month": "7"}, "1969-07"),
    ({"year": 1969, "month": 7, "day": 20}, "1969-07-20"),
    ({"year": 1969, "month": 7, "day": 20, "hour": 20, "minute": 17, "second": 39},
     "1969-07-20T20:17:39"),
    ({"year": 1969, "month": 7, "day": 20, "hour": 20, "minute": 17},
     "1969-07-20T20:17:00/1969-07-20T20:17:59"),
    ({"year": -500}, "-0499"), ({"year": -1}, "0000"), ({"year": 850}, "0850"),
    ({"year": "-13800000000"}, "Y-13799999999"), ({"year": "1,000,000"}, "Y1000000"),
    ({"year": 1901, "month": 1, "day": 15, "time": "10:30 PM"},
     "1901-01-15T22:30:00/1901-01-15T22:30:59"),
    ({"year": 1901, "month": 1, "day": 15, "time": "0930"},
     "1901-01-15T09:30:00/1901-01-15T09:30:59"),
])
def test_a_slide_date_keeps_the_precision_it_is_given(date, edtf):
    assert slide_date(date, "start_date") == edtf


@pytest.mark.parametrize("date", [{"year": "500 BC"}, {"year": 2019, "month": 13},
                                  {"year": 2019, "month": 2, "day": 30},
                                  {"time": "10:00"}])
def test_a_slide_date_that_is_not_one_is_refused(date):
    with pytest.raises(SlideDateError):
        slide_date(date, "start_date")


def test_a_timelinejs_file_opens_with_its_title_eras_groups_and_plain_text(fixture_path):
    report = open_report(fixture_path("chronology.timelinejs.json"))
    timeline = report.timeline
    assert timeline.title == "Twentieth century"
    assert timeline.description == "A few turning points."
    assert [e.date.text for e in timeline.events] == [
        "1914-07-28/1918-11-11", "1919-06-28", "1929-10", "1939/1945", "1969-07-20T20:17:39"]
    crash = timeline.event_by_id["row-4"]
    assert crash.summary == "Share prices fall sharply." and crash.category == "Economy"
    assert crash.sources[0].locator == "events[2]"


def test_the_sheet_template_reads_title_era_bce_media_and_a_headless_slide(fixture_path):
    report = open_report(fixture_path("template.csv"))
    timeline = report.timeline
    assert timeline.title == "A Short History of a Harbour"
    assert timeline.description == "Milestones of a fictional place."
    assert [(p.title, p.date.text) for p in timeline.periods] == [("Founding decades",
                                                                   "1850/1899")]
    camp, charter, fire, quiet = timeline.events
    assert (camp.date.text, camp.display_date, camp.summary) == \
        ("-0499", "c. 500 BCE", "Shell middens & hearths.")
    assert charter.links == ("https://example.org/charter.jpg",)
    assert dict(charter.fields) == {"media credit": "City records",
                                    "media caption": "The charter"}
    assert fire.date.text == "1901-01-15T22:30:00/1901-01-15T22:30:59"
    assert quiet.title == "A quiet year with no headline."
    assert [w.path for w in report.warnings if w.kind == "title-from-text"] == ["row 7"]


def test_html_in_a_headline_is_text_never_markup(tmp_path):
    path = tmp_path / "tl.json"
    path.write_text(json.dumps({"events": [{"start_date": {"year": 2000},
                                            "text": {"headline": "<b>x</b> &lt;y&gt;"}}]}))
    assert open_report(path).timeline.events[0].title == "x <y>"


def _timeline(*events: Event) -> Timeline:
    return Timeline.build("T", None, [Category("c", "Cats", "#000000")], [], events)


def _event(event_id: str, date: str, **fields) -> Event:
    return Event(event_id, "Title", parse_edtf(date), "c", **fields)


def test_writing_timelinejs_keeps_precision_and_bce_and_lists_what_it_cannot_hold():
    document, losses = timelinejs_document(_timeline(
        _event("a", "-0043-03-15"), _event("b", "1850~"),
        _event("c", "2024-10-10", alternatives=(AlternativeDate(parse_edtf("2025-05-20")),)),
        _event("d", "2024-21"), _event("e", "2019/..")))
    dates = {s["unique_id"]: (s["start_date"], s.get("end_date")) for s in document["events"]}
    assert dates["a"] == ({"year": -44, "month": 3, "day": 15}, None)
    assert dates["b"] == ({"year": 1850}, None)
    assert dates["d"] == ({"year": 2024, "month": 3}, {"year": 2024, "month": 5})
    assert dates["e"] == ({"year": 2019}, None)
    assert document["events"][0]["group"] == "Cats"
    assert any("alternative dates" in line for line in losses)
    assert any("approximate or uncertain" in line for line in losses)
    assert any("seasons" in line for line in losses)
    assert any("open or unknown ends" in line for line in losses)


def test_writing_timelinejs_lists_the_translations_it_leaves_out():
    translated = (EventTranslation("zh-Hans", "标题"),)
    cats = Category("c", "Cats", "#000000", None, (CategoryTranslation("zh-Hans", "猫"),))
    timeline = Timeline.build(
        "T", None, [cats], [], [_event("a", "2020", translations=translated), _event("b", "2021"),
             _event("c", "2022", translations=translated)],
        translations=[TimelineTranslation("zh-Hans", "标题")])
    document, losses = timelinejs_document(timeline)
    assert "2 events' translations into other languages (left out)" in losses
    assert "2 translations of the title, categories and periods (left out)" in losses
    assert document["events"][0]["text"]["headline"] == "Title"
    _, untranslated = timelinejs_document(_timeline(_event("a", "2020")))
    assert not any("translations" in line for line in untranslated)


def test_deep_time_goes_to_the_cosmological_scale():
    document, _ = timelinejs_document(_timeline(_event("big", "Y-13800000000")))
    assert document["scale"] == "cosmological"
    assert document["events"][0]["start_date"] == {"year": -13800000001}


def test_a_timelinejs_file_converted_to_the_app_and_back_keeps_its_events(fixture_path,
                                                                         tmp_path):
    original = json.loads(fixture_path("chronology.timelinejs.json").read_text())
    timeline = open_report(fixture_path("chronology.timelinejs.json")).timeline
    document, _ = timelinejs_document(timeline)
    again = tmp_path / "again.json"
    again.write_text(json.dumps(document))
    reread = open_report(again).timeline
    assert [(e.id, e.date.text, e.title, e.category) for e in reread.events] == \
        [(e.id, e.date.text, e.title, e.category) for e in timeline.events]

    def dates(slides):
        return [({k: int(v) for k, v in s["start_date"].items()},
                 {k: int(v) for k, v in s.get("end_date", {}).items()}) for s in slides]

    assert dates(document["events"]) == dates(original["events"])
