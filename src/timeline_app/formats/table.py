"""A spreadsheet as the importers see it: a header and rows of cells, with places.

Cells are text, or ``CellDate`` for a spreadsheet cell that holds a date (an
XLSX cell with a date format): its EDTF at the precision the format shows.
Rows are numbered as the spreadsheet numbers them (the header is row 1 when it
is the first line), columns by letter, so a problem can say "row 12, column C".
Those places are English, since they are also the locators and ids of the events
imported; ``shown_place`` words one in the interface's language for a problem.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from timeline_app.model.problems import Problem, Severity
from timeline_app.wording import translate

_PLACE = re.compile(r"(row|line) (\d+)(?:, column ([A-Z]+)(?: \((.*)\))?)?", re.DOTALL)


@dataclass(frozen=True, slots=True)
class CellDate:
    """A cell holding a date: ``edtf`` at the precision its format shows, and the text
    the spreadsheet displays for it."""

    edtf: str
    shown: str


Cell = str | CellDate


@dataclass(slots=True)
class Table:
    file: str
    header: tuple[str, ...]
    rows: list[tuple[Cell, ...]]
    #: the spreadsheet's number of ``rows[0]`` (the header's row + 1)
    first_row: int = 2
    sheet: str | None = None
    warnings: list[Problem] = field(default_factory=list)

    def row_number(self, index: int) -> int:
        return self.first_row + index

    def place(self, index: int, column: int | None = None) -> str:
        """'row 12' or 'row 12, column C (Date)' for ``rows[index]``."""
        where = f"row {self.row_number(index)}"
        if column is None:
            return where
        name = self.header[column] if column < len(self.header) else ""
        return f"{where}, column {column_letter(column)}" + (f" ({name})" if name else "")

    def problem(self, index: int, column: int | None, message: str) -> Problem:
        return Problem(self.file, shown_place(self.place(index, column)), message)

    def warn(self, kind: str, message: str, where: str = "") -> None:
        self.warnings.append(Problem(self.file, shown_place(where), message, Severity.WARNING,
                                     kind))


def shown_place(place: str) -> str:
    """``place`` ('row 12', 'row 12, column C (Date)', 'line 3') in the interface's
    language, for a problem; any other place (a JSON path) as it is."""
    match = _PLACE.fullmatch(place)
    if match is None:
        return place
    kind, number, letter, header = match.groups()
    if kind == "line":
        return line_place(int(number))
    if letter is None:
        return translate("ImportPlaces", "row {row}").format(row=number)
    if header is None:
        return translate("ImportPlaces", "row {row}, column {column}").format(
            row=number, column=letter)
    return translate("ImportPlaces", "row {row}, column {column} ({header})").format(
        row=number, column=letter, header=header)


def column_letter(column: int) -> str:
    """The spreadsheet letter of a 0-based column: 0 -> A, 25 -> Z, 26 -> AA."""
    letters = ""
    column += 1
    while column:
        column, rest = divmod(column - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def cell_text(cell: Cell) -> str:
    """What a cell says, as text: a date cell as the spreadsheet shows it."""
    return cell.shown if isinstance(cell, CellDate) else cell


def line_place(number: int) -> str:
    """'line 3' of a text file, in the interface's language."""
    return translate("ImportPlaces", "line {line}").format(line=number)
