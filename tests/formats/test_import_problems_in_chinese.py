"""The problems an import finds, in the window's language: Chinese once it is installed,
with the rows, columns, JSON paths and the file's own values kept as they are, and the
same English as ever without it (the text commands never install a language)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from timeline_app.formats.document_builder import LEFT_OUT_KEPT
from timeline_app.formats.import_preview import preview_import
from timeline_app.formats.opening import OpenOptions, open_report
from timeline_app.formats.table import shown_place
from timeline_app.model.problems import LoadError

pytest.importorskip("PySide6")

CJK = re.compile(r"[\u4e00-\u9fff]")
Problems = list[tuple[str, str]]


def _problems(path: Path, options: OpenOptions | None = None) -> Problems:
    """Every problem opening ``path`` gives, as its place and its message."""
    try:
        report = open_report(path, options or OpenOptions())
    except LoadError as error:
        problems = error.problems
    else:
        problems = [*report.left_out, *report.warnings]
    return [(p.path, p.message) for p in problems]


ROWS = "ID,Date,Title,Confidence\na,2019,First,high\na,2020,Second,\n,,No date,\n"
SLIDES = json.dumps({"events": [
    {"start_date": {"year": "2019", "month": "x"}, "text": {"headline": "A"}},
    {"start_date": {"year": "2020"}, "text": {"headline": "B"}},
    {"start_date": {"year": "2021", "time": "25:00"}, "text": {"headline": "C"}}]})
JSON_LINES = ('{"message": "m", "datetime": "2020-01-01T00:00:00Z"}\nnot json\n'
              '{"message": "n", "datetime": "Not set"}\n{"message": "o", "timestamp": "abc"}\n')

#: name: (file name, content, options, the English problems, the Chinese problems)
CASES: dict[str, tuple[str, str | bytes, OpenOptions, Problems, Problems]] = {
    "spreadsheet rows": ("rows.csv", ROWS, OpenOptions(), [
        ("row 3", "the id 'a' is used again: this row was left out"),
        ("row 4, column B (Date)", "the row has no date: it was left out"),
        ("row 2, column D (Confidence)", "'high' is not one of confirmed, single-source, "
         "unverified: it is kept as a field of the event"),
    ], [
        ("第 3 行", "ID 'a' 重复使用：此行已略去"),
        ("第 4 行，B 列（Date）", "此行没有日期：已略去"),
        ("第 2 行，D 列（Confidence）",
         "'high' 不是 confirmed, single-source, unverified 之一：已作为事件的字段保留"),
    ]),
    "not a chronology": ("notes.csv", "Foo,Bar\n1,2\n", OpenOptions(), [
        ("", "no column holds dates, so this is not a chronology the app can open: name one "
         "'date' (or 'start' and 'end'), or map it with --map date=COLUMN (the columns are "
         "'Foo', 'Bar')"),
    ], [
        ("", "没有哪一列是日期，因此这不是本应用能打开的年表：请将一列命名为 'date'（或 'start' "
         "和 'end'），或用 --map date=COLUMN 指定（现有的列为：'Foo', 'Bar'）"),
    ]),
    "a column mapped that is not there": (
        "rows.csv", ROWS, OpenOptions(mapping={"date": "Nope"}), [
            ("", "there is no column 'Nope'; the columns are 'ID', 'Date', 'Title', "
             "'Confidence'"),
        ], [
            ("", "没有名为 'Nope' 的列；现有的列为：'ID', 'Date', 'Title', 'Confidence'"),
        ]),
    "bytes of no encoding": ("bad.csv", b"Date,Title\n2019,A\n\x81\n", OpenOptions(), [
        ("line 3", "the file is not UTF-8 or Windows-1252 text: byte 0x81 cannot be read"),
    ], [
        ("第 3 行", "文件不是 UTF-8 或 Windows-1252 编码的文本：无法读取字节 0x81"),
    ]),
    "TimelineJS slides": ("slides.json", SLIDES, OpenOptions(), [
        ("events[0]", "start_date.month is 'x', not a whole number: the slide was left out"),
        ("events[2]", "start_date: '25:00' is not a time of day: the slide was left out"),
    ], [
        ("events[0]", "start_date.month 为 'x'，不是整数：此幻灯片已略去"),
        ("events[2]", "start_date：'25:00' 不是一天中的时刻：此幻灯片已略去"),
    ]),
    "forensic lines": ("plaso.jsonl", JSON_LINES, OpenOptions(), [
        ("line 2", "not a JSON object (Expecting value): the line was left out"),
        ("line 3", "the time is not set (the datetime is 'Not set'): the record was left out, "
         "not drawn at a date that is not its own"),
        ("line 4", "the timestamp 'abc' is not a whole number: the record was left out"),
    ], [
        ("第 2 行", "不是 JSON 对象（Expecting value）：此行已略去"),
        ("第 3 行", "时间未设置（datetime 为 'Not set'）：该记录已略去，以免画在不属于它的日期上"),
        ("第 4 行", "timestamp 'abc' 不是整数：该记录已略去"),
    ]),
    "an old Excel workbook": ("old.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1rest",
                              OpenOptions(), [
        ("", "this is an Excel 97-2003 workbook (.xls): save it as .xlsx or as CSV"),
    ], [
        ("", "这是 Excel 97-2003 工作簿 (.xls)：请另存为 .xlsx 或 CSV"),
    ]),
}


def _found(tmp_path: Path, name: str) -> Problems:
    file_name, content, options, _, _ = CASES[name]
    path = tmp_path / file_name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return _problems(path, options)


@pytest.mark.parametrize("name", CASES)
def test_without_a_language_installed_the_problems_are_the_same_english(tmp_path, name):
    assert _found(tmp_path, name) == CASES[name][3]


@pytest.mark.parametrize("name", CASES)
def test_with_chinese_installed_the_problems_are_chinese_with_their_places_and_values_kept(
        tmp_path, chinese, name):
    found = _found(tmp_path, name)
    assert found == CASES[name][4]
    assert all(CJK.search(message) for _, message in found)


def test_a_missing_sheet_is_named_in_chinese_with_the_sheets_the_workbook_has(
        write_workbook, chinese):
    path = write_workbook([("Date", "Title"), ("2019", "A")], more_sheets=("Notes",))
    assert _problems(path, OpenOptions(sheet="Other")) == [
        ("", "没有工作表 'Other'；现有的工作表为：'Events', 'Notes'")]


def test_a_formula_without_a_saved_value_is_a_chinese_warning_at_its_cell(
        write_workbook, chinese):
    path = write_workbook([("Date", "Title"), ("=1+1", "A"), ("2019", "B")])
    warning = open_report(path).warnings[0]
    assert warning.path == "第 2 行，A 列（Date）"
    assert warning.message.startswith("公式 =1+1 没有保存的值")


@pytest.mark.parametrize("place, english, chinese_words", [
    ("row 12", "row 12", "第 12 行"),
    ("row 12, column C", "row 12, column C", "第 12 行，C 列"),
    ("row 12, column AB (Start date)", "row 12, column AB (Start date)",
     "第 12 行，AB 列（Start date）"),
    ("line 3", "line 3", "第 3 行"),
    ("events[3]", "events[3]", "events[3]"),
])
def test_a_place_is_worded_whole_in_each_language(qapp, place, english, chinese_words):
    from timeline_app.render.interface_language import install_language

    assert shown_place(place) == english
    install_language("zh_CN")
    try:
        assert shown_place(place) == chinese_words
    finally:
        install_language("en")


def _link_warning_place(tmp_path: Path) -> str:
    path = tmp_path / "links.csv"
    path.write_text("Date,Title,Link\n2019,A,ftp://example.org\n", encoding="utf-8")
    return next(p for p, _ in _problems(path) if "links[0]" in p)


def test_a_problem_the_validator_finds_names_the_row_in_chinese_and_keeps_the_key(
        tmp_path, chinese):
    assert _link_warning_place(tmp_path) == "第 2 行（links[0]）"


def test_a_problem_the_validator_finds_names_the_row_in_english_without_a_language(tmp_path):
    assert _link_warning_place(tmp_path) == "row 2 (links[0])"


def _rows_left_out_past_those_kept(tmp_path: Path) -> str:
    path = tmp_path / "undated.csv"
    path.write_text("Date,Title\n2019,Kept\n" + ",Undated\n" * (LEFT_OUT_KEPT + 2),
                    encoding="utf-8")
    return open_report(path).left_out[-1].message


def test_the_rows_left_out_past_those_kept_are_counted_in_chinese(tmp_path, chinese):
    assert _rows_left_out_past_those_kept(tmp_path) == "… 还有 2 行被略去"


def test_the_rows_left_out_past_those_kept_are_counted_in_english(tmp_path):
    assert _rows_left_out_past_those_kept(tmp_path) == "… and 2 more rows left out"


def test_the_preview_of_a_json_file_heads_its_columns_in_the_interface_language(
        tmp_path, qapp):
    from timeline_app.render.interface_language import install_language

    path = tmp_path / "slides.json"
    path.write_text(SLIDES, encoding="utf-8")
    assert preview_import(path, OpenOptions()).header == ("Date", "Title", "Category")
    install_language("zh_CN")
    try:
        assert preview_import(path, OpenOptions()).header == ("日期", "标题", "类别")
    finally:
        install_language("en")


def test_an_imported_event_keeps_its_english_place_as_its_id_and_locator(tmp_path, chinese):
    path = tmp_path / "one.csv"
    path.write_text("Date,Title\n2019,A\n", encoding="utf-8")
    event = open_report(path).timeline.events[0]
    assert event.id == "row-2"
    assert [c.locator for c in event.sources] == ["row 2"]
