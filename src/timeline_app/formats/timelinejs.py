"""TimelineJS3: its JSON, and its Google-Sheets template exported as CSV or XLSX.

Reading: a slide's date keeps the precision it is given (a year alone stays a
year); TimelineJS writes BCE years as negative numbers that display as they
read (-500 is "500 BCE"), so a negative year -N is the astronomical 1 - N.
``display_date`` is the source's wording, ``group`` the category, the title
slide the timeline's title and description, eras its periods, a media URL a
link, and HTML in headlines and texts becomes plain text. A slide without a
headline takes its title from its text or media caption, with a warning.
Media credits, captions, thumbnails, alt texts and backgrounds are kept as
the event's fields. The format is documented in docs/import.md.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from timeline_app.formats.columns import header_key
from timeline_app.formats.document_builder import DocumentBuilder, Imported, title_from
from timeline_app.formats.plain_text import plain_text
from timeline_app.formats.table import Table, cell_text
from timeline_app.model.dates import DateError
from timeline_app.model.edtf import parse_edtf
from timeline_app.model.events import is_clickable_link
from timeline_app.wording import translate

TEMPLATE_COLUMNS = ("Year", "Month", "Day", "Time", "End Year", "End Month", "End Day",
                    "End Time", "Display Date", "Headline", "Text", "Media", "Media Credit",
                    "Media Caption", "Media Thumbnail", "Type", "Group", "Background")
"""The template's columns (``Alt Text`` may be anywhere; v1 sheets say ``Tag``)."""
_KEPT_MEDIA = (("credit", "media credit"), ("caption", "media caption"),
               ("thumbnail", "media thumbnail"), ("alt", "alt text"))
_INTEGER = re.compile(r"-?\d+")
_TIME = re.compile(r"(\d{1,2})(?:[:.](\d{2}))?(?:[:.](\d{2}))?(?:[.,]\d+)?\s*([ap])?\.?m?\.?")
_COMPACT_TIME = re.compile(r"(\d{1,2})(\d{2})\s*([ap])?\.?m?\.?")


class SlideDateError(ValueError):
    """A slide's date that is not one; the message says which part and why."""


@dataclass(slots=True)
class Slide:
    """One slide, from the JSON or from a template row, before it becomes an event."""

    place: str  # "events[3]" or "row 5"
    start: Mapping[str, Any] | None
    end: Mapping[str, Any] | None
    headline: str = ""
    text: str = ""
    display_date: str = ""
    group: str = ""
    unique_id: str = ""
    media: Mapping[str, Any] = field(default_factory=dict)
    background: str = ""


def is_timelinejs_document(document: Any) -> bool:
    """A TimelineJS3 JSON document rather than one of the app's own."""
    if not isinstance(document, dict):
        return False
    if isinstance(document.get("title"), dict) or "eras" in document or "scale" in document:
        return True
    events = document.get("events")
    return isinstance(events, list) and any(
        isinstance(e, dict) and ("start_date" in e or isinstance(e.get("text"), dict))
        for e in events[:50])


def is_template(header: tuple[str, ...]) -> bool:
    keys = {header_key(h) for h in header}
    return {"year", "headline"} <= keys


def import_document(document: dict[str, Any], path: Path) -> Imported:
    text = _object(_object(document.get("title")).get("text"))
    builder = DocumentBuilder(path, plain_text(str(text.get("headline") or "")) or None,
                              plain_text(str(text.get("text") or "")) or None)
    for index, era in enumerate(_list(document.get("eras"))):
        _add_period(builder, f"eras[{index}]", era.get("start_date"), era.get("end_date"),
                    plain_text(str(_object(era.get("text")).get("headline") or "")))
    for index, raw in enumerate(_list(document.get("events"))):
        slide_text, background = _object(raw.get("text")), _object(raw.get("background"))
        _add_slide(builder, Slide(
            f"events[{index}]", _mapping(raw.get("start_date")), _mapping(raw.get("end_date")),
            str(slide_text.get("headline") or ""), str(slide_text.get("text") or ""),
            str(raw.get("display_date") or ""), str(raw.get("group") or ""),
            str(raw.get("unique_id") or ""), _object(raw.get("media")),
            str(background.get("url") or background.get("color") or "")))
    return builder.result()


