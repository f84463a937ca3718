"""Why a spreadsheet cell holds no date the importer can read, in the interface's language:
Chinese once the window installs it, the exact English otherwise."""

from __future__ import annotations

import re

import pytest

from timeline_app.formats.date_cells import DateCellError, DateReading, read_date

pytest.importorskip("PySide6")



def _problem(text: str) -> str:
    with pytest.raises(DateCellError) as raised:
        read_date(text)
    return str(raised.value)


def test_a_cell_whose_day_and_month_could_be_either_way_is_refused_in_chinese(chinese):
    assert _problem("3/4/2019") == ("'3/4/2019' 既可能是 2019-04-03，也可能是 2019-03-04："
                                    "文件没有说明日和月哪个在前，请写成 YYYY-MM-DD")


def test_a_cell_the_importer_cannot_read_is_refused_in_chinese_naming_phrases_it_reads(
        chinese):
    problem = _problem("sometime")
    assert problem.startswith("'sometime' 不是导入程序能识别的日期：请写成 EDTF（2019-03-04、"
                              "2019-03、1850~、186X）")
    assert re.findall(r"“(.+?)”", problem) == ["2019年3月", "约1850年"]
    assert read_date("2019年3月") == DateReading("2019-03", "2019年3月")
    assert read_date("约1850年") == DateReading("1850~", "约1850年")


def test_without_a_language_installed_a_cell_is_refused_in_the_exact_english():
    assert _problem("3/4/2019") == (
        "'3/4/2019' could be 2019-04-03 or 2019-03-04: the file does not say whether the day "
        "or the month comes first, so write it as YYYY-MM-DD")
    assert _problem("sometime") == (
        "'sometime' is not a date the importer can read: write it as EDTF (2019-03-04, "
        "2019-03, 1850~, 186X) or as a phrase such as 'March 2019' or 'circa 1850'")
