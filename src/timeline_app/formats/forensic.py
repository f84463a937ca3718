"""Forensic timelines: Timesketch CSV and JSONL, and Plaso's dynamic CSV, json_line and
l2tcsv.

Each record is an event at its time, to the second, with the fraction of a
second kept (the details show the microseconds): ``datetime`` (ISO 8601, with
``T`` or a space, any fraction, ``Z``, ``±hh:mm``, ``±hhmm`` or no zone, which
is UTC as Timesketch reads it), else ``timestamp`` (an integer since 1970 in
UTC, in seconds, milliseconds, microseconds or nanoseconds by its size, as
Timesketch guesses it), else l2tcsv's ``date``, ``time`` and ``timezone``.
``message`` is the title (its start, when it is long) and the summary;
``timestamp_desc`` the category, or the column ``--map category=COLUMN``
names (``data_type``, for instance). Every other field is kept on the event.

Times that are not set are reported, never drawn: Plaso's ``Not a time``,
``Not set``, ``Never`` and ``Invalid``, its zero ``0000-00-00T00:00:00``,
l2tcsv's ``00/00/0000``, a ``timestamp`` of 0, and the zeros of FILETIME and
POSIX time, 1601-01-01T00:00:00 and 1970-01-01T00:00:00, to the microsecond.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from timeline_app.formats.columns import header_key
from timeline_app.formats.document_builder import DocumentBuilder, Imported, title_from
from timeline_app.formats.table import Table, cell_text
from timeline_app.model.dates import DateError
from timeline_app.model.edtf import parse_edtf
from timeline_app.wording import translate

NOT_A_TIME = frozenset({"not a time", "not set", "never", "invalid", "infinite", "infinity",
                        "-", "n/a"})
_FILETIME_ZERO, _POSIX_ZERO = "1601-01-01T00:00:00", "1970-01-01T00:00:00"
_ISO = re.compile(r"(-?\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:[.,](\d{1,9}))?"
                  r"\s*(Z|UTC|[+-]\d{2}:?\d{2}|[+-]\d{2})?", re.IGNORECASE)
_L2T_DATE = re.compile(r"(\d{2})/(\d{2})/(\d{4})")
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_TITLE_FIELDS = ("message", "short", "desc")
_TIME_FIELDS = ("datetime", "timestamp", "date", "time", "timezone")


class NotATimeError(ValueError):
    """A record whose time is not set; the message says how the file says so."""


def is_forensic(header: Iterable[str]) -> bool:
    keys = {header_key(h) for h in header}
    return ("message" in keys and ("datetime" in keys or "timestamp" in keys)) or \
        {"date", "time", "timezone", "macb"} <= keys


def import_forensic_table(table: Table, path: Path,
                          overrides: Mapping[str, str] | None = None) -> Imported:
    builder = DocumentBuilder(path)
    builder.warnings.extend(table.warnings)
    category = _category_field(table.header, overrides)
    for index, row in enumerate(table.rows):
        record = {name: cell_text(row[i]) for i, name in enumerate(table.header)
                  if i < len(row) and cell_text(row[i]).strip() not in ("", "-")}
        if record:
            _add_record(builder, record, table.place(index), category)
    return builder.result()


def import_jsonl(text: str, path: Path, overrides: Mapping[str, str] | None = None) -> Imported:
    builder = DocumentBuilder(path)
    category: str | None = None
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        place = f"line {number}"
        try:
            raw = json.loads(line)
        except json.JSONDecodeError as error:
            builder.leave_out(place, translate(
                "ForensicImport", "not a JSON object ({error}): the line was left out").format(
                error=error.msg))
            continue
        if not isinstance(raw, dict):
            builder.leave_out(place, translate(
                "ForensicImport", "not a JSON object: the line was left out"))
            continue
        if category is None:
            category = _category_field(list(raw), overrides)
        _add_record(builder, {k: _field_text(v) for k, v in raw.items()
                              if not k.startswith("__")}, place, category, raw)
    return builder.result()


def is_jsonl_timeline(text: str) -> bool:
    """The first record of a JSONL text looks like a forensic event."""
    for line in text.splitlines():
        if line.strip():
            try:
                first = json.loads(line)
            except json.JSONDecodeError:
                return False
            return isinstance(first, dict) and "message" in first and (
                "datetime" in first or "timestamp" in first)
    return False


def _category_field(names: Iterable[str], overrides: Mapping[str, str] | None) -> str:
    chosen = (overrides or {}).get("category")
    if chosen:
        return chosen
    keys = {header_key(n): n for n in names}
    for candidate in ("timestampdesc", "datatype", "sourcetype", "source"):
        if candidate in keys:
            return keys[candidate]
    return "timestamp_desc"


def _add_record(builder: DocumentBuilder, record: Mapping[str, str], place: str,
                category: str, raw: Mapping[str, Any] | None = None) -> None:
    try:
        date = record_time(record, raw)
    except NotATimeError as error:
        builder.leave_out(place, translate(
            "ForensicImport", "the time is not set ({reason}): the record was left out, not "
            "drawn at a date that is not its own").format(reason=error))
        return
    except ValueError as error:
        builder.leave_out(place, translate(
            "ForensicImport", "{error}: the record was left out").format(error=error))
        return
    try:
        parse_edtf(date)
    except DateError as error:
        builder.leave_out(place, translate(
            "ForensicImport", "the time is not a date: {error}: the record was left out"
        ).format(error=error))
        return
    message = next((record[f] for f in _TITLE_FIELDS if record.get(f, "").strip()), "")
    title = title_from(message.splitlines()[0] if message else "") or "(no message)"
    event: dict[str, Any] = {
        "id": builder.event_id(None, place), "title": title, "date": date,
        "category": builder.category(record.get(category)),
        "sources": [builder.file_citation(place)],
    }
    if message and message != title:
        event["summary"] = message
    tags = _tags(record.get("tag", ""))
    if tags:
        event["tags"] = tags
    fields = {k: v for k, v in record.items() if k not in ("message", "tag") and v.strip()}
    if fields:
        event["fields"] = fields
    builder.add_event(event, place)


def record_time(record: Mapping[str, str], raw: Mapping[str, Any] | None = None) -> str:
    """The EDTF of a record's time; raises ``NotATimeError`` when it is not set."""
    description = record.get("timestamp_desc", "").strip().casefold()
    if description == "not a time":
        raise NotATimeError(translate("ForensicImport", "its timestamp_desc is 'Not a time'"))
    date_time = raw.get("date_time") if raw is not None else None
    if isinstance(date_time, dict) and date_time.get("__class_name__") in (
            "NotSet", "Never", "InvalidTime", "SemanticTime"):
        words = date_time.get("string")
        if not words:
            raise NotATimeError(translate("ForensicImport", "Plaso wrote 'no time'"))
        raise NotATimeError(translate("ForensicImport", "Plaso wrote {words}").format(
            words=repr(words)))
    if record.get("timestamp", "").strip() == "0":
        raise NotATimeError(translate("ForensicImport", "the timestamp is 0"))
    text = record.get("datetime", "").strip()
    if text:
        return _iso_time(text)
    if record.get("timestamp", "").strip():
        return _timestamp_time(record["timestamp"].strip())
    if record.get("date", "").strip():
        return _l2t_time(record["date"].strip(), record.get("time", "").strip(),
                         record.get("timezone", "").strip())
    raise ValueError(translate("ForensicImport", "the record has no datetime, timestamp or date"))


