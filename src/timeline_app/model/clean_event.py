"""The fast path of validation: an event with nothing to report, checked inline.

On a large file the general validator (``document._event``) spends most of
its time in small helper calls that exist to word good messages. Almost every
event in a real file is clean, so this path checks the common shape with
inline type tests and builds the event's row for the store (``model.event_store``)
directly, with no ``Event`` in between. Whenever anything would
need a message — an error or a warning, or a rare field such as ``figures`` or
``alternatives`` —
it returns ``None`` and the general validator handles the event, so messages
are worded in one place only. A test checks that both paths agree.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from timeline_app.model.calendar import OPEN_START
from timeline_app.model.dates import DateError
from timeline_app.model.edtf import parse_edtf
from timeline_app.model.event_records import record_fields
from timeline_app.model.events import (
    CONFIDENCE_LEVELS,
    is_clickable_link,
    known_place,
    search_text_of,
)
from timeline_app.model.keys import CITATION_KEYS, EVENT_KEYS, EVENT_TRANSLATION_KEYS
from timeline_app.model.languages import is_language_tag
from timeline_app.model.store_builder import EventRow, confidence_code

Citations = tuple[tuple[str, str | None], ...]
"""An event's citations, as (source, locator)."""
Translations = tuple[tuple[str, str | None, str | None], ...]
"""An event's translations, as (language, title, summary)."""

CleanEvent = Callable[[Any, set[str], set[str]], "EventRow | None"]
"""A fast path: the row of a raw item, given the category and source ids defined,
or None when the general validator is to read it."""


def build_clean_event(raw: Any, category_ids: set[str], source_ids: set[str]
                      ) -> EventRow | None:
    """The event's row, if ``raw`` is valid and warrants no warning; otherwise ``None``."""
    if type(raw) is not dict or not raw.keys() <= EVENT_KEYS or "figures" in raw \
            or "alternatives" in raw:
        return None
    get = raw.get  # one lookup: this runs for every event of a file
    ident, title, text, category = get("id"), get("title"), get("date"), get("category")
    if not (type(ident) is str and type(title) is str and type(text) is str
            and type(category) is str):
        return None
    citations = _citations(get("sources"), source_ids)
    display_date, summary = get("display_date"), get("summary")
    links = _strings(get("links"))
    actors, places, tags = _strings(get("actors")), _strings(get("places")), _strings(get("tags"))
    fields, read_from_text = _fields(get("fields")), get("date_read_from_text", False)
    translations = _translations(get("translations"))
    if (citations is None or actors is None or places is None or tags is None or links is None
            or fields is None or translations is None or type(read_from_text) is not bool
            or not (display_date is None or type(display_date) is str)
            or not (summary is None or type(summary) is str)):
        return None
    return clean_event_of(ident, title, text, category, category_ids, display_date, summary,
                          actors, places, tags, citations, get("confidence"), links, fields,
                          read_from_text, translations)


def clean_event_of(ident: str, title: str, text: str, category: str, category_ids: set[str],
                   display_date: str | None, summary: str | None, actors: tuple[str, ...],
                   places: tuple[str, ...], tags: tuple[str, ...], citations: Citations,
                   confidence: Any, links: tuple[str, ...],
                   fields: tuple[tuple[str, str], ...], read_from_text: bool,
                   translations: Translations) -> EventRow | None:
    """The row of fields whose types are right, if their values warrant no message:
    the checks both fast paths (this one and ``typed_reading``'s) share."""
    if not (category in category_ids and ident.strip() and title.strip()
            and (confidence is None or confidence in CONFIDENCE_LEVELS)
            and (not links or all(map(is_clickable_link, links)))):
        return None
    try:
        date = parse_edtf(text)
    except DateError:
        return None
    record = record_fields(ident, title, text, category, display_date, summary, actors,
                           places, tags, citations, confidence, links, fields,
                           read_from_text, translations)
    if record is None:
        return None  # text no record holds: the general path builds the event itself
    start = date.start
    cited = (citations[0][0],) if len(citations) == 1 \
        else tuple(dict.fromkeys(source for source, _ in citations))
    return (ident, category, text, start if start != OPEN_START else known_place(date), start,
            date.end, date.precision.is_fine, len(date.ranges) > 1,
            confidence_code(confidence), read_from_text, cited,
            search_text_of(title, summary, display_date, actors, places, tags, [], fields,
                           [(t, s) for _, t, s in translations]),
            record)


def _citations(value: Any, source_ids: set[str]) -> Citations | None:
    if type(value) is not list or not value:
        return None  # no source at all is a warning: the general path words it
    result = []
    for item in value:
        if type(item) is not dict or not item.keys() <= CITATION_KEYS:
            return None
        source, locator = item.get("source"), item.get("locator")
        if type(source) is not str or source not in source_ids \
                or not (locator is None or type(locator) is str):
            return None
        result.append((source, locator))
    return tuple(result)


def _fields(value: Any) -> tuple[tuple[str, str], ...] | None:
    if value is None:
        return ()
    if type(value) is not dict or not all(type(text) is str for text in value.values()):
        return None
    return tuple(value.items())


def _translations(value: Any) -> Translations | None:
    if value is None:
        return ()
    if type(value) is not dict:
        return None
    result = []
    for tag, entry in value.items():
        if not is_language_tag(tag) or type(entry) is not dict \
                or not entry.keys() <= EVENT_TRANSLATION_KEYS \
                or not all(type(text) is str and text.strip() for text in entry.values()):
            return None
        result.append((tag, entry.get("title"), entry.get("summary")))
    return tuple(result)


def _strings(value: Any) -> tuple[str, ...] | None:
    if value is None:
        return ()
    if type(value) is not list or not all(type(item) is str for item in value):
        return None
    return tuple(value)
