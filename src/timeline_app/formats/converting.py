"""``timeline-app convert``: a timeline written as the app's JSON, CSV or TimelineJS3 JSON,
with what the target cannot hold listed.

Without ``--to`` the format follows the output's extension (``.json`` is the
app's own format, ``.csv`` and ``.tsv`` the CSV of ``list``).
"""

from __future__ import annotations

import json
from enum import Enum
from pathlib import Path

from timeline_app.formats.timelinejs_writer import timelinejs_document
from timeline_app.list_formats import format_csv
from timeline_app.model.events import Timeline
from timeline_app.model.serialize import subset_document


class OutputFormat(Enum):
    TIMELINE = "timeline"
    CSV = "csv"
    TIMELINEJS = "timelinejs"


_BY_SUFFIX = {".json": OutputFormat.TIMELINE, ".csv": OutputFormat.CSV,
              ".tsv": OutputFormat.CSV}


def output_format_for(path: str, to: str | None) -> OutputFormat:
    """The format asked for, or the one the extension names; ValueError when neither does."""
    if to is not None:
        return OutputFormat(to)
    found = _BY_SUFFIX.get(Path(path).suffix.lower())
    if found is None:
        raise ValueError(f"cannot tell the format from {path!r}: give --to "
                         f"{'|'.join(f.value for f in OutputFormat)}, or end the name with "
                         ".json or .csv")
    return found


def converted(timeline: Timeline, target: OutputFormat) -> tuple[str, list[str]]:
    """The text of ``timeline`` in ``target``, and what it could not hold."""
    if target is OutputFormat.TIMELINE:
        document = subset_document(timeline, timeline.events)
        return json.dumps(document, ensure_ascii=False, indent=2) + "\n", []
    if target is OutputFormat.CSV:
        return format_csv(timeline, timeline.events), _csv_losses(timeline)
    document, losses = timelinejs_document(timeline)
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n", losses


def _csv_losses(timeline: Timeline) -> list[str]:
    losses = ["categories' labels and colours (a row names its category by id)",
              "sources' titles, publishers and links (a row names its sources by credit and "
              "id)"]
    if timeline.periods:
        losses.append(f"{len(timeline.periods):,} periods")
    if timeline.language is not None or timeline.translations:
        losses.append("the document's language and its title's translations (the events' "
                      "translations are kept)")
    return losses
