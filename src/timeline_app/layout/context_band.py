"""The context band: marks as wide as the view or wider, a row each above the lanes,
labelled at the visible edge; and the selected event drawn where its region is counts."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from timeline_app.layout.frame import Cluster, Frame, Glyph, GlyphKind, Rect, range_look
from timeline_app.layout.frame_state import MIN_LABEL_CHARS, OFFSCREEN_PX, FrameState
from timeline_app.layout.labels import loose_label, shown_title

CONTEXT_ROWS = 3
"""Rows of the context band: marks wider than the view, one a row; the last row says
how many more there are when they do not all fit."""


class ContextLayout(FrameState):
    """The context band and the selection of a frame's layout (``layout.builder``)."""

    def _wide(self, positions: list[int], view: float) -> list[int]:
        """The marks about as wide as the view or wider (they get no lane, see
        ``layout.lanes.wide_span``): those that start or end in the view first, then the
        shortest, so the rows go to the spans most about what is shown."""
        starts, ends, lo, hi = self.marks.start, self.marks.end, self.lo, self.hi
        wide = [p for p in positions if ends[p] - starts[p] > view]
        return sorted(wide, key=lambda p: (not (lo <= starts[p] < hi or lo < ends[p] <= hi),
                                           ends[p] - starts[p], p))

    def _context(self, wide: list[int]) -> tuple[list[Glyph], Rect, Cluster | None]:
        """One row per wide mark, up to ``CONTEXT_ROWS`` (the last row says how many more
        there are when they do not fit), under the axis and the period row; the lanes
        start below it."""
        m, scale, marks, events = self.m, self.scale, self.marks, self.table.events
        shown = wide if len(wide) <= CONTEXT_ROWS else wide[:CONTEXT_ROWS - 1]
        rows = len(shown) + (len(wide) > len(shown))
        row_height, top, width = m.context_row_height, self.top, scale.width
        glyphs = []
        for row, position in enumerate(shown):
            event = events[self._event_of(position)]
            one = marks.ranges[position]
            look = self.looks.get(id(one)) or self.looks.setdefault(id(one), range_look(one))
            left = max(scale.x_for(marks.start[position]), -OFFSCREEN_PX)
            right = min(scale.x_for(marks.end[position]), width + OFFSCREEN_PX)
            y = top + row * row_height + 2.0
            rect = Rect(left, y, right - left, row_height - 4.0)
            title = shown_title(event, self.shown.language)
            if marks.loose[position]:
                title = loose_label(one, marks.loose[position], title, self.era)
            x = max(left, 0.0) + 4.0
            room = min(right, width) - x - 4.0
            label = Rect(x, y, room, rect.height) if room > MIN_LABEL_CHARS * m.char_width \
                else None
            glyphs.append(Glyph(event.id, title, event.category, GlyphKind.BAR, rect, label,
                                row, 0, *look, marks.hollow[position] == 1))
        band = Rect(0.0, top, width, rows * row_height)
        self.top += band.height
        rest = wide[len(shown):]
        if not rest:
            return glyphs, band, None
        codes = Counter(map(marks.category.__getitem__, rest))
        mix = tuple((self.table.category_ids[code], n) for code, n in sorted(codes.items()))
        overflow = Cluster(Rect(0.0, top + len(shown) * row_height + 2.0, width,
                                row_height - 4.0), len(rest),
                           min(marks.start[p] for p in rest), max(marks.end[p] for p in rest),
                           mix, 0, self._ids_of(rest))
        return glyphs, band, overflow

    def with_selection(self, frame: Frame, event_id: str) -> Frame:
        """``frame`` with the selected event's marks in view drawn as glyphs at the top
        of its band, over the counts, when the layout put them in a cluster: a
        selection never disappears into a density chart."""
        if frame.glyph_for(event_id) is not None:
            return frame
        position = self.shown.position_of(event_id)
        if position is None:
            return frame
        event_position = self.table.position_of(event_id)
        marks, scale = self.marks, self.scale
        owners = marks.event
        mark_positions = [event_position] if owners is None else \
            [p for p, owner in enumerate(owners) if owner == event_position]
        event = self.table.events[event_position] if event_position is not None else None
        added = []
        for mark in mark_positions:
            if mark is None or not (marks.start[mark] < self.hi and marks.end[mark] > self.lo):
                continue
            band_index = self.band_of[marks.category[mark]] if self.grouped else 0
            if event is None or band_index >= len(frame.bands):
                continue
            band = frame.bands[band_index]
            top = band.rect.y + (band.header.height if band.header is not None else 0.0)
            rects, kinds = self._glyph_rects([mark], top + 2.0)
            one = marks.ranges[mark]
            look = self.looks.get(id(one)) or self.looks.setdefault(id(one), range_look(one))
            title = shown_title(event, self.shown.language)
            label = self._label_rect(title, rects[0], scale.width, top, None)
            added.append(Glyph(event.id, title, event.category, kinds[0], rects[0], label, 0,
                               band_index, *look, marks.hollow[mark] == 1))
        return replace(frame, glyphs=(*frame.glyphs, *added)) if added else frame
