"""The documentation's example is a valid file, so the docs cannot drift from the loader."""

import json
import re

import jsonschema

from timeline_app.model.languages import event_summary, event_title
from timeline_app.model.loader import load_report
from timeline_app.package_data import data_format_doc_path, resource_path
from timeline_app.query.filters import EventFilter


def test_the_data_format_example_is_valid_without_warnings(tmp_path):
    text = data_format_doc_path().read_text(encoding="utf-8")
    example = re.search(r"```json\n(.*?)```", text, re.S)
    assert example is not None
    path = tmp_path / "example.json"
    path.write_text(example.group(1), encoding="utf-8")
    report = load_report(path)
    assert report.warnings == []
    assert len(report.timeline.events) == 2
    schema = json.loads(resource_path("timeline.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(json.loads(example.group(1)), schema)


def test_the_translations_example_is_valid_and_shows_what_the_text_says(tmp_path):
    text = data_format_doc_path().read_text(encoding="utf-8")
    section = text.split("## Titles and summaries in more than one language", 1)[1]
    fragment = re.search(r"```json\n(.*?)```", section, re.S)
    assert fragment is not None
    document = json.loads("{" + fragment.group(1) + "}")
    document.update(title="T", categories=[{"id": "statistics", "label": "Cases",
                                            "color": "#5f9a3a"}],
                    sources=[{"id": "s", "title": "An article", "publisher": "A publisher"}])
    document["events"][0]["sources"] = [{"source": "s"}]
    path = tmp_path / "translated.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    report = load_report(path)
    assert report.warnings == []
    (event,) = report.timeline.events
    own = report.timeline.language
    assert event_title(event, "zh_CN", own).startswith("NIAC 2024年")
    assert event_title(event, "vi", own).startswith("Số vụ việc")
    assert event_summary(event, "vi", own) == event.summary
    assert event_title(event, "fr", own) == event.title
    assert [e.id for e in EventFilter(search="受理案件").apply(report.timeline.events)] == \
        [event.id]
