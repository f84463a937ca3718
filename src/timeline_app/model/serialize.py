"""Writing the model back out as a timeline document (the same format it is read from)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from timeline_app.model.events import Category, Citation, Event, Source, Timeline


def subset_document(timeline: Timeline, events: Sequence[Event]) -> dict[str, Any]:
    """A valid document holding ``events`` and the categories and sources they use."""
    used_categories = {e.category for e in events}
    document: dict[str, Any] = {"title": timeline.title}
    if timeline.description:
        document["description"] = timeline.description
    document["categories"] = [category_to_json(c) for c in timeline.categories
                              if c.id in used_categories]
    document["sources"] = [source_to_json(s) for s in timeline.sources_cited_by(events)]
    document["events"] = [event_to_json(e) for e in events]
    return document


def category_to_json(category: Category) -> dict[str, Any]:
    return _without_empty({"id": category.id, "label": category.label, "color": category.color,
                           "description": category.description})


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
        "summary": event.summary, "actors": list(event.actors), "places": list(event.places),
        "tags": list(event.tags),
        "figures": [_without_empty({"label": f.label, "value": f.value, "unit": f.unit})
                    for f in event.figures],
        "sources": [_citation_to_json(c) for c in event.sources],
        "confidence": event.confidence, "links": list(event.links),
        "alternatives": [_without_empty({
            "date": a.date.text, "display_date": a.display_date, "note": a.note,
            "sources": [_citation_to_json(c) for c in a.sources]})
            for a in event.alternatives],
    })


def _citation_to_json(citation: Citation) -> dict[str, Any]:
    return _without_empty({"source": citation.source, "locator": citation.locator})


def _without_empty(values: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in values.items() if v is not None and v != []}