def import_template(table: Table, path: Path) -> Imported:
    """A sheet of the TimelineJS template: a row per slide, ``Type`` saying which are the
    title and the eras."""
    columns = {header_key(h): i for i, h in enumerate(table.header)}

    def cell(row: tuple[Any, ...], name: str) -> str:
        column = columns.get(header_key(name))
        return cell_text(row[column]).strip() if column is not None and column < len(row) else ""

    builder = DocumentBuilder(path)
    titled = False
    for index, row in enumerate(table.rows):
        if not any(cell_text(c).strip() for c in row):
            continue
        place = table.place(index)
        kind = cell(row, "Type").casefold()
        if kind == "title" and not titled:
            builder.title = plain_text(cell(row, "Headline")) or builder.title
            builder.description = plain_text(cell(row, "Text")) or None
            titled = True
            continue
        start, end = _sheet_dates(row, cell)
        if kind == "era":
            _add_period(builder, place, start, end, plain_text(cell(row, "Headline")))
            continue
        _add_slide(builder, Slide(
            place, start, end, cell(row, "Headline"), cell(row, "Text"),
            cell(row, "Display Date"), cell(row, "Group") or cell(row, "Tag"), "",
            {"url": cell(row, "Media"), "credit": cell(row, "Media Credit"),
             "caption": cell(row, "Media Caption"), "thumbnail": cell(row, "Media Thumbnail"),
             "alt": cell(row, "Alt Text")}, cell(row, "Background")))
    builder.warnings.extend(table.warnings)
    return builder.result()


def _sheet_dates(row: tuple[Any, ...], cell: Any) -> tuple[dict[str, Any] | None,
                                                           dict[str, Any] | None]:
    dates: list[dict[str, Any] | None] = []
    for prefix in ("", "End "):
        year = cell(row, f"{prefix}Year")
        time = cell(row, f"{prefix}Time")
        if not year:
            dates.append({"time": time} if time else None)
            continue
        dates.append({"year": year, "month": cell(row, f"{prefix}Month"),
                      "day": cell(row, f"{prefix}Day"), "time": time})
    return dates[0], dates[1]


def _add_period(builder: DocumentBuilder, place: str, start: Any, end: Any,
                headline: str) -> None:
    try:
        first = slide_date(_mapping(start), "start_date")
        last = slide_date(_mapping(end), "end_date")
    except SlideDateError as error:
        builder.leave_out(place, translate(
            "TimelineJSImport", "{error}: the era was left out").format(error=error))
        return
    if first is None or last is None or not headline:
        builder.leave_out(place, translate(
            "TimelineJSImport", "an era needs a start date, an end date and a headline: it was "
            "left out"))
        return
    period: dict[str, Any] = {"title": headline, "date": f"{first}/{last}"}
    if not _valid(period["date"]):
        builder.leave_out(place, translate(
            "TimelineJSImport", "the era ends before it starts ({start} to {end}): it was left "
            "out").format(start=first, end=last))
        return
    builder.periods.append(period)


def _add_slide(builder: DocumentBuilder, slide: Slide) -> None:
    place = slide.place
    try:
        start = slide_date(slide.start, "start_date")
        end = slide_date(slide.end, "end_date")
    except SlideDateError as error:
        builder.leave_out(place, translate(
            "TimelineJSImport", "{error}: the slide was left out").format(error=error))
        return
    if start is None:
        builder.leave_out(place, translate(
            "TimelineJSImport", "the slide has no start date (TimelineJS leaves such slides out "
            "too)"))
        return
    date = start if end is None or end == start else f"{start}/{end}"
    if not _valid(date):
        builder.leave_out(place, translate(
            "TimelineJSImport", "the slide ends before it starts ({start} to {end}): it was "
            "left out").format(start=start, end=end))
        return
    title = plain_text(slide.headline)
    text = plain_text(slide.text)
    if not title:
        title = title_from(text) or title_from(plain_text(str(slide.media.get("caption")
                                                                  or "")))
        if not title:
            builder.leave_out(place, translate(
                "TimelineJSImport", "the slide has no headline, text or media caption to title "
                "it: it was left out"))
            return
        builder.warn("title-from-text", place, translate(
            "TimelineJSImport", "no headline: the slide's text or media caption was taken as "
            "its title"))
    event_id = builder.event_id(slide.unique_id or None, place)
    if event_id is None:
        return
    event: dict[str, Any] = {"id": event_id, "title": title, "date": date,
                             "category": builder.category(plain_text(slide.group))}
    display_date = plain_text(slide.display_date) or _date_wording(slide)
    if display_date:
        event["display_date"] = display_date
    if text:
        event["summary"] = text
    url = str(slide.media.get("url") or "").strip()
    fields = {name: plain_text(str(slide.media.get(key) or "")) for key, name in _KEPT_MEDIA
              if str(slide.media.get(key) or "").strip()}
    if url and is_clickable_link(url):
        event["links"] = [url]
    elif url:
        fields["media"] = url  # embed markup or a non-web address: kept, never opened
    if slide.background:
        fields["background"] = slide.background
    if fields:
        event["fields"] = fields
    event["sources"] = [builder.file_citation(place)]
    builder.add_event(event, place)


