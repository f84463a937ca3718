"""A spreadsheet of events (CSV, TSV or XLSX) read into a timeline document.

Each row is an event; ``formats.columns`` says which column holds what. A row
needs a date (``date``, or ``start`` with an optional ``end``) and a title (or
a description to take one from, with a warning). A row that cannot be read is
left out, and the problem names its row and column. Lists (people, places,
tags) are separated by semicolons or line breaks. Every column that holds no
field is kept on the event under its header. The app's own CSV
(``timeline-app list --format csv``) is recognised by its header and reads
back into the same events.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from timeline_app.formats.columns import ColumnMap, Field, match_columns
from timeline_app.formats.date_cells import DateCellError, DateReading, read_date
from timeline_app.formats.document_builder import DocumentBuilder, Imported, title_from
from timeline_app.formats.table import Cell, Table, cell_text, column_letter
from timeline_app.list_formats import CSV_SIGNATURE, DERIVED_CSV_COLUMNS, csv_unguard
from timeline_app.model.dates import DateError
from timeline_app.model.edtf import parse_edtf
from timeline_app.model.events import CONFIDENCE_LEVELS
from timeline_app.wording import translate

_LIST_SEPARATORS = re.compile(r"\s*[;\n]\s*")
_CONFIDENCE = {level.replace("-", " "): level for level in CONFIDENCE_LEVELS}
#: the app's own CSV columns read by ``_own_csv_columns``, or there for people only
_OWN_CSV_READ = ("sources", "citations", "alternatives", "fields", "figures", "translations",
                 "date_read_from_text")


class NotAChronologyError(ValueError):
    """A table with no column of dates or no column of titles at all."""


def import_table(table: Table, path: Path, overrides: Mapping[str, str] | None = None,
                 title: str | None = None) -> Imported:
    own_csv = table.header[:len(CSV_SIGNATURE)] == CSV_SIGNATURE
    if own_csv:  # its cells were guarded against formulas: read them as they were
        table.rows = [tuple(csv_unguard(c) if isinstance(c, str) else c for c in row)
                      for row in table.rows]
    if own_csv:  # its citations column is exact, its sources column is for people, and
        # its start and end follow from its date
        overrides = {"source": "", "start": "", "end": "", **(overrides or {})}
    columns = match_columns(table.header, overrides)
    _check_chronology(table, columns)
    builder = DocumentBuilder(path, title)
    builder.warnings.extend(table.warnings)
    ignored = {table.header.index(c) for c in (*DERIVED_CSV_COLUMNS, *_OWN_CSV_READ)
               if c in table.header} if own_csv else set()
    rows = _Rows(table, columns, builder, own_csv, ignored)
    for index, row in enumerate(table.rows):
        if any(cell_text(cell).strip() for cell in row):
            rows.read(index, row)
    return builder.result()


def _check_chronology(table: Table, columns: ColumnMap) -> None:
    listed = ", ".join(repr(h) for h in table.header if h) or \
        translate("SpreadsheetImport", "none")
    if columns.get(Field.DATE) is None and columns.get(Field.START) is None:
        raise NotAChronologyError(translate(
            "SpreadsheetImport", "no column holds dates, so this is not a chronology the app "
            "can open: name one 'date' (or 'start' and 'end'), or map it with --map "
            "date=COLUMN (the columns are {columns})").format(columns=listed))
    if columns.get(Field.TITLE) is None and columns.get(Field.DESCRIPTION) is None:
        raise NotAChronologyError(translate(
            "SpreadsheetImport", "no column holds titles: name one 'title' (or 'headline', "
            "'event'), or map it with --map title=COLUMN (the columns are {columns})"
        ).format(columns=listed))


class _Rows:
    """Reads one row at a time into the builder (split out to keep each step short)."""

    def __init__(self, table: Table, columns: ColumnMap, builder: DocumentBuilder,
                 own_csv: bool, ignored: set[int]) -> None:
        self.table, self.columns, self.builder, self.own_csv = table, columns, builder, own_csv
        self.others = [c for c in columns.others if c not in ignored]
        # Each field's column, looked up once: an Enum key hashes in Python, and a row
        # reads a dozen fields.
        self.at = {field.value: columns.get(field) for field in Field}
        self.date_columns = [(field, columns.get(field))
                             for field in (Field.DATE, Field.START, Field.END)]

    def read(self, index: int, row: tuple[Cell, ...]) -> None:
        builder, place = self.builder, self.table.place(index)
        date = self._date(index, row)
        if date is None:
            return
        title = self._text(row, "title")
        description = self._text(row, "description")
        if not title:
            if not description:
                builder.leave_out(place, translate(
                    "SpreadsheetImport", "the row has no title and no description to take one "
                    "from: it was left out"))
                return
            title = title_from(description)
            builder.warn("title-from-text", place, translate(
                "SpreadsheetImport", "no title: the description's start was taken as its "
                "title"))
        event_id = builder.event_id(self._text(row, "id"), place)
        if event_id is None:
            return
        event: dict[str, Any] = {"id": event_id, "title": title, "date": date.edtf,
                                 "category": builder.category(self._text(row, "category"))}
        display_date = self._text(row, "display_date") or date.words
        if display_date:
            event["display_date"] = display_date
        if date.words is not None:
            event["date_read_from_text"] = True
        if description:
            event["summary"] = description
        for field, key in (("people", "actors"), ("places", "places"), ("tags", "tags"),
                           ("url", "links")):
            items = _items(self._text(row, field))
            if items:
                event[key] = items
        self._confidence(index, row, event)
        event["sources"] = self._citations(index, row)
        if self.own_csv:
            self._own_csv_columns(index, row, event)
        fields = {self._header(c): cell_text(row[c]) for c in self.others
                  if c < len(row) and cell_text(row[c]).strip()}
        if fields:
            event["fields"] = fields
        builder.add_event(event, place)

    def _date(self, index: int, row: tuple[Cell, ...]) -> DateReading | None:
        """The row's date: from ``start`` (or ``date``) to ``end`` when the row has an end,
        else ``start`` or ``date``; None (and a problem) when it has none or an unreadable
        one."""
        builder, table = self.builder, self.table
        readings: dict[Field, DateReading] = {}
        for field, column in self.date_columns:
            if column is None or column >= len(row):
                continue
            try:
                reading = read_date(row[column])
            except DateCellError as error:
                builder.leave_out(table.place(index, column), translate(
                    "SpreadsheetImport", "{error}: the row was left out").format(error=error))
                return None
            if reading is not None:
                readings[field] = reading
        start = readings.get(Field.START) or readings.get(Field.DATE)
        end = readings.get(Field.END)
        if start is None:
            column = self.columns.get(Field.DATE)
            column = self.columns.get(Field.START) if column is None else column
            builder.leave_out(table.place(index, column), translate(
                "SpreadsheetImport", "the row has no date: it was left out"))
            return None
        if end is None:
            return start
        interval = f"{start.edtf}/{end.edtf}"
        try:
            parse_edtf(interval)
        except DateError as error:
            column = self.columns.get(Field.END)
            builder.leave_out(table.place(index, column), translate(
                "SpreadsheetImport", "the start and end make no date: {error}: the row was "
                "left out").format(error=error))
            return None
        words = " to ".join(w for w in (start.words or start.edtf, end.words or end.edtf))
        from_text = start.words is not None or end.words is not None
        return DateReading(interval, words if from_text else None)

    def _text(self, row: tuple[Cell, ...], field: str) -> str:
        """The text of ``field`` (a ``Field`` value) in ``row``, stripped unless the file is
        the app's own CSV, whose text is exact; empty without one."""
        column = self.at[field]
        if column is None or column >= len(row):
            return ""
        text = cell_text(row[column])
        return text if self.own_csv else text.strip()

    def _header(self, column: int) -> str:
        return self.table.header[column] or f"column {column_letter(column)}"

    def _confidence(self, index: int, row: tuple[Cell, ...], event: dict[str, Any]) -> None:
        text = self._text(row, "confidence")
        if not text:
            return
        level = _CONFIDENCE.get(text.casefold().replace("-", " "))
        if level is not None:
            event["confidence"] = level
            return
        column = self.columns.get(Field.CONFIDENCE)
        assert column is not None
        self.builder.warn("confidence", self.table.place(index, column), translate(
            "SpreadsheetImport", "{value} is not one of {levels}: it is kept as a field of the "
            "event").format(value=repr(text), levels=", ".join(CONFIDENCE_LEVELS)))
        event.setdefault("fields", {})[self._header(column)] = text

    def _citations(self, index: int, row: tuple[Cell, ...]) -> list[dict[str, str]]:
        """The row's sources (one or more, with one locator for all), else the file."""
        sources = _items(self._text(row, "source"))
        locator = self._text(row, "locator")
        if not sources:
            return [self.builder.file_citation(self.table.place(index))]
        citations = []
        for text in sources:
            citation = {"source": self.builder.source(text)}
            if locator:
                citation["locator"] = locator
            citations.append(citation)
        return citations

    def _own_csv_columns(self, index: int, row: tuple[Cell, ...], event: dict[str, Any]) -> None:
        """The exact columns of the app's own CSV: citations, alternatives, fields, figures
        and translations as JSON, and whether the date was read from text."""
        for name, key in (("citations", "sources"), ("alternatives", "alternatives"),
                          ("fields", "fields"), ("figures", "figures"),
                          ("translations", "translations")):
            value = self._json_cell(index, row, name)
            if value:
                event[key] = value
        alternatives = event.get("alternatives")
        cited = [event["sources"], *(a.get("sources") for a in alternatives
                                     if isinstance(a, dict))] if isinstance(alternatives, list) \
            else [event["sources"]]
        for citations in cited:
            for citation in citations if isinstance(citations, list) else []:
                if isinstance(citation, dict) and isinstance(citation.get("source"), str):
                    self.builder.source_with_id(citation["source"])
        if self._cell(row, "date_read_from_text") == "yes":
            event["date_read_from_text"] = True

    def _json_cell(self, index: int, row: tuple[Cell, ...], name: str) -> Any:
        text = self._cell(row, name)
        if not text:
            return None
        try:
            return json.loads(text)
        except json.JSONDecodeError as error:
            self.builder.warn("json-cell", self.table.place(index, self.table.header.index(name)),
                              translate("SpreadsheetImport", "not the JSON this column holds "
                                        "({error}): it was ignored").format(error=error.msg))
            return None

    def _cell(self, row: tuple[Cell, ...], name: str) -> str:
        """The own CSV's column ``name``; empty in a CSV written before it was added."""
        header = self.table.header
        column = header.index(name) if name in header else len(row)
        return cell_text(row[column]).strip() if column < len(row) else ""


def _items(text: str) -> list[str]:
    return [item for item in _LIST_SEPARATORS.split(text) if item] if text else []
