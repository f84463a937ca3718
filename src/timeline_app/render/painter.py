"""THE painting routine: a laid-out Frame into any QPainter (widget, QImage, SVG, PDF).

Compose it: ``paint_timeline`` fills exactly the QRectF it is given, so an
export can put a title above it and ``paint_legend`` below it. It only draws
what the layout returned: no model lookups, no date parsing. Colours, pens
and brushes are cached per theme.

Marks: an exact day is a filled dot; a month, year or interval is a bar across
its whole span. Approximate dates fade out at both ends; uncertain dates have
a dashed outline and a lighter fill; open ends fade out toward the open side.
Fades end in the opaque colour behind the mark (band or canvas), never in
transparency: PDF viewers such as poppler drop a gradient's alpha and would
paint the faded end solid.

Text is always drawn with ``drawText`` as plain strings, never as markup,
elided with the metrics of the font it is drawn in. A tick label is drawn
whole or not at all.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QLinearGradient,
    QPainter,
    QPen,
    QRadialGradient,
    QStaticText,
    QTransform,
)

from timeline_app.model.events import Category, Event
from timeline_app.model.layout import Cluster, Frame, Glyph, GlyphKind, Rect, TimelineLayout
from timeline_app.model.scale import Tick, TimeScale, finite_day_range
from timeline_app.render.style import Theme

FADE_PX = 28.0
"""How far an approximate or open end takes to fade out."""

_ELISION_CACHE_SIZE = 8192
_UNCERTAIN_OPACITY = 0.45  # an uncertain mark's lighter fill
_LEGEND_GAP = 16.0  # between legend items
_LEGEND_ITEMS = ("Exact day", "Span", "Approximate (~)", "Uncertain (?)", "Open end")


@dataclass
class _Palette:
    """QColor/QPen/QBrush/QFont for one theme, built once."""

    theme: Theme
    background: QColor
    foreground: QColor
    muted: QColor
    grid_pen: QPen
    year_pen: QPen
    axis_pen: QPen
    selection_pen: QPen
    hover_pen: QPen
    band_brush: QBrush
    cluster: QColor
    cluster_pen: QPen
    font: QFont
    bold: QFont
    small: QFont
    metrics: QFontMetricsF
    bold_metrics: QFontMetricsF
    small_metrics: QFontMetricsF
    categories: dict[str, QColor] = field(default_factory=dict)
    cluster_fills: dict[tuple[str, bool], QColor] = field(default_factory=dict)
    elisions: dict[tuple[str, int, bool], str] = field(default_factory=dict)
    static_texts: dict[tuple[str, int], QStaticText] = field(default_factory=dict)
    count_widths: dict[str, float] = field(default_factory=dict)
    tick_widths: dict[tuple[str, bool], float] = field(default_factory=dict)

    def category(self, category_id: str, colors: Mapping[str, str]) -> QColor:
        """The theme-adjusted colour of a category, cached by its data colour."""
        hex_value = colors.get(category_id, "#808080")
        color = self.categories.get(hex_value)
        if color is None:
            color = self.theme.category_color(hex_value)
            self.categories[hex_value] = color
        return color

    def elided(self, title: str, width: float, bold: bool = False) -> str:
        """``title`` elided to ``width`` in the label font (or its bold, for the
        selected event); cached, since panning repaints the same labels at the
        same widths frame after frame."""
        key = (title, int(width), bold)
        text = self.elisions.get(key)
        if text is None:
            if len(self.elisions) >= _ELISION_CACHE_SIZE:
                self.elisions.clear()
            metrics = self.bold_metrics if bold else self.metrics
            text = metrics.elidedText(title, Qt.TextElideMode.ElideRight, key[1])
            self.elisions[key] = text
        return text

    def static_text(self, text: str, font: int) -> QStaticText:
        """``text`` laid out once in font ``font`` (0 label, 1 bold, 2 small), as plain
        text. Drawing a prepared QStaticText skips the shaping that ``drawText``
        repeats on every call, the largest single cost of a busy frame."""
        key = (text, font)
        static = self.static_texts.get(key)
        if static is None:
            if len(self.static_texts) >= _ELISION_CACHE_SIZE:
                self.static_texts.clear()
            static = QStaticText(text)
            static.setTextFormat(Qt.TextFormat.PlainText)
            static.prepare(QTransform(), (self.font, self.bold, self.small)[font])
            self.static_texts[key] = static
        return static

    def tick_width(self, label: str, bold: bool) -> float:
        """The drawn width of a tick label (bold for major ticks), cached."""
        key = (label, bold)
        width = self.tick_widths.get(key)
        if width is None:
            if len(self.tick_widths) >= _ELISION_CACHE_SIZE:
                self.tick_widths.clear()
            width = (self.bold_metrics if bold else self.metrics).horizontalAdvance(label)
            self.tick_widths[key] = width
        return width

    def count_label(self, count: int, room: float) -> tuple[str, float]:
        """'12,345' or, when that is wider than ``room``, '12k'; with its width (cached)."""
        for text in (f"{count:,}", _compact_count(count)):
            width = self.count_widths.get(text)
            if width is None:
                if len(self.count_widths) >= _ELISION_CACHE_SIZE:
                    self.count_widths.clear()
                width = self.small_metrics.horizontalAdvance(text)
                self.count_widths[text] = width
            if width <= room:
                break
        return text, width

    def cluster_fill(self, category_id: str, colors: Mapping[str, str],
                     on_alternate: bool) -> QColor:
        """The category colour at 55 % over the band's background, premixed and opaque.

        Cached, and opaque on purpose: a whole-range frame fills about a
        million pixels of clusters, and translucent fills cost ~12x as much.
        """
        hex_value = colors.get(category_id, "#808080")
        key = (hex_value, on_alternate)
        color = self.cluster_fills.get(key)
        if color is None:
            color = _mixed(self.category(category_id, colors),
                           self.band_brush.color() if on_alternate else self.background, 0.55)
            self.cluster_fills[key] = color
        return color


_palettes: dict[Theme, _Palette] = {}


def _palette(theme: Theme) -> _Palette:
    palette = _palettes.get(theme)
    if palette is None:
        year_pen = QPen(QColor(theme.year_line), 1.0)
        selection_pen = QPen(QColor(theme.selection), 2.5)
        font, bold, small = theme.font(), theme.font(bold=True), theme.font(scale=0.85)
        palette = _Palette(
            theme, QColor(theme.background), QColor(theme.foreground), QColor(theme.muted),
            QPen(QColor(theme.grid), 1.0), year_pen, QPen(QColor(theme.axis), 1.0),
            selection_pen, QPen(QColor(theme.hover), 1.5), QBrush(QColor(theme.band_alternate)),
            QColor(theme.cluster), QPen(QColor(theme.cluster), 1.0), font, bold, small,
            QFontMetricsF(font), QFontMetricsF(bold), QFontMetricsF(small))
        _palettes[theme] = palette
    return palette


def paint_timeline(painter: QPainter, rect: QRectF, frame: Frame, theme: Theme, *,
                   selected_id: str | None = None, hovered_id: str | None = None,
                   for_export: bool = False, draft: bool = False) -> None:
    """Paint ``frame`` into ``rect`` of ``painter``.

    ``frame`` should have been laid out for ``rect``'s size (see ``layout_frame``).
    ``for_export`` drops hover and selection styling. ``draft`` paints faster
    for frames that are replaced at once (while dragging): no antialiasing of
    marks, and labels clipped instead of elided. The painter's state is
    restored afterwards.
    """
    palette = _palette(theme)
    colors = frame.category_colors
    painter.save()
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, not draft)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        painter.fillRect(rect, palette.background)
        painter.setClipRect(rect)
        painter.translate(rect.topLeft())
        _paint_bands(painter, frame, palette)
        _paint_grid(painter, frame, palette)
        alternate = [i % 2 == 1 and band.header is not None for i, band in enumerate(frame.bands)]
        backgrounds = [palette.band_brush.color() if on_alternate else palette.background
                       for on_alternate in alternate]
        _paint_clusters(painter, frame.clusters, palette, colors, alternate)
        if for_export:
            selected_id = hovered_id = None
        for glyph in frame.glyphs:
            _paint_mark(painter, glyph, palette, colors, backgrounds[glyph.band],
                        glyph.event_id == selected_id, glyph.event_id == hovered_id)
        _paint_labels(painter, frame.glyphs, palette, selected_id, draft)
        _paint_axis(painter, frame, palette)
    finally:
        painter.restore()


def layout_frame(events: Sequence[Event], categories: Sequence[Category], rect: QRectF,
                 theme: Theme, *, first_day: float | None = None, last_day: float | None = None,
                 group_by_category: bool = False) -> Frame:
    """Lay out ``events`` for ``rect`` in one call, for exports and tests.

    Without a range the frame fits all events. A given ``first_day`` or
    ``last_day`` is honoured even beyond the events (the other end fits them),
    within the calendar and at least ``MIN_SPAN_DAYS`` wide. The view keeps
    its own ``TimelineLayout`` instead, so its lane cache survives between frames.
    """
    span = finite_day_range((e.first_day, e.last_day) for e in events)
    lo, hi = span if span is not None else (730_000, 730_365)
    scale = TimeScale.fit(lo, hi, rect.width())
    if first_day is not None or last_day is not None:
        first = scale.first_day if first_day is None else first_day
        last = scale.last_day if last_day is None else last_day
        scale = scale.widened_to(first, last).with_range(first, last)
    return TimelineLayout(events, categories).frame(
        scale, rect.height(), theme.layout_metrics(), group_by_category=group_by_category)


def _qrect(rect: Rect) -> QRectF:
    return QRectF(rect.x, rect.y, rect.width, rect.height)


def _paint_bands(painter: QPainter, frame: Frame, palette: _Palette) -> None:
    for i, band in enumerate(frame.bands):
        if band.header is None:
            continue
        if i % 2:
            painter.fillRect(_qrect(band.rect), palette.band_brush)
        painter.setFont(palette.bold)
        painter.setPen(palette.foreground)
        header = _qrect(band.header).adjusted(6, 0, -6, 0)
        text = palette.elided(band.label, header.width(), bold=True)
        painter.drawText(header, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)


def _paint_grid(painter: QPainter, frame: Frame, palette: _Palette) -> None:
    top, bottom = frame.axis.bottom, frame.height
    for tick in frame.ticks.minor:
        painter.setPen(palette.year_pen if tick.is_year else palette.grid_pen)
        painter.drawLine(QPointF(tick.x, top), QPointF(tick.x, bottom))
    for tick in frame.ticks.major:
        if tick.x > 0:
            painter.setPen(palette.year_pen)
            painter.drawLine(QPointF(tick.x, top), QPointF(tick.x, bottom))


def _paint_axis(painter: QPainter, frame: Frame, palette: _Palette) -> None:
    axis = _qrect(frame.axis)
    painter.fillRect(axis, palette.background)
    row = axis.height() / 2 - 2
    painter.setPen(palette.axis_pen)
    painter.drawLine(QPointF(0, axis.bottom()), QPointF(axis.width(), axis.bottom()))
    minor_y = axis.top() + (row + 4 if frame.ticks.major else row / 2 + 2)
    painter.setFont(palette.font)
    painter.setPen(palette.muted)
    for tick in frame.ticks.minor:
        painter.drawLine(QPointF(tick.x, axis.bottom() - 5), QPointF(tick.x, axis.bottom()))
    _paint_tick_labels(painter, frame.ticks.minor, palette, False, minor_y, row, axis.width())
    painter.setFont(palette.bold)
    painter.setPen(palette.foreground)
    _paint_tick_labels(painter, frame.ticks.major, palette, True, axis.top() + 2, row,
                       axis.width())


def _paint_tick_labels(painter: QPainter, ticks: Sequence[Tick], palette: _Palette, bold: bool,
                       top: float, height: float, width: float) -> None:
    """Each label right of its tick, whole or not at all: a label cut by the frame's
    edge ("2", "20") reads as a different year."""
    flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    for tick in ticks:
        x, text_width = tick.x + 3, palette.tick_width(tick.label, bold)
        if x >= 0 and x + text_width <= width:
            painter.drawText(QRectF(x, top, text_width + 1, height), flags, tick.label)


def _paint_clusters(painter: QPainter, clusters: Sequence[Cluster], palette: _Palette,
                    colors: Mapping[str, str], alternate: Sequence[bool]) -> None:
    """Stacked category segments, then every outline, then every count: a busy
    frame has hundreds of clusters, so pens and fonts are set once per pass.

    The segments are snapped to whole pixels: a fractional rect goes through
    the antialiasing rasterizer, which made a whole-range frame at 100k events
    miss 16 ms.
    """
    for cluster in clusters:
        box = cluster.rect
        left, right = round(box.x), round(box.right)
        done = 0
        for category, count in cluster.category_mix:
            y0 = round(box.y + box.height * done / cluster.count)
            done += count
            y1 = round(box.y + box.height * done / cluster.count)
            if y1 > y0:
                painter.fillRect(QRect(left, y0, right - left, y1 - y0),
                                 palette.cluster_fill(category, colors, alternate[cluster.band]))
    painter.setPen(palette.cluster_pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRects([_qrect(cluster.rect) for cluster in clusters])
    painter.setFont(palette.small)
    painter.setPen(palette.foreground)
    for cluster in clusters:
        box = cluster.rect
        text, width = palette.count_label(cluster.count, box.width - 4)
        if width + 4 <= box.width and box.height >= 10:
            static = palette.static_text(text, 2)
            size = static.size()
            painter.drawStaticText(QPointF(box.x + (box.width - size.width()) / 2,
                                           box.y + (box.height - size.height()) / 2), static)


def _compact_count(count: int) -> str:
    """'2.9k', '12k', '1.2M': a count that fits a narrow cluster."""
    for limit, suffix in ((1_000_000, "M"), (1_000, "k")):
        if count >= limit:
            value = count / limit
            return f"{value:.1f}{suffix}" if value < 10 else f"{value:.0f}{suffix}"
    return str(count)


def _paint_mark(painter: QPainter, glyph: Glyph, palette: _Palette, colors: Mapping[str, str],
                background: QColor, selected: bool, hovered: bool) -> None:
    color = palette.category(glyph.category, colors)
    rect = _qrect(glyph.rect)
    if glyph.kind is GlyphKind.POINT:
        _paint_point(painter, rect, color, background, glyph.approximate, glyph.uncertain)
    else:
        _paint_bar(painter, rect, color, background, glyph)
    if selected or hovered:
        painter.setPen(palette.selection_pen if selected else palette.hover_pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect.adjusted(-3, -3, 3, 3), 3, 3)


def _paint_labels(painter: QPainter, glyphs: Sequence[Glyph], palette: _Palette,
                  selected_id: str | None, draft: bool) -> None:
    """Every label after every mark (the layout never lets a label cross a mark),
    so the font and pen are set once; the selected event's label is bold."""
    painter.setPen(palette.foreground)
    painter.setFont(palette.font)
    for glyph in glyphs:
        if glyph.label is not None and glyph.event_id != selected_id:
            _paint_label(painter, glyph, glyph.label, palette, False, draft)
    painter.setFont(palette.bold)
    for glyph in glyphs:
        if glyph.label is not None and glyph.event_id == selected_id:
            _paint_label(painter, glyph, glyph.label, palette, True, draft)


