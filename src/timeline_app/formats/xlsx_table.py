"""XLSX workbooks as a ``Table``, read with openpyxl: one sheet, its cached values.

A cell with a date format is a ``CellDate`` at the precision its format
shows: ``yyyy`` a year, ``mmm yyyy`` a month, ``d/m/yyyy`` a day, a time with
seconds a second, and a time to the minute the whole of that minute. A
formula is read as the value the spreadsheet program saved with it, or
reported when there is none: formulas are never computed. Numbers are text as
the cell holds them (a whole number without ``.0``).
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any, NoReturn
from xml.etree.ElementTree import ParseError

from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from timeline_app.formats.table import Cell, CellDate, Table
from timeline_app.model.problems import LoadError, Problem
from timeline_app.wording import translate

_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_FORMAT_NOISE = re.compile(r'"[^"]*"|\\.|\[[^\]]*\]|_.|\*.')
#: what a damaged workbook makes openpyxl raise: a bad file, not a crash of the app
_BAD_WORKBOOK = (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError, TypeError,
                 IndexError, AttributeError, ParseError, OSError, EOFError)


def read_xlsx_table(path: Path, sheet: str | None = None) -> Table:
    """The table of one sheet (the first unless ``sheet`` names another)."""
    file = str(path)
    _check_workbook(path, file)
    formulas: dict[tuple[int, int], str] = {}
    header, rows, header_row, name = _read_sheet(path, file, sheet, formulas, cached=False)
    table = Table(file, header, rows, header_row + 1, name)
    if formulas:  # the values the spreadsheet program saved with them, if it did
        _, cached_rows, _, _ = _read_sheet(path, file, name, {}, cached=True)
        for (index, column), formula in formulas.items():
            value = cached_rows[index][column] if column < len(cached_rows[index]) else ""
            if value == "":
                table.warn("formula", translate(
                    "XlsxImport", "the formula {formula} has no saved value, so the cell is "
                    "read as empty: open the file in a spreadsheet program and save it "
                    "(formulas are never computed here)").format(formula=formula),
                    table.place(index, column))
            row = list(rows[index])
            row[column] = value
            rows[index] = tuple(row)
    return table


def sheet_names(path: Path) -> tuple[str, ...]:
    """The workbook's sheets, in its order."""
    file = str(path)
    _check_workbook(path, file)
    try:
        workbook = load_workbook(path, read_only=True)
    except _BAD_WORKBOOK as error:
        _unreadable_workbook(file, error)
    try:
        return tuple(workbook.sheetnames)
    finally:
        workbook.close()


def _check_workbook(path: Path, file: str) -> None:
    try:
        with path.open("rb") as handle:
            start = handle.read(8)
    except OSError as error:
        _fail(file, translate("XlsxImport", "the file cannot be read: {error}").format(
            error=error.strerror or error))
    if start == _OLE2:
        _fail(file, translate("XlsxImport", "this is an Excel 97-2003 workbook (.xls): save it "
                              "as .xlsx or as CSV"))
    if not zipfile.is_zipfile(path):
        _fail(file, translate("XlsxImport", "this is not an Excel workbook (.xlsx): it is not "
                              "even a ZIP archive"))
    with zipfile.ZipFile(path) as archive:
        if "xl/workbook.xml" not in archive.namelist():
            _fail(file, translate("XlsxImport", "this is a ZIP archive but not an Excel "
                                  "workbook: it has no xl/workbook.xml (is it another kind of "
                                  "document renamed to .xlsx?)"))


def _read_sheet(path: Path, file: str, sheet: str | None,
                formulas: dict[tuple[int, int], str], *, cached: bool
                ) -> tuple[tuple[str, ...], list[tuple[Cell, ...]], int, str]:
    try:
        workbook = load_workbook(path, read_only=True, data_only=cached)
    except _BAD_WORKBOOK as error:
        _unreadable_workbook(file, error)
    try:
        names = workbook.sheetnames
        if sheet is not None and sheet not in names:
            _fail(file, translate("XlsxImport", "there is no sheet {sheet}; the sheets are "
                                  "{sheets}").format(sheet=repr(sheet),
                                                     sheets=", ".join(repr(n) for n in names)))
        name = sheet if sheet is not None else names[0]
        header: tuple[str, ...] | None = None
        header_row = 0
        rows: list[tuple[Cell, ...]] = []
        for number, cells in enumerate(_rows(workbook[name], file), 1):
            if header is None:
                if any(_text_of(value) for value, _, _ in cells):
                    header, header_row = tuple(_text_of(v).strip() for v, _, _ in cells), number
                continue
            row: list[Cell] = []
            for column, (value, number_format, is_formula) in enumerate(cells):
                if is_formula and not cached:
                    formulas[len(rows), column] = str(value)
                row.append(_cell(value, number_format))
            rows.append(tuple(row))
    finally:
        workbook.close()
    if header is None:
        _fail(file, translate("XlsxImport", "the sheet {sheet} is empty: a spreadsheet of "
                              "events needs a header row and a row per event").format(
            sheet=repr(name)))
    return header, rows, header_row, name


def _rows(worksheet: Any, file: str) -> Iterator[list[tuple[Any, str, bool]]]:
    try:
        for cells in worksheet.iter_rows():
            yield [(c.value, getattr(c, "number_format", "General"),
                    getattr(c, "data_type", "") == "f") for c in cells]
    except _BAD_WORKBOOK as error:
        _fail(file, translate("XlsxImport", "the sheet cannot be read: {error}").format(
            error=error))


def _cell(value: Any, number_format: str) -> Cell:
    if isinstance(value, datetime):
        return _date_cell(value, number_format)
    if isinstance(value, date):
        return CellDate(value.isoformat(), value.isoformat())
    return _text_of(value)


def _text_of(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, time):
        return value.isoformat()
    return str(value)


def _date_cell(value: datetime, number_format: str) -> Cell:
    shape = _FORMAT_NOISE.sub("", number_format).lower()
    has_time = "h" in shape or "s" in shape
    has_date = "y" in shape or "d" in shape or ("m" in shape and not has_time)
    if has_time and not has_date:  # a time of day alone is not a date
        return value.time().isoformat()
    if has_time:
        moment = (value + timedelta(microseconds=500_000)).replace(microsecond=0)
        if "s" in shape:
            text = moment.isoformat()
            return CellDate(text, text.replace("T", " "))
        minute = moment.replace(second=0)
        start = minute.isoformat()
        return CellDate(f"{start}/{minute.replace(second=59).isoformat()}",
                        start[:16].replace("T", " "))
    day = value.date()
    if "d" in shape:
        return CellDate(day.isoformat(), day.isoformat())
    if "m" in shape:
        return CellDate(f"{day.year:04d}-{day.month:02d}", f"{day.year:04d}-{day.month:02d}")
    return CellDate(f"{day.year:04d}", f"{day.year:04d}")


def _unreadable_workbook(file: str, error: Exception) -> NoReturn:
    _fail(file, translate("XlsxImport", "the workbook cannot be read: {error}").format(
        error=error))


def _fail(file: str, message: str) -> NoReturn:
    raise LoadError(file, [Problem(file, "", message)]) from None
