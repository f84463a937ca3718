"""CSV and TSV files: encodings found, delimiters sniffed, unreadable bytes located."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline_app.formats.csv_table import read_csv_table
from timeline_app.model.problems import LoadError

ROWS = "Date;Title\n2019;Café opens\n"


def _read(tmp_path: Path, data: bytes, name: str = "t.csv"):
    path = tmp_path / name
    path.write_bytes(data)
    return read_csv_table(path, data)


@pytest.mark.parametrize("data", [ROWS.encode("utf-8"), b"\xef\xbb\xbf" + ROWS.encode("utf-8"),
                                  ROWS.encode("utf-16")])
def test_utf8_with_or_without_a_mark_and_utf16_with_one_read_alike(tmp_path, data):
    table = _read(tmp_path, data)
    assert table.header == ("Date", "Title")
    assert table.rows == [("2019", "Café opens")]
    assert table.warnings == []


def test_windows_1252_is_read_with_a_warning(tmp_path):
    table = _read(tmp_path, ROWS.encode("cp1252"))
    assert table.rows == [("2019", "Café opens")]
    assert [w.kind for w in table.warnings] == ["encoding"]
    assert "Windows-1252" in table.warnings[0].message


def test_bytes_that_no_encoding_reads_are_an_error_naming_the_line(tmp_path):
    with pytest.raises(LoadError) as caught:
        _read(tmp_path, b"Date,Title\n2019,ok\n2020,\x81\x8d\n")
    assert caught.value.problems[0].path == "line 3"


@pytest.mark.parametrize(("text", "name"), [("Date\tTitle\n2019\tA\n", "t.txt"),
                                            ("Date|Title\n2019|A\n", "t.csv"),
                                            ("Date,Title\n2019,A\n", "t.csv")])
def test_the_delimiter_is_sniffed(tmp_path, text, name):
    assert _read(tmp_path, text.encode(), name).rows == [("2019", "A")]


def test_a_single_column_tsv_falls_back_to_tabs_by_its_extension(tmp_path):
    assert _read(tmp_path, b"Date\n2019\n", "t.tsv").header == ("Date",)


def test_rows_are_numbered_as_a_spreadsheet_numbers_them(tmp_path):
    table = _read(tmp_path, b"\n\nDate,Title\n2019,A\n\n2020,B\n")
    assert table.first_row == 4
    assert table.place(2, 1) == "row 6, column B (Title)"


def test_an_empty_file_is_an_error(tmp_path):
    with pytest.raises(LoadError, match="empty"):
        _read(tmp_path, b"\n \n")


def test_a_binary_file_is_not_read_as_text(tmp_path):
    with pytest.raises(LoadError, match="binary"):
        _read(tmp_path, b"PK\x03\x04\x00\x00binary")
