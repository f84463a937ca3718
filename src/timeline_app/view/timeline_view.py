"""The timeline canvas: zoom, pan, selection and an overview strip.

It paints with ``render.painter.paint_timeline`` (one painted widget, no
per-event items) from a ``Frame`` laid out by ``model.layout``. Painting cost
follows what is visible: the layout queries an interval index and aggregates
dense regions into clusters.

While the user drags (the canvas or the overview window) frames are painted
as drafts (``paint_timeline(draft=True)``): each is replaced within
milliseconds, so antialiasing and label elision are skipped until release.

Input: the plain mouse wheel zooms around the cursor (there are no scrollbars
for it to fight with; Ctrl+wheel does the same), Shift+wheel or a horizontal
wheel pans, a pinch zooms, dragging pans. Keys: Left/Right select the
previous/next event in time, Shift+Left/Right pan, Up/Down scroll lanes,
+/- zoom, Home/End select the first/last event, Enter shows the details.
"""

from __future__ import annotations

import gc
import html
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QNativeGestureEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QToolTip, QWidget

from timeline_app.model.dates import OPEN_END, OPEN_START
from timeline_app.model.event_table import EventTable
from timeline_app.model.events import Event, Timeline
from timeline_app.model.layout import Cluster, Frame, Glyph, LayoutMetrics, TimelineLayout
from timeline_app.model.scale import TimeScale
from timeline_app.render.painter import paint_timeline
from timeline_app.render.style import Theme

OVERVIEW_HEIGHT = 36
ZOOM_STEP = 1.5
WHEEL_ZOOM_PER_NOTCH = 1.25
KEY_PAN_FRACTION = 0.125
DRAG_THRESHOLD_PX = 4
OVERVIEW_BINS = 240
_EMPTY_RANGE = (730_120, 730_485)  # a year to show when there is nothing to show


