"""Inputs that used to crash the loader get a clear message naming the file and the place,
never a traceback (from the trust issue's fuzzing)."""

from __future__ import annotations

import csv
import json
import os
import xml.etree.ElementTree as ET

import pytest

from tests.cli.test_cli import run
from timeline_app.model.loader import load_report
from timeline_app.model.problems import LoadError

F = {"title": "t", "categories": [{"id": "c", "label": "C", "color": "#336699"}],
     "sources": [{"id": "s", "title": "S", "publisher": "P"}],
     "events": [{"id": "a", "title": "A", "date": "2024", "category": "c"}]}


def problems_of(tmp_path, text: str) -> list[str]:
    path = tmp_path / "f.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(LoadError) as caught:
        load_report(path)
    return [p.format() for p in caught.value.problems]


def with_event(**fields) -> str:
    document = json.loads(json.dumps(F))
    document["events"][0].update(fields)
    return json.dumps(document)


@pytest.mark.parametrize(("value", "said"), [
    ("1" + "0" * 400, "not an integer of 401 digits"), ("1e400", "not infinity")])
def test_a_figure_too_big_for_a_float_is_not_a_finite_number(tmp_path, value, said):
    text = with_event(figures=[{"label": "x", "value": 0}])
    text = text.replace('"value": 0', f'"value": {value}')  # JSON no float can hold
    found = problems_of(tmp_path, text)
    assert found == [f"{tmp_path / 'f.json'}: events[0].figures[0].value: must be a finite "
                     f"number of at most about 1.8e308 either way, {said}"]


@pytest.mark.parametrize(("fields", "where"), [
    ({"category": ["c"]}, "events[0].category: must be a string, not a list"),
    ({"category": {"c": 1}}, "events[0].category: must be a string, not an object"),
    ({"sources": [{"source": ["s"]}]},
     "events[0].sources[0].source: must be a string, not a list"),
    ({"sources": [{"source": {"s": 1}}]},
     "events[0].sources[0].source: must be a string, not an object"),
])
def test_a_category_or_source_that_is_a_list_or_object_is_a_problem(tmp_path, fields, where):
    assert any(p.endswith(where) for p in problems_of(tmp_path, with_event(**fields)))


def test_an_integer_of_more_than_4300_digits_is_located(tmp_path):
    text = '{"title": "t", "events": [], "x": ' + "9" * 5000 + "}"
    assert problems_of(tmp_path, text) == [
        f"{tmp_path / 'f.json'}:1:35: a number of more than 4,300 digits: no value of a "
        "timeline needs one"]


def test_a_pipe_is_refused_at_once_by_every_command(tmp_path):
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    for command in (("validate", str(fifo)), ("list", str(fifo)),
                    ("export", str(fifo), "-o", str(tmp_path / "x.png"))):
        result = run(*command)  # would wait forever if it opened the pipe
        assert result.returncode == 1
        assert "not a regular file" in (result.stdout + result.stderr)


def test_a_lone_surrogate_is_refused_where_it_is(tmp_path):
    text = with_event(title="A\\ud800B").replace("\\\\ud800", "\\ud800")
    assert problems_of(tmp_path, text) == [
        f"{tmp_path / 'f.json'}: events[0].title: holds a lone surrogate (an escape such as "
        "\\ud800 without its pair), which no UTF-8 file can hold: remove it or give the "
        "whole pair"]


def test_a_pair_of_surrogate_escapes_is_one_character_and_fine(tmp_path):
    path = tmp_path / "f.json"
    path.write_text(with_event(title="x").replace('"x"', '"\\ud83d\\ude00"'), encoding="utf-8")
    assert load_report(path).timeline.events[0].title == "\U0001f600"


def test_a_control_character_is_warned_about_and_an_svg_export_stays_well_formed(tmp_path):
    path = tmp_path / "f.json"
    path.write_text(with_event(title="x").replace('"x"', '"bell\\u0007 here"'),
                    encoding="utf-8")
    report = load_report(path)
    assert [w.path for w in report.warnings if w.kind == "control-character"] == [
        "events[0].title"]
    out = tmp_path / "bell.svg"
    result = run("export", str(path), "-o", str(out))
    assert result.returncode == 0, result.stderr
    root = ET.parse(out).getroot()  # well-formed XML
    texts = " ".join("".join(t.itertext()) for t in root.iter("{http://www.w3.org/2000/svg}text"))
    assert "bell\ufffd here" in texts


