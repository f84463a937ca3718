"""Why a string is not a date, in the interface's language: Chinese once the window installs
it, the exact English otherwise (the text commands never install one)."""

from __future__ import annotations

import re

import pytest

from timeline_app.model.dates import DateError
from timeline_app.model.edtf import parse_edtf

pytest.importorskip("PySide6")

from timeline_app.render.interface_language import install_language

CJK = re.compile(r"[\u4e00-\u9fff]")

MESSAGES = [
    ("2024-00", "'2024-00' is not a date: there is no month 0", "'2024-00' 不是日期：没有 0 月"),
    ("2024-13-01", "'2024-13-01' is not a date: there is no month 13 (seasons are 21-41)",
     "'2024-13-01' 不是日期：没有 13 月（季节代码为 21-41）"),
    ("2016-02-39", "'2016-02-39' is not a date: there is no day 39",
     "'2016-02-39' 不是日期：没有 39 日"),
    ("1960-06-31", "'1960-06-31' is not a date: June 1960 has 30 days, so there is no day 31",
     "'1960-06-31' 不是日期：1960 年 6 月只有 30 天，没有 31 日"),
    ("-0043-04-31",
     "'-0043-04-31' is not a date: April -43 (44 BCE) has 30 days, so there is no day 31",
     "'-0043-04-31' 不是日期：-43 年（公元前 44 年）4 月只有 30 天，没有 31 日"),
    ("2023-02-29", "'2023-02-29' is not a date: 2023 is not a leap year",
     "'2023-02-29' 不是日期：2023 年不是闰年"),
    ("-0003-02-29", "'-0003-02-29' is not a date: -3 (4 BCE) is not a leap year",
     "'-0003-02-29' 不是日期：-3 年（公元前 4 年）不是闰年"),
    ("2016-05-02T24:00:01", "'2016-05-02T24:00:01' is not a date: hours run from 00 to 23, "
     "not 24", "'2016-05-02T24:00:01' 不是日期：小时应在 00 到 23 之间，不能是 24"),
    ("2016-05-02T12:00:00+15", "'2016-05-02T12:00:00+15' is not a date: the offset +15 is "
     "outside -12:00 to +14:00",
     "'2016-05-02T12:00:00+15' 不是日期：时区偏移 +15 超出了 -12:00 到 +14:00 的范围"),
    ("Y300000000000", "'Y300000000000' is not a date: year 300,000,000,000 is further than "
     "200,000,000,000 years from year 0, the furthest this app can place",
     "'Y300000000000' 不是日期：300,000,000,000 年距 0 年超过了本程序在时间线上能标出的"
     "最远距离 200,000,000,000 年"),
    ("[1667, 1668]", "'[1667, 1668]' is not a date: it has a space in it, and EDTF allows "
     "none, not even in a set: write '[1667,1668]'",
     "'[1667, 1668]' 不是日期：其中有空格，而 EDTF 不允许任何空格，集合中也不行：请写作 "
     "'[1667,1668]'"),
    ("[1672..1670]", "'[1672..1670]' is not a date: '1672..1670' ends before it starts",
     "'[1672..1670]' 不是日期：'1672..1670' 的结束早于开始"),
    ("1950S5", "'1950S5' is not a date: S5 asks for more significant digits than the 4 of "
     "the year 1950", "'1950S5' 不是日期：S5 要求的有效数字多于年份 1950 的 4 位数字"),
    ("", "'' is not a date: it is empty", "'' 不是日期：内容为空"),
]


def _problem(text: str) -> str:
    with pytest.raises(DateError) as raised:
        parse_edtf(text)
    return str(raised.value)


@pytest.mark.parametrize(("text", "english", "chinese_words"), MESSAGES,
                         ids=[row[0] or "empty" for row in MESSAGES])
def test_a_string_that_is_not_a_date_is_refused_in_chinese_with_its_value_kept(
        text, english, chinese_words, chinese):
    assert _problem(text) == chinese_words


@pytest.mark.parametrize(("text", "english", "chinese_words"), MESSAGES,
                         ids=[row[0] or "empty" for row in MESSAGES])
def test_without_a_language_installed_the_same_strings_are_refused_in_the_exact_english(
        text, english, chinese_words):
    assert _problem(text) == english


@pytest.mark.parametrize(("text", "example"), [
    ("-Y170000002", "Y-170000002"), ("unknown/2006", "1985/.."), ("2024-4", "2024-04"),
    ("1984?~", "%"), ("196x", "X"), ("12345", "Y12345"), ("2024-W01", "2024-01-01"),
])
def test_a_hint_in_chinese_keeps_its_edtf_examples_as_written(text, example, chinese):
    problem = _problem(text)
    assert CJK.search(problem.partition("：")[2]), problem
    assert example in problem and f"{text!r} 不是日期：" in problem


def test_a_hint_is_translated_when_it_is_given_not_when_the_module_was_imported(qapp):
    english = _problem("2024-W01")
    install_language("zh_CN")
    try:
        chinese_words = _problem("2024-W01")
    finally:
        install_language("en")
    assert "ISO week date" in english and "ISO 周日期" in chinese_words
    assert _problem("2024-W01") == english


def test_the_cache_of_parsed_dates_keeps_no_message_from_the_language_before(qapp):
    """parse_edtf caches what it reads; a refusal is worded afresh each time."""
    assert parse_edtf("2024-04").text == "2024-04"
    english = _problem("2024-00")
    install_language("zh_CN")
    try:
        assert _problem("2024-00") == "'2024-00' 不是日期：没有 0 月"
        assert parse_edtf("2024-04").text == "2024-04"
    finally:
        install_language("en")
    assert _problem("2024-00") == english == "'2024-00' is not a date: there is no month 0"


def test_a_date_that_is_not_a_string_is_refused_in_chinese_naming_its_type(chinese):
    with pytest.raises(DateError, match=r"^应为日期字符串，实际为 int$"):
        parse_edtf(2024)  # type: ignore[arg-type]
