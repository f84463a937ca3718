"""A spreadsheet of events opens with each row an event: columns matched by name or
--map, other columns kept, every event citing a source, bad rows left out and named."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline_app.formats.document_builder import LEFT_OUT_KEPT
from timeline_app.formats.opening import OpenOptions, open_report
from timeline_app.model.problems import LoadError, problem_count


def _csv(tmp_path: Path, text: str, name: str = "events.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _events(report):
    return {e.id: e for e in report.timeline.events}


def test_columns_are_found_by_their_usual_names(tmp_path):
    path = _csv(tmp_path, "When,Headline,Type,Notes,Who,Where,Keywords,Certainty\n"
                          "2019-03,Forum,Meetings,Held in spring,A; B,Nanning,x;y,confirmed\n")
    event = open_report(path).timeline.events[0]
    assert (event.date.text, event.title, event.summary) == ("2019-03", "Forum", "Held in spring")
    assert (event.actors, event.places, event.tags) == (("A", "B"), ("Nanning",), ("x", "y"))
    assert event.confidence == "confirmed" and event.category == "Meetings"


def test_map_overrides_the_names_by_header_or_letter(tmp_path):
    path = _csv(tmp_path, "Wann,Label,Kind\n2019-03-04,Forum,Meetings\n")
    with pytest.raises(LoadError, match="no column holds dates"):
        open_report(path, OpenOptions(mapping={"title": "Label"}))
    report = open_report(path, OpenOptions(mapping={"date": "A", "title": "Label"}))
    assert report.timeline.events[0].title == "Forum"


def test_columns_that_hold_no_field_are_kept_on_the_event(tmp_path):
    path = _csv(tmp_path, "Date,Title,Reference number,,Empty\n2019,Forum,R-17,loose,\n")
    event = open_report(path).timeline.events[0]
    assert event.fields == (("Reference number", "R-17"), ("column D", "loose"))


def test_an_event_without_a_source_column_cites_the_file_and_its_row(tmp_path):
    path = _csv(tmp_path, "Date,Title\n2019,Forum\n2020,Visit\n")
    timeline = open_report(path).timeline
    assert [(c.source, c.locator) for e in timeline.events for c in e.sources] == \
        [("file", "row 2"), ("file", "row 3")]
    assert timeline.source_by_id["file"].title == "events.csv"


def test_source_columns_are_cited_with_their_locator(tmp_path):
    path = _csv(tmp_path, "Date,Title,Source,Page\n2019,Forum,Xinhua; CGTN,p. 3\n2020,Visit,,\n")
    first, second = open_report(path).timeline.events
    assert [(c.source, c.locator) for c in first.sources] == [("Xinhua", "p. 3"),
                                                              ("CGTN", "p. 3")]
    assert [(c.source, c.locator) for c in second.sources] == [("file", "row 3")]


def test_a_date_written_as_words_is_marked_and_keeps_its_words(tmp_path):
    path = _csv(tmp_path, "Date,Title\nearly 2024,Symposium\n2024-02,Visit\n")
    events = _events(open_report(path))
    assert events["row-2"].date_read_from_text and events["row-2"].display_date == "early 2024"
    assert not events["row-3"].date_read_from_text and events["row-3"].display_date is None


def test_start_and_end_make_an_interval_and_a_reversed_pair_is_left_out(tmp_path):
    path = _csv(tmp_path, "Start,End,Title\n1914,1918,War\n1918,1914,Backwards\n")
    report = open_report(path)
    assert [e.date.text for e in report.timeline.events] == ["1914/1918"]
    assert report.left_out[0].path == "row 3, column B (End)"


def test_unreadable_rows_are_left_out_and_named_and_the_rest_opens(tmp_path):
    path = _csv(tmp_path, "Date,Title\n3/4/2019,Ambiguous\n,No date\n2019,Fine\n"
                          "2019,\nsometime,Vague\n")
    report = open_report(path)
    assert [e.title for e in report.timeline.events] == ["Fine"]
    assert [p.path for p in report.left_out] == ["row 2, column A (Date)",
                                                 "row 3, column A (Date)", "row 5",
                                                 "row 6, column A (Date)"]
    assert "whether the day or the month comes first" in report.left_out[0].message


def test_rows_left_out_past_a_thousand_are_counted_not_kept(tmp_path):
    path = _csv(tmp_path, "Date,Title\n2019,Fine\n" + ",No date\n" * 2500)
    report = open_report(path)
    assert len(report.left_out) == LEFT_OUT_KEPT + 1
    assert problem_count(report.left_out) == 2500
    assert report.left_out[-1].message == "… and 1,500 more rows left out"
    assert [e.title for e in report.timeline.events] == ["Fine"]


def test_strict_fails_on_any_row_left_out(tmp_path):
    path = _csv(tmp_path, "Date,Title\n2019,Fine\n,No date\n")
    with pytest.raises(LoadError) as caught:
        open_report(path, OpenOptions(strict=True))
    assert [p.path for p in caught.value.problems] == ["row 3, column A (Date)"]


def test_a_row_without_a_title_takes_it_from_its_description_with_a_warning(tmp_path):
    path = _csv(tmp_path, "Date,Title,Description\n2019,,The forum met in Nanning.\n")
    report = open_report(path)
    assert report.timeline.events[0].title == "The forum met in Nanning."
    assert [w.kind for w in report.warnings] == ["title-from-text"]


def test_a_file_that_is_not_a_chronology_gets_one_message(tmp_path):
    path = _csv(tmp_path, "Name,Price\n" + "Widget,3\n" * 500)
    with pytest.raises(LoadError) as caught:
        open_report(path)
    assert len(caught.value.problems) == 1
    assert "no column holds dates" in caught.value.problems[0].message
    assert "'Name', 'Price'" in caught.value.problems[0].message


def test_a_file_whose_rows_all_fail_reports_the_first_problems(tmp_path):
    path = _csv(tmp_path, "Date,Title\n" + "soon,Later\n" * 50)
    with pytest.raises(LoadError) as caught:
        open_report(path)
    assert len(caught.value.problems) == 20 and caught.value.truncated


def test_a_repeated_id_is_left_out_not_renamed(tmp_path):
    path = _csv(tmp_path, "ID,Date,Title\na,2019,First\na,2020,Second\n")
    report = open_report(path)
    assert [e.title for e in report.timeline.events] == ["First"]
    assert "used again" in report.left_out[0].message


def test_an_unknown_confidence_is_kept_as_a_field_with_a_warning(tmp_path):
    path = _csv(tmp_path, "Date,Title,Confidence\n2019,Forum,high\n")
    report = open_report(path)
    assert report.timeline.events[0].confidence is None
    assert report.timeline.events[0].fields == (("Confidence", "high"),)
    assert report.warnings[0].path == "row 2, column C (Confidence)"


def test_a_workbook_reads_like_the_same_csv_and_by_sheet(write_workbook):
    path = write_workbook([("Date", "Title"), ("2019", "A")], more_sheets=("Other",))
    assert open_report(path).timeline.events[0].title == "A"
    with pytest.raises(LoadError, match="the sheet 'Other' is empty"):
        open_report(path, OpenOptions(sheet="Other"))
