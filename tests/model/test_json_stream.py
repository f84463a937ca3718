"""The streamed reading of a JSON text with too many lists and objects to build at once
(``model.json_stream``) gives exactly what reading it whole gives: the same timeline, the
same warnings, the same problems at the same places."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from unittest import mock

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.model.test_fuzz import JSON_VALUES
from timeline_app.model import loader
from timeline_app.model.loader import load_report
from timeline_app.model.problems import LoadError
from timeline_app.package_data import default_dataset_path

DATASET_TEXT = json.dumps(json.loads(default_dataset_path().read_text(encoding="utf-8")),
                          ensure_ascii=False)
SETTINGS = settings(max_examples=150, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture,
                                           HealthCheck.too_slow])


def outcome(path: Path, *, streamed: bool) -> tuple[Any, ...]:
    """What loading ``path`` gives, read whole or streamed, as comparable values."""
    budget = (lambda text: -1) if streamed else (lambda text: 10**15)
    with mock.patch.object(loader, "container_budget", budget):
        try:
            report = load_report(path)
        except LoadError as error:
            return "refused", [p.format() for p in error.problems], error.truncated
    return ("loaded", report.timeline.title, report.timeline.events,
            report.timeline.categories, report.timeline.periods,
            [w.format() for w in report.warnings])


def same_either_way(path: Path) -> None:
    assert outcome(path, streamed=True) == outcome(path, streamed=False)


def test_the_embedded_dataset_reads_the_same_streamed(tmp_path):
    path = tmp_path / "events.json"
    path.write_text(DATASET_TEXT, encoding="utf-8")
    assert outcome(path, streamed=True)[0] == "loaded"
    same_either_way(path)


@SETTINGS
@given(document=JSON_VALUES)
def test_any_document_reads_the_same_streamed(tmp_path_factory, document):
    path = tmp_path_factory.mktemp("streamed") / "f.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    same_either_way(path)


@SETTINGS
@given(position=st.integers(0, len(DATASET_TEXT)),
       change=st.sampled_from(["", ",", "[", "]", "{", "}", '"', ":", "0", " ", "\n", "x"]),
       remove=st.integers(0, 2))
def test_a_broken_dataset_text_reads_the_same_streamed(tmp_path_factory, position, change,
                                                      remove):
    text = DATASET_TEXT[:position] + change + DATASET_TEXT[position + remove:]
    path = tmp_path_factory.mktemp("broken") / "f.json"
    path.write_text(text, encoding="utf-8")
    same_either_way(path)


def test_events_before_the_categories_and_repeated_keys_read_the_same_streamed(tmp_path):
    texts = [
        '{"events": [{"id": "a", "title": "A", "date": "2024", "category": "c"}],'
        ' "title": "t", "categories": [{"id": "c", "label": "C", "color": "#336699"}]}',
        '{"title": "t", "events": [{}], "events": [], "categories": []}',
        '{"title": "t", "events": [], "events": 5}',
        '{"title": "t", "events": 5, "events": [{}]}',
        '  {\n "title" : "t" ,\n "events" : [ {} ,\n {} ] }\n ',
        '{"title": "t", "events": [{}, ]}',
        '{"title": "t", "events": [{} {}]}',
        '{"title": "t", "events": [{}]',
        '{"title": "t", "events": [{}]} []',
        '{"title": "t", "events": [NaN]}',
        '{"title": "t", "events": ["\\ud800"]}',
        '[]',
        '"a timeline"',
    ]
    for index, text in enumerate(texts):
        path = tmp_path / f"f{index}.json"
        path.write_text(text, encoding="utf-8")
        assert outcome(path, streamed=True) == outcome(path, streamed=False), text
