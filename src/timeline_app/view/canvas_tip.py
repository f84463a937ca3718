"""What hovering the canvas says: an event's title (in the interface language where the
file translates it) and date, or a cluster's count."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from timeline_app.layout.frame import Cluster, Glyph
from timeline_app.model.languages import event_title
from timeline_app.view.state import ViewState
from timeline_app.wording import current


def canvas_tip(item: Glyph | Cluster | None, state: ViewState,
               context_overflow: Cluster | None) -> str:
    """Rich text whose every piece of data is escaped, so titles show literally;
    ``context_overflow`` is the frame's "+N more spanning the view" cluster."""
    if isinstance(item, Glyph):
        event = state.shown.event(item.event_id)
        if event is None:
            return ""
        when = event.date_as_written(state.era)
        own = state.timeline.language if state.timeline is not None else None
        title = event_title(event, current().language, own)
        return f"<b>{html.escape(title)}</b><br>{html.escape(when)}"
    if isinstance(item, Cluster):
        if item is context_overflow:
            return QCoreApplication.translate(
                "CanvasTip", "{count} more events span the whole view — click to see them"
            ).format(count=f"{item.count:,}")
        return QCoreApplication.translate(
            "CanvasTip", "{count} events — click to zoom in").format(count=f"{item.count:,}")
    return ""
