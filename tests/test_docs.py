"""The documentation's example is a valid file, so the docs cannot drift from the loader."""

import json
import re

import jsonschema

from timeline_app.model.loader import load_report
from timeline_app.package_data import data_format_doc_path, resource_path


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
