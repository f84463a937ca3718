"""The shipped JSON Schema stays in step with the model and the validator."""

import dataclasses
import json

import jsonschema
import pytest

from tests.model.test_edtf import LEVEL_0, LEVEL_1, LEVEL_2
from timeline_app.model import keys
from timeline_app.model.events import (
    CONFIDENCE_LEVELS,
    AlternativeDate,
    Category,
    CategoryTranslation,
    Citation,
    Event,
    EventTranslation,
    Figure,
    Period,
    PeriodTranslation,
    Source,
    TimelineTranslation,
)
from timeline_app.model.languages import is_language_tag
from timeline_app.package_data import default_dataset_path, resource_path

SCHEMA = json.loads(resource_path("timeline.schema.json").read_text(encoding="utf-8"))


def schema_keys(definition: str) -> set[str]:
    return set(SCHEMA["$defs"][definition]["properties"])


def model_fields(cls: type) -> set[str]:
    """The fields a file can set: derived ones are not passed to the constructor."""
    return {f.name for f in dataclasses.fields(cls) if f.init}


@pytest.mark.parametrize(
    ("definition", "model", "validator_keys"),
    [("event", Event, keys.EVENT_KEYS), ("category", Category, keys.CATEGORY_KEYS),
     ("source", Source, keys.SOURCE_KEYS), ("figure", Figure, keys.FIGURE_KEYS),
     ("citation", Citation, keys.CITATION_KEYS),
     ("alternative", AlternativeDate, keys.ALTERNATIVE_KEYS),
     ("period", Period, keys.PERIOD_KEYS)],
)
def test_the_schema_the_model_and_the_validator_know_the_same_keys(definition, model,
                                                                    validator_keys):
    assert schema_keys(definition) == model_fields(model) == set(validator_keys)


@pytest.mark.parametrize(
    ("definition", "model", "validator_keys"),
    [("documentTranslation", TimelineTranslation, keys.TOP_TRANSLATION_KEYS),
     ("categoryTranslation", CategoryTranslation, keys.CATEGORY_TRANSLATION_KEYS),
     ("eventTranslation", EventTranslation, keys.EVENT_TRANSLATION_KEYS),
     ("periodTranslation", PeriodTranslation, keys.PERIOD_TRANSLATION_KEYS)],
)
def test_the_schema_the_model_and_the_validator_know_the_same_translated_texts(
        definition, model, validator_keys):
    assert schema_keys(definition) == model_fields(model) - {"language"} == set(validator_keys)


@pytest.mark.parametrize(("tag", "good"), [("zh-Hans", True), ("en-GB", True), ("es-419", True),
                                           ("zh_CN", False), ("chinese", False), ("", False)])
def test_the_schema_reads_language_tags_as_the_validator_does(tag, good):
    validator = jsonschema.Draft202012Validator(SCHEMA)
    assert validator.is_valid({"title": "T", "events": [],
                               "translations": {tag: {"title": "标题"}}}) is good
    assert validator.is_valid({"title": "T", "events": [], "language": tag}) is good
    assert is_language_tag(tag) is good


def test_the_schema_refuses_an_empty_translated_text():
    event = {"id": "e", "title": "T", "date": "2024", "category": "c",
             "translations": {"zh-Hans": {"title": ""}}}
    assert not jsonschema.Draft202012Validator(SCHEMA).is_valid(
        {"title": "T", "events": [event]})


def test_the_schema_top_level_matches_the_validator():
    assert set(SCHEMA["properties"]) == set(keys.TOP_KEYS)


def test_the_schema_lists_the_same_confidence_levels_as_the_model():
    assert tuple(SCHEMA["$defs"]["event"]["properties"]["confidence"]["enum"]) == CONFIDENCE_LEVELS


def test_required_fields_are_those_without_a_default_in_the_model():
    for definition, model in [("event", Event), ("category", Category), ("source", Source),
                              ("figure", Figure), ("citation", Citation),
                              ("alternative", AlternativeDate), ("period", Period)]:
        required = {f.name for f in dataclasses.fields(model)
                    if f.init and f.default is dataclasses.MISSING
                    and f.default_factory is dataclasses.MISSING}
        assert set(SCHEMA["$defs"][definition]["required"]) == required, definition


def test_the_embedded_dataset_satisfies_the_schema():
    data = json.loads(default_dataset_path().read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(SCHEMA).validate(data)


@pytest.mark.parametrize("row", LEVEL_0 + LEVEL_1 + LEVEL_2, ids=lambda row: row[0])
def test_the_schema_accepts_every_form_the_app_reads(row):
    jsonschema.validate(row[0], SCHEMA["$defs"]["date"])


@pytest.mark.parametrize("date", ["2024-4", "April 2024", "../..x", "2024-04-01T00:00",
                                  "２０２４", "٢٠٢４", "2024-W01", "Y2006X", "[1667, 1668]",
                                  "2020/2021/2022", "20050924T100000"])
def test_the_schema_rejects_malformed_dates(date):
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(date, SCHEMA["$defs"]["date"])
