"""A timeline written as TimelineJS3 JSON, with a list of what TimelineJS cannot hold.

Each event is a slide: its date's first and last parts become ``start_date``
and ``end_date`` at their precision (a year stays a year), astronomical years
become TimelineJS's (-0043, which is 44 BCE, is -44), the category is the
group, the source's wording the display date, the summary the text, the first
link the media. The sources and their locators are written into the text, so
the slide still says where it comes from. The title slide holds the title and
description, eras the periods, and a file with years beyond TimelineJS's
human scale is cosmological.

What TimelineJS has no place for is listed, never dropped silently: the
qualifiers (approximate, uncertain), unspecified digits and seasons (written
as the years or months they cover), sets, open and unknown ends, alternative
dates, links after the first, figures, other fields, translations into other
languages, and locators as fields of their own.
"""

from __future__ import annotations

from collections import Counter
from html import escape
from typing import Any

from timeline_app.model.calendar import civil_from_seconds
from timeline_app.model.dates import Bound, DateKind, DatePart, EdtfDate, Precision
from timeline_app.model.events import Event, Timeline, cited_by

HUMAN_YEARS = (-271_820, 275_759)
"""Beyond these years TimelineJS needs its cosmological scale (see its docs)."""


def timelinejs_document(timeline: Timeline) -> tuple[dict[str, Any], list[str]]:
    """The TimelineJS3 document and the losses, one line per kind with its count."""
    losses: Counter[str] = Counter()
    labels = {c.id: c.label for c in timeline.categories}
    events = [_slide(timeline, e, labels, losses) for e in timeline.events]
    document: dict[str, Any] = {"title": {"text": {"headline": escape(timeline.title),
                                                   "text": _paragraphs(timeline.description)}}}
    if timeline.periods:
        document["eras"] = [{"start_date": _date_object(p.date, first=True, losses=losses),
                             "end_date": _date_object(p.date, first=False, losses=losses),
                             "text": {"headline": escape(p.title)}} for p in timeline.periods]
    document["events"] = events
    translated = (bool(timeline.translations) + sum(bool(c.translations)
                                                    for c in timeline.categories)
                  + sum(bool(p.translations) for p in timeline.periods))
    if translated:
        losses["translations of the title, categories and periods (left out)"] += translated
    years = [int(slide["start_date"]["year"]) for slide in events]
    if years and (min(years) < HUMAN_YEARS[0] or max(years) > HUMAN_YEARS[1]):
        document["scale"] = "cosmological"
    return document, [f"{count:,} {what}" for what, count in sorted(losses.items())]


def _slide(timeline: Timeline, event: Event, labels: dict[str, str],
           losses: Counter[str]) -> dict[str, Any]:
    date = event.date
    slide: dict[str, Any] = {"unique_id": event.id,
                             "start_date": _date_object(date, first=True, losses=losses)}
    end = _date_object(date, first=False, losses=losses)
    if end != slide["start_date"]:
        slide["end_date"] = end
    slide["text"] = {"headline": escape(event.title),
                     "text": _paragraphs(event.summary) + _sources_paragraph(timeline, event)}
    slide["group"] = labels.get(event.category, event.category)
    if event.display_date:
        slide["display_date"] = escape(event.display_date)
    if event.links:
        slide["media"] = {"url": event.links[0]}
    _count_losses(event, losses)
    return slide


def _date_object(date: EdtfDate, *, first: bool, losses: Counter[str]) -> dict[str, Any]:
    """The first (or last) part of ``date`` as a TimelineJS date at its precision."""
    one = date.ranges[0] if first else date.ranges[-1]
    part = one.low if first else one.high
    if part is None:  # an open or unknown end: the other end stands for it
        losses["open or unknown ends (written as the known end)"] += 1
        part = one.high if first else one.low
        assert part is not None  # EDTF has no range open at both ends
    if part.precision is Precision.SEASON or part.unspecified:
        return _covered(part, first)
    year, month, day = _known(part)
    result: dict[str, Any] = {"year": _timelinejs_year(year)}
    if month is not None:
        result["month"] = month
    if day is not None:
        result["day"] = day
    if part.time is not None:
        result.update(hour=part.time.hour, minute=part.time.minute, second=part.time.second)
    return result


def _covered(part: DatePart, first: bool) -> dict[str, Any]:
    """A season or a date with unspecified digits, as the first or last month (or year)
    it covers."""
    year, month, _, *_ = civil_from_seconds(part.start if first else part.end - 1)
    if part.precision is Precision.YEAR:
        return {"year": _timelinejs_year(year)}
    return {"year": _timelinejs_year(year), "month": month}


def _known(part: DatePart) -> tuple[int, int | None, int | None]:
    year = part.year_value if part.year_value is not None else int(part.year)
    month = int(part.month) if part.month is not None and part.season is None else None
    day = int(part.day) if part.day is not None else None
    return year, month, day


def _timelinejs_year(astronomical: int) -> int:
    """TimelineJS writes 44 BCE as -44; astronomically it is -43."""
    return astronomical if astronomical >= 1 else astronomical - 1


def _paragraphs(text: str | None) -> str:
    if not text:
        return ""
    return "".join(f"<p>{escape(p)}</p>" for p in text.split("\n\n") if p.strip())


def _sources_paragraph(timeline: Timeline, event: Event) -> str:
    credits = []
    for citation in cited_by(event):
        source = timeline.source_by_id.get(citation.source)
        name = source.credit() if source is not None else citation.source
        credits.append(f"{name}, {citation.locator}" if citation.locator else name)
    return f"<p>Sources: {escape('; '.join(credits))}</p>" if credits else ""


def _count_losses(event: Event, losses: Counter[str]) -> None:
    date = event.date
    if date.approximate or date.uncertain:
        losses["approximate or uncertain dates (the qualifier is dropped)"] += 1
    if date.unspecified:
        losses["dates with unspecified digits (written as the years they cover)"] += 1
    if any(p is not None and p.precision is Precision.SEASON
           for r in date.ranges for p in (r.low, r.high)):
        losses["seasons (written as the months they cover)"] += 1
    if date.kind in (DateKind.ONE_OF, DateKind.ALL_OF):
        losses["sets of dates (written as their first and last member)"] += 1
    if Bound.UNKNOWN in (date.start_bound, date.end_bound):
        losses["unknown ends (not told apart from open ones)"] += 1
    if event.alternatives:
        losses["alternative dates (left out)"] += 1
    if len(event.links) > 1:
        losses["links after the first (left out)"] += 1
    if event.figures:
        losses["events' figures (left out)"] += 1
    if event.fields:
        losses["events' other fields (left out)"] += 1
    if event.translations:
        losses["events' translations into other languages (left out)"] += 1
    if any(c.locator for c in cited_by(event)):
        losses["locators (written into the slide text, not as fields)"] += 1
