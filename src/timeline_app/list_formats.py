"""The output formats of `timeline-app list`, shared with the window's "Export data…".

Qt-free: ``table`` fits a terminal, ``csv`` follows RFC 4180 with a header row,
``json`` is a valid timeline document of the selected events.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Sequence
from typing import Any

from wcwidth import wcwidth

from timeline_app.model.calendar import OPEN_END
from timeline_app.model.date_words import iso_place
from timeline_app.model.dates import EdtfDate
from timeline_app.model.events import Event, Timeline
from timeline_app.model.serialize import (
    alternative_to_json,
    citation_to_json,
    figure_to_json,
    subset_document,
    translations_to_json,
)

FORMATS = ("table", "json", "csv")

CSV_COLUMNS = ("id", "date", "start", "end", "precision", "approximate", "uncertain",
               "category", "title", "display_date", "summary", "actors", "places", "tags",
               "confidence", "sources", "links", "date_read_from_text", "citations",
               "alternatives", "fields", "figures", "translations")
"""The CSV's columns. ``citations``, ``alternatives``, ``fields``, ``figures`` and
``translations`` are JSON, so that the file reads back into the same events; ``sources``
names the sources for people."""
CSV_SIGNATURE = CSV_COLUMNS[:CSV_COLUMNS.index("fields") + 1]
"""The header by which the app knows its own CSV: a CSV written before ``figures`` and
``translations`` were added reads back too."""
DERIVED_CSV_COLUMNS = ("start", "end", "precision", "approximate", "uncertain")
"""Columns that follow from ``date``: reading the CSV back ignores them."""


UTF8_BOM = "\ufeff"
"""What starts a CSV for Excel, which reads a CSV without it in the machine's code page
and garbles Chinese and Vietnamese. The app's own CSV reader takes either."""


def render_events(fmt: str, timeline: Timeline, events: Sequence[Event], width: int = 100) -> str:
    if fmt == "table":
        return format_table(timeline, events, width)
    if fmt == "csv":
        return format_csv(timeline, events)
    if fmt == "json":
        return format_json(timeline, events)
    raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")


def format_table(timeline: Timeline, events: Sequence[Event], width: int) -> str:
    """Columns DATE, CATEGORY and TITLE; the title is cut with '…' to fit ``width``."""
    labels = {c.id: inert(c.label) for c in timeline.categories}
    date_width = max([len("DATE"), *(len(e.date.text) for e in events)])
    category_width = min(24, max([len("CATEGORY"), *(columns(labels.get(e.category, e.category))
                                                     for e in events)]))
    title_width = max(10, width - date_width - category_width - 4)
    lines = [f"{'DATE':<{date_width}}  {'CATEGORY':<{category_width}}  TITLE"]
    for event in events:
        category = _fit(labels.get(event.category, inert(event.category)), category_width)
        lines.append(f"{event.date.text:<{date_width}}  {_pad(category, category_width)}  "
                     f"{_fit(inert(event.title), title_width)}")
    lines.append(f"{len(events):,} of {len(timeline.events):,} events")
    return "\n".join(lines) + "\n"


_CONTROLS = {**{code: chr(0x2400 + code) for code in range(0x20)}, 0x7F: "\u2421",
             **{code: f"<U+{code:04X}>" for code in (*range(0x80, 0xA0), 0x200E, 0x200F,
                                                      *range(0x202A, 0x202F),
                                                      *range(0x2066, 0x206A))}}
"""Control characters as their visible pictures (ESC as ␛), and C1 controls and bidi
marks and overrides named: a terminal shows them and obeys none of them."""


def inert(text: str) -> str:
    """``text`` for a terminal table: nothing in it can move the cursor, set the title,
    clear the screen or reorder what follows."""
    return text.translate(_CONTROLS)


_FORMULA = re.compile(r"'*[=+\-@\t\r]")
"""What a spreadsheet runs as a formula (OWASP's list), after any quotes added before."""


def csv_guard(cell: str) -> str:
    """A cell a spreadsheet would run as a formula gets a leading ``'`` (shown by none of
    them); ``csv_unguard`` takes it off again, so a round trip is exact."""
    return f"'{cell}" if _FORMULA.match(cell) else cell


def csv_unguard(cell: str) -> str:
    return cell[1:] if cell.startswith("'") and _FORMULA.match(cell[1:]) else cell


def format_csv(timeline: Timeline, events: Sequence[Event]) -> str:
    """The events, a row each, every cell guarded against formulas (``csv_guard``)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for event in events:
        writer.writerow(map(csv_guard, (
            event.id, event.date.text, *iso_span(event.date),
            event.precision.value, _flag(event.date.approximate), _flag(event.date.uncertain),
            event.category, event.title, event.display_date or "", event.summary or "",
            "; ".join(event.actors), "; ".join(event.places), "; ".join(event.tags),
            event.confidence or "", "; ".join(_citation_text(timeline, event)),
            "; ".join(event.links), _flag(event.date_read_from_text),
            _json([citation_to_json(c) for c in event.sources]),
            _json([alternative_to_json(a) for a in event.alternatives]),
            _json(dict(event.fields)),
            _json([figure_to_json(f) for f in event.figures]),
            _json(translations_to_json(event.translations) or {}),
        )))
    return buffer.getvalue()


def iso_span(date: EdtfDate) -> tuple[str, str]:
    """The first and last instant of a date as ISO 8601 (astronomical years, expanded
    beyond four digits), with the time where the date has one; empty for an open end."""
    times = [p.time for r in date.ranges for p in (r.low, r.high)
             if p is not None and p.time is not None]
    zone = None if not times else "" if all(t.offset_minutes is None for t in times) else "Z"
    return iso_place(date.start, zone), iso_place(date.end - 1 if date.end != OPEN_END
                                                  else date.end, zone)


def format_json(timeline: Timeline, events: Sequence[Event]) -> str:
    return json.dumps(subset_document(timeline, events), ensure_ascii=False, indent=2) + "\n"


def _citation_text(timeline: Timeline, event: Event) -> list[str]:
    texts = []
    for citation in event.sources:
        source = timeline.source_by_id.get(citation.source)
        name = source.credit() if source else citation.source
        texts.append(f"{name}, {citation.locator}" if citation.locator else name)
    return texts


def columns(text: str) -> int:
    """How many terminal columns ``text`` takes: two for a Chinese character, none for a
    combining mark (East Asian widths, by wcwidth)."""
    return sum(max(0, wcwidth(character)) for character in text)


def _fit(text: str, width: int) -> str:
    """``text`` on one line, cut with '…' to at most ``width`` columns."""
    text = " ".join(text.split())
    if columns(text) <= width:
        return text
    kept, used = [], 1  # the ellipsis takes one column
    for character in text:
        used += max(0, wcwidth(character))
        if used > width:
            break
        kept.append(character)
    return "".join(kept) + "…"


def _pad(text: str, width: int) -> str:
    """``text`` padded with spaces to ``width`` columns."""
    return text + " " * max(0, width - columns(text))


def _flag(value: bool) -> str:
    return "yes" if value else "no"


def _json(value: list[Any] | dict[str, Any]) -> str:
    return json.dumps(value, ensure_ascii=False) if value else ""
