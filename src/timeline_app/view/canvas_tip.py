"""What hovering the canvas says: an event's title and date, or a cluster's count."""

from __future__ import annotations

import html

from timeline_app.layout.frame import Cluster, Glyph
from timeline_app.view.state import ViewState


def canvas_tip(item: Glyph | Cluster | None, state: ViewState,
               context_overflow: Cluster | None) -> str:
    """Rich text whose every piece of data is escaped, so titles show literally;
    ``context_overflow`` is the frame's "+N more spanning the view" cluster."""
    if isinstance(item, Glyph):
        event = state.shown.event(item.event_id)
        if event is None:
            return ""
        when = event.date_as_written(state.era)
        return f"<b>{html.escape(event.title)}</b><br>{html.escape(when)}"
    if isinstance(item, Cluster):
        if item is context_overflow:
            return f"{item.count:,} more events span the whole view — click to see them"
        return f"{item.count:,} events — click to zoom in"
    return ""
