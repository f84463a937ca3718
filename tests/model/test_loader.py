"""Loading and validation: every bad input gets a clean, located message."""

import json
from pathlib import Path

import pytest

from timeline_app.model.loader import load, load_report
from timeline_app.model.problems import (
    WARNINGS_KEPT_PER_KIND,
    LoadError,
    Severity,
    problem_count,
    summarize_warnings,
)

GOOD = {
    "title": "Test",
    "categories": [{"id": "f", "label": "Forums", "color": "#3366AA"}],
    "sources": [{"id": "s", "title": "An article", "publisher": "A publisher",
                 "published": "2019-03-15", "url": "https://example.org/a"}],
    "events": [
        {"id": "b", "title": "Later", "date": "2024-04", "category": "f",
         "sources": [{"source": "s", "locator": "para. 2"}]},
        {"id": "a", "title": "Earlier", "date": "2017", "category": "f",
         "sources": [{"source": "s"}], "figures": [{"label": "cases", "value": 534}]},
    ],
}


def write(tmp_path: Path, content: object, name: str = "t.json") -> Path:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    elif isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_text(json.dumps(content), encoding="utf-8")
    return path


def problems_of(path: Path, **kwargs) -> list[str]:
    with pytest.raises(LoadError) as caught:
        load(path, **kwargs)
    assert caught.value.problems, "a LoadError always carries at least one problem"
    return [p.format() for p in caught.value.problems]


def with_event(**changes: object) -> dict:
    document = json.loads(json.dumps(GOOD))
    document["events"][0].update(changes)
    return document


def test_a_good_file_loads_with_events_in_chronological_order(tmp_path):
    timeline = load(write(tmp_path, GOOD))
    assert [e.id for e in timeline.events] == ["a", "b"]
    assert timeline.category_by_id["f"].color == "#3366aa"
    assert timeline.events[0].figures[0].value == 534


def test_events_that_start_together_are_ordered_by_id(tmp_path):
    document = json.loads(json.dumps(GOOD))
    document["events"] = [dict(document["events"][1], id=i) for i in ("c", "a", "b")]
    assert [e.id for e in load(write(tmp_path, document)).events] == ["a", "b", "c"]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("", "the file is empty"),
        ("   \n", "the file is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary file"),
        (b'{"title": "caf\xe9"}', "1:15: the file is not UTF-8 text"),
        ('{"title": "x", "events": [', "the JSON ends too early"),
        ('{"title": "x",\n "events": [],\n}',
         "t.json:2:14: the JSON has a trailing comma before '}'"),  # at the comma
        ('{"title": "x", "events": [1, 2,]}', "trailing comma before ']'"),
        ('{"title": "x", "events": []} extra', "more text after its end"),
        ("[1, 2]", "the top level must be an object"),
        ('"just a string"', "the top level must be an object"),
        ('{"title": "x"}', "events: missing"),
        ('{"title": "x", "events": {}}', "events: must be a list, not an object"),
        ('{"title": "x", "events": [42]}', "events[0]: must be an object, not a number"),
        ('{"title": "x", "events": [NaN]}', "1:27: NaN is not a number in JSON"),
        ('{"title": "x", "events": [], "n": Infinity}', "Infinity is not a number in JSON"),
        ('{"title": "x", "events": [], "n": -Infinity}', "-Infinity is not a number in JSON"),
    ],
)
def test_a_broken_file_is_refused_with_a_located_message(tmp_path, content, expected):
    messages = problems_of(write(tmp_path, content))
    assert any(expected in m for m in messages), messages
    assert all(m.startswith(str(tmp_path / "t.json")) for m in messages)


def test_a_missing_file_is_reported_by_name(tmp_path):
    assert problems_of(tmp_path / "absent.json") == [f"{tmp_path / 'absent.json'}: no such file"]


def test_a_folder_is_not_a_timeline_file(tmp_path):
    assert "is a folder" in problems_of(tmp_path)[0] or "folder" in problems_of(tmp_path)[0]


def test_json_nested_a_hundred_thousand_levels_deep_is_refused_without_recursion_error(tmp_path):
    deep = '{"title": "x", "events": ' + "[" * 100_000 + "]" * 100_000 + "}"
    assert "nested too deeply" in problems_of(write(tmp_path, deep))[0]


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(tmp_path, monkeypatch):
    path = write(tmp_path, GOOD)
    read_calls = []
    monkeypatch.setattr(Path, "open", lambda *a, **k: read_calls.append(a))
    message = problems_of(path, max_bytes=10)[0]
    assert "over the limit" in message and read_calls == []


