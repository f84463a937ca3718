"""The core's words: English until a language is installed, and English plurals."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from timeline_app import wording
from timeline_app.model.date_words import month_words
from timeline_app.wording import ENGLISH, Wording, english_form, english_plural, translate


@pytest.fixture
def restored() -> Iterator[None]:
    before = wording.current()
    yield
    wording.use_wording(before)


def test_english_plurals_follow_the_marker_after_the_word():
    assert english_plural("%n event(s)", 1) == "1 event"
    assert english_plural("%n event(s)", 0) == "0 events"
    assert english_plural("%n match(es) in %n box(es)", 2) == "2 matches in 2 boxes"
    assert english_plural("%n category(ies)", 1) == "1 category"
    assert english_plural("%n category(ies)", 12) == "12 categories"


def test_the_english_form_keeps_the_count_for_qt_to_fill_in():
    assert english_form("%n row(s) left out", 1) == "%n row left out"
    assert english_form("%n row(s) left out", 2) == "%n rows left out"


def test_without_a_language_installed_the_core_speaks_english(restored):
    wording.use_wording(ENGLISH)
    assert translate("DateWords", "{year} BCE").format(year=44) == "44 BCE"
    assert translate("DateWords", "%n significant digit(s)", "", 1) == "1 significant digit"
    assert month_words(4, 2024) == "April 2024"


def test_an_installed_wording_names_the_months_and_orders_the_parts(restored):
    chinese = {"{month} {year}": "{year}{number}月", "{year}": "{year}年"}
    wording.use_wording(Wording(
        language="zh_CN", translate=lambda c, text, d, n: chinese.get(text, text),
        months=("", *(f"{m}月" for m in range(1, 13))),
        month_abbreviations=("", *(f"{m}月" for m in range(1, 13)))))
    assert month_words(4, 2024) == "2024年4月"


def test_a_new_wording_is_not_answered_from_the_last_ones_words(restored):
    wording.use_wording(Wording(translate=lambda c, text, d, n: "first"))
    assert translate("Tests", "a text") == "first"
    wording.use_wording(Wording(translate=lambda c, text, d, n: "second"))
    assert translate("Tests", "a text") == "second"
