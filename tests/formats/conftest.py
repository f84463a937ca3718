"""Fixtures of the import tests: the files in fixtures/, and workbooks written for a test."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

FIXTURES = Path(__file__).parent / "fixtures"

#: chronology.csv as a workbook: dates as date cells, each with the format that shows
#: the precision the CSV writes
CHRONOLOGY_ROWS: list[tuple[Any, ...]] = [
    ("Date", "End", "Title", "Category", "Description"),
    ((datetime(1914, 7, 28), "yyyy-mm-dd"), (datetime(1918, 11, 11), "d mmm yyyy"),
     "First World War", "Wars", "A war fought mainly in Europe."),
    ((datetime(1919, 6, 28), "dd/mm/yyyy"), None, "Treaty of Versailles signed", "Treaties",
     None),
    ((datetime(1929, 10, 1), "mmmm yyyy"), None, "Wall Street Crash", "Economy",
     "Share prices fall sharply."),
    (1939, 1945, "Second World War", "Wars", None),
    ((datetime(1969, 7, 20, 20, 17, 39), "yyyy-mm-dd hh:mm:ss"), None, "Moon landing",
     "Science", None),
]


@pytest.fixture
def fixture_path() -> Callable[[str], Path]:
    return lambda name: FIXTURES / name


@pytest.fixture
def write_workbook(tmp_path: Path) -> Callable[..., Path]:
    """Write rows to an .xlsx; a ``(value, number_format)`` cell gets that format, and a
    string starting with '=' is a formula (saved without a value, as openpyxl writes it)."""

    def write(rows: Sequence[Sequence[Any]], name: str = "book.xlsx",
              sheet: str = "Events", more_sheets: Sequence[str] = ()) -> Path:
        book = Workbook()
        worksheet = book.active
        assert worksheet is not None
        worksheet.title = sheet
        for other in more_sheets:
            book.create_sheet(other)
        for row in rows:
            worksheet.append([cell[0] if isinstance(cell, tuple) else cell for cell in row])
            for column, cell in enumerate(row, 1):
                if isinstance(cell, tuple):
                    worksheet.cell(worksheet.max_row, column).number_format = cell[1]
        path = tmp_path / name
        book.save(path)
        return path

    return write