def _iso_time(text: str) -> str:
    if text.casefold() in NOT_A_TIME:
        raise NotATimeError(translate("ForensicImport", "the datetime is {text}").format(
            text=repr(text)))
    if text.startswith(("0000-00-00", "0000-")):
        raise NotATimeError(translate("ForensicImport", "the datetime {text} is Plaso's zero"
                                      ).format(text=repr(text)))
    match = _ISO.fullmatch(text)
    if match is None:
        raise ValueError(translate("ForensicImport", "the datetime {text} is not ISO 8601"
                                   ).format(text=repr(text)))
    year, month, day, hour, minute, second, fraction, zone = match.groups()
    stamp = f"{year}-{month}-{day}T{hour}:{minute}:{second}"
    whole_second = not (fraction or "").strip("0")
    if stamp == _FILETIME_ZERO and whole_second:
        raise NotATimeError(translate("ForensicImport", "{stamp} is the FILETIME zero").format(
            stamp=stamp))
    if stamp == _POSIX_ZERO and whole_second:
        raise NotATimeError(translate("ForensicImport", "{stamp} is the POSIX zero").format(
            stamp=stamp))
    return stamp + (f".{fraction}" if fraction else "") + _zone(zone)


def _zone(zone: str | None) -> str:
    if not zone or zone.upper() in ("Z", "UTC"):
        return "Z"
    if len(zone) == 3:
        return zone
    digits = zone.replace(":", "")
    return "Z" if digits[1:] == "0000" else f"{digits[:3]}:{digits[3:]}"


