"""The timeline canvas: zoom, pan and select, over the overview strip.

It shows what the ``ViewState`` holds and changes it only through the state:
zooming and panning set the visible range, clicking selects. It paints with
``render.painter.paint_timeline`` (one painted widget, no per-event items) a
``Frame`` from ``layout.builder``; painting cost follows what is visible.

While the user drags (the canvas or the overview window) frames are painted
as drafts (``paint_timeline(draft=True)``): each is replaced within
milliseconds, so antialiasing and label elision are skipped until release.

Input: the plain mouse wheel zooms around the cursor, Shift+wheel or a horizontal
wheel pans, Ctrl+wheel (or the ``BandScrollBar``) scrolls tall bands, a pinch
zooms, dragging pans. The keys are ``key_bindings()``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
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
from PySide6.QtWidgets import QMenu, QToolTip, QWidget

from timeline_app.layout.builder import build_frame
from timeline_app.layout.frame import Cluster, Frame, Glyph, LayoutMetrics
from timeline_app.layout.scale import TimeScale
from timeline_app.model.calendar import (
    AVERAGE_YEAR_SECONDS,
    OPEN_END,
    OPEN_START,
    SECONDS_PER_DAY,
)
from timeline_app.model.events import Event
from timeline_app.render.painter import paint_timeline
from timeline_app.render.style import Theme
from timeline_app.view.band_scroll_bar import BandScrollBar
from timeline_app.view.canvas_tip import canvas_tip
from timeline_app.view.event_menu import show_event_menu
from timeline_app.view.overview_strip import OVERVIEW_HEIGHT, OverviewStrip
from timeline_app.view.shortcuts import KeyBinding
from timeline_app.view.state import ViewState

ZOOM_STEP = 1.5
WHEEL_ZOOM_PER_NOTCH = 1.25
KEY_PAN_FRACTION = 0.125
DRAG_THRESHOLD_PX = 4
ZOOM_TO_DAY_PAD_SECONDS = 7 * SECONDS_PER_DAY
"""How much time zooming to an event shows either side of a day (less for moments)."""


class TimelineView(QWidget):
    """The zoomable, pannable timeline of the shown events."""

    event_activated = Signal(str)  # double-click or Enter: show the event's details

    def __init__(self, state: ViewState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelineView")
        self.setAccessibleName(QCoreApplication.translate("TimelineView", "Timeline"))
        self.setAccessibleDescription(QCoreApplication.translate(
            "TimelineView", "Events on a time axis. Left and Right select the previous or next "
            "event, Shift+Left and Shift+Right pan, plus and minus zoom, Enter shows details."))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setMinimumSize(240, 160)
        self._state = state
        self._overview = OverviewStrip(state, self)
        self._overview.drag_finished.connect(self.update)  # repaint the draft in full
        self._vbar = BandScrollBar(self)
        self._vbar.valueChanged.connect(self._on_vbar_moved)
        self._theme = Theme.light()
        self._metrics = LayoutMetrics()
        self._metrics_ready = False
        self._scroll_y = 0.0
        self._hovered: str | None = None
        self._frame_cache: Frame | None = None
        self._press: tuple[QPointF, TimeScale] | None = None
        self._dragging = False
        self._bindings = self._key_bindings()
        self._menu: QMenu | None = None
        state.timeline_changed.connect(self._on_timeline_changed)
        state.shown_changed.connect(self._invalidate)
        state.selection_changed.connect(self._on_selection_changed)
        state.range_changed.connect(self._invalidate)
        state.grouping_changed.connect(self._on_grouping_changed)
        state.era_changed.connect(self._invalidate)
        state.colouring_changed.connect(self._invalidate)

    @property
    def state(self) -> ViewState:
        return self._state

    def _on_timeline_changed(self) -> None:
        self._hovered = None
        self._scroll_y = 0.0
        self._invalidate()

    def _on_grouping_changed(self) -> None:
        self._scroll_y = 0.0
        self._invalidate()

    def _on_selection_changed(self) -> None:
        event = self._state.selected_event()
        if event is not None:
            self._ensure_visible(event)
        self._invalidate()

    # --- range and zoom -----------------------------------------------------

    def visible_range(self) -> tuple[float, float]:
        return self._state.visible_range

    def set_visible_range(self, first: float, last: float) -> None:
        self._state.set_visible_range(first, last)

    def zoom_in(self) -> None:
        self._show(self._scale().zoomed(ZOOM_STEP))

    def zoom_out(self) -> None:
        self._show(self._scale().zoomed(1 / ZOOM_STEP))

    def fit_all(self) -> None:
        self._state.fit_all()

    def zoom_to_event(self, event_id: str) -> None:
        """Zoom so the event fills about two thirds of the view (open ends: its known end)."""
        event = self._state.shown.event(event_id)
        if event is None:
            return
        scale = self._scale()
        first, last = max(event.start, scale.min_place), min(event.end, scale.max_place)
        if event.start == OPEN_START:
            first = last - AVERAGE_YEAR_SECONDS
        if event.end == OPEN_END:
            last = first + AVERAGE_YEAR_SECONDS
        span = last - first
        pad = max(span * 0.25, min(ZOOM_TO_DAY_PAD_SECONDS, 30 * span))
        self._state.set_visible_range(first - pad, last + pad)

    def _scale(self) -> TimeScale:
        return self._state.scale_for(max(self.width(), 1))

    def _show(self, scale: TimeScale) -> None:
        self._state.show_scale(scale)

    # --- selection ----------------------------------------------------------

    def select_next(self) -> None:
        self._step_selection(+1)

    def select_previous(self) -> None:
        self._step_selection(-1)

    def _step_selection(self, step: int) -> None:
        shown = self._state.shown
        events = shown.events
        if not events:
            return
        selected = self._state.selected_id
        position = shown.position_of(selected) if selected else None
        if position is not None:
            index = position + step
        else:
            first, last = self.visible_range()
            starts = [e.start for e in events]
            index = (next((i for i, s in enumerate(starts) if s >= first), len(events) - 1)
                     if step > 0 else
                     next((i for i in range(len(starts) - 1, -1, -1) if starts[i] < last), 0))
        self._state.select(events[min(max(index, 0), len(events) - 1)].id)

    def _ensure_visible(self, event: Event) -> None:
        scale = self._scale()
        lo, hi = scale.visible_places()
        if not (event.start < hi and event.end > lo):
            first, last = max(event.start, scale.min_place), min(event.end, scale.max_place)
            span = scale.span
            start = (first + last - span) / 2 if last - first < span * 0.8 else first - span * 0.1
            self._state.set_visible_range(start, start + span)
        self._ensure_visible_vertically(event.id)

    def _ensure_visible_vertically(self, event_id: str) -> None:
        glyph = self.frame().glyph_for(event_id)
        if glyph is None:
            return
        top = self._metrics.axis_height + self._metrics.header_height
        bottom = self._canvas_rect().height()
        if glyph.rect.y < top:
            self._scroll_by(glyph.rect.y - top)
        elif glyph.rect.bottom + self._metrics.line_height > bottom:
            self._scroll_by(glyph.rect.bottom + self._metrics.line_height + 4 - bottom)

    # --- theme, scrolling ---------------------------------------------------

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self._metrics_ready = False
        self._overview.set_theme(theme)
        self._invalidate()

    def _scroll_by(self, dy: float) -> None:
        self._scroll_y = max(0.0, self._scroll_y + dy)
        self._invalidate()

    def scroll_bar(self) -> BandScrollBar:
        """The vertical scroll bar, shown while the bands are taller than the canvas."""
        return self._vbar

    def _on_vbar_moved(self, value: int) -> None:
        if value != round(self._scroll_y):
            self._scroll_y = float(value)
            self._invalidate()

    # --- layout and painting ------------------------------------------------

    def canvas_size(self) -> tuple[int, int]:
        """The painted timeline's size, without the overview strip."""
        return self.width(), max(self.height() - OVERVIEW_HEIGHT, 1)

    def _canvas_rect(self) -> QRectF:
        width, height = self.canvas_size()
        return QRectF(0, 0, width, height)

    def frame(self) -> Frame:
        """The frame on screen, laid out for the canvas (built when needed)."""
        if self._frame_cache is None:
            if not self._metrics_ready:
                self._metrics = self._theme.layout_metrics()
                self._metrics_ready = True
            frame = build_frame(self._state.shown, self._scale(), self._canvas_rect().height(),
                                self._metrics, group_by_category=self._state.grouped,
                                scroll_y=self._scroll_y, era=self._state.era,
                                colouring=self._state.colouring,
                                selected=self._state.selected_id)
            self._scroll_y = frame.scroll_y  # the layout clamps it to the content
            self._frame_cache = frame
            self._vbar.fit(frame, self._metrics.lane_height)
        return self._frame_cache

    def _invalidate(self) -> None:
        self._frame_cache = None
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        rect = self._canvas_rect()
        paint_timeline(painter, rect, self.frame(), self._theme,
                       selected_id=self._state.selected_id, hovered_id=self._hovered,
                       draft=self._dragging or self._overview.is_dragging())
        if self._state.timeline is not None and not self._state.shown_events():
            self._paint_no_match(painter, rect)
        if self.hasFocus():
            painter.setPen(QPen(QColor(self._theme.selection), 1.0))
            painter.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5))
        painter.end()

    def no_match_text(self) -> str:
        timeline = self._state.timeline
        described = self._state.filter.describe(timeline) if timeline is not None else ""
        return QCoreApplication.translate("TimelineView", "No events match: {filters}").format(
            filters=described)

    def _paint_no_match(self, painter: QPainter, rect: QRectF) -> None:
        """An empty result says so, with the filters that emptied it."""
        painter.setPen(QColor(self._theme.muted))
        box = rect.adjusted(24, self._metrics.axis_height + 24, -24, -24)
        painter.drawText(box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
                         | Qt.TextFlag.TextWordWrap, self.no_match_text())

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._overview.setGeometry(0, self.height() - OVERVIEW_HEIGHT, self.width(),
                                   OVERVIEW_HEIGHT)
        self._invalidate()

    # --- mouse, wheel, gestures, keys ---------------------------------------

    def _item_at(self, position: QPointF) -> Glyph | Cluster | None:
        if position.y() >= self._canvas_rect().height():
            return None
        return self.frame().item_at(position.x(), position.y())

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """Right click on an event: select it and offer Zoom to, Copy Title and Date and
        Copy as Citation (``view.event_menu``)."""
        item = self._item_at(QPointF(event.pos()))
        timeline = self._state.timeline
        if not isinstance(item, Glyph) or timeline is None:
            return
        self._state.select(item.event_id)
        chosen = self._state.selected_event()
        if chosen is not None:
            self._menu = show_event_menu(self, event.globalPos(), timeline, chosen,
                                         self._state.era, self.zoom_to_event)

    def last_menu(self) -> QMenu | None:
        """The menu the last right click opened (None before any)."""
        return self._menu

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = (event.position(), self._scale())
            self._dragging = False

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is not None:
            origin, scale = self._press
            dx = event.position().x() - origin.x()
            if self._dragging or abs(dx) >= DRAG_THRESHOLD_PX:
                self._dragging = True
                self.setCursor(Qt.CursorShape.ClosedHandCursor)
                self._show(scale.panned(-dx))
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
            self._state.set_visible_range(item.first, item.last)
        else:
            self._state.select(item.event_id if isinstance(item, Glyph) else None)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        item = self._item_at(event.position())
        if isinstance(item, Glyph):
            self._state.select(item.event_id)
            self.zoom_to_event(item.event_id)
            self.event_activated.emit(item.event_id)

    def leaveEvent(self, event: QEvent) -> None:
        if self._hovered is not None:
            self._hovered = None
            self.update()

    def wheelEvent(self, event: QWheelEvent) -> None:
        delta = event.angleDelta()
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        scale = self._scale()
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier and delta.y():
            self._scroll_by(-delta.y() / 120 * 3 * self._metrics.lane_height)
        elif shift or (delta.x() and not delta.y()):
            steps = (delta.y() or delta.x()) / 120
            self._show(scale.panned(-steps * scale.width * KEY_PAN_FRACTION))
        elif delta.y():
            factor = WHEEL_ZOOM_PER_NOTCH ** (delta.y() / 120)
            self._show(scale.zoomed(factor, event.position().x()))
        event.accept()

    def event(self, event: QEvent) -> bool:
        if (isinstance(event, QNativeGestureEvent)
                and event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture):
            self._show(self._scale().zoomed(1.0 + event.value(), event.position().x()))
            return True
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            self._show_tooltip(event)
            return True
        return super().event(event)

    def _show_tooltip(self, event: QHelpEvent) -> None:
        item = self._item_at(QPointF(event.pos()))
        text = canvas_tip(item, self._state, self.frame().context_overflow)
        if text:
            QToolTip.showText(event.globalPos(), text, self)
        else:
            QToolTip.hideText()
            event.ignore()

    def key_bindings(self) -> tuple[KeyBinding, ...]:
        """The keys the canvas handles while it has the focus."""
        return self._bindings

    def _key_bindings(self) -> tuple[KeyBinding, ...]:
        k = Qt.Key
        return (
            KeyBinding("Left / Right",
                       QCoreApplication.translate("TimelineView", "Previous / next event"),
                       (k.Key_Left, k.Key_Right), False,
                       lambda key: self._step_selection(1 if key == k.Key_Right else -1)),
            KeyBinding("Shift+Left / Shift+Right",
                       QCoreApplication.translate("TimelineView", "Pan"),
                       (k.Key_Left, k.Key_Right), True, self._pan_key),
            KeyBinding("Home / End",
                       QCoreApplication.translate("TimelineView", "First / last event"),
                       (k.Key_Home, k.Key_End), False, self._select_end),
            KeyBinding("+ / -", QCoreApplication.translate("TimelineView", "Zoom in / out"),
                       (k.Key_Plus, k.Key_Equal, k.Key_Minus, k.Key_Underscore), False,
                       lambda key: self.zoom_in() if key in (k.Key_Plus, k.Key_Equal)
                       else self.zoom_out()),
            KeyBinding("Up / Down", QCoreApplication.translate("TimelineView", "Scroll the lanes"),
                       (k.Key_Up, k.Key_Down), False,
                       lambda key: self._scroll_by(self._metrics.lane_height
                                                   * (-1 if key == k.Key_Up else 1))),
            KeyBinding("Enter",
                       QCoreApplication.translate("TimelineView",
                                                  "Show the selected event's details"),
                       (k.Key_Return, k.Key_Enter), False, self._activate_selected),
        )

    def _pan_key(self, key: Qt.Key) -> None:
        scale = self._scale()
        direction = 1 if key == Qt.Key.Key_Right else -1
        self._show(scale.panned(direction * scale.width * KEY_PAN_FRACTION))

    def _select_end(self, key: Qt.Key) -> None:
        events = self._state.shown.events
        if events:
            self._state.select((events[0] if key == Qt.Key.Key_Home else events[-1]).id)

    def _activate_selected(self, _key: Qt.Key) -> None:
        if self._state.selected_id:
            self.event_activated.emit(self._state.selected_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        for binding in self._bindings:
            # Shift+= types "+" on many layouts: only the pan keys tell shift apart
            if key in binding.keys and (binding.shift == shift
                                        or key not in (Qt.Key.Key_Left, Qt.Key.Key_Right)):
                binding.handler(key)
                event.accept()
                return
        super().keyPressEvent(event)
