"""Forensic timelines: each record at its second with the fraction kept, times that are
not set reported and never drawn, every other field kept."""

from __future__ import annotations

import pytest

from timeline_app.formats.forensic import NotATimeError, record_time
from timeline_app.formats.opening import OpenOptions, open_report
from timeline_app.model.date_words import describe


def test_a_timesketch_csv_opens_at_its_times_and_leaves_out_the_unset_ones(fixture_path):
    report = open_report(fixture_path("timesketch.csv"))
    texts = {e.title: e.date.text for e in report.timeline.events}
    assert texts == {"User alice logged on (type 10)": "2023-03-14T08:15:02Z",
                     "tool.zip created": "2023-03-14T08:17:45.123456Z",
                     "sshd accepted password": "2023-03-14T09:01:30+01:00"}
    assert [p.path for p in report.left_out] == ["row 4", "row 5"]
    assert "the timestamp is 0" in report.left_out[0].message
    assert "FILETIME zero" in report.left_out[1].message


def test_the_microseconds_are_kept_and_shown_and_the_mark_is_one_second(fixture_path):
    event = open_report(fixture_path("timesketch.csv")).timeline.event_by_id["row-3"]
    assert event.end - event.start == 1
    assert "08:17:45.123456" in describe(event.date)


def test_timestamp_desc_is_the_category_and_the_other_fields_are_kept(fixture_path):
    report = open_report(fixture_path("timesketch.csv"))
    event = report.timeline.event_by_id["row-2"]
    labels = {c.id: c.label for c in report.timeline.categories}
    assert labels[event.category] == "Creation Time"
    assert dict(event.fields)["data_type"] == "windows:evtx:record"
    assert event.tags == ("rdp",)


def test_data_type_can_be_the_category_instead(fixture_path):
    report = open_report(fixture_path("timesketch.csv"),
                         OpenOptions(mapping={"category": "data_type"}))
    labels = {c.label for c in report.timeline.categories}
    assert "fs:stat:ntfs" in labels and "Creation Time" not in labels


def test_plaso_json_lines_open_and_name_the_unset_and_unreadable_lines(fixture_path):
    report = open_report(fixture_path("plaso.jsonl"))
    assert [e.date.text for e in report.timeline.events] == ["2023-03-14T08:17:45.123456Z"]
    assert [p.path for p in report.left_out] == ["line 2", "line 3"]
    assert "Not set" in report.left_out[0].message


@pytest.mark.parametrize("record", [
    {"datetime": "0000-00-00T00:00:00.000000+00:00"}, {"datetime": "Not set"},
    {"datetime": "Invalid"}, {"timestamp_desc": "Not a time", "datetime": "2020-01-01T00:00:00Z"},
    {"date": "00/00/0000", "time": "--:--:--", "timezone": "-"},
    {"datetime": "1970-01-01T00:00:00.000000+00:00"}, {"timestamp": "0"},
])
def test_times_that_are_not_set_are_told_as_such(record):
    with pytest.raises(NotATimeError):
        record_time(record)


@pytest.mark.parametrize(("record", "edtf"), [
    ({"timestamp": "1678781865123456"}, "2023-03-14T08:17:45.123456Z"),
    ({"timestamp": "1678781865"}, "2023-03-14T08:17:45Z"),
    ({"timestamp": "1678781865123"}, "2023-03-14T08:17:45.123Z"),
    ({"datetime": "2015-07-24T19:01:01.000000+0000"}, "2015-07-24T19:01:01.000000Z"),
    ({"datetime": "2015-07-24 19:01:01"}, "2015-07-24T19:01:01Z"),
    ({"date": "06/27/2012", "time": "18:17:01", "timezone": "UTC"}, "2012-06-27T18:17:01Z"),
])
def test_each_way_of_writing_a_time_is_read(record, edtf):
    assert record_time(record) == edtf
