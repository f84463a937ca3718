"""Validating a parsed JSON document and building the model from it.

Every problem is collected, not just the first, so that a user fixes a file
in one pass. Errors stop at ``field_checks.MAX_ERRORS`` so a large broken file still
reports quickly.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from timeline_app.model.clean_event import CleanEvent, build_clean_event
from timeline_app.model.events import (
    CONFIDENCE_LEVELS,
    AlternativeDate,
    Category,
    CategoryTranslation,
    Citation,
    Event,
    EventTranslation,
    Figure,
    Period,
    PeriodTranslation,
    Source,
    Timeline,
    TimelineTranslation,
)
from timeline_app.model.field_checks import (
    Collector,
    ProblemCapError,
    check_link,
    color_field,
    describe_type,
    is_finite,
    language_field,
    not_a_string,
    not_finite,
    optional_date,
    optional_text,
    required_date,
    required_text,
    text_list,
    translations_field,
)
from timeline_app.model.keys import (
    ALTERNATIVE_KEYS,
    CATEGORY_KEYS,
    CATEGORY_TRANSLATION_KEYS,
    CITATION_KEYS,
    EVENT_KEYS,
    EVENT_TRANSLATION_KEYS,
    FIGURE_KEYS,
    PERIOD_KEYS,
    PERIOD_TRANSLATION_KEYS,
    SOURCE_KEYS,
    TOP_KEYS,
    TOP_TRANSLATION_KEYS,
)
from timeline_app.model.problems import LoadError, Problem
from timeline_app.model.store_builder import StoreBuilder, row_of
from timeline_app.wording import translate


@dataclass(frozen=True, slots=True)
class EventItems:
    """The raw events of a document read item by item (``model.json_stream``), with how
    far the reading has come after the item of a given index."""

    items: Iterable[Any]
    done: Callable[[int], float]
    step: int = 1000
    #: the fast path for an item (``clean_event``), and the item as the general
    #: validator reads it, for an item the fast path leaves to it
    clean: CleanEvent = build_clean_event
    value: Callable[[Any], Any] = lambda item: item
    #: called once every item has been read, so that what they were read from can go
    #: before the store of the events is finished
    all_read: Callable[[], None] = lambda: None


def build_timeline(document: Any, file: str, progress: Callable[[float], None],
                   events: EventItems | None = None) -> tuple[Timeline, list[Problem]]:
    """Validate ``document``; return the timeline and its warnings or raise LoadError.

    ``events``, if given, stands for the document's events list, which is then not in it.
    """
    collector = Collector(file)
    try:
        timeline = _build(document, collector, progress, events)
    except ProblemCapError:
        raise LoadError(file, collector.errors, truncated=True) from None
    if collector.errors or timeline is None:
        raise LoadError(file, collector.errors)
    return timeline, collector.all_warnings()


def _build(document: Any, out: Collector, progress: Callable[[float], None],
           events_read: EventItems | None) -> Timeline | None:
    if not isinstance(document, dict):
        out.error("", translate("FieldChecks", "the top level must be an object with 'title' "
                                "and 'events', not {kind}").format(
            kind=describe_type(document)))
        return None
    out.unknown_keys(document, TOP_KEYS, "")
    title = required_text(document, "title", "", out)
    description = optional_text(document, "description", "", out)
    language = language_field(document, "language", "", out)
    translations = [TimelineTranslation(tag, texts.get("title"), texts.get("description"))
                    for tag, texts in translations_field(document, "", TOP_TRANSLATION_KEYS,
                                                         out)]
    categories = _categories(document.get("categories", []), out)
    sources = _sources(document.get("sources", []), out)
    items = events_read or _events_list(document, out)
    if items is None:
        return None
    # every id a file defines can be referred to, even where the rest of its entry is
    # wrong: one mistake in a category is one problem, not one more per event of it
    category_ids = {c.id for c in categories} | _defined_ids(document.get("categories"))
    source_ids = {s.id for s in sources} | _defined_ids(document.get("sources"))
    store = _read_events(items, category_ids, source_ids, out, progress)
    items.all_read()
    periods = _periods(document.get("periods", []), out)
    if out.errors or title is None:
        return None
    return Timeline.build(title, description, categories, sources,
                          store.finish(chronological=True), periods, language, translations)


def _read_events(items: EventItems, category_ids: set[str], source_ids: set[str],
                 out: Collector, progress: Callable[[float], None]) -> StoreBuilder:
    """Every event checked, its problems collected, and the valid ones added to a store;
    an event the general validator read is not made a row once there is a problem,
    since a file with problems keeps no events."""
    store = StoreBuilder()
    first_seen: dict[str, int] = {}
    for index, raw in enumerate(items.items):
        row = items.clean(raw, category_ids, source_ids)
        ident = None if row is None else row[0]
        if row is None:
            event = _event(items.value(raw), f"events[{index}]", category_ids, source_ids, out)
            if event is not None:
                ident = event.id
                row = None if out.errors else row_of(event)
        if ident is not None:
            if ident in first_seen:
                out.error(f"events[{index}].id",
                          _used_again(ident, f"events[{first_seen[ident]}]"))
            else:
                first_seen[ident] = index
                if row is not None:
                    store.add(row)
        if index % items.step == 0:
            progress(items.done(index))
    return store


def _events_list(document: dict[str, Any], out: Collector) -> EventItems | None:
    if "events" not in document:
        out.error("events", translate("FieldChecks",
                                      "missing: a timeline file needs an 'events' list"))
        return None
    value = document["events"]
    if not isinstance(value, list):
        out.error("events", _not_a_list(value))
        return None
    total = len(value)
    return EventItems(value, lambda index: index / total, max(1, total // 50))


def _categories(value: Any, out: Collector) -> list[Category]:
    result: list[Category] = []
    for index, raw in _objects(value, "categories", out):
        path = f"categories[{index}]"
        out.unknown_keys(raw, CATEGORY_KEYS, path)
        ident = required_text(raw, "id", path, out)
        label = required_text(raw, "label", path, out)
        color = color_field(raw, path, out)
        description = optional_text(raw, "description", path, out)
        translations = tuple(
            CategoryTranslation(tag, texts.get("label"), texts.get("description"))
            for tag, texts in translations_field(raw, path, CATEGORY_TRANSLATION_KEYS, out))
        if ident is not None and label is not None and color is not None:
            result.append(Category(ident, label, color, description, translations))
    _check_unique(value, "categories", out)
    return result


def _periods(value: Any, out: Collector) -> list[Period]:
    result: list[Period] = []
    for index, raw in _objects(value, "periods", out):
        path = f"periods[{index}]"
        out.unknown_keys(raw, PERIOD_KEYS, path)
        title = required_text(raw, "title", path, out)
        date = required_date(raw, path, out)
        color = color_field(raw, path, out) if raw.get("color") is not None else None
        translations = tuple(
            PeriodTranslation(tag, texts.get("title"))
            for tag, texts in translations_field(raw, path, PERIOD_TRANSLATION_KEYS, out))
        if title is not None and date is not None:
            result.append(Period(title, date, color, translations))
    return result


def _sources(value: Any, out: Collector) -> list[Source]:
    result: list[Source] = []
    for index, raw in _objects(value, "sources", out):
        path = f"sources[{index}]"
        out.unknown_keys(raw, SOURCE_KEYS, path)
        ident = required_text(raw, "id", path, out)
        title = required_text(raw, "title", path, out)
        publisher = required_text(raw, "publisher", path, out)
        author = optional_text(raw, "author", path, out)
        published = optional_date(raw, "published", path, out)
        url = optional_text(raw, "url", path, out)
        if url is not None:
            check_link(url, f"{path}.url", out)
        language = optional_text(raw, "language", path, out)
        if ident is not None and title is not None and publisher is not None:
            result.append(Source(ident, title, publisher, author, published, url, language))
    _check_unique(value, "sources", out)
    return result


def _defined_ids(raw: Any) -> set[str]:
    """The string ids of a list of entries, whatever else the entries hold."""
    if not isinstance(raw, list):
        return set()
    return {item["id"] for item in raw
            if isinstance(item, dict) and isinstance(item.get("id"), str) and item["id"].strip()}


def _check_unique(raw: Any, name: str, out: Collector) -> None:
    first_seen: dict[str, int] = {}
    for index, item in enumerate(raw if isinstance(raw, list) else []):
        ident = item.get("id") if isinstance(item, dict) else None
        if not isinstance(ident, str) or not ident:
            continue
        if ident in first_seen:
            out.error(f"{name}[{index}].id", _used_again(ident, f"{name}[{first_seen[ident]}]"))
        else:
            first_seen[ident] = index


def _used_again(ident: str, first: str) -> str:
    return translate("FieldChecks", "{id} is used again (first at {path})").format(
        id=repr(ident), path=first)


def _not_a_list(value: Any) -> str:
    return translate("FieldChecks", "must be a list, not {kind}").format(
        kind=describe_type(value))


def _not_an_object(value: Any) -> str:
    return translate("FieldChecks", "must be an object, not {kind}").format(
        kind=describe_type(value))


def _objects(value: Any, name: str, out: Collector) -> list[tuple[int, dict[str, Any]]]:
    if not isinstance(value, list):
        out.error(name, _not_a_list(value))
        return []
    result = []
    for index, item in enumerate(value):
        if isinstance(item, dict):
            result.append((index, item))
        else:
            out.error(f"{name}[{index}]", _not_an_object(item))
    return result


def _event(raw: Any, path: str, category_ids: set[str], source_ids: set[str],
           out: Collector) -> Event | None:
    if not isinstance(raw, dict):
        out.error(path, _not_an_object(raw))
        return None
    out.unknown_keys(raw, EVENT_KEYS, path)
    ident = required_text(raw, "id", path, out)
    title = required_text(raw, "title", path, out)
    date = required_date(raw, path, out)
    category = required_text(raw, "category", path, out)
    if category is not None and category not in category_ids:
        out.error(f"{path}.category", _unknown_category(category, category_ids))
    citations = _citations(raw.get("sources"), f"{path}.sources", source_ids, out)
    if not citations:
        out.warn("no-source", path, translate("FieldChecks", "the event has no source"))
    alternatives = _alternatives(raw.get("alternatives"), f"{path}.alternatives", source_ids,
                                 out)
    confidence = raw.get("confidence")
    if confidence is not None and confidence not in CONFIDENCE_LEVELS:
        out.error(f"{path}.confidence", translate("FieldChecks", "{value} is not one of {levels}")
                  .format(value=repr(confidence), levels=", ".join(CONFIDENCE_LEVELS)))
    links = text_list(raw, "links", path, out)
    for index, link in enumerate(links):
        check_link(link, f"{path}.links[{index}]", out)
    event_fields = (
        optional_text(raw, "display_date", path, out),
        optional_text(raw, "summary", path, out),
        text_list(raw, "actors", path, out),
        text_list(raw, "places", path, out),
        text_list(raw, "tags", path, out),
        _figures(raw.get("figures"), f"{path}.figures", out),
        _fields(raw.get("fields"), f"{path}.fields", out),
        _flag(raw, "date_read_from_text", path, out),
        tuple(EventTranslation(tag, texts.get("title"), texts.get("summary"))
              for tag, texts in translations_field(raw, path, EVENT_TRANSLATION_KEYS, out)),
    )
    if ident is None or title is None or date is None or category is None:
        return None
    (display_date, summary, actors, places, tags, figures, fields, read_from_text,
     translations) = event_fields
    return Event(ident, title, date, category, display_date, summary, actors, places, tags,
                 figures, citations, confidence, links, alternatives, fields, read_from_text,
                 translations)


def _fields(value: Any, where: str, out: Collector) -> tuple[tuple[str, str], ...]:
    """Other fields a file had: an object of names and text values."""
    if value is None:
        return ()
    if not isinstance(value, dict):
        out.error(where, translate("FieldChecks", "must be an object of names and texts, "
                                   "not {kind}").format(kind=describe_type(value)))
        return ()
    result = []
    for name, text in value.items():
        if not isinstance(text, str):
            out.error(f"{where}.{name}", not_a_string(text))
            continue
        result.append((name, text))
    return tuple(result)


def _flag(obj: dict[str, Any], key: str, path: str, out: Collector) -> bool:
    value = obj.get(key, False)
    if isinstance(value, bool):
        return value
    out.error(f"{path}.{key}", translate("FieldChecks", "must be true or false, not {kind}")
              .format(kind=describe_type(value)))
    return False


def _alternatives(value: Any, where: str, source_ids: set[str],
                  out: Collector) -> tuple[AlternativeDate, ...]:
    """Other dates the sources give: each with its own date, sources and note."""
    if value is None:
        return ()
    result = []
    for index, raw in _objects(value, where, out):
        path = f"{where}[{index}]"
        out.unknown_keys(raw, ALTERNATIVE_KEYS, path)
        date = required_date(raw, path, out)
        display_date = optional_text(raw, "display_date", path, out)
        note = optional_text(raw, "note", path, out)
        citations = _citations(raw.get("sources"), f"{path}.sources", source_ids, out)
        if not citations:
            out.warn("no-source", path,
                     translate("FieldChecks", "the alternative date has no source"))
        if date is not None:
            result.append(AlternativeDate(date, display_date, citations, note))
    return tuple(result)


def _unknown_category(value: str, ids: set[str]) -> str:
    if not ids:
        return translate("FieldChecks", "{value} is not one of the categories (the file "
                         "defines none)").format(value=repr(value))
    return translate("FieldChecks", "{value} is not one of the categories ({ids})").format(
        value=repr(value), ids=_some_ids(ids))


def _unknown_source(value: str, ids: set[str]) -> str:
    if not ids:
        return translate("FieldChecks", "{value} is not one of the sources (the file "
                         "defines none)").format(value=repr(value))
    return translate("FieldChecks", "{value} is not one of the sources ({ids})").format(
        value=repr(value), ids=_some_ids(ids))


def _some_ids(ids: set[str]) -> str:
    """The first six ids, in order, then "…" if there are more."""
    shown = sorted(ids)[:6]
    more = ", …" if len(ids) > 6 else ""
    return f"{', '.join(shown)}{more}"


def _figures(value: Any, where: str, out: Collector) -> tuple[Figure, ...]:
    if value is None:
        return ()
    result = []
    for index, raw in _objects(value, where, out):
        path = f"{where}[{index}]"
        out.unknown_keys(raw, FIGURE_KEYS, path)
        label = required_text(raw, "label", path, out)
        number = raw.get("value")
        if isinstance(number, bool) or not isinstance(number, (int, float)):
            out.error(f"{path}.value", translate("FieldChecks", "must be a number, not {kind}")
                      .format(kind=describe_type(number)))
            continue
        if not is_finite(number):
            out.error(f"{path}.value", not_finite(number))
            continue
        unit = optional_text(raw, "unit", path, out)
        if label is not None:
            result.append(Figure(label, number, unit))
    return tuple(result)


def _citations(value: Any, where: str, source_ids: set[str],
               out: Collector) -> tuple[Citation, ...]:
    if value is None:
        return ()
    result = []
    for index, raw in _objects(value, where, out):
        path = f"{where}[{index}]"
        out.unknown_keys(raw, CITATION_KEYS, path)
        source = required_text(raw, "source", path, out)
        locator = optional_text(raw, "locator", path, out)
        if source is None:
            continue
        if source not in source_ids:
            out.error(f"{path}.source", _unknown_source(source, source_ids))
            continue
        result.append(Citation(source, locator))
    return tuple(result)
