"""Typed decoding agrees with the general reading on every file: the same timeline, the
same warnings, the same problems in the same words."""

from __future__ import annotations

import json
from pathlib import Path

import msgspec
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import timeline_app.model.loader as loader
from tests.model.test_clean_event import CATEGORIES, SOURCES, events
from timeline_app.model.clean_event import build_clean_event
from timeline_app.model.problems import LoadError
from timeline_app.model.typed_reading import read_typed, typed_clean_event

_DOCUMENT = st.fixed_dictionaries(
    {"title": st.sampled_from(["T", "", 3]),
     "categories": st.just([{"id": c, "label": c.upper(), "color": "#336699"}
                            for c in sorted(CATEGORIES)]),
     "sources": st.just([{"id": s, "title": s, "publisher": "P"} for s in sorted(SOURCES)]),
     "events": st.lists(events, max_size=5)},
    optional={"description": st.sampled_from(["d", 1]), "surprise": st.just(1)})


@settings(max_examples=500)
@given(events)
def test_the_typed_fast_path_accepts_exactly_what_the_dictionary_fast_path_accepts(raw):
    typed = typed_clean_event(msgspec.Raw(json.dumps(raw).encode()), CATEGORIES, SOURCES)
    assert typed == build_clean_event(raw, CATEGORIES, SOURCES)


def _read(path: Path) -> tuple[object, list[str]] | list[str]:
    try:
        report = loader.load_report(path)
    except LoadError as error:
        return [p.format() for p in error.problems]
    return report.timeline, [w.format() for w in report.warnings]


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(document=_DOCUMENT)
def test_a_file_reads_the_same_typed_and_the_general_way(document, tmp_path,
                                                         monkeypatch) -> None:
    path = tmp_path / "t.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    typed = _read(path)
    with monkeypatch.context() as patch:
        patch.setattr(loader, "read_typed", lambda text: None)
        general = _read(path)
    assert typed == general


@pytest.mark.parametrize("text", [
    '{"title": "T", "events": [], "surprise": 1}',  # an unknown top-level key: warned
    '{"title": "T", "events": [] ',  # a syntax error: located
    '{"title": "T", "events": ["\\ud800"]}',  # a lone surrogate: named
    '{"title": 1e400, "events": []}',  # beyond a double
    '{"title": "T"}',  # no events at all
])
def test_text_the_typed_reading_cannot_take_is_left_to_the_general_reading(text) -> None:
    assert read_typed(text) is None


@pytest.mark.parametrize("event", ['{"id": 1e400}', '{"id": ' + "9" * 5000 + "}",
                                   '{"id": "e", "title": "T", "date": "2024", "category": '
                                   '"f", "sources": [{"source": "s"}], "figures": []}'])
def test_an_event_the_structs_cannot_hold_reads_as_the_general_reading_reads_it(
        event, tmp_path, monkeypatch) -> None:
    path = tmp_path / "t.json"
    path.write_text('{"title": "T", "categories": [{"id": "f", "label": "F", "color": '
                    '"#336699"}], "sources": [{"id": "s", "title": "S", "publisher": "P"}], '
                    f'"events": [{event}]}}', encoding="utf-8")
    typed = _read(path)
    monkeypatch.setattr(loader, "read_typed", lambda text: None)
    assert typed == _read(path)


def test_nesting_too_deep_for_the_structs_is_left_to_the_general_reading(tmp_path) -> None:
    deep = '{"title": "x", "events": [' + "[" * 100_000 + "]" * 100_000 + "]}"
    assert read_typed(deep) is None
    path = tmp_path / "deep.json"
    path.write_text(deep, encoding="utf-8")
    assert "nested too deeply" in _read(path)[0]
