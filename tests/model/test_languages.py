"""Which translation a reader of a language is shown, and the texts it gives, field by field."""

from __future__ import annotations

import pytest

from timeline_app.model.edtf import parse_edtf
from timeline_app.model.events import (
    Category,
    CategoryTranslation,
    Event,
    EventTranslation,
    Period,
    PeriodTranslation,
    Timeline,
    TimelineTranslation,
)
from timeline_app.model.languages import (
    category_description,
    category_label,
    event_summary,
    event_title,
    is_language_tag,
    period_title,
    pick_language,
    timeline_description,
    timeline_title,
    translated_summary,
    translated_title,
    translation_for,
)
from timeline_app.query.filters import EventFilter

SIMPLIFIED = EventTranslation("zh-Hans", "南宁仲裁案件", "全年受理案件534件。")
TITLE_ONLY = EventTranslation("vi", "Các vụ việc trọng tài")


def event(*translations: EventTranslation) -> Event:
    return Event("e", "Arbitration cases", parse_edtf("2024"), "c",
                 summary="534 cases in the year.", translations=translations)


@pytest.mark.parametrize(("wanted", "available", "picked"), [
    ("zh_CN", ["en", "zh-Hans"], "zh-Hans"),
    ("zh-CN", ["zh-Hant", "zh-Hans"], "zh-Hans"),
    ("zh_CN.UTF-8", ["zh-Hans"], "zh-Hans"),
    ("zh-SG", ["zh-CN"], "zh-CN"),
    ("zh-Hans", ["zh-cn"], "zh-cn"),
    ("zh", ["zh-Hant", "zh-Hans"], "zh-Hans"),
    ("zh_TW", ["zh-Hans", "zh-Hant"], "zh-Hant"),
    ("zh-HK", ["zh-TW"], "zh-TW"),
    ("zh-MO", ["zh-Hant-TW"], "zh-Hant-TW"),
    ("zh_TW", ["zh-Hans", "zh"], "zh"),
    ("zh_TW", ["zh-Hans"], "zh-Hans"),
    ("ZH-hans", ["zh-Hans"], "zh-Hans"),
    ("en_GB", ["en-US", "en"], "en"),
    ("en_GB", ["zh-Hans", "en-US"], "en-US"),
    ("en-GB", ["en-gb", "en"], "en-gb"),
    ("en", ["zh-Hans"], None),
    ("de_DE", [], None),
    ("C", ["zh-Hans", "en"], None),
])
def test_pick_language_takes_the_same_tag_then_the_same_script_then_the_same_language(
        wanted, available, picked):
    assert pick_language(available, wanted) == picked


@pytest.mark.parametrize(("tag", "good"), [
    ("zh-Hans", True), ("en", True), ("en-GB", True), ("es-419", True), ("sr-Latn-RS", True),
    ("zh_CN", False), ("", False), ("z", False), ("english", False), ("zh-", False),
    ("zh-Hans\n", False), ("中文", False),
])
def test_a_language_tag_is_letters_then_hyphenated_subtags(tag, good):
    assert is_language_tag(tag) is good


def test_a_translated_title_and_summary_are_shown_to_a_reader_of_their_language():
    translated = event(TITLE_ONLY, SIMPLIFIED)
    assert event_title(translated, "zh_CN") == "南宁仲裁案件"
    assert event_summary(translated, "zh_CN") == "全年受理案件534件。"
    assert translated_title(translated, "zh_CN") == "南宁仲裁案件"


def test_a_translation_without_a_summary_falls_back_to_the_events_own_summary():
    translated = event(TITLE_ONLY)
    assert event_title(translated, "vi_VN") == "Các vụ việc trọng tài"
    assert event_summary(translated, "vi_VN") == "534 cases in the year."
    assert translated_summary(translated, "vi_VN") is None


def test_without_a_language_or_a_translation_the_events_own_text_is_shown():
    translated = event(SIMPLIFIED)
    assert event_title(translated, None) == "Arbitration cases"
    assert event_title(translated, "fr_FR") == "Arbitration cases"
    assert translated_title(translated, "fr_FR") is None
    assert event_title(event(), "zh_CN") == "Arbitration cases"


def test_the_files_own_language_wins_when_it_suits_the_reader_as_well():
    traditional = event(EventTranslation("zh-Hant", "南寧仲裁案件"))
    assert event_title(traditional, "zh_CN") == "南寧仲裁案件"  # the closest there is
    assert event_title(traditional, "zh_CN", own_language="zh-Hans") == "Arbitration cases"
    assert event_title(traditional, "zh_TW", own_language="zh-Hans") == "南寧仲裁案件"
    british = event(EventTranslation("en-GB", "Arbitration cases, British"))
    assert event_title(british, "en_US", own_language="en") == "Arbitration cases"
    assert event_title(british, "en_GB", own_language="en") == "Arbitration cases, British"


def test_translation_for_gives_the_whole_translation_chosen():
    assert translation_for(event(TITLE_ONLY, SIMPLIFIED).translations, "zh") is SIMPLIFIED
    assert translation_for((), "zh") is None


def test_category_period_and_document_texts_fall_back_field_by_field():
    category = Category("c", "Cases", "#336699", "Caseloads.",
                        (CategoryTranslation("zh-Hans", label="案件"),))
    assert category_label(category, "zh_CN") == "案件"
    assert category_description(category, "zh_CN") == "Caseloads."
    assert category_label(category, "en") == "Cases"
    period = Period("Early years", parse_edtf("2017/2019"),
                    translations=(PeriodTranslation("zh-Hans", "早期"),))
    assert period_title(period, "zh-CN") == "早期"
    assert period_title(period, None) == "Early years"
    timeline = Timeline.build("Cases", "A chronology.", [category], [], [event()],
                              language="en",
                              translations=[TimelineTranslation("zh-Hans", "案件")])
    assert timeline_title(timeline, "zh_CN") == "案件"
    assert timeline_description(timeline, "zh_CN") == "A chronology."
    assert timeline_title(timeline, "en_GB") == "Cases"


def test_a_search_in_chinese_finds_the_event_by_its_translated_title_or_summary():
    translated = event(SIMPLIFIED)
    timeline = Timeline.build("T", None, [Category("c", "C", "#336699")], [],
                              [translated, Event("other", "Other", parse_edtf("2020"), "c")])
    assert [e.id for e in EventFilter(search="仲裁").apply(timeline.events)] == ["e"]
    assert [e.id for e in EventFilter(search="534件").apply(timeline.events)] == ["e"]


def test_events_without_translations_share_one_empty_tuple():
    assert event().translations is Event("x", "X", parse_edtf("2020"), "c").translations
