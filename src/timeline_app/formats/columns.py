"""Which column of a spreadsheet holds which part of an event, by its header.

A header matches a field when, lower-cased and with spaces, underscores,
hyphens and dots taken out, it is one of the field's names (``Start Date``,
``start_date`` and ``startdate`` are all ``start``). The first column to match
a field takes it. ``--map FIELD=COLUMN`` (and the import dialog) overrides the
match: COLUMN is a header, or a column letter. Columns that hold no field are
kept on each event as its other fields.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import Enum

from timeline_app.wording import translate


class Field(Enum):
    ID = "id"
    DATE = "date"
    START = "start"
    END = "end"
    DISPLAY_DATE = "display_date"
    TITLE = "title"
    CATEGORY = "category"
    DESCRIPTION = "description"
    SOURCE = "source"
    LOCATOR = "locator"
    URL = "url"
    PEOPLE = "people"
    PLACES = "places"
    TAGS = "tags"
    CONFIDENCE = "confidence"


#: The names each field's column goes by, compared after ``header_key``.
FIELD_NAMES: Mapping[Field, tuple[str, ...]] = {
    Field.ID: ("id", "identifier", "eventid", "key", "ref"),
    Field.DATE: ("date", "when", "dates", "eventdate", "day", "datetime", "time", "timestamp",
                 "year"),
    Field.START: ("start", "startdate", "begin", "begins", "begindate", "from", "datestart",
                  "startyear", "startdatetime"),
    Field.END: ("end", "enddate", "ends", "finish", "until", "to", "dateend", "endyear",
                "enddatetime"),
    Field.DISPLAY_DATE: ("displaydate", "dateaswritten", "originaldate", "datetext",
                         "datewording"),
    Field.TITLE: ("title", "headline", "event", "name", "what", "subject", "eventtitle",
                  "eventname", "heading"),
    Field.CATEGORY: ("category", "group", "type", "kind", "class", "theme", "track",
                     "categories", "eventtype"),
    Field.DESCRIPTION: ("description", "summary", "text", "details", "notes", "note", "body",
                        "content", "message", "comment", "comments"),
    Field.SOURCE: ("source", "sources", "reference", "references", "citation", "citations",
                   "sourcetitle", "publication"),
    Field.LOCATOR: ("locator", "page", "pages", "pinpoint", "sourcelocator"),
    Field.URL: ("url", "link", "links", "sourceurl", "website", "href", "uri"),
    Field.PEOPLE: ("people", "persons", "person", "actors", "actor", "who", "participants"),
    Field.PLACES: ("places", "place", "location", "locations", "where"),
    Field.TAGS: ("tags", "tag", "keywords", "keyword", "labels"),
    Field.CONFIDENCE: ("confidence", "certainty", "reliability"),
}

_NOISE = re.compile(r"[\s_\-.]+")
_LETTERS = re.compile(r"[A-Z]{1,3}")
_BY_NAME = {name: field for field, names in FIELD_NAMES.items() for name in names}


class MappingError(ValueError):
    """A ``--map`` that names no field or no column; the message says which."""


def header_key(header: str) -> str:
    return _NOISE.sub("", header.casefold())


@dataclass(frozen=True, slots=True)
class ColumnMap:
    """The column (0-based) of each field found, and the columns that hold none."""

    columns: Mapping[Field, int]
    others: tuple[int, ...]

    def get(self, field: Field) -> int | None:
        return self.columns.get(field)


def match_columns(header: Sequence[str], overrides: Mapping[str, str] | None = None,
                  fields: Mapping[str, Field] | None = None) -> ColumnMap:
    """Match ``header`` to fields by name, then apply ``overrides`` (field name to a
    header or a column letter; an empty column means "none"). ``fields`` adds names
    (compared after ``header_key``) for a format's own columns."""
    names = {**_BY_NAME, **(fields or {})}
    columns: dict[Field, int] = {}
    for column, name in enumerate(header):
        field = names.get(header_key(name))
        if field is not None and field not in columns:
            columns[field] = column
    for field_name, column_name in (overrides or {}).items():
        field = parse_field(field_name)
        if not column_name:
            columns.pop(field, None)
            continue
        column = find_column(header, column_name)
        columns = {f: c for f, c in columns.items() if c != column}  # one field a column
        columns[field] = column
    used = set(columns.values())
    return ColumnMap(columns, tuple(c for c in range(len(header)) if c not in used))


def parse_field(name: str) -> Field:
    try:
        return Field(name.strip().lower().replace("-", "_"))
    except ValueError:
        raise MappingError(translate(
            "ColumnMapping", "{name} is not a field; the fields are {fields}").format(
            name=repr(name), fields=", ".join(f.value for f in Field))) from None


def find_column(header: Sequence[str], name: str) -> int:
    """The column whose header is ``name`` (as is, then compared loosely), or whose
    letter it is."""
    if name in header:
        return header.index(name)
    keys = [header_key(h) for h in header]
    if header_key(name) in keys:
        return keys.index(header_key(name))
    if _LETTERS.fullmatch(name):
        column = 0
        for letter in name:
            column = column * 26 + ord(letter) - ord("A") + 1
        if column <= len(header):
            return column - 1
    raise MappingError(translate(
        "ColumnMapping", "there is no column {name}; the columns are {columns}").format(
        name=repr(name), columns=", ".join(repr(h) for h in header)))


def parse_overrides(items: Sequence[str]) -> dict[str, str]:
    """``FIELD=COLUMN`` items of the command line, as a mapping."""
    overrides = {}
    for item in items:
        field, equals, column = item.partition("=")
        if not equals:
            raise MappingError(f"--map {item!r}: write FIELD=COLUMN, e.g. --map date=When")
        parse_field(field)
        overrides[field.strip()] = column.strip()
    return overrides
