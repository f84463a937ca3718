"""One chronology as CSV, as XLSX and as TimelineJS JSON opens as the same events; the
app's own CSV reads back into the same events; a converted file says what it lost."""

from __future__ import annotations

import csv
import io
import json

from tests.formats.conftest import CHRONOLOGY_ROWS
from timeline_app.formats.converting import OutputFormat, converted
from timeline_app.formats.opening import open_report
from timeline_app.model.loader import load
from timeline_app.package_data import default_dataset_path


def _essentials(timeline):
    labels = {c.id: c.label for c in timeline.categories}
    return [(e.id, e.date.text, e.title, labels[e.category], e.summary)
            for e in timeline.events]


def test_the_same_chronology_as_csv_xlsx_and_timelinejs_gives_the_same_events(
        fixture_path, write_workbook):
    from_csv = open_report(fixture_path("chronology.csv")).timeline
    from_xlsx = open_report(write_workbook(CHRONOLOGY_ROWS)).timeline
    from_timelinejs = open_report(fixture_path("chronology.timelinejs.json")).timeline
    assert _essentials(from_csv) == _essentials(from_xlsx) == _essentials(from_timelinejs)
    assert len(from_csv.events) == 5


def _event_record(timeline, event):
    labels = {c.id: c.label for c in timeline.categories}
    return (event.id, event.date.text, event.title, event.category, event.display_date,
            event.summary, event.actors, event.places, event.tags, event.confidence,
            event.links, [(c.source, c.locator) for c in event.sources],
            [(a.date.text, a.display_date, a.note, [(c.source, c.locator) for c in a.sources])
             for a in event.alternatives], event.fields, event.date_read_from_text,
            event.figures, event.translations, labels.get(event.category) is not None)


def test_the_apps_own_csv_reads_back_into_the_same_events(tmp_path):
    timeline = load(default_dataset_path())
    text, _ = converted(timeline, OutputFormat.CSV)
    path = tmp_path / "events.csv"
    path.write_text(text, encoding="utf-8")
    again = open_report(path).timeline
    assert [_event_record(again, e) for e in again.events] == \
        [_event_record(timeline, e) for e in timeline.events]


def test_the_apps_own_csv_keeps_each_events_translations_as_exact_json(tmp_path):
    timeline = load(default_dataset_path())
    text, _ = converted(timeline, OutputFormat.CSV)
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    first = timeline.events[0]
    assert json.loads(rows[0]["translations"]) == {
        "zh-Hans": {"title": first.translations[0].title,
                    "summary": first.translations[0].summary}}
    path = tmp_path / "events.csv"
    path.write_text(text, encoding="utf-8")
    again = open_report(path).timeline
    assert [e.translations for e in again.events] == [e.translations for e in timeline.events]
    assert again.events[0].fields == ()  # the column is read, not kept as another field


def test_a_csv_written_before_the_translations_column_still_reads_back(tmp_path):
    timeline = load(default_dataset_path())
    text, _ = converted(timeline, OutputFormat.CSV)
    rows = list(csv.reader(io.StringIO(text, newline="")))
    path = tmp_path / "old.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(row[:-1] for row in rows)
    again = open_report(path).timeline
    assert [(e.id, e.title, e.translations) for e in again.events] == \
        [(e.id, e.title, ()) for e in timeline.events]


def test_converting_to_csv_says_what_a_csv_cannot_hold():
    _, losses = converted(load(default_dataset_path()), OutputFormat.CSV)
    assert any("categories' labels" in loss for loss in losses)
    assert any("the document's language and its title's translations" in loss
               for loss in losses)
    assert not any("figures" in loss for loss in losses)  # a figures column holds them