class OverviewStrip(QWidget):
    """The whole range with event density; the current window is marked and draggable."""

    window_dragged = Signal(float, float)  # the first and last day the user dragged to
    drag_finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overviewStrip")
        self.setAccessibleName("Timeline overview")
        self.setAccessibleDescription("Event density over the whole range; drag to move the view")
        self.setFixedHeight(OVERVIEW_HEIGHT)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self._bins: list[int] = []
        self._limits = (0.0, 1.0)
        self._window = (0.0, 1.0)
        self._theme = Theme.light()
        self._grab_offset: float | None = None

    def set_density(self, bins: list[int], first_day: float, last_day: float) -> None:
        self._bins, self._limits = bins, (first_day, last_day)
        self.update()

    def set_window(self, first_day: float, last_day: float) -> None:
        self._window = (first_day, last_day)
        self.update()

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.update()

    def is_dragging(self) -> bool:
        return self._grab_offset is not None

    def _x(self, day: float) -> float:
        lo, hi = self._limits
        return (day - lo) / max(hi - lo, 1e-9) * self.width()

    def _day(self, x: float) -> float:
        lo, hi = self._limits
        return lo + x / max(self.width(), 1) * (hi - lo)

    def paintEvent(self, event: QPaintEvent) -> None:
        theme = self._theme
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(theme.band_alternate))
        if self._bins:
            tallest = max(self._bins) or 1
            column = self.width() / len(self._bins)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(theme.muted))
            for i, count in enumerate(self._bins):
                if count:
                    bar = max(2.0, (self.height() - 6) * count / tallest)
                    painter.drawRect(QRectF(i * column, self.height() - 2 - bar, column, bar))
        left, right = self._x(self._window[0]), self._x(self._window[1])
        window = QRectF(left, 1, max(right - left, 4.0), self.height() - 2)
        fill = QColor(theme.selection)
        fill.setAlphaF(0.2)
        painter.fillRect(window, fill)
        painter.setPen(QPen(QColor(theme.selection), 1.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(window)
        painter.setPen(QColor(theme.grid))
        painter.drawLine(0, 0, self.width(), 0)
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        day = self._day(event.position().x())
        first, last = self._window
        if not first <= day <= last:
            # jump: centre the window where the user pressed, then drag from there
            span = last - first
            first, last = day - span / 2, day + span / 2
            self.window_dragged.emit(first, last)
        self._grab_offset = day - self._window[0]
        self.setCursor(Qt.CursorShape.ClosedHandCursor)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._grab_offset is None:
            return
        first = self._day(event.position().x()) - self._grab_offset
        self.window_dragged.emit(first, first + self._window[1] - self._window[0])

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        was_dragging = self.is_dragging()
        self._grab_offset = None
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        if was_dragging:
            self.drag_finished.emit()


class TimelineView(QWidget):
    """The zoomable, pannable timeline of the shown events."""

    event_selected = Signal(str)  # the user selected an event; "" = nothing
    event_activated = Signal(str)  # double-click or Enter: show the event's details
    visible_range_changed = Signal(float, float)  # first_day, last_day

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelineView")
        self.setAccessibleName("Timeline")
        self.setAccessibleDescription(
            "Events on a time axis. Left and Right select the previous or next event, "
            "Shift+Left and Shift+Right pan, plus and minus zoom, Enter shows details.")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setMinimumSize(240, 160)
        self._overview = OverviewStrip(self)
        self._overview.window_dragged.connect(self._on_overview_dragged)
        self._overview.drag_finished.connect(self.update)  # repaint the draft in full
        self._timeline: Timeline | None = None
        self._layout = TimelineLayout(())
        self._full_layout = self._layout  # the whole timeline; filters narrow it
        self._data_range_cache: tuple[int, int] | None = None
        self._scale: TimeScale | None = None
        self._theme = Theme.light()
        self._metrics = LayoutMetrics()
        self._metrics_ready = False
        self._grouped = False
        self._scroll_y = 0.0
        self._selected: str | None = None
        self._hovered: str | None = None
        self._frame_cache: Frame | None = None
        self._press: tuple[QPointF, TimeScale] | None = None
        self._dragging = False

    # --- data ---------------------------------------------------------------

    def set_timeline(self, timeline: Timeline | None) -> None:
        """Show a new timeline, all of its events, fitted to the view."""
        self._timeline = timeline
        self._selected = self._hovered = None
        self._scale = None
        self._data_range_cache = None
        categories = timeline.categories if timeline is not None else ()
        self._full_layout = TimelineLayout(timeline.events if timeline is not None else (),
                                           categories)
        # A 100k-event timeline and its tables are about a million long-lived objects;
        # each full (generation 2) collection rescanned them all, 100-350 ms stalls in
        # the middle of a drag. Frozen objects are skipped by the cyclic collector and
        # still freed by reference counting when a new timeline replaces them.
        gc.freeze()
        self._show_layout(self._full_layout)
        self.fit_all()

    def set_shown_events(self, events: Sequence[Event]) -> None:
        """Show only ``events`` (a subset of the timeline's, or any events when no
        timeline is set); keeps the zoom. ``set_shown_mask`` is the fast path."""
        if self._timeline is None:
            self._data_range_cache = None  # the shown events are all there is
        self._show_subset(self._full_layout.narrowed(events))

    def set_shown_mask(self, mask: bytes | None) -> None:
        """Show only the positions of ``event_table()`` set in ``mask`` (what
        ``EventFilter.select`` returns; None: all); keeps the zoom.

        Cheap at 100k events: the layout narrows the timeline's prebuilt tables.
        """
        self._show_subset(self._full_layout.narrowed_to(mask))

    def event_table(self) -> EventTable:
        """The columns of the whole timeline, for ``EventFilter.select``."""
        return self._full_layout.table

    def shown_events(self) -> tuple[Event, ...]:
        """The shown events, in chronological order."""
        return self._layout.events

    def _show_subset(self, layout: TimelineLayout) -> None:
        self._show_layout(layout)
        if self._selected is not None and self._layout.position_of(self._selected) is None:
            self._selected = None
        if self._scale is None:
            self.fit_all()
        self._invalidate()

    def shown_event_ids(self) -> list[str]:
        return [e.id for e in self._layout.events]

    def _show_layout(self, layout: TimelineLayout) -> None:
        self._layout = layout
        self._update_density()
        self._invalidate()

    def _data_range(self) -> tuple[int, int]:
        """Limits come from the whole timeline, so filtering never changes how far one can zoom."""
        if self._data_range_cache is None:
            layout = self._full_layout if self._timeline is not None else self._layout
            self._data_range_cache = layout.table.finite_range() or _EMPTY_RANGE
        return self._data_range_cache

    def _update_density(self) -> None:
        fit = self._fit_scale()
        bins = self._layout.start_histogram(fit.min_day, fit.max_day, OVERVIEW_BINS)
        self._overview.set_density(bins, fit.min_day, fit.max_day)

    def _fit_scale(self) -> TimeScale:
        lo, hi = self._data_range()
        return TimeScale.fit(lo, hi, max(self.width(), 1))

    # --- range and zoom -----------------------------------------------------

    def visible_range(self) -> tuple[float, float]:
        scale = self._current_scale()
        return scale.first_day, scale.last_day

    def set_visible_range(self, first_day: float, last_day: float) -> None:
        self._set_scale(self._current_scale().with_range(first_day, last_day))

    def zoom_in(self) -> None:
        self._set_scale(self._current_scale().zoomed(ZOOM_STEP))

    def zoom_out(self) -> None:
        self._set_scale(self._current_scale().zoomed(1 / ZOOM_STEP))

    def fit_all(self) -> None:
        self._set_scale(self._fit_scale())

    def zoom_to_event(self, event_id: str) -> None:
        """Zoom so the event fills about two thirds of the view (open ends: its known end)."""
        event = self._event(event_id)
        if event is None:
            return
        scale = self._current_scale()
        first = max(float(event.first_day), scale.min_day)
        last = min(float(event.last_day + 1), scale.max_day)
        if event.first_day == OPEN_START:
            first = last - 365
        if event.last_day == OPEN_END:
            last = first + 365
        pad = max((last - first) * 0.25, 7.0)
        self._set_scale(scale.with_range(first - pad, last + pad))

    def _current_scale(self) -> TimeScale:
        if self._scale is None:
            self._scale = self._fit_scale()
        return self._scale

    def _set_scale(self, scale: TimeScale) -> None:
        if scale == self._scale:
            return
        self._scale = scale
        self._overview.set_window(scale.first_day, scale.last_day)
        self._invalidate()
        self.visible_range_changed.emit(scale.first_day, scale.last_day)

    def _on_overview_dragged(self, first_day: float, last_day: float) -> None:
        scale = self._current_scale()
        self._set_scale(scale.panned((first_day - scale.first_day) / scale.days_per_pixel))

    # --- selection ----------------------------------------------------------

    def selected_event_id(self) -> str | None:
        return self._selected

    def select_event(self, event_id: str | None, *, ensure_visible: bool = True) -> None:
        """Select programmatically; does not emit ``event_selected``."""
        event = self._event(event_id) if event_id else None
        self._selected = event.id if event is not None else None
        if event is not None and ensure_visible:
            self._ensure_visible(event)
        self._invalidate()

    def select_next(self) -> None:
        self._step_selection(+1)

    def select_previous(self) -> None:
        self._step_selection(-1)

    def _step_selection(self, step: int) -> None:
        events = self._layout.events
        if not events:
            return
        position = self._layout.position_of(self._selected) if self._selected else None
        if position is not None:
            index = position + step
        else:
            first_day, last_day = self.visible_range()
            days = [e.first_day for e in events]
            index = (next((i for i, d in enumerate(days) if d >= first_day), len(events) - 1)
                     if step > 0 else
                     next((i for i in range(len(days) - 1, -1, -1) if days[i] < last_day), 0))
        self._user_select(events[min(max(index, 0), len(events) - 1)].id)

    def _user_select(self, event_id: str | None) -> None:
        changed = event_id != self._selected
        self.select_event(event_id)
        if changed:
            self.event_selected.emit(self._selected or "")

    def _ensure_visible(self, event: Event) -> None:
        scale = self._current_scale()
        if event.first_day < scale.last_day and event.last_day + 1 > scale.first_day:
            self._ensure_visible_vertically(event.id)
            return
        first = max(float(event.first_day), scale.min_day)
        last = min(float(event.last_day + 1), scale.max_day)
        span = scale.span_days
        start = (first + last - span) / 2 if last - first < span * 0.8 else first - span * 0.1
        self._set_scale(scale.with_range(start, start + span))
        self._ensure_visible_vertically(event.id)

    def _ensure_visible_vertically(self, event_id: str) -> None:
        glyph = self._frame().glyph_for(event_id)
        if glyph is None:
            return
        top = self._metrics.axis_height + self._metrics.header_height
        bottom = self._canvas_rect().height()
        if glyph.rect.y < top:
            self._scroll_by(glyph.rect.y - top)
        elif glyph.rect.bottom + self._metrics.line_height > bottom:
            self._scroll_by(glyph.rect.bottom + self._metrics.line_height + 4 - bottom)

    def _event(self, event_id: str | None) -> Event | None:
        """A shown event by id; hidden (filtered-out) events cannot be selected or zoomed to."""
        position = self._layout.position_of(event_id) if event_id else None
        return None if position is None else self._layout.events[position]

    # --- grouping, theme, scrolling -----------------------------------------

    def set_group_by_category(self, on: bool) -> None:
        self._grouped = on
        self._scroll_y = 0.0
        self._invalidate()

    def group_by_category(self) -> bool:
        return self._grouped

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self._metrics_ready = False
        self._overview.set_theme(theme)
        self._invalidate()

    def _scroll_by(self, dy: float) -> None:
        self._scroll_y = max(0.0, self._scroll_y + dy)
        self._invalidate()

    # --- layout and painting ------------------------------------------------

    def _canvas_rect(self) -> QRectF:
        return QRectF(0, 0, self.width(), max(self.height() - OVERVIEW_HEIGHT, 1))

    def _frame(self) -> Frame:
        if self._frame_cache is None:
            if not self._metrics_ready:
                self._metrics = self._theme.layout_metrics()
                self._metrics_ready = True
            scale = self._current_scale()
            frame = self._layout.frame(scale, self._canvas_rect().height(), self._metrics,
                                       group_by_category=self._grouped, scroll_y=self._scroll_y)
            self._scroll_y = frame.scroll_y  # the layout clamps it to the content
            self._frame_cache = frame
        return self._frame_cache

    def _invalidate(self) -> None:
        self._frame_cache = None
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        rect = self._canvas_rect()
        paint_timeline(painter, rect, self._frame(), self._theme,
                       selected_id=self._selected, hovered_id=self._hovered,
                       draft=self._dragging or self._overview.is_dragging())
        if self.hasFocus():
            painter.setPen(QPen(QColor(self._theme.selection), 1.0))
            painter.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5))
        painter.end()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._overview.setGeometry(0, self.height() - OVERVIEW_HEIGHT, self.width(),
                                   OVERVIEW_HEIGHT)
        if self._scale is not None:
            self._set_scale(self._scale.with_width(self.width()))
        self._update_density()
        self._overview.set_window(*self.visible_range())
        self._invalidate()

    # --- mouse, wheel, gestures, keys ---------------------------------------

    def _item_at(self, position: QPointF) -> Glyph | Cluster | None:
        if position.y() >= self._canvas_rect().height():
            return None
        return self._frame().item_at(position.x(), position.y())

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = (event.position(), self._current_scale())
            self._dragging = False

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is not None:
            origin, scale = self._press
            dx = event.position().x() - origin.x()
            if self._dragging or abs(dx) >= DRAG_THRESHOLD_PX:
                self._dragging = True
                self.setCursor(Qt.CursorShape.ClosedHandCursor)
                self._set_scale(scale.panned(-dx))
            return
        item = self._item_at(event.position())
        hovered = item.event_id if isinstance(item, Glyph) else None
        if hovered != self._hovered:
            self._hovered = hovered
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self._press is None:
            return
        was_drag = self._dragging
        self._press, self._dragging = None, False
        self.unsetCursor()
        if was_drag:
            self.update()  # the last drag frame was a draft
            return
        item = self._item_at(event.position())
        if isinstance(item, Cluster):
            self.set_visible_range(item.first_day, item.last_day)
        else:
            self._user_select(item.event_id if isinstance(item, Glyph) else None)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        item = self._item_at(event.position())
        if isinstance(item, Glyph):
            self._user_select(item.event_id)
            self.zoom_to_event(item.event_id)
            self.event_activated.emit(item.event_id)

    def leaveEvent(self, event: QEvent) -> None:
        if self._hovered is not None:
            self._hovered = None
            self.update()

    def wheelEvent(self, event: QWheelEvent) -> None:
        delta = event.angleDelta()
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        scale = self._current_scale()
        if shift or (delta.x() and not delta.y()):
            steps = (delta.y() or delta.x()) / 120
            self._set_scale(scale.panned(-steps * scale.width * KEY_PAN_FRACTION))
        elif delta.y():
            factor = WHEEL_ZOOM_PER_NOTCH ** (delta.y() / 120)
            self._set_scale(scale.zoomed(factor, event.position().x()))
        event.accept()

    def event(self, event: QEvent) -> bool:
        if (isinstance(event, QNativeGestureEvent)
                and event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture):
            scale = self._current_scale()
            self._set_scale(scale.zoomed(1.0 + event.value(), event.position().x()))
            return True
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            self._show_tooltip(event)
            return True
        return super().event(event)

    def _show_tooltip(self, event: QHelpEvent) -> None:
        item = self._item_at(QPointF(event.pos()))
        text = self._tooltip_text(item)
        if text:
            QToolTip.showText(event.globalPos(), text, self)
        else:
            QToolTip.hideText()
            event.ignore()

    def _tooltip_text(self, item: Glyph | Cluster | None) -> str:
        """Rich text whose every piece of data is escaped, so titles show literally."""
        if isinstance(item, Glyph):
            event = self._event(item.event_id)
            if event is None:
                return ""
            return f"<b>{html.escape(event.title)}</b><br>{html.escape(event.date_as_written)}"
        if isinstance(item, Cluster):
            return f"{item.count:,} events — click to zoom in"
        return ""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, modifiers = event.key(), event.modifiers()
        shift = bool(modifiers & Qt.KeyboardModifier.ShiftModifier)
        scale = self._current_scale()
        lane = self._metrics.lane_height
        Key = Qt.Key
        if key in (Key.Key_Left, Key.Key_Right) and shift:
            direction = 1 if key == Key.Key_Right else -1
            self._set_scale(scale.panned(direction * scale.width * KEY_PAN_FRACTION))
        elif key == Key.Key_Left:
            self.select_previous()
        elif key == Key.Key_Right:
            self.select_next()
        elif key in (Key.Key_Up, Key.Key_Down):
            self._scroll_by(-lane if key == Key.Key_Up else lane)
        elif key in (Key.Key_Plus, Key.Key_Equal):
            self.zoom_in()
        elif key in (Key.Key_Minus, Key.Key_Underscore):
            self.zoom_out()
        elif key in (Key.Key_Home, Key.Key_End) and self._layout.events:
            events = self._layout.events
            self._user_select((events[0] if key == Key.Key_Home else events[-1]).id)
        elif key in (Key.Key_Return, Key.Key_Enter) and self._selected:
            self.event_activated.emit(self._selected)
        else:
            super().keyPressEvent(event)
            return
        event.accept()
