"""XLSX workbooks: date cells at their format's precision, formulas never computed, and
files that are not workbooks told apart."""

from __future__ import annotations

import zipfile
from datetime import datetime

import pytest

from timeline_app.formats.table import CellDate
from timeline_app.formats.xlsx_table import read_xlsx_table
from timeline_app.model.problems import LoadError

WHEN = datetime(2019, 3, 4, 10, 30, 15)


@pytest.mark.parametrize(("number_format", "edtf"), [
    ("yyyy", "2019"), ("mmm yyyy", "2019-03"), ("mmmm\\ yyyy", "2019-03"),
    ("dd/mm/yyyy", "2019-03-04"), ("[$-409]d mmmm yyyy;@", "2019-03-04"),
    ("yyyy-mm-dd hh:mm:ss", "2019-03-04T10:30:15"),
    ("yyyy-mm-dd hh:mm", "2019-03-04T10:30:00/2019-03-04T10:30:59"),
])
def test_a_date_cell_has_the_precision_its_format_shows(write_workbook, number_format, edtf):
    path = write_workbook([("Date", "Title"), ((WHEN, number_format), "A")])
    assert read_xlsx_table(path).rows[0][0].edtf == edtf  # type: ignore[union-attr]


def test_numbers_and_text_cells_read_as_text(write_workbook):
    path = write_workbook([("Year", "Count", "Title"), (1939, 2.5, "War")])
    assert read_xlsx_table(path).rows == [("1939", "2.5", "War")]


def test_a_time_of_day_alone_is_text_not_a_date(write_workbook):
    path = write_workbook([("Time",), ((datetime(1899, 12, 30, 10, 30), "hh:mm"),)])
    cell = read_xlsx_table(path).rows[0][0]
    assert not isinstance(cell, CellDate) and cell.startswith("10:30")


def test_a_formula_without_a_saved_value_is_reported_and_never_computed(write_workbook):
    path = write_workbook([("Date", "Title"), ("=1+1", "A")])
    table = read_xlsx_table(path)
    assert table.rows == [("", "A")]
    assert [w.kind for w in table.warnings] == ["formula"]
    assert table.warnings[0].path == "row 2, column A (Date)"


def test_a_formula_reads_as_the_value_the_spreadsheet_saved(write_workbook, tmp_path):
    path = write_workbook([("Date", "Title"), ("=1+1", "A")])
    with zipfile.ZipFile(path) as archive:  # save a value with it, as a spreadsheet would
        parts = {name: archive.read(name) for name in archive.namelist()}
    sheet = "xl/worksheets/sheet1.xml"
    assert b"<f>1+1</f><v />" in parts[sheet]
    parts[sheet] = parts[sheet].replace(b"<f>1+1</f><v />", b"<f>1+1</f><v>2019</v>")
    saved = tmp_path / "saved.xlsx"
    with zipfile.ZipFile(saved, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    table = read_xlsx_table(saved)
    assert table.rows == [("2019", "A")] and table.warnings == []


def test_another_sheet_is_read_by_name_and_a_missing_one_lists_them(write_workbook):
    path = write_workbook([("Date", "Title"), ("2019", "A")], more_sheets=("Notes",))
    assert read_xlsx_table(path, "Events").sheet == "Events"
    with pytest.raises(LoadError, match="no sheet 'Other'; the sheets are 'Events', 'Notes'"):
        read_xlsx_table(path, "Other")


def test_a_zip_that_is_not_a_workbook_says_so(tmp_path):
    path = tmp_path / "report.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    with pytest.raises(LoadError, match="ZIP archive but not an Excel workbook"):
        read_xlsx_table(path)


def test_an_old_excel_file_and_a_non_zip_are_told_apart(tmp_path):
    old = tmp_path / "old.xlsx"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100)
    with pytest.raises(LoadError, match="Excel 97-2003"):
        read_xlsx_table(old)
    text = tmp_path / "text.xlsx"
    text.write_text("Date,Title\n")
    with pytest.raises(LoadError, match="not even a ZIP"):
        read_xlsx_table(text)
