"""Open any file the app reads: pick its reader, build its timeline, report its problems.

The format comes from ``--input-format`` when given, else from the extension
and the content: ``.json`` is the app's own format unless it is TimelineJS3;
``.jsonl``/``.ndjson`` a forensic timeline; ``.xlsx`` a workbook; anything
else text read as CSV or TSV. A sheet with TimelineJS's template columns, or
with a forensic timeline's, is read as that. Every imported document goes
through the app's own validator, and a problem it finds names the row (or
line, or JSON path) the event came from.

A file with some unreadable rows opens with the rest; the rows left out are
in ``LoadReport.left_out``. With ``strict`` any left-out row fails the file.
A file none of whose rows can be read fails with the first problems.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from timeline_app.formats import forensic, timelinejs
from timeline_app.formats.columns import MappingError
from timeline_app.formats.csv_table import decode_text, read_csv_table
from timeline_app.formats.document_builder import Imported
from timeline_app.formats.spreadsheet import NotAChronologyError, import_table
from timeline_app.formats.table import Table, line_place, shown_place
from timeline_app.model.document import build_timeline
from timeline_app.model.loader import (
    LoadReport,
    ProgressCallback,
    load_report,
    max_file_bytes,
    read_bytes,
    read_document,
    refuse_unless_regular,
)
from timeline_app.model.long_lived import building_long_lived
from timeline_app.model.problems import LoadError, Problem, problem_count
from timeline_app.wording import translate

LEFT_OUT_SHOWN = 20
"""How many left-out rows a file that fails on them lists."""


class InputFormat(Enum):
    TIMELINE = "timeline"  # the app's own JSON
    CSV = "csv"  # CSV or TSV: a spreadsheet, the TimelineJS template or a forensic export
    XLSX = "xlsx"
    TIMELINEJS = "timelinejs"  # TimelineJS3 JSON
    JSONL = "jsonl"  # Timesketch or Plaso JSON lines


OPEN_SUFFIXES = (".json", ".csv", ".tsv", ".tab", ".txt", ".xlsx", ".xlsm", ".jsonl",
                 ".ndjson")
"""What the window's file dialog and drag and drop offer and accept."""


@dataclass(frozen=True, slots=True)
class OpenOptions:
    """How to read a file: all optional (the format and mapping are found)."""

    input_format: InputFormat | None = None
    mapping: Mapping[str, str] | None = None  # --map FIELD=COLUMN
    sheet: str | None = None
    strict: bool = False


def open_report(path: str | os.PathLike[str], options: OpenOptions = OpenOptions(),
                progress: ProgressCallback | None = None) -> LoadReport:
    """Load any file the app reads; raise ``LoadError`` naming the problems."""
    where = Path(path)
    refuse_unless_regular(where)  # before anything opens it: a pipe would block
    report = progress or (lambda fraction: None)
    kind = options.input_format or format_of(where)
    if kind is InputFormat.TIMELINE:
        return load_report(path, progress=progress)
    with building_long_lived():
        imported = _import(where, kind, options, report)
        report(0.5)
        result = _build(imported, options.strict, lambda f: report(0.5 + 0.5 * f))
    report(1.0)
    return result


def format_of(path: Path) -> InputFormat:
    """The format by the extension, and for JSON by a look at the content."""
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return InputFormat.XLSX
    if suffix in (".jsonl", ".ndjson"):
        return InputFormat.JSONL
    if suffix == ".json":
        return InputFormat.TIMELINEJS if _looks_like_timelinejs(path) else InputFormat.TIMELINE
    return InputFormat.CSV