def _paint_label(painter: QPainter, glyph: Glyph, box: Rect, palette: _Palette, bold: bool,
                 draft: bool) -> None:
    label = _qrect(box)
    # A label the layout shifted left of its mark (near the right edge) ends at its bound.
    right_aligned = box.x < glyph.rect.x
    if draft:  # clipped to its rect instead of elided
        align = Qt.AlignmentFlag.AlignRight if right_aligned else Qt.AlignmentFlag.AlignLeft
        painter.drawText(label, align | Qt.AlignmentFlag.AlignVCenter, glyph.title)
        return
    static = palette.static_text(palette.elided(glyph.title, box.width, bold), int(bold))
    size = static.size()
    x = box.right - size.width() if right_aligned else box.x
    painter.drawStaticText(QPointF(x, box.y + (box.height - size.height()) / 2), static)


def _paint_point(painter: QPainter, rect: QRectF, color: QColor, background: QColor,
                 approximate: bool, uncertain: bool) -> None:
    centre, radius = rect.center(), rect.width() / 2
    if approximate:
        fill = _mixed(color, background, _UNCERTAIN_OPACITY) if uncertain else color
        gradient = QRadialGradient(centre, radius + 3)
        gradient.setColorAt(0.0, fill)
        gradient.setColorAt(0.5, fill)
        gradient.setColorAt(1.0, background)
        painter.setBrush(QBrush(gradient))
        radius += 3
    else:
        painter.setBrush(_lighter(color) if uncertain else color)
    painter.setPen(_dashed(color) if uncertain else Qt.PenStyle.NoPen)
    painter.drawEllipse(centre, radius, radius)