@pytest.mark.parametrize("value", ["nan", "inf", "1e400", "-1", "abc", "0"])
def test_a_bad_size_limit_in_the_environment_is_refused_by_name(tmp_path, monkeypatch, value):
    monkeypatch.setenv("TIMELINE_APP_MAX_FILE_MB", value)
    path = tmp_path / "f.json"
    path.write_text(json.dumps(F), encoding="utf-8")
    with pytest.raises(LoadError) as caught:
        load_report(path)
    assert [p.format() for p in caught.value.problems] == [
        "TIMELINE_APP_MAX_FILE_MB: must be a positive number of megabytes up to 1,048,576, "
        f"such as 512, not {value!r}"]


def test_a_good_size_limit_is_used(tmp_path, monkeypatch):
    monkeypatch.setenv("TIMELINE_APP_MAX_FILE_MB", "0.0001")  # about 100 bytes
    path = tmp_path / "f.json"
    path.write_text(json.dumps(F), encoding="utf-8")
    with pytest.raises(LoadError, match="over the limit"):
        load_report(path)


def test_the_table_shows_terminal_controls_and_bidi_marks_inertly(tmp_path):
    path = tmp_path / "f.json"
    path.write_text(with_event(title="x").replace(
        '"x"', '"\\u001b]0;pwned\\u0007 \\u001b[2J \\u202eevil"'), encoding="utf-8")
    shown = run("list", str(path)).stdout
    assert "\x1b" not in shown and "\x07" not in shown and "\u202e" not in shown
    assert "␛]0;pwned␇ ␛[2J <U+202E>evil" in shown


def test_csv_cells_a_spreadsheet_would_run_are_guarded_and_read_back_exactly(tmp_path):
    titles = ['=HYPERLINK("http://x")', "+1", "-2", "@SUM(A1)", "\tTab", "'=quoted"]
    document = json.loads(json.dumps(F))
    document["events"] = [{"id": f"e{i}", "title": title, "date": "2024", "category": "c",
                           "sources": [{"source": "s"}]} for i, title in enumerate(titles)]
    path = tmp_path / "f.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    csv_text = run("list", str(path), "--format", "csv").stdout
    rows = list(csv.reader(csv_text.splitlines()))[1:]
    assert all(row[8].startswith("'") for row in rows)  # no title cell runs as a formula
    back = tmp_path / "back.csv"
    back.write_text(csv_text, encoding="utf-8")
    again = json.loads(run("list", str(back), "--format", "json").stdout)
    assert sorted(e["title"] for e in again["events"]) == sorted(titles)


def test_one_mistake_in_a_category_or_source_is_one_problem(tmp_path):
    document = json.loads(json.dumps(F))
    document["events"] += [dict(document["events"][0], id=f"b{i}") for i in range(5)]
    document["categories"][0]["color"] = "blue"
    del document["sources"][0]["publisher"]
    for event in document["events"]:
        event["sources"] = [{"source": "s"}]
    found = problems_of(tmp_path, json.dumps(document))
    assert [p.split(": ", 1)[1] for p in found] == [
        "categories[0].color: 'blue' is not a colour: write it as #RRGGBB, e.g. #3f7fbf",
        "sources[0].publisher: missing"]


def test_events_null_is_said_to_be_null_not_missing(tmp_path):
    document = dict(F, events=None)
    assert problems_of(tmp_path, json.dumps(document))[0].endswith(
        "events: must be a list, not null")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-32"])
def test_utf16_and_utf32_files_with_a_byte_order_mark_are_read(tmp_path, encoding):
    path = tmp_path / "f.json"
    path.write_bytes(json.dumps(F, ensure_ascii=False).encode(encoding))
    assert [e.id for e in load_report(path).timeline.events] == ["a"]