def _looks_like_timelinejs(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            head = handle.read(65536)
    except OSError:
        return False  # the app's own loader reports the file's problem
    text = head.decode("utf-8", errors="replace")
    return bool(re.search(r'"(start_date|eras|headline)"\s*:', text))


def _import(path: Path, kind: InputFormat, options: OpenOptions,
            progress: ProgressCallback) -> Imported:
    file = str(path)
    try:
        if kind is InputFormat.TIMELINEJS:
            document = read_document(path, max_file_bytes(), progress)
            if not timelinejs.is_timelinejs_document(document):
                raise LoadError(file, [Problem(file, "", translate(
                    "OpeningFiles", "this JSON is not a TimelineJS3 file: it has no slides "
                    "with a start_date"))])
            return timelinejs.import_document(document, path)
        if kind is InputFormat.JSONL:
            text, _ = decode_text(read_bytes(path, max_file_bytes()), file)
            if not forensic.is_jsonl_timeline(text):
                raise LoadError(file, [Problem(file, line_place(1), translate(
                    "OpeningFiles", "this is not a timeline of JSON lines: the first record "
                    "has no message with a datetime or timestamp"))])
            return forensic.import_jsonl(text, path, options.mapping)
        return _import_table(read_table(path, kind, options), path, options)
    except (NotAChronologyError, MappingError) as error:
        raise LoadError(file, [Problem(file, "", str(error))]) from None


def read_table(path: Path, kind: InputFormat, options: OpenOptions) -> Table:
    """The table of a CSV/TSV file or of a workbook's sheet (``options.sheet``)."""
    if kind is InputFormat.XLSX:
        # openpyxl is imported only for a workbook: the other formats never need it
        from timeline_app.formats.xlsx_table import read_xlsx_table

        return read_xlsx_table(path, options.sheet)
    return read_csv_table(path, read_bytes(path, max_file_bytes()))


class TableReading(Enum):
    """How a table is read: its header says which."""

    TIMELINEJS_TEMPLATE = "timelinejs template"
    FORENSIC = "forensic"
    SPREADSHEET = "spreadsheet"


def table_reading(table: Table, options: OpenOptions) -> TableReading:
    """The TimelineJS template (unless columns are mapped by hand), a forensic timeline,
    or a spreadsheet read column by column."""
    if timelinejs.is_template(table.header) and not options.mapping:
        return TableReading.TIMELINEJS_TEMPLATE
    if forensic.is_forensic(table.header):
        return TableReading.FORENSIC
    return TableReading.SPREADSHEET


def _import_table(table: Table, path: Path, options: OpenOptions) -> Imported:
    reading = table_reading(table, options)
    if reading is TableReading.TIMELINEJS_TEMPLATE:
        return timelinejs.import_template(table, path)
    if reading is TableReading.FORENSIC:
        return forensic.import_forensic_table(table, path, options.mapping)
    return import_table(table, path, options.mapping)


def _build(imported: Imported, strict: bool, progress: Callable[[float], None]) -> LoadReport:
    file = imported.file
    if strict and imported.left_out:
        raise LoadError(file, imported.left_out[:LEFT_OUT_SHOWN],
                        truncated=problem_count(imported.left_out) > LEFT_OUT_SHOWN)
    if not imported.document["events"]:
        problems = imported.left_out[:LEFT_OUT_SHOWN] or [Problem(file, "", translate(
            "OpeningFiles", "the file has no events: no row holds a date and a title"))]
        raise LoadError(file, problems, truncated=problem_count(imported.left_out) > LEFT_OUT_SHOWN)
    try:
        timeline, warnings = build_timeline(imported.document, file, progress)
    except LoadError as error:
        raise LoadError(file, [_located(p, imported.places) for p in error.problems],
                        error.truncated) from None
    return LoadReport(timeline, imported.warnings + [_located(w, imported.places)
                                                      for w in warnings], imported.left_out)


_EVENT_PATH = re.compile(r"events\[(\d+)\](.*)")


def _located(problem: Problem, places: list[str]) -> Problem:
    """``problem`` with an imported event's JSON path replaced by its place in the file."""
    match = _EVENT_PATH.fullmatch(problem.path)
    if match is None or int(match[1]) >= len(places):
        return problem
    rest = match[2].lstrip(".")
    where = shown_place(places[int(match[1])])
    if rest:
        where = translate("ImportPlaces", "{place} ({path})").format(place=where, path=rest)
    return Problem(problem.file, where, problem.message, problem.severity, problem.kind)
