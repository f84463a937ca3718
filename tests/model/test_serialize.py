"""The model written back as JSON keeps every translation, in a stable order."""

from __future__ import annotations

import json

from tests.model.test_loader import write
from timeline_app.list_formats import format_json
from timeline_app.model.loader import load
from timeline_app.model.serialize import event_to_json, subset_document
from timeline_app.package_data import default_dataset_path

TRANSLATED = {
    "title": "Cases", "description": "A chronology.", "language": "en",
    "translations": {"zh-Hans": {"title": "案件", "description": "年表。"}},
    "categories": [{"id": "c", "label": "Cases", "color": "#336699",
                    "translations": {"zh-Hans": {"label": "案件"}, "vi": {"label": "Vụ"}}}],
    "sources": [{"id": "s", "title": "An article", "publisher": "A publisher"}],
    "periods": [{"title": "Early", "date": "2017/2019",
                 "translations": {"zh-Hans": {"title": "早期"}}}],
    "events": [{"id": "e", "title": "Cases accepted", "date": "2024", "category": "c",
                "summary": "534 cases.",
                "translations": {"zh-Hans": {"title": "受理案件", "summary": "534件。"},
                                 "en-GB": {"summary": "534 cases, British."}},
                "sources": [{"source": "s"}]}],
}


def test_a_translated_document_round_trips_through_json_exactly(tmp_path):
    timeline = load(write(tmp_path, TRANSLATED))
    written = json.loads(format_json(timeline, timeline.events))
    assert written == TRANSLATED
    assert list(written) == list(TRANSLATED)
    assert list(written["events"][0]) == list(TRANSLATED["events"][0])
    assert list(written["events"][0]["translations"]) == ["zh-Hans", "en-GB"]
    again = load(write(tmp_path, written, "again.json"))
    assert again == timeline


def test_a_document_without_translations_is_written_without_them(tmp_path):
    plain = {key: value for key, value in TRANSLATED.items()
             if key not in ("language", "translations", "periods")}
    plain["categories"] = [{"id": "c", "label": "Cases", "color": "#336699"}]
    plain["events"] = [{k: v for k, v in TRANSLATED["events"][0].items() if k != "translations"}]
    timeline = load(write(tmp_path, plain))
    assert subset_document(timeline, timeline.events) == plain


def test_the_embedded_datasets_events_are_written_back_as_the_file_holds_them():
    raw = {e["id"]: e for e in json.loads(default_dataset_path().read_text(encoding="utf-8"))
           ["events"]}
    timeline = load(default_dataset_path())
    assert all(event_to_json(e) == raw[e.id] for e in timeline.events)
    assert all(list(event_to_json(e)["translations"]) == ["zh-Hans"] for e in timeline.events)
