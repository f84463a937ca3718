"""The problems found in a timeline file, and the messages of writing files and of a crash,
are worded in Chinese once the Chinese interface is installed, with the JSON paths, keys
and the file's own values kept as they are; without it they stay exactly English."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from tests.model.test_clean_event import CATEGORIES, SOURCES, events
from timeline_app.atomic_write import WriteError, write_text_atomically
from timeline_app.crash_log import log_path, record_crash, stop_logging
from timeline_app.model.clean_event import build_clean_event
from timeline_app.model.document import _event
from timeline_app.model.field_checks import Collector, describe_type
from timeline_app.model.loader import MAX_FILE_ENV, load_report, max_file_bytes
from timeline_app.model.problems import (
    LoadError,
    Problem,
    Severity,
    summarize_warnings,
    tally_warnings,
)
from timeline_app.model.store_builder import row_of

CJK = re.compile(r"[\u4e00-\u9fff]")
UNFILLED = re.compile(r"\{\w*(?::[^}]*)?\}")

BAD_DOCUMENT = {
    "title": "T",
    "categories": [{"id": "war", "label": "War", "color": "red"}],
    "sources": [{"id": "s1", "title": "S", "publisher": "P", "url": "ftp://old.example"}],
    "translations": {"zh_CN": {"title": "标题"}},
    "events": [
        {"id": "e1", "title": 3, "date": 2024, "category": "peace", "confidence": "sure",
         "sources": [{"source": "s9"}], "actors": "Ann", "date_read_from_text": "yes",
         "figures": [{"label": "n", "value": 10 ** 400}], "fields": [],
         "translations": {"en": {"title": ""}}},
        {"id": "e2", "title": "Once", "date": "2024", "category": "war"},
        {"id": "e2", "title": "Again", "date": "2024", "category": "war"},
    ],
}
"""A document with one mistake of most kinds the validator words."""

BAD_DOCUMENT_IN_ENGLISH = [
    "bad.json: translations.zh_CN: 'zh_CN' is not a language tag: write a BCP 47 tag such "
    "as 'zh-Hans', 'en' or 'en-GB' (letters and digits joined by hyphens)",
    "bad.json: categories[0].color: 'red' is not a colour: write it as #RRGGBB, e.g. #3f7fbf",
    "bad.json: events[0].title: must be a string, not a number",
    "bad.json: events[0].date: must be a date string such as '2024-04', not a number",
    "bad.json: events[0].category: 'peace' is not one of the categories (war)",
    "bad.json: events[0].sources[0].source: 's9' is not one of the sources (s1)",
    "bad.json: events[0].confidence: 'sure' is not one of confirmed, single-source, "
    "unverified",
    "bad.json: events[0].actors: must be a list of strings, not a string",
    "bad.json: events[0].figures[0].value: must be a finite number of at most about 1.8e308 "
    "either way, not an integer of 401 digits",
    "bad.json: events[0].fields: must be an object of names and texts, not a list",
    "bad.json: events[0].date_read_from_text: must be true or false, not a string",
    "bad.json: events[0].translations.en.title: must not be empty",
    "bad.json: events[2].id: 'e2' is used again (first at events[1])",
]


def _problems(tmp_path: Path, name: str, content: str | bytes) -> list[Problem]:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(LoadError) as caught:
        load_report(path)
    return caught.value.problems


def _lines(problems: list[Problem], folder: Path) -> list[str]:
    return [p.format().replace(f"{folder}/", "") for p in problems]


def _assert_chinese(message: str) -> None:
    assert CJK.search(message), message
    assert not UNFILLED.search(message), message


def test_field_problems_stay_exactly_english_without_a_language(tmp_path):
    problems = _problems(tmp_path, "bad.json", json.dumps(BAD_DOCUMENT))
    assert _lines(problems, tmp_path) == BAD_DOCUMENT_IN_ENGLISH


def test_field_problems_are_chinese_with_their_paths_and_values_kept(tmp_path, chinese):
    problems = _problems(tmp_path, "bad.json", json.dumps(BAD_DOCUMENT))
    english_paths = [line.split(": ")[1] for line in BAD_DOCUMENT_IN_ENGLISH]
    assert [p.path for p in problems] == english_paths
    for problem in problems:
        _assert_chinese(problem.message)
    by_path = {p.path: p.message for p in problems}
    assert by_path["events[0].title"] == "必须是字符串，而不是数字"
    assert by_path["categories[0].color"].startswith("'red' 不是颜色值") \
        and "#RRGGBB" in by_path["categories[0].color"]
    assert by_path["events[0].category"] == "'peace' 不是文件中定义的类别之一（war）"
    assert by_path["events[0].sources[0].source"] == "'s9' 不是文件中定义的来源之一（s1）"
    assert "'sure'" in by_path["events[0].confidence"] \
        and "confirmed, single-source, unverified" in by_path["events[0].confidence"]
    assert "401 位的整数" in by_path["events[0].figures[0].value"]
    assert "'zh_CN'" in by_path["translations.zh_CN"] and "'zh-Hans'" in \
        by_path["translations.zh_CN"]
    assert by_path["events[2].id"] == "'e2' 重复出现（首次出现于 events[1]）"
    assert _lines(problems, tmp_path)[1].startswith("bad.json: categories[0].color: 'red' ")


def test_every_kind_of_value_is_named_in_chinese(chinese):
    kinds = [describe_type(value) for value in (None, True, 1.5, "x", [], {})]
    assert kinds == ["空值（null）", "布尔值（true/false）", "数字", "字符串", "列表", "对象"]


def test_every_kind_of_value_is_named_in_english_without_a_language():
    kinds = [describe_type(value) for value in (None, True, 1.5, "x", [], {})]
    assert kinds == ["null", "true/false", "a number", "a string", "a list", "an object"]


WARNED = {"title": "T", "categories": [{"id": "a", "label": "A", "color": "#3f7fbf"}],
          "events": [{"id": str(i), "title": "t", "date": "2024", "category": "a", "x": 1}
                     for i in range(7)]}


def test_warnings_and_their_tally_are_chinese(tmp_path, chinese):
    path = tmp_path / "w.json"
    path.write_text(json.dumps(WARNED), encoding="utf-8")
    lines = summarize_warnings(load_report(path).warnings)
    assert lines[0] == f"{path}: events[0].x: 警告：未知的键 'x' 已被忽略"
    assert lines[1] == f"{path}: events[0]: 警告：该事件没有来源"
    assert lines[-2:] == [f"{path}: 警告：… 另有 2 个未知的键",
                          f"{path}: 警告：… 另有 2 个事件没有来源"]


def test_warnings_and_their_tally_stay_english_without_a_language(tmp_path):
    path = tmp_path / "w.json"
    path.write_text(json.dumps(WARNED), encoding="utf-8")
    lines = summarize_warnings(load_report(path).warnings)
    assert lines[0] == f"{path}: events[0].x: warning: unknown key 'x' is ignored"
    assert lines[-2:] == [f"{path}: warning: … and 2 more unknown keys",
                          f"{path}: warning: … and 2 more events without a source"]


TALLIED = Counter({"unknown-key": 12345, "no-source": 2, "link-scheme": 1000, "json-cell": 7})


def test_a_tally_of_warnings_left_out_groups_its_digits_in_chinese(chinese):
    tally = [p.message for p in tally_warnings([], TALLIED, "f.json")]
    assert tally == ["… 另有 12,345 个未知的键", "… 另有 2 个事件没有来源",
                     "… 另有 1,000 个链接不是 http 或 https 链接", "… 另有 7 条类似的警告"]


def test_a_tally_of_warnings_left_out_stays_english_without_a_language():
    tally = [p.message for p in tally_warnings([], TALLIED, "f.json")]
    assert tally == ["… and 12,345 more unknown keys", "… and 2 more events without a source",
                     "… and 1,000 more links that are not http or https",
                     "… and 7 more warnings like these"]


def _capped(file: str) -> LoadError:
    return LoadError(file, [Problem(file, f"events[{i}]", "x") for i in range(1000)],
                     truncated=True)


def test_the_line_that_stops_at_the_problem_cap_is_chinese(chinese):
    assert _capped("f.json").describe().splitlines()[-1] == "f.json: 发现 1,000 个问题后停止了检查"
    warning = Problem("f.json", "events[2]", "x", Severity.WARNING, "no-source")
    assert warning.format() == "f.json: events[2]: 警告：x"


def test_the_line_that_stops_at_the_problem_cap_stays_english_without_a_language():
    assert _capped("f.json").describe().splitlines()[-1] == \
        "f.json: stopped after 1,000 problems"


SYNTAX_AND_FILE = [
    ("comma.json", '{"title": "x", "events": [1,]}',
     "comma.json:1:28: JSON 在 ']' 之前有多余的逗号",
     "comma.json:1:28: the JSON has a trailing comma before ']'"),
    ("short.json", '{"title": "x", "events": [',
     "short.json:1:27: JSON 提前结束：文件似乎被截断了",
     "short.json:1:27: the JSON ends too early: the file looks truncated"),
    ("extra.json", '{"title": "x", "events": []} x',
     "extra.json:1:30: JSON 结束之后还有多余的文本",
     "extra.json:1:30: the JSON has more text after its end"),
    ("colon.json", '{"title" "x"}', "colon.json:1:10: JSON 无效：此处应有分隔符 ':'",
     "colon.json:1:10: the JSON is not valid: expecting ':' delimiter"),
    ("nan.json", '{"title": NaN}', "nan.json:1:11: NaN 在 JSON 中不是数字；请改为数字或 null",
     "nan.json:1:11: NaN is not a number in JSON; write a number or null instead"),
    ("empty.json", "  \n", "empty.json: 文件是空的：时间线文件是一个包含 'title' 和 'events' 的 "
     "JSON 对象", "empty.json: the file is empty: a timeline file is a JSON object with "
     "'title' and 'events'"),
    ("latin1.json", b'{"title": "caf\xe9"}', "latin1.json:1:15: 文件不是 UTF-8 文本：字节 0xe9 "
     "无法解码", "latin1.json:1:15: the file is not UTF-8 text: byte 0xe9 cannot be decoded"),
    ("surrogate.json", '{"title": "\\ud800", "events": []}',
     "surrogate.json: title: 含有孤立的代理项（例如没有配对的转义 \\ud800），任何 UTF-8 文件都无法"
     "保存它：请删除它，或写出完整的一对",
     "surrogate.json: title: holds a lone surrogate (an escape such as \\ud800 without its "
     "pair), which no UTF-8 file can hold: remove it or give the whole pair"),
]


@pytest.mark.parametrize(("name", "content", "chinese_line", "english_line"), SYNTAX_AND_FILE,
                         ids=[case[0] for case in SYNTAX_AND_FILE])
def test_syntax_and_file_problems_are_chinese_at_their_place(tmp_path, chinese, name, content,
                                                             chinese_line, english_line):
    assert _lines(_problems(tmp_path, name, content), tmp_path) == [chinese_line]


@pytest.mark.parametrize(("name", "content", "chinese_line", "english_line"), SYNTAX_AND_FILE,
                         ids=[case[0] for case in SYNTAX_AND_FILE])
def test_syntax_and_file_problems_stay_english_without_a_language(tmp_path, name, content,
                                                                  chinese_line, english_line):
    assert _lines(_problems(tmp_path, name, content), tmp_path) == [english_line]


def test_a_missing_file_a_folder_and_a_file_too_large_are_chinese(tmp_path, chinese):
    with pytest.raises(LoadError) as caught:
        load_report(tmp_path / "nowhere.json")
    assert str(caught.value) == f"{tmp_path / 'nowhere.json'}: 文件不存在"
    with pytest.raises(LoadError) as caught:
        load_report(tmp_path)
    assert str(caught.value) == f"{tmp_path}: 这是一个文件夹，不是时间线文件"
    big = tmp_path / "big.json"
    big.write_text('{"title": "x", "events": []}', encoding="utf-8")
    with pytest.raises(LoadError) as caught:
        load_report(big, max_bytes=10)
    assert str(caught.value) == (f"{big}: 文件大小为 28 字节，超出上限（10 字节），因此未读取"
                                 "（设置 TIMELINE_APP_MAX_FILE_MB 可提高上限）")


def test_a_bad_size_limit_is_chinese_naming_the_variable_and_the_value(monkeypatch, chinese):
    monkeypatch.setenv(MAX_FILE_ENV, "lots")
    with pytest.raises(LoadError) as caught:
        max_file_bytes()
    assert str(caught.value) == (f"{MAX_FILE_ENV}: 必须是不超过 1,048,576 的正数（单位为 MB），"
                                 "例如 512，而不是 'lots'")


def test_a_control_character_warning_is_chinese(tmp_path, chinese):
    path = tmp_path / "bell.json"
    path.write_text(json.dumps({"title": "a\u0007", "events": []}), encoding="utf-8")
    warning = load_report(path).warnings[0]
    assert warning.path == "title"
    assert warning.message == ("含有图像和 XML 无法显示的控制字符（或 U+FFFE/U+FFFF）："
                               "导出时会画成 \ufffd")


def test_write_errors_are_chinese_naming_the_file_and_the_folder(tmp_path, chinese):
    missing = tmp_path / "gone" / "out.csv"
    with pytest.raises(WriteError) as caught:
        write_text_atomically(missing, "x")
    assert str(caught.value) == f"{missing}: 无法写入：文件夹 {missing.parent} 不存在"
    locked = tmp_path / "locked.csv"
    locked.write_text("x", encoding="utf-8")
    locked.chmod(0o444)
    with pytest.raises(WriteError) as caught:
        write_text_atomically(locked, "y")
    assert str(caught.value) == f"{locked}: 无法写入：文件为只读（使用 --force 可强制替换）"


def test_write_errors_stay_english_without_a_language(tmp_path):
    missing = tmp_path / "gone" / "out.csv"
    with pytest.raises(WriteError) as caught:
        write_text_atomically(missing, "x")
    assert str(caught.value) == f"{missing}: cannot write: the folder {missing.parent} does " \
        "not exist"


@pytest.fixture
def own_log(tmp_path, monkeypatch) -> Iterator[None]:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    yield
    stop_logging()


def test_the_crash_message_is_chinese_naming_the_error_and_the_log(own_log, chinese):
    message = record_crash(KeyError("planted"))
    assert message == ("内部错误（这是 timeline_app 自身的缺陷，不是文件的问题）："
                       f"KeyError: 'planted'；详细信息见 {log_path()}")


def test_the_crash_message_stays_english_without_a_language(own_log):
    message = record_crash(KeyError("planted"))
    assert message == ("internal error (a defect of timeline_app, not a problem with your "
                       f"file): KeyError: 'planted'; the details are in {log_path()}")


def _date_syntax(raw: object, path: str) -> bool:
    """A problem in the words of a date string, which the date syntax words itself."""
    return path.endswith(".date") and isinstance(raw, dict) and isinstance(raw.get("date"), str)


@settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(events)
def test_in_chinese_the_fast_path_takes_only_events_the_general_path_words_nothing_of(
        chinese, raw):
    collector = Collector("f.json")
    general = _event(raw, "events[0]", CATEGORIES, SOURCES, collector)
    fast = build_clean_event(raw, CATEGORIES, SOURCES)
    worded = collector.errors + collector.warnings
    assert (fast is not None) == (not worded)
    if fast is not None:
        assert fast == row_of(general)
    for problem in worded:
        if not _date_syntax(raw, problem.path):
            _assert_chinese(problem.message)
