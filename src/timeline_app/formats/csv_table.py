"""CSV and TSV files as a ``Table``: the encoding found, the delimiter sniffed.

UTF-8 (with or without a byte-order mark) and UTF-16 with one are read as
they are. Other bytes are read as Windows-1252, with a warning, since that is
what spreadsheet programs on Windows write; bytes that are not Windows-1252
either make the file unreadable, with the line named. The delimiter is the
one of comma, semicolon, tab and bar that the first lines use consistently;
when they do not say, a ``.tsv`` or ``.tab`` file is tab-separated and any
other comma-separated.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from timeline_app.formats.table import Cell, Table, line_place
from timeline_app.model.problems import LoadError, Problem
from timeline_app.wording import translate

DELIMITERS = ",;\t|"
_SNIFF_LINES = 20
_TAB_SUFFIXES = (".tsv", ".tab")


def decode_text(data: bytes, file: str) -> tuple[str, str | None]:
    """The text of ``data`` and a warning to give about its encoding, if any."""
    if data.startswith(b"\xef\xbb\xbf"):
        return _decode(data[3:], "utf-8", file), None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _decode(data, "utf-16", file), None
    if b"\x00" in data[:8192]:
        raise LoadError(file, [Problem(file, "", translate(
            "CsvImport", "this is a binary file, not text: it cannot be read as CSV"))])
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    return (_decode(data, "cp1252", file),
            translate("CsvImport", "the file is not UTF-8: it was read as Windows-1252, so "
                      "check its accented letters (save it as UTF-8 to be sure)"))


def _decode(data: bytes, encoding: str, file: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        if encoding == "cp1252":
            template = translate("CsvImport", "the file is not UTF-8 or Windows-1252 text: "
                                 "byte {byte} cannot be read")
        else:
            template = translate("CsvImport", "the file is not {encoding} text: byte {byte} "
                                 "cannot be read")
        message = template.format(encoding="UTF-16" if encoding == "utf-16" else "UTF-8",
                                  byte=f"0x{data[error.start]:02x}")
        raise LoadError(file, [Problem(file, line_place(line), message)]) from None


def sniff_delimiter(text: str, suffix: str) -> str:
    sample = "\n".join(text.splitlines()[:_SNIFF_LINES])
    try:
        return csv.Sniffer().sniff(sample, delimiters=DELIMITERS).delimiter
    except csv.Error:
        return "\t" if suffix.lower() in _TAB_SUFFIXES else ","


def read_csv_table(path: Path, data: bytes, delimiter: str | None = None) -> Table:
    """The table of a CSV or TSV file: its first non-empty row is the header."""
    file = str(path)
    text, encoding_warning = decode_text(data, file)
    separator = delimiter or sniff_delimiter(text, path.suffix)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator)
    header: tuple[str, ...] | None = None
    header_row = 0
    rows: list[tuple[Cell, ...]] = []
    try:
        for number, record in enumerate(reader, 1):
            if header is None:
                if any(cell.strip() for cell in record):
                    header, header_row = tuple(cell.strip() for cell in record), number
                continue
            rows.append(tuple(record))
    except csv.Error as error:
        raise LoadError(file, [Problem(file, line_place(reader.line_num), translate(
            "CsvImport", "the CSV cannot be read there: {error}").format(error=error))]) from None
    if header is None:
        raise LoadError(file, [Problem(file, "", translate(
            "CsvImport", "the file is empty: a spreadsheet of events needs a header row and a "
            "row per event"))])
    table = Table(file, header, rows, header_row + 1)
    if encoding_warning:
        table.warn("encoding", encoding_warning)
    return table
