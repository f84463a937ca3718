"""Fuzzing the loader: generated documents and mutations of the embedded dataset either load
or fail with the app's own LoadError (never another exception), and whatever loads
round-trips through the app's JSON and CSV."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline_app import cli
from timeline_app.formats.opening import open_report
from timeline_app.list_formats import format_csv, format_json
from timeline_app.model.loader import load_report
from timeline_app.model.problems import LoadError
from timeline_app.package_data import default_dataset_path

DATASET = json.loads(default_dataset_path().read_text(encoding="utf-8"))
KEYS = ["title", "events", "id", "date", "category", "categories", "sources", "label",
        "color", "publisher", "source", "locator", "figures", "value", "alternatives",
        "display_date", "summary", "confidence", "links", "fields", "periods", "actors",
        "translations", "language", "zh-Hans", "description"]
TEXT = st.text(alphabet=st.characters(codec="utf-8"), max_size=12)
SCALARS = (st.none() | st.booleans() | st.integers(-10**30, 10**30)
           | st.floats(allow_nan=False, allow_infinity=False) | TEXT
           | st.sampled_from(["2024", "../2025-09", "-0043-03-15", "2019?", "199X",
                              "#336699", "c", "s", "confirmed", "2024-13", "[1667,1668]"]))
JSON_VALUES = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=4)
                           | st.dictionaries(st.sampled_from(KEYS) | TEXT, inner,
                                             max_size=5), max_leaves=30)
FAST = settings(max_examples=150, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow])


def loads_or_refuses(path: Path) -> None:
    """Load ``path``; a LoadError is a fine answer, anything else fails the test. What
    loads is written as JSON and as CSV and must read back into the same events."""
    try:
        timeline = load_report(path).timeline
    except LoadError as error:
        assert error.problems, "a LoadError always names its problems"
        return
    again = path.with_name("again.json")
    again.write_text(format_json(timeline, timeline.events), encoding="utf-8")
    reread = load_report(again).timeline
    assert [(e.id, e.title, e.date.text, e.category, e.sources, e.figures, e.translations)
            for e in reread.events] == [(e.id, e.title, e.date.text, e.category, e.sources,
                                         e.figures, e.translations) for e in timeline.events]
    assert (reread.language, reread.translations) == (timeline.language, timeline.translations)
    as_csv = path.with_name("again.csv")
    as_csv.write_text(format_csv(timeline, timeline.events), encoding="utf-8")
    if timeline.events:
        from_csv = open_report(as_csv).timeline
        assert [(e.id, e.title, e.date.text, e.translations) for e in from_csv.events] == \
            [(e.id, e.title, e.date.text, e.translations) for e in timeline.events]


@FAST
@given(document=JSON_VALUES)
def test_any_json_document_loads_or_is_refused_with_a_load_error(tmp_path_factory, document):
    path = tmp_path_factory.mktemp("fuzz") / "f.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    loads_or_refuses(path)


@FAST
@given(event=st.integers(0, len(DATASET["events"]) - 1), key=st.sampled_from(KEYS),
       value=JSON_VALUES)
def test_a_mutated_dataset_loads_or_is_refused_with_a_load_error(tmp_path_factory, event, key,
                                                                 value):
    document: dict[str, Any] = json.loads(json.dumps(DATASET))
    document["events"][event][key] = value
    path = tmp_path_factory.mktemp("mutant") / "f.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    loads_or_refuses(path)


@FAST
@given(data=st.binary(max_size=300))
def test_any_bytes_load_or_are_refused_with_a_load_error(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("bytes") / "f.json"
    path.write_bytes(data)
    loads_or_refuses(path)


@FAST
@given(event=st.integers(0, len(DATASET["events"]) - 1), key=st.sampled_from(KEYS),
       value=JSON_VALUES)
def test_the_commands_answer_a_mutated_dataset_with_a_status_never_a_crash(
        tmp_path_factory, capsys, event, key, value):
    document: dict[str, Any] = json.loads(json.dumps(DATASET))
    document["events"][event][key] = value
    folder = tmp_path_factory.mktemp("cli")
    path = folder / "f.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    status = cli.main(["validate", str(path)])
    assert status in (0, 1), capsys.readouterr().err
    capsys.readouterr()
    listed = cli.main(["list", str(path), "--format", "json"])
    out = capsys.readouterr().out
    assert listed == status
    if listed == 0:
        (folder / "listed.json").write_text(out, encoding="utf-8")
        assert cli.main(["validate", str(folder / "listed.json")]) == 0