def _timestamp_time(text: str) -> str:
    try:
        value = int(text)
    except ValueError:
        raise ValueError(translate("ForensicImport", "the timestamp {text} is not a whole "
                                   "number").format(text=repr(text))) from None
    if value == 0:
        raise NotATimeError(translate("ForensicImport", "the timestamp is 0"))
    if value == -11_644_473_600_000_000:
        raise NotATimeError(translate("ForensicImport",
                                      "the timestamp is the FILETIME zero, 1601-01-01"))
    size = abs(value)
    scale = 10**9 if size > 10**17 else 10**6 if size > 10**14 else 10**3 if size > 10**11 \
        else 1
    seconds, rest = divmod(value, scale)
    moment = _EPOCH + timedelta(seconds=seconds)
    digits = {10**9: 9, 10**6: 6, 10**3: 3, 1: 0}[scale]
    fraction = f".{rest:0{digits}d}" if digits else ""
    return f"{moment.strftime('%Y-%m-%dT%H:%M:%S')}{fraction}Z"


def _l2t_time(date: str, time: str, zone: str) -> str:
    if date == "00/00/0000" or time == "--:--:--":
        raise NotATimeError(translate("ForensicImport", "the date is {date} {time}").format(
            date=date, time=time))
    match = _L2T_DATE.fullmatch(date)
    if match is None or not re.fullmatch(r"\d{2}:\d{2}:\d{2}", time):
        raise ValueError(translate("ForensicImport", "the date {date} and time {time} are not "
                                   "MM/DD/YYYY and HH:MM:SS").format(date=repr(date),
                                                                     time=repr(time)))
    month, day, year = match.groups()
    local = datetime.fromisoformat(f"{year}-{month}-{day}T{time}")
    if zone.upper() in ("UTC", "GMT", "Z", ""):
        return f"{local.isoformat()}Z"
    try:
        offset = local.replace(tzinfo=ZoneInfo(zone)).utcoffset()
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(translate("ForensicImport", "the timezone {zone} is not one this "
                                   "computer knows").format(zone=repr(zone))) from None
    assert offset is not None
    minutes = int(offset.total_seconds() // 60)
    sign = "-" if minutes < 0 else "+"
    return f"{local.isoformat()}{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def _tags(text: str) -> list[str]:
    text = text.strip()
    if not text or text == "-":
        return []
    if text.startswith("["):
        try:
            values = json.loads(text)
        except json.JSONDecodeError:
            values = None
        if isinstance(values, list):
            return [str(v) for v in values if str(v).strip()]
    return [t.strip() for t in text.split(",") if t.strip()]


def _field_text(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, dict) and isinstance(value.get("labels"), list):  # a Plaso tag
        return json.dumps(value["labels"], ensure_ascii=False)
    return json.dumps(value, ensure_ascii=False)