def _paint_bar(painter: QPainter, rect: QRectF, color: QColor, background: QColor,
               glyph: Glyph) -> None:
    """A bar; a faded end runs from an opaque fill into ``background``, the opaque
    colour behind the bar (see the module docstring)."""
    fade_start = glyph.approximate or glyph.open_start
    fade_end = glyph.approximate or glyph.open_end
    if (fade_start or fade_end) and rect.width() > 4:
        fill = _mixed(color, background, _UNCERTAIN_OPACITY) if glyph.uncertain else color
        fade = min(FADE_PX, rect.width() / 2) / rect.width()
        gradient = QLinearGradient(rect.topLeft(), rect.topRight())
        gradient.setColorAt(0.0, background if fade_start else fill)
        gradient.setColorAt(fade, fill)
        gradient.setColorAt(1.0 - fade, fill)
        gradient.setColorAt(1.0, background if fade_end else fill)
        painter.setBrush(QBrush(gradient))
    else:
        painter.setBrush(_lighter(color) if glyph.uncertain else color)
    painter.setPen(_dashed(color) if glyph.uncertain else Qt.PenStyle.NoPen)
    painter.drawRoundedRect(rect, 2, 2)


def _mixed(color: QColor, background: QColor, opacity: float) -> QColor:
    """``color`` at ``opacity`` over an opaque ``background``, as one opaque colour."""
    return QColor.fromRgbF(*(c * opacity + b * (1 - opacity) for c, b in (
        (color.redF(), background.redF()), (color.greenF(), background.greenF()),
        (color.blueF(), background.blueF()))))


