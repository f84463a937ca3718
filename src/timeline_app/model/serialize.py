"""Writing the model back out as a timeline document (the same format it is read from)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import fields
from typing import Any

from timeline_app.model.events import (
    AlternativeDate,
    Category,
    Citation,
    Event,
    Figure,
    Period,
    Source,
    Timeline,
    Translation,
)


def subset_document(timeline: Timeline, events: Sequence[Event]) -> dict[str, Any]:
    """A valid document holding ``events`` and the categories and sources they use."""
    used_categories = {e.category for e in events}
    document: dict[str, Any] = {"title": timeline.title}
    if timeline.description:
        document["description"] = timeline.description
    if timeline.language is not None:
        document["language"] = timeline.language
    if timeline.translations:
        document["translations"] = translations_to_json(timeline.translations)
    document["categories"] = [category_to_json(c) for c in timeline.categories
                              if c.id in used_categories]
    document["sources"] = [source_to_json(s) for s in timeline.sources_cited_by(events)]
    if timeline.periods:
        document["periods"] = [period_to_json(p) for p in timeline.periods]
    document["events"] = [event_to_json(e) for e in events]
    return document


def period_to_json(period: Period) -> dict[str, Any]:
    return _without_empty({"title": period.title, "date": period.date.text,
                           "color": period.color,
                           "translations": translations_to_json(period.translations)})


def category_to_json(category: Category) -> dict[str, Any]:
    return _without_empty({"id": category.id, "label": category.label, "color": category.color,
                           "description": category.description,
                           "translations": translations_to_json(category.translations)})


def source_to_json(source: Source) -> dict[str, Any]:
    return _without_empty({
        "id": source.id, "title": source.title, "publisher": source.publisher,
        "author": source.author,
        "published": source.published.text if source.published else None,
        "url": source.url, "language": source.language,
    })


def event_to_json(event: Event) -> dict[str, Any]:
    return _without_empty({
        "id": event.id, "title": event.title, "date": event.date.text,
        "category": event.category, "display_date": event.display_date,
        "summary": event.summary,
        "translations": translations_to_json(event.translations),
        "actors": list(event.actors), "places": list(event.places),
        "tags": list(event.tags),
        "figures": [figure_to_json(f) for f in event.figures],
        "sources": [citation_to_json(c) for c in event.sources],
        "confidence": event.confidence, "links": list(event.links),
        "alternatives": [alternative_to_json(a) for a in event.alternatives],
        "fields": dict(event.fields) or None,
        "date_read_from_text": event.date_read_from_text or None,
    })


def alternative_to_json(alternative: AlternativeDate) -> dict[str, Any]:
    return _without_empty({
        "date": alternative.date.text, "display_date": alternative.display_date,
        "note": alternative.note,
        "sources": [citation_to_json(c) for c in alternative.sources]})


def figure_to_json(figure: Figure) -> dict[str, Any]:
    return _without_empty({"label": figure.label, "value": figure.value, "unit": figure.unit})


def citation_to_json(citation: Citation) -> dict[str, Any]:
    return _without_empty({"source": citation.source, "locator": citation.locator})


def translations_to_json(translations: Sequence[Translation]) -> dict[str, dict[str, str]] | None:
    """``{"zh-Hans": {"title": …, "summary": …}}``: each language, in the order read, with
    the texts it has, in the order of its fields; None when there are none."""
    if not translations:
        return None
    return {t.language: {f.name: text for f in fields(t)[1:]
                         if (text := getattr(t, f.name)) is not None}
            for t in translations}


def _without_empty(values: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in values.items() if v is not None and v != []}
