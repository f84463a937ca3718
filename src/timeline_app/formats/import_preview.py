"""What the window's import dialog shows before anything is opened: the first rows of a
file, how its columns map to fields, and the problems the import would report.

The preview reads the file as ``open_report`` would, with the same options, so
that what it lists is exactly what opening the file gives: the same events, the
same rows left out, the same messages. Only a plain spreadsheet (not the
TimelineJS template, not a forensic export, not JSON) has a mapping to change.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from enum import Enum
from pathlib import Path

from timeline_app.formats.columns import Field, MappingError, match_columns
from timeline_app.formats.opening import (
    InputFormat,
    OpenOptions,
    TableReading,
    format_of,
    open_report,
    read_table,
    table_reading,
)
from timeline_app.formats.table import Table, cell_text, column_letter
from timeline_app.model.loader import LoadReport
from timeline_app.model.problems import LoadError, Problem
from timeline_app.wording import translate

PREVIEW_ROWS = 20


class Reader(Enum):
    """How a file will be read, as the dialog names it."""

    TIMELINE = "the app's own timeline format"
    SPREADSHEET = "a spreadsheet, column by column"
    TIMELINEJS_TEMPLATE = "the TimelineJS template"
    FORENSIC = "a forensic timeline (Timesketch or Plaso)"
    TIMELINEJS = "TimelineJS3 JSON"
    JSONL = "a forensic timeline of JSON lines"


@dataclass(frozen=True, slots=True)
class ImportPreview:
    path: Path
    options: OpenOptions
    reader: Reader
    #: the file's columns and its first rows, as text (a table's cells, or for JSON the
    #: first events as read)
    header: tuple[str, ...] = ()
    rows: tuple[tuple[str, ...], ...] = ()
    #: the column of each field, for a spreadsheet whose mapping can be changed
    mapping: Mapping[Field, int] = field(default_factory=dict)
    sheets: tuple[str, ...] = ()
    report: LoadReport | None = None  # None when the file would not open
    problems: tuple[Problem, ...] = ()  # why it would not, or what it would leave out or warn

    @property
    def can_map(self) -> bool:
        return self.reader is Reader.SPREADSHEET


def preview_import(path: Path, options: OpenOptions) -> ImportPreview:
    """Read ``path`` as the options say and describe what opening it would give."""
    kind = options.input_format or format_of(path)
    preview = ImportPreview(path, options, _reader_of(kind))
    try:
        if kind is InputFormat.XLSX:
            preview = replace(preview, sheets=_sheets(path))
        table = read_table(path, kind, options) \
            if kind in (InputFormat.CSV, InputFormat.XLSX) else None
    except LoadError as error:
        return replace(preview, problems=tuple(error.problems))
    if table is not None:
        preview = replace(preview, reader=_READERS[table_reading(table, options)],
                          header=table.header, rows=_first_rows(table))
        if preview.can_map:
            try:
                preview = replace(preview, mapping=match_columns(table.header,
                                                                 options.mapping).columns)
            except MappingError as error:
                return replace(preview, problems=(Problem(str(path), "", str(error)),))
    try:
        report = open_report(path, options)
    except LoadError as error:
        return replace(preview, problems=tuple(error.problems))
    preview = replace(preview, report=report,
                      problems=tuple(report.left_out) + tuple(report.warnings))
    if table is None:
        events = report.timeline.events[:PREVIEW_ROWS]
        header = (translate("ImportPreview", "Date"), translate("ImportPreview", "Title"),
                  translate("ImportPreview", "Category"))
        preview = replace(preview, header=header,
                          rows=tuple((e.display_date or e.date.text, e.title, e.category)
                                     for e in events))
    return preview


def mapping_overrides(header: tuple[str, ...], mapping: Mapping[Field, int | None]
                      ) -> dict[str, str]:
    """A whole mapping as ``--map`` overrides, every field named so that nothing is
    matched by name any more: a column by its header where that names it alone, else
    by its letter; an empty column for a field left unread."""
    def name(column: int) -> str:
        text = header[column]
        return text if text and header.index(text) == column else column_letter(column)

    return {f.value: "" if column is None else name(column) for f, column in mapping.items()}


def _reader_of(kind: InputFormat) -> Reader:
    return {InputFormat.TIMELINE: Reader.TIMELINE, InputFormat.TIMELINEJS: Reader.TIMELINEJS,
            InputFormat.JSONL: Reader.JSONL}.get(kind, Reader.SPREADSHEET)


_READERS = {TableReading.TIMELINEJS_TEMPLATE: Reader.TIMELINEJS_TEMPLATE,
            TableReading.FORENSIC: Reader.FORENSIC, TableReading.SPREADSHEET: Reader.SPREADSHEET}


def _first_rows(table: Table) -> tuple[tuple[str, ...], ...]:
    width = len(table.header)
    return tuple(tuple(cell_text(c) for c in row[:width]) + ("",) * (width - len(row))
                 for row in table.rows[:PREVIEW_ROWS])


def _sheets(path: Path) -> tuple[str, ...]:
    from timeline_app.formats.xlsx_table import sheet_names

    return sheet_names(path)