def _lighter(color: QColor) -> QColor:
    light = QColor(color)
    light.setAlphaF(_UNCERTAIN_OPACITY)
    return light


def _dashed(color: QColor) -> QPen:
    pen = QPen(color, 1.5, Qt.PenStyle.DashLine)
    pen.setCosmetic(True)
    return pen


# --- legend -----------------------------------------------------------------


def legend_height(theme: Theme, width: float) -> float:
    """The height ``paint_legend`` needs at ``width``, its items wrapped into rows."""
    palette = _palette(theme)
    return len(_legend_rows(palette, width)) * _legend_row_height(palette)


def paint_legend(painter: QPainter, rect: QRectF, theme: Theme) -> None:
    """A key to the marks (exact day, span, approximate, uncertain, open end),
    wrapped into as many rows as ``rect``'s width needs (see ``legend_height``)."""
    palette = _palette(theme)
    sample, row_height = QColor(palette.muted), _legend_row_height(palette)
    painter.save()
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setClipRect(rect)
        painter.setFont(palette.font)
        for row, items in enumerate(_legend_rows(palette, rect.width())):
            top = rect.top() + row * row_height
            x, mid = rect.left() + 4, top + row_height / 2
            for name, mark_width, text_width in items:
                mark = QRectF(x, mid - 5, mark_width, 10)
                if name == "Exact day":
                    _paint_point(painter, mark, sample, palette.background, False, False)
                else:
                    glyph = Glyph("", "", "", GlyphKind.BAR, Rect(0, 0, 0, 0), None, 0, 0,
                                  name.startswith("Approx"), name.startswith("Uncertain"),
                                  False, name == "Open end")
                    _paint_bar(painter, mark, sample, palette.background, glyph)
                x = mark.right() + 5
                painter.setPen(palette.foreground)
                painter.drawText(QRectF(x, top, text_width, row_height),
                                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name)
                x += text_width + _LEGEND_GAP
    finally:
        painter.restore()


def _legend_row_height(palette: _Palette) -> float:
    return palette.metrics.height() + 8.0


def _legend_rows(palette: _Palette,
                 width: float) -> list[list[tuple[str, float, float]]]:
    """The legend items as rows of (name, mark width, text width) that fit ``width``;
    an item wider than a whole row gets a row of its own."""
    rows: list[list[tuple[str, float, float]]] = [[]]
    x = 4.0
    for name in _LEGEND_ITEMS:
        mark_width = 10.0 if name == "Exact day" else 34.0
        text_width = palette.metrics.horizontalAdvance(name) + 2
        item = mark_width + 5 + text_width
        if rows[-1] and x + item > width:
            rows.append([])
            x = 4.0
        rows[-1].append((name, mark_width, text_width))
        x += item + _LEGEND_GAP
    return rows
