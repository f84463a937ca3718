"""The fastest reading of a timeline file: typed decoding, for the common shape.

msgspec decodes the JSON straight into typed structs, checking every type in C,
so that an event in the common shape (``clean_event``'s) costs no Python-level
check per field. The document's other parts are decoded as plain values and
validated by the general validator as before, and each event is kept as its
raw JSON until the validator reaches it: an event the structs cannot hold (a
wrong type, an unknown key, ``figures`` or ``alternatives``) is decoded plainly
and handed to the general validator, which words its problems exactly as when
the whole file is read with ``json``.

A text the typed reading cannot take at all (a syntax error, a lone surrogate,
an unknown top-level key, odd text that needs its places named) is read the
general way, so every message is worded in one place only.
"""

from __future__ import annotations

import json
from typing import Any

import msgspec

from timeline_app.model.clean_event import Translations, clean_event_of
from timeline_app.model.languages import is_language_tag
from timeline_app.model.odd_text import has_odd_escapes
from timeline_app.model.store_builder import EventRow


class TypedReadingError(Exception):
    """The text is to be read the general way after all."""


class _Citation(msgspec.Struct, forbid_unknown_fields=True):
    source: str
    locator: str | None = None


class _Translation(msgspec.Struct, forbid_unknown_fields=True):
    # a null text is a problem the general validator words, so null is not accepted here
    title: str | msgspec.UnsetType = msgspec.UNSET
    summary: str | msgspec.UnsetType = msgspec.UNSET


class _Event(msgspec.Struct, forbid_unknown_fields=True):
    id: str
    title: str
    date: str
    category: str
    display_date: str | None = None
    summary: str | None = None
    actors: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    sources: tuple[_Citation, ...] = ()
    confidence: str | None = None
    links: tuple[str, ...] = ()
    fields: dict[str, str] = {}
    date_read_from_text: bool = False
    translations: dict[str, _Translation] = {}


class _Document(msgspec.Struct, forbid_unknown_fields=True,
                rename={"schema": "$schema"}):
    events: list[msgspec.Raw] | msgspec.UnsetType = msgspec.UNSET
    schema: Any = msgspec.UNSET
    title: Any = msgspec.UNSET
    description: Any = msgspec.UNSET
    language: Any = msgspec.UNSET
    translations: Any = msgspec.UNSET
    categories: Any = msgspec.UNSET
    sources: Any = msgspec.UNSET
    periods: Any = msgspec.UNSET


_read_document = msgspec.json.Decoder(_Document)
_read_event = msgspec.json.Decoder(_Event)


def read_typed(text: str) -> tuple[dict[str, Any], list[msgspec.Raw]] | None:
    """The document without its events, and each event as raw JSON; None when the text
    is to be read the general way."""
    if has_odd_escapes(text):
        return None
    try:
        typed = _read_document.decode(text)
    except (msgspec.DecodeError, msgspec.ValidationError, RecursionError):
        return None
    if typed.events is msgspec.UNSET:
        return None
    document = {field: value for field in typed.__struct_fields__
                if field != "events" and (value := getattr(typed, field)) is not msgspec.UNSET}
    if "schema" in document:
        document["$schema"] = document.pop("schema")
    return document, typed.events


def typed_clean_event(raw: msgspec.Raw, category_ids: set[str],
                      source_ids: set[str]) -> EventRow | None:
    """The row of one raw JSON event, if it is valid and warrants no warning."""
    try:
        event = _read_event.decode(raw)
    except (msgspec.DecodeError, msgspec.ValidationError, RecursionError):
        return None
    if not event.sources:
        return None  # no source at all is a warning: the general path words it
    for citation in event.sources:
        if citation.source not in source_ids:
            return None
    translations = _translations(event.translations)
    if translations is None:
        return None
    return clean_event_of(
        event.id, event.title, event.date, event.category, category_ids, event.display_date,
        event.summary, event.actors, event.places, event.tags,
        tuple((c.source, c.locator) for c in event.sources), event.confidence,
        event.links, tuple(event.fields.items()), event.date_read_from_text, translations)


def plain_value(raw: msgspec.Raw) -> Any:
    """A raw event decoded as ``json`` decodes it, for the general validator;
    ``TypedReadingError`` where ``json`` would fail, since only reading the whole text
    words that failure."""
    try:
        return json.loads(bytes(raw))
    except (ValueError, RecursionError):
        raise TypedReadingError from None


def _translations(entries: dict[str, _Translation]) -> Translations | None:
    result = []
    for tag, entry in entries.items():
        title, summary = _text(entry.title), _text(entry.summary)
        if not is_language_tag(tag) or not all(
                text.strip() for text in (title, summary) if text is not None):
            return None
        result.append((tag, title, summary))
    return tuple(result)


def _text(value: str | msgspec.UnsetType) -> str | None:
    return None if isinstance(value, msgspec.UnsetType) else value
