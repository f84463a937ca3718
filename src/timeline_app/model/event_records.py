"""One event as a compact record: what a stored timeline keeps instead of the object.

A record is the event's fields, in ``Event``'s order, as a MessagePack array (no
keys, dates as their EDTF text), so a million events cost their text and little
more, and an ``Event`` is decoded from its record only when something reads it
(``model.event_store``). MessagePack, through msgspec, because encoding and
decoding a record is one C call each way.

A few events cannot be records: text with a lone surrogate (MessagePack holds
UTF-8 only) and a figure whose integer needs more than 64 bits is held as its
decimal text. ``encode_event`` returns None for the first kind, and the store
keeps those events as objects.
"""

from __future__ import annotations

from typing import Any

import msgspec

from timeline_app.model.edtf import parse_edtf
from timeline_app.model.events import (
    AlternativeDate,
    Citation,
    Event,
    EventTranslation,
    Figure,
)

_INT64_LOW, _UINT64_HIGH = -(2 ** 63), 2 ** 64 - 1

_encode = msgspec.msgpack.Encoder().encode
_decode = msgspec.msgpack.Decoder().decode


def record_fields(ident: str, title: str, date: str, category: str, display_date: str | None,
                  summary: str | None, actors: tuple[str, ...], places: tuple[str, ...],
                  tags: tuple[str, ...], citations: tuple[tuple[str, str | None], ...],
                  confidence: str | None, links: tuple[str, ...],
                  fields: tuple[tuple[str, str], ...], read_from_text: bool,
                  translations: tuple[tuple[str, str | None, str | None], ...]
                  ) -> bytes | None:
    """The record of an event without figures or alternatives (the common shape), from
    its fields; None when it cannot be one."""
    try:
        return _encode((ident, title, date, category, display_date, summary, actors, places,
                        tags, (), citations, confidence, links, (), fields, read_from_text,
                        translations))
    except UnicodeEncodeError:
        return None


def encode_event(event: Event) -> bytes | None:
    """The event's record; None when it cannot be one (see the module's docstring)."""
    try:
        return _encode((
            event.id, event.title, event.date.text, event.category, event.display_date,
            event.summary, event.actors, event.places, event.tags,
            tuple((f.label, _number(f.value), f.unit) for f in event.figures),
            tuple((c.source, c.locator) for c in event.sources), event.confidence,
            event.links,
            tuple((a.date.text, a.display_date,
                   tuple((c.source, c.locator) for c in a.sources), a.note)
                  for a in event.alternatives),
            event.fields, event.date_read_from_text,
            tuple((t.language, t.title, t.summary) for t in event.translations)))
    except UnicodeEncodeError:
        return None


def decode_event(record: bytes | memoryview) -> Event:
    """The event a record was encoded from (equal to it)."""
    (ident, title, date, category, display_date, summary, actors, places, tags, figures,
     citations, confidence, links, alternatives, fields, read_from_text,
     translations) = _decode(record)
    return Event(
        ident, title, parse_edtf(date), category, display_date, summary, tuple(actors),
        tuple(places), tuple(tags),
        tuple(Figure(label, _value(value), unit) for label, value, unit in figures),
        _citations(citations), confidence, tuple(links),
        tuple(AlternativeDate(parse_edtf(text), shown, _citations(cited), note)
              for text, shown, cited, note in alternatives),
        tuple((name, value) for name, value in fields), read_from_text,
        tuple(EventTranslation(language, text, more) for language, text, more in translations))


def _citations(values: list[list[Any]]) -> tuple[Citation, ...]:
    return tuple(Citation(source, locator) for source, locator in values)


def _number(value: int | float) -> int | float | str:
    """A figure's value as a record holds it: an integer beyond 64 bits as its digits."""
    if isinstance(value, int) and not _INT64_LOW <= value <= _UINT64_HIGH:
        return str(value)
    return value


def _value(held: int | float | str) -> int | float:
    return int(held) if isinstance(held, str) else held
