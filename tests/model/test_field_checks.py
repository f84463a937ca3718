"""The checks of language tags and translations name each problem by its JSON path."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.model.test_loader import GOOD, problems_of, write
from timeline_app.model.loader import load_report


def document(**top: object) -> dict:
    copy = json.loads(json.dumps(GOOD))
    copy.update(top)
    return copy


def named(lines: list[str], path: Path) -> list[str]:
    """``lines`` with the file named as ``t.json``, not by its whole path."""
    return [line.replace(str(path), path.name) for line in lines]


def problems(path: Path) -> list[str]:
    return named(problems_of(path), path)


def warnings(path: Path) -> list[str]:
    return named([w.format() for w in load_report(path).warnings], path)


def event_translations(value: object) -> dict:
    copy = document()
    copy["events"][0]["translations"] = value
    return copy


def test_translations_everywhere_load_into_the_model(tmp_path: Path):
    raw = document(language="en", translations={"zh-Hans": {"title": "测试",
                                                           "description": "说明"}},
                   periods=[{"title": "Early", "date": "2017/2019",
                             "translations": {"zh-Hans": {"title": "早期"}}}])
    raw["categories"][0]["translations"] = {"zh-Hans": {"label": "论坛"}}
    raw["events"][0]["translations"] = {"zh-Hans": {"title": "后来"}, "vi": {"summary": "Sau"}}
    report = load_report(write(tmp_path, raw))
    timeline = report.timeline
    assert report.warnings == []
    assert timeline.language == "en"
    assert [(t.language, t.title, t.description) for t in timeline.translations] == \
        [("zh-Hans", "测试", "说明")]
    assert timeline.categories[0].translations[0].label == "论坛"
    assert timeline.periods[0].translations[0].title == "早期"
    later = timeline.event_by_id["b"]
    assert [(t.language, t.title, t.summary) for t in later.translations] == \
        [("zh-Hans", "后来", None), ("vi", None, "Sau")]


@pytest.mark.parametrize(("value", "problem"), [
    ({"zh_CN": {"title": "后来"}},
     "events[0].translations.zh_CN: 'zh_CN' is not a language tag: write a BCP 47 tag such "
     "as 'zh-Hans', 'en' or 'en-GB' (letters and digits joined by hyphens)"),
    ({"zh-Hans": {"title": ""}}, "events[0].translations.zh-Hans.title: must not be empty"),
    ({"zh-Hans": {"summary": "  "}},
     "events[0].translations.zh-Hans.summary: must not be empty"),
    ({"zh-Hans": {"title": 5}},
     "events[0].translations.zh-Hans.title: must be a string, not a number"),
    ({"zh-Hans": "后来"},
     "events[0].translations.zh-Hans: must be an object of texts (summary, title), not a "
     "string"),
    (["zh-Hans"],
     "events[0].translations: must be an object of language tags, each with its texts "
     "(summary, title), not a list"),
])
def test_a_bad_event_translation_is_an_error_at_its_json_path(tmp_path, value, problem):
    assert problems(write(tmp_path, event_translations(value))) == [f"t.json: {problem}"]


def test_an_unknown_text_in_a_translation_is_a_warning_and_ignored(tmp_path):
    path = write(tmp_path, event_translations({"zh-Hans": {"title": "后来", "note": "x"}}))
    assert warnings(path) == \
        ["t.json: events[0].translations.zh-Hans.note: warning: unknown key 'note' is ignored"]
    assert load_report(path).timeline.event_by_id["b"].translations[0].title == "后来"


def test_a_category_may_not_translate_a_title_nor_a_period_a_label(tmp_path):
    raw = document(periods=[{"title": "Early", "date": "2017",
                             "translations": {"zh-Hans": {"label": "早期"}}}])
    raw["categories"][0]["translations"] = {"zh-Hans": {"title": "论坛"}}
    assert sorted(warnings(write(tmp_path, raw))) == [
        "t.json: categories[0].translations.zh-Hans.title: warning: unknown key 'title' is "
        "ignored",
        "t.json: periods[0].translations.zh-Hans.label: warning: unknown key 'label' is "
        "ignored"]


def test_the_documents_language_and_translations_are_checked_at_the_top_level(tmp_path):
    raw = document(language="English", translations={"zh-Hans": {"title": 1}, "x": {}})
    assert problems(write(tmp_path, raw)) == [
        "t.json: language: 'English' is not a language tag: write a BCP 47 tag such as "
        "'zh-Hans', 'en' or 'en-GB' (letters and digits joined by hyphens)",
        "t.json: translations.zh-Hans.title: must be a string, not a number",
        "t.json: translations.x: 'x' is not a language tag: write a BCP 47 tag such as "
        "'zh-Hans', 'en' or 'en-GB' (letters and digits joined by hyphens)"]


def test_a_category_translation_with_an_empty_label_is_an_error(tmp_path):
    raw = document()
    raw["categories"][0]["translations"] = {"zh-Hans": {"label": ""}}
    assert problems(write(tmp_path, raw)) == \
        ["t.json: categories[0].translations.zh-Hans.label: must not be empty"]
