"""The interface language: what --lang and the settings mean, and what installing one
changes (Qt's translators, the default QLocale, the core's words)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from timeline_app import wording
from timeline_app.model.date_words import describe, describe_span
from timeline_app.model.edtf import parse_edtf
from timeline_app.render.interface_language import (
    chosen_language,
    install_language,
    installed_translations,
    parse_language,
    remember_choice,
    remembered_choice,
)


@pytest.mark.parametrize(("text", "language"), [
    ("zh_CN", "zh_CN"), ("zh", "zh_CN"), ("zh-CN", "zh_CN"), ("zh-Hans", "zh_CN"),
    ("zh_SG", "zh_CN"), ("en", "en"), ("en_GB", "en"), ("C", "en"), ("EN-us", "en")])
def test_a_language_can_be_named_as_users_write_it(text, language):
    assert parse_language(text) == language


@pytest.mark.parametrize("text", ["fr", "zh-TW", "zh_Hant", "klingon", ""])
def test_a_language_without_a_translation_is_refused_with_the_choices(text):
    with pytest.raises(ValueError, match="choose one of en, zh_CN, system"):
        parse_language(text)


def test_the_system_locale_of_the_tests_gives_english():
    assert parse_language("system") == "en"  # tests/conftest.py sets LANG=C.UTF-8


def test_the_language_chosen_in_the_window_is_remembered_and_used_by_default(qapp):
    assert remembered_choice() == "system"
    remember_choice("zh_CN")
    assert remembered_choice() == "zh_CN"
    assert chosen_language() == "zh_CN"
    assert chosen_language("en") == "en"  # --lang wins


def test_chinese_loads_the_apps_translation_and_qts_own(chinese):
    assert installed_translations() == 2
    assert QLocale().name() == "zh_CN"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"


def test_dates_in_chinese_read_year_month_day(chinese):
    assert describe(parse_edtf("2024-04")) == "2024年4月"
    assert describe(parse_edtf("2024-04-15")) == "2024年4月15日"
    assert describe(parse_edtf("-0043-03-15")) == "公元前44年3月15日"
    assert describe(parse_edtf("2024/..")) == "自2024年起"
    assert describe_span(parse_edtf("2024-04")) == "2024年4月1日至30日"
    assert wording.current().months[4] == "四月"


def test_switching_back_to_english_restores_english_dates(chinese):
    install_language("en")
    assert describe(parse_edtf("2024-04")) == "April 2024"
    assert describe(parse_edtf("2019-03-15")) == "15 Mar 2019"
    assert installed_translations() == 1  # the plural forms