def test_the_size_limit_can_be_raised_or_lowered_by_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("TIMELINE_APP_MAX_FILE_MB", "0.0001")
    assert "over the limit of" in problems_of(write(tmp_path, GOOD))[0]


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"title": ""}, "events[0].title: must not be empty"),
        ({"title": 7}, "events[0].title: must be a string, not a number"),
        ({"title": None}, "events[0].title: must be a string, not null"),
        ({"id": ""}, "events[0].id: must not be empty"),
        ({"date": "2024-13"}, "events[0].date: '2024-13' is not a date: there is no month 13"),
        ({"date": "2023-02-29"}, "events[0].date: '2023-02-29' is not a date: 2023 is not a leap"),
        ({"date": "2024-4"}, "two digits"),
        ({"date": "April 2024"}, "events[0].date: 'April 2024' is not a date"),
        ({"date": "2024/2022"}, "the interval ends before it starts"),
        ({"date": 2024}, "events[0].date: must be a date string"),
        ({"category": "nope"}, "events[0].category: 'nope' is not one of the categories (f)"),
        ({"sources": [{"source": "nope"}]}, "events[0].sources[0].source: 'nope' is not one of"),
        ({"confidence": "sure"}, "events[0].confidence: 'sure' is not one of confirmed"),
        ({"actors": "Cui"}, "events[0].actors: must be a list of strings"),
        ({"actors": ["Cui", 3]}, "events[0].actors[1]: must be a string"),
        ({"figures": [{"label": "x", "value": "5"}]}, "events[0].figures[0].value: must be a num"),
        ({"figures": [{"label": "x", "value": True}]}, "events[0].figures[0].value: must be a num"),
    ],
)
def test_a_bad_field_is_named_by_its_json_path(tmp_path, changes, expected):
    messages = problems_of(write(tmp_path, with_event(**changes)))
    assert any(expected in m for m in messages), messages


def test_a_missing_title_is_an_error(tmp_path):
    document = with_event()
    del document["events"][0]["title"]
    assert any("events[0].title: missing" in m for m in problems_of(write(tmp_path, document)))


def test_a_missing_top_level_title_is_an_error(tmp_path):
    document = with_event()
    del document["title"]
    assert any(m.endswith(": title: missing") for m in problems_of(write(tmp_path, document)))


def test_duplicate_ids_are_errors_that_name_the_first_use(tmp_path):
    document = with_event(id="a")
    document["categories"].append({"id": "f", "label": "Again", "color": "#000000"})
    document["sources"].append({"id": "s", "title": "Again", "publisher": "P"})
    messages = problems_of(write(tmp_path, document))
    assert any("events[1].id: 'a' is used again (first at events[0])" in m for m in messages)
    assert any("categories[1].id: 'f' is used again" in m for m in messages)
    assert any("sources[1].id: 's' is used again" in m for m in messages)


@pytest.mark.parametrize("color", ["red", "#12345", "#1234567", "#GGGGGG", "123456"])
def test_a_bad_colour_is_an_error(tmp_path, color):
    document = with_event()
    document["categories"][0]["color"] = color
    assert any("categories[0].color" in m and "#RRGGBB" in m
               for m in problems_of(write(tmp_path, document)))


def test_every_problem_is_reported_in_one_pass(tmp_path):
    document = with_event(date="2024-13", category="nope", title="")
    messages = problems_of(write(tmp_path, document))
    assert len(messages) == 3


def test_errors_stop_at_a_sane_cap(tmp_path):
    document = {"title": "x", "events": [{"id": str(i), "title": "t", "date": "bad"}
                                         for i in range(5000)]}
    with pytest.raises(LoadError) as caught:
        load(write(tmp_path, document))
    assert caught.value.truncated and len(caught.value.problems) == 1000


def test_unknown_keys_unsourced_events_and_odd_links_are_warnings(tmp_path):
    document = with_event(extra=1, sources=[], links=["javascript:alert(1)", "https://ok.org"])
    document["surprise"] = True
    report = load_report(write(tmp_path, document))
    kinds = sorted(w.kind for w in report.warnings)
    assert kinds == ["link-scheme", "no-source", "unknown-key", "unknown-key"]
    assert all(w.severity is Severity.WARNING for w in report.warnings)
    assert any("events[0].links[0]" in w.format() for w in report.warnings)


def test_repeated_warnings_are_summed_up_after_the_first_few(tmp_path):
    document = {"title": "x", "categories": GOOD["categories"],
                "events": [{"id": str(i), "title": "t", "date": "2020", "category": "f"}
                           for i in range(100_000)]}
    report = load_report(write(tmp_path, document))
    lines = summarize_warnings(report.warnings)
    assert len(lines) == 6
    assert lines[-1].endswith("… and 99,995 more events without a source")


def test_warnings_past_a_thousand_of_a_kind_are_counted_not_kept(tmp_path):
    document = {"title": "x", "categories": GOOD["categories"],
                "events": [{"id": str(i), "title": "t", "date": "2020", "category": "f",
                            "x": 0, "y": 0} for i in range(3000)]}
    report = load_report(write(tmp_path, document))
    assert len(report.warnings) == 2 * WARNINGS_KEPT_PER_KIND + 2
    assert problem_count(report.warnings) == 9000
    lines = summarize_warnings(report.warnings)
    assert lines[-2].endswith("… and 5,995 more unknown keys")
    assert lines[-1].endswith("… and 2,995 more events without a source")


def test_progress_is_reported_up_to_completion(tmp_path):
    seen: list[float] = []
    load_report(write(tmp_path, GOOD), progress=seen.append)
    assert seen == sorted(seen) and seen[-1] == 1.0