def slide_date(date: Mapping[str, Any] | None, name: str) -> str | None:
    """The EDTF of a TimelineJS date object (``year`` and the finer parts it has), or
    None when there is none. Raises ``SlideDateError``."""
    if date is None or not _part(date, "year"):
        if date is not None and _part(date, "time"):
            raise SlideDateError(translate(
                "TimelineJSImport", "{name} has a time but no year").format(name=name))
        return None
    year = _number(date, "year", name)
    astronomical = year + 1 if year < 0 else year
    text = f"{astronomical:04d}" if astronomical >= 0 else f"-{-astronomical:04d}"
    if abs(astronomical) > 9999:
        text = f"Y{astronomical}"
    parts = [_number(date, key, name) if _part(date, key) else None
             for key in ("month", "day")]
    hour, minute, second = _clock(date, name)
    if parts[0] is None:
        return _checked(text, name)
    text += f"-{parts[0]:02d}"
    if parts[1] is None:
        return _checked(text, name)
    text += f"-{parts[1]:02d}"
    if hour is None:
        return _checked(text, name)
    if second is not None:
        return _checked(f"{text}T{hour:02d}:{minute or 0:02d}:{second:02d}", name)
    if minute is not None:  # to the minute: that whole minute
        return _checked(f"{text}T{hour:02d}:{minute:02d}:00/{text}T{hour:02d}:{minute:02d}:59",
                        name)
    return _checked(f"{text}T{hour:02d}:00:00/{text}T{hour:02d}:59:59", name)


def _clock(date: Mapping[str, Any], name: str) -> tuple[int | None, int | None, int | None]:
    if _part(date, "time"):
        return _parse_time(str(date["time"]).strip(), name)
    hour, minute, second = (_number(date, key, name) if _part(date, key) else None
                            for key in ("hour", "minute", "second"))
    return hour, minute, second


def _parse_time(text: str, name: str) -> tuple[int | None, int | None, int | None]:
    """The template's Time column: ``H``, ``H:MM``, ``H:MM:SS``, ``HHMM`` or ``H.MM``,
    with an optional AM or PM, as TimelineJS reads it."""
    match = _TIME.fullmatch(text.lower()) or _COMPACT_TIME.fullmatch(text.lower())
    if match is None:
        raise SlideDateError(translate(
            "TimelineJSImport", "{name}: {text} is not a time (write 14:30 or 2:30 PM)").format(
            name=name, text=repr(text)))
    groups = match.groups()
    hour = int(groups[0])
    minute = int(groups[1]) if groups[1] else None
    second = int(groups[2]) if len(groups) > 3 and groups[2] else None
    half = groups[-1]
    if half == "p" and hour != 12:
        hour += 12
    elif half == "a" and hour == 12:
        hour = 0
    if hour > 23 or (minute or 0) > 59 or (second or 0) > 59:
        raise SlideDateError(translate(
            "TimelineJSImport", "{name}: {text} is not a time of day").format(
            name=name, text=repr(text)))
    return hour, minute, second


def _part(date: Mapping[str, Any], key: str) -> bool:
    value = date.get(key)
    return value is not None and str(value).strip() != ""


def _number(date: Mapping[str, Any], key: str, name: str) -> int:
    value = date[key]
    text = str(value).replace(",", "").replace(" ", "").strip() if not isinstance(value, int) \
        else str(value)
    if isinstance(value, bool) or not _INTEGER.fullmatch(text):
        raise SlideDateError(translate(
            "TimelineJSImport", "{name}.{key} is {value}, not a whole number").format(
            name=name, key=key, value=repr(value)))
    return int(text)


def _checked(edtf: str, name: str) -> str:
    if not _valid(edtf):
        raise SlideDateError(translate(
            "TimelineJSImport", "{name} is not a calendar date ({edtf})").format(
            name=name, edtf=edtf))
    return edtf


def _valid(edtf: str) -> bool:
    try:
        parse_edtf(edtf)
    except DateError:
        return False
    return True


def _date_wording(slide: Slide) -> str:
    """A date object's own ``display_date``, when the slide has none of its own."""
    words = [str(d.get("display_date") or "").strip() for d in (slide.start, slide.end) if d]
    return " – ".join(plain_text(w) for w in words if w)


def _list(value: Any) -> list[dict[str, Any]]:
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def _mapping(value: Any) -> Mapping[str, Any] | None:
    return value if isinstance(value, dict) else None


def _object(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, dict) else {}
